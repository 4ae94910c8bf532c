// Benchmark: the generated workload. N deterministic cases as JSON Lines for the example ordinance
// (Examples/model, Examples/landelijk, Examples/gemeenten/voorbeeldstad): decision `afstemming` with
// several schendingen and a recidive history, and decision `inkomenstoelage` with 36 or more monthly
// incomes. No Foundation, and of Regelwerk only the calendar (`Datum`, so the project has one), so that
// what is measured is the rules, not this file. Money is built from integers of cents, never from floating
// point; dates from day numbers. The same seed gives the same bytes on every machine.

import RegelwerkKern

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same sequence everywhere, unlike the
/// standard library's generator, which may change between releases.
struct SplitMix64 {
    var toestand: UInt64

    init(zaad: UInt64) { toestand = zaad }

    mutating func volgende() -> UInt64 {
        toestand &+= 0x9E37_79B9_7F4A_7C15
        var z = toestand
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n ≥ 1), by the high half of a full-width product: no modulo bias worth the name, no Double.
    mutating func onder(_ n: Int) -> Int { Int(volgende().multipliedFullWidth(by: UInt64(n)).high) }

    /// a ... b.
    mutating func tussen(_ a: Int, _ b: Int) -> Int { a + onder(b - a + 1) }

    /// True in `procent` of the draws.
    mutating func kans(_ procent: Int) -> Bool { onder(100) < procent }

    mutating func kies<T>(_ xs: [T]) -> T { xs[onder(xs.count)] }
}

/// Civil dates as day numbers from 1970-01-01: the core's own `Datum` (one calendar in the project).
enum Kalender {
    /// The day number of a date the workload names (always a real date; 0 would show a mistake at once).
    static func dag(_ jaar: Int, _ maand: Int, _ dag: Int) -> Int {
        Int(Datum(jaar: jaar, maand: maand, dag: dag)?.dagnummer ?? 0)
    }

    static func datum(_ n: Int) -> (jaar: Int, maand: Int, dag: Int) { Datum(dagnummer: Int32(n)).civiel }
}

/// One JSON line under construction, written straight as bytes.
struct JSONRegel {
    var bytes: [UInt8] = []

    mutating func tekst(_ s: StaticString) { s.withUTF8Buffer { bytes.append(contentsOf: $0) } }

    /// A name the model defines, as a JSON string.
    mutating func naam(_ s: String) {
        bytes.append(0x22)
        bytes.append(contentsOf: s.utf8)
        bytes.append(0x22)
    }

    mutating func geheel(_ n: Int) {
        if n < 0 { bytes.append(0x2D) }
        var m = n.magnitude, cijfers: [UInt8] = []
        repeat {
            cijfers.append(0x30 + UInt8(m % 10))
            m /= 10
        } while m > 0
        bytes.append(contentsOf: cijfers.reversed())
    }

    /// An amount in cents as the README writes money in a case: a JSON string with two decimals ("-12.50").
    mutating func bedrag(_ centen: Int) {
        bytes.append(0x22)
        if centen < 0 { bytes.append(0x2D) }
        geheel(Int(centen.magnitude / 100))
        bytes.append(0x2E)
        let rest = Int(centen.magnitude % 100)
        bytes.append(0x30 + UInt8(rest / 10))
        bytes.append(0x30 + UInt8(rest % 10))
        bytes.append(0x22)
    }

    /// A day number as "2024-03-04".
    mutating func datum(_ n: Int) {
        let (j, m, d) = Kalender.datum(n)
        bytes.append(0x22)
        geheel(j)
        for x in [m, d] {
            bytes.append(0x2D)
            bytes.append(0x30 + UInt8(x / 10))
            bytes.append(0x30 + UInt8(x % 10))
        }
        bytes.append(0x22)
    }

    mutating func waarheid(_ b: Bool) { if b { tekst("true") } else { tekst("false") } }
}

/// The decisions the generated workload covers.
enum Werklastsoort: String, CaseIterable {
    case afstemming, inkomenstoelage
}

/// The generated cases. Dates lie in 2024 and 2025, so both versions of Voorbeeldstad decide; values sit
/// on and around the ordinance's boundaries (benadeling € 1.000/2.000/4.000, 110% of the norm) as often
/// as in between, because that is where a wrong comparison would show.
enum Werklast {
    /// The first and last day a generated peildatum falls on: both versions of Voorbeeldstad.
    static let eersteDag = Kalender.dag(2024, 1, 1), laatsteDag = Kalender.dag(2025, 12, 31)
    static let versie2025 = Kalender.dag(2025, 1, 1)

    /// `aantal` cases of decision `soort`, one JSON object per line, each line ended by "\n". A different
    /// seed per decision, so that one decision's cases do not depend on how many the other has.
    static func maak(_ soort: Werklastsoort, aantal: Int, zaad: UInt64) -> [UInt8] {
        var r = SplitMix64(zaad: zaad ^ (soort == .afstemming ? 0xAF57_E001 : 0x1B7_0E1A))
        var uit: [UInt8] = []
        uit.reserveCapacity(aantal * (soort == .afstemming ? 900 : 2_600))
        var regel = JSONRegel()
        for _ in 0..<aantal {
            regel.bytes.removeAll(keepingCapacity: true)
            switch soort {
            case .afstemming: afstemming(&regel, &r)
            case .inkomenstoelage: inkomenstoelage(&regel, &r)
            }
            regel.bytes.append(0x0A)
            uit.append(contentsOf: regel.bytes)
        }
        return uit
    }

    // The names the model knows (Examples/model/afstemming.regels, inkomenstoelage.regels).
    static let schendingen = ["gedraging_participatiewet", "tekortschietend_besef", "zeer_ernstige_misdraging",
                              "overige_verplichting", "geuniformeerde_arbeidsverplichting"]
    static let gedragingen46 = ["registratie_uwv", "plan_van_aanpak", "inspanningen_jonger_dan_27",
                                "ontheffing_alleenstaande_ouder", "tegenprestatie", "arbeid_verkrijgen"]
    static let verplichtingen53 = ["arbeidsinschakeling", "aard_en_doel_bijstand", "vermindering_bijstand", "beeindiging_bijstand"]
    static let arbeidsverplichtingen = ["onder_a", "onder_b", "onder_c", "onder_d", "onder_e", "onder_f", "onder_g", "onder_h"]
    static let leefvormen = ["alleenstaande", "alleenstaande_ouder", "gehuwden"]
    /// Norms in cents: the published ones of 2024 (Examples/landelijk) and those of the example cases.
    static let normen = [128_383, 130_845, 183_404, 186_921, 31_694, 32_303, 140_150, 28_932, 123_457]
    /// Benadelingsbedragen in cents on and around the bounds of art. 51 in Voorbeeldstad.
    static let benadelingsgrenzen = [0, 1, 99_999, 100_000, 100_001, 199_999, 200_000, 200_001, 399_999, 400_000, 400_001]

    /// One schending: its kind and the field that kind needs (art. 46, 51, 53, 49; art. 52 variant 1
    /// needs none).
    struct Schending {
        var soort: Int
        var gedraging46 = 0, verplichting53 = 0, arbeidsverplichting = 0, benadeling = 0
    }

    static func afstemming(_ j: inout JSONRegel, _ r: inout SplitMix64) {
        let norm = r.kans(50) ? r.kies(normen) : r.tussen(25_000, 220_000)
        let gedraging = r.tussen(eersteDag, laatsteDag)
        // Mostly found within a month; sometimes years later, so that art. 43 (verjaring after three or
        // five years, by the amount) decides too.
        let constatering = switch r.onder(100) {
        case 0..<85: gedraging + r.onder(31)
        case 85..<95: gedraging + r.tussen(31, 800)
        default: gedraging + r.tussen(1_096, 2_200)
        }
        let bekendmaking = constatering + r.tussen(1, 45)

        var schendingen: [Schending] = []
        for _ in 0..<r.kies([1, 1, 1, 1, 1, 1, 2, 2, 2, 3]) {
            var s = Schending(soort: r.onder(Self.schendingen.count))
            s.gedraging46 = r.onder(gedragingen46.count)
            s.verplichting53 = r.onder(verplichtingen53.count)
            s.arbeidsverplichting = r.onder(arbeidsverplichtingen.count)
            s.benadeling = r.kans(40) ? r.kies(benadelingsgrenzen) : r.tussen(1, 1_500_000)
            schendingen.append(s)
        }

        // The college's powers: afzien (art. 43 lid 2); one of the two of art. 45 lid 2 (both at once
        // conflict, by design); terugwerkende kracht (art. 44 lid 2) exists only in the 2025 version.
        let afzien = r.kans(8)
        let artikel45 = r.onder(100)
        let terugwerkend = gedraging >= versie2025 && r.kans(15)
        let bijzondereBijstand = artikel45 < 12 || r.kans(20) ? r.tussen(5_000, 90_000) : nil

        j.tekst("{\"bijstandsnorm\":")
        j.bedrag(norm)
        if let b = bijzondereBijstand {
            j.tekst(",\"bijzondere_bijstand\":")
            j.bedrag(b)
        }
        j.tekst(",\"schendingen\":[")
        for (k, s) in schendingen.enumerated() {
            if k > 0 { j.tekst(",") }
            j.tekst("{\"geschonden\":")
            j.naam(Self.schendingen[s.soort])
            switch s.soort {
            case 0:
                j.tekst(",\"gedraging_46\":")
                j.naam(gedragingen46[s.gedraging46])
            case 1:
                j.tekst(",\"benadelingsbedrag\":")
                j.bedrag(s.benadeling)
            case 3:
                j.tekst(",\"verplichting_53\":")
                j.naam(verplichtingen53[s.verplichting53])
            case 4:
                j.tekst(",\"arbeidsverplichting\":")
                j.naam(arbeidsverplichtingen[s.arbeidsverplichting])
            default: break
            }
            j.tekst("}")
        }
        j.tekst("],\"verwijtbaarheid_ontbreekt\":")
        j.waarheid(r.kans(5))
        j.tekst(",\"boete_voor_dezelfde_gedraging\":")
        j.waarheid(r.kans(5))
        j.tekst(",\"datum_gedraging\":")
        j.datum(gedraging)
        j.tekst(",\"datum_constatering\":")
        j.datum(constatering)
        j.tekst(",\"datum_bekendmaking\":")
        j.datum(bekendmaking)

        // The recidive history (art. 55, art. 18 lid 7 Participatiewet): mostly the same verplichting as
        // the first schending, decided within the last eighteen months, so that about half of these fall
        // within the twelve months that count.
        j.tekst(",\"eerdere_verlagingen\":[")
        let eerste = schendingen[0]
        for k in 0..<r.kies([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4]) {
            let zelfde = r.kans(60)
            let soort = zelfde ? eerste.soort : r.onder(Self.schendingen.count)
            let g46 = zelfde && r.kans(70) ? eerste.gedraging46 : r.onder(gedragingen46.count)
            let v53 = zelfde && r.kans(70) ? eerste.verplichting53 : r.onder(verplichtingen53.count)
            let besluit = gedraging - r.tussen(1, 540)
            if k > 0 { j.tekst(",") }
            j.tekst("{\"geschonden\":")
            j.naam(Self.schendingen[soort])
            j.tekst(",\"gedraging_46\":")
            j.naam(gedragingen46[g46])
            j.tekst(",\"verplichting_53\":")
            j.naam(verplichtingen53[v53])
            j.tekst(",\"bekendmaking\":")
            j.datum(besluit)
            j.tekst(",\"datum_gedraging\":")
            j.datum(besluit - r.tussen(7, 120))
            j.tekst(",\"verwijtbaarheid_ontbrak\":")
            j.waarheid(r.kans(10))
            j.tekst("}")
        }
        j.tekst("],\"uitkering_beeindigd\":")
        j.waarheid(r.kans(10))

        if afzien || artikel45 < 12 || terugwerkend {
            j.tekst(",\"bevoegdheden\":{")
            var eerder = false
            func bevoegdheid(_ naam: StaticString, _ reden: StaticString) {
                if eerder { j.tekst(",") }
                j.tekst(naam)
                j.tekst(":")
                j.tekst(reden)
                eerder = true
            }
            if afzien { bevoegdheid("\"afzien_wegens_dringende_redenen\"", "\"Rapport schuldhulpverlening: woningverlies dreigt.\"") }
            if artikel45 < 7 {
                bevoegdheid("\"verlagen_inclusief_artikel_12\"", "\"Belanghebbende ontvangt bijzondere bijstand op grond van artikel 12.\"")
            } else if artikel45 < 12 {
                bevoegdheid("\"verlagen_over_bijzondere_bijstand\"", "\"De gedraging betreft de bijzondere bijstand.\"")
            }
            if terugwerkend { bevoegdheid("\"verlagen_met_terugwerkende_kracht\"", "\"De uitkering is beëindigd.\"") }
            j.tekst("}")
        }
        j.tekst("}")
    }

    static func inkomenstoelage(_ j: inout JSONRegel, _ r: inout SplitMix64) {
        let peildatum = r.tussen(eersteDag, laatsteDag)
        let (jaar, maand, _) = Kalender.datum(peildatum)
        // Months as jaar * 12 + (maand - 1). The referteperiode: the 36 months before the peildatum's.
        let eindmaand = jaar * 12 + maand - 1, beginmaand = eindmaand - 36
        var maanden = Array(beginmaand..<eindmaand)
        // Sometimes a month outside the period too (it must not count), rarely one missing or one given
        // twice (no judgement then, `geen`: still a decision, not an error).
        if r.kans(20) { maanden.insert(beginmaand - 1, at: 0) }
        if r.kans(10) { maanden.append(eindmaand) }
        if r.kans(3) { maanden.removeAll { $0 == beginmaand + 5 } }
        let dubbel = r.kans(2) ? beginmaand + r.onder(36) : nil

        // The norm, sometimes indexed once during the period (by 1 to 3 percent, in whole cents).
        let norm = r.kans(50) ? r.kies(normen) : r.tussen(25_000, 220_000)
        let indexatie = r.kans(50) ? beginmaand + r.onder(36) : Int.max
        let geindexeerd = norm + norm * r.tussen(100, 300) / 10_000
        let scenario = r.onder(100)
        let overschreden = beginmaand + r.onder(36)

        j.tekst("{\"peildatum_toelage\":")
        j.datum(peildatum)
        j.tekst(",\"leefvorm\":")
        j.naam(r.kies(leefvormen))
        j.tekst(",\"partner_uitgesloten\":")
        j.waarheid(r.kans(20))
        j.tekst(",\"met_kinderen\":")
        j.waarheid(r.kans(40))
        j.tekst(",\"maandinkomens\":[")
        var eerste = true
        func maandinkomen(_ m: Int, dag: Int) {
            let n = m < indexatie ? norm : geindexeerd
            // 110% of the norm, rounded down to the cent: an income of exactly this is still 'laag',
            // one cent more is not (the comparison is exact).
            let grens = n * 110 / 100
            let inkomen = switch scenario {
            case 0..<15: grens
            case 15..<50: r.kans(20) ? grens : r.tussen(grens / 2, grens)
            case 50..<75: m == overschreden ? grens + 1 : (r.kans(20) ? grens : r.tussen(grens / 2, grens))
            default: r.kans(3) ? -r.tussen(1, 50_000) : r.tussen(0, 2 * n)
            }
            if !eerste { j.tekst(",") }
            eerste = false
            j.tekst("{\"maand\":")
            j.datum(Kalender.dag(m / 12, m % 12 + 1, dag))
            j.tekst(",\"inkomen\":")
            j.bedrag(inkomen)
            j.tekst(",\"bijstandsnorm\":")
            j.bedrag(n)
            j.tekst("}")
        }
        for m in maanden {
            maandinkomen(m, dag: 1)
            if m == dubbel { maandinkomen(m, dag: 15) }
        }
        j.tekst("]}")
    }
}
