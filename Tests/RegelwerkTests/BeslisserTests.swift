// The one decision operation: the version rule, the fields a decision reads, and the CLI that feeds it.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct BeslisserTests {
    static let inkomenstoelage = repoWortel.appendingPathComponent("Examples/gevallen/inkomenstoelage-alleenstaande.json").path

    static func geval(_ pad: String) throws -> JSONWaarde { try JSONLezer.lees([UInt8](try Data(contentsOf: URL(fileURLWithPath: pad)))) }

    /// A field that no output of the decision needs is not read: a wrong `bijstandsnorm` (an afstemming
    /// field) cannot stop an inkomenstoelage decision (it used to exit 3 with RW0702).
    @Test func eenVeldDatGeenUitvoerNodigHeeftWordtNietGelezen() throws {
        guard case .object(var velden) = try Self.geval(Self.inkomenstoelage) else { Issue.record("geen object"); return }
        velden.append(("bijstandsnorm", .tekst("x")))
        let beslisser = try Beslisser(Compilatie.lees(paden: voorbeeldRegels))
        let b = try beslisser.beslis(.object(velden), beslissing: "inkomenstoelage").get()
        // Art. 76 lid 1 onder a: an alleenstaande with a langdurig laag inkomen gets the € 500 of Voorbeeldstad,
        // in the prijspeil of 2023, indexed by lid 4 for 2024: € 500 × 103,8% = € 519.
        #expect(b.uitkomsten.last?.tekst == "€ 519,00 per jaar")
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "inkomenstoelage", "--geval", "-"],
                                      stdin: JSONSchrijver.schrijf(.object(velden)))
        #expect(code == .ok, "\(fout)")
    }

    /// A new case empties only the case fields (``Werker/nieuwGeval()``): a block writes each temporary before it reads
    /// it, and a rule's value is read only where its block ran. Held here: every Examples case, decided by every decision
    /// with its motivation and every rule's value, gives the same decision when the worker's other slots (temporaries and
    /// rules' values) hold a number left from "a previous case" instead of nothing.
    @Test func eenBlokSchrijftElkeTijdelijkeWaardeVoordatHijHaarLeest() throws {
        let beslisser = try Beslisser(Compilatie.lees(paden: voorbeeldRegels))
        let detail: Beslisser.Detail = [.uitkomstTekst, .motivering, .tussenwaarden]
        func samenvatting(_ r: Result<Beslissing, Beslisfout>) -> String {
            switch r {
            case .failure(let f): return "fout \(f)"
            case .success(let b):
                return b.uitkomsten.map { "\($0.naam) \($0.waarde) \($0.tekst)" }.joined(separator: "\n")
                    + (b.besluit.map { BesluitWeergave.tekst($0) } ?? "")
                    + b.tussenwaarden.map { "\($0.key) \($0.value.0)" }.sorted().joined(separator: "\n")
            }
        }
        var beslist = 0
        for geval in try BytelezerTests.gevallen() {
            for b in beslisser.beslissingen.indices {
                let gewoon = Werkplaats(beslisser), gevuld = Werkplaats(beslisser)
                _ = beslisser.beslis(geval, beslissing: b, peildatum: nil, detail: detail, in: gevuld)
                for p in gevuld.plekken.indices { gevuld.plekken[p]?.werker.proefTijdelijk = .getal(Getal(geheel: 987_654_321)) }
                let x = beslisser.beslis(geval, beslissing: b, peildatum: nil, detail: detail, in: gewoon)
                let y = beslisser.beslis(geval, beslissing: b, peildatum: nil, detail: detail, in: gevuld)
                #expect(samenvatting(x) == samenvatting(y), "\(beslisser.beslissingen[b].naam)")
                if case .success = x { beslist += 1 }
            }
        }
        #expect(beslist >= 10)
    }

    /// A rule's value is not emptied for the next case (``Werker/nieuwGeval()``): a rule the next case does not compute
    /// is `geen` all the same to whoever asks (``Werker/waarde(definitie:)``), not what the case before left in its slot.
    /// Worked by hand: `toeslag` waar, norm € 1.000 gives `extra` = € 2.000 and so `uitkomst` € 2.000; then `toeslag`
    /// onwaar, norm € 300 gives `uitkomst` € 300 without computing `extra`.
    @Test func eenRegelDieHetVolgendeGevalNietBerekentIsGeen() throws {
        let c = compileer("""
            regeling "Proef" versie "1"
            geval
              norm: bedrag
              toeslag: waarheidswaarde
            einde
            uitvoer uitkomst
            artikel 1 "Een"
              regel extra: bedrag = norm * 2
            artikel 2 "Twee"
              regel uitkomst: bedrag = als toeslag dan extra anders norm
            """)
        #expect(!c.diagnostics.heeftFouten)
        let extra = try #require(c.regelset.definities.firstIndex { $0.naam == "extra" })
        let uitkomst = try #require(c.regelset.definities.firstIndex { $0.naam == "uitkomst" })
        var w = Werker(plan: Planner.maak(c.regelset))
        for (geval, verwacht, metExtra) in [(#"{"norm": "1000", "toeslag": true}"#, 2000, true), (#"{"norm": "300", "toeslag": false}"#, 300, false)] {
            w.nieuwGeval()
            _ = GevalLezer.laad(try JSONLezer.lees(geval), in: &w)
            try w.beslis()
            #expect(w.waarde(definitie: uitkomst) == .getal(Getal(geheel: Int128(verwacht))), "\(geval)")
            #expect(w.isBerekend(definitie: extra) == metExtra, "\(geval)")
            #expect(w.waarde(definitie: extra) == (metExtra ? .getal(Getal(geheel: 2000)) : .afwezig), "\(geval)")
            #expect(Besluit.maak(w).motivering.contains { $0.waarden.first?.naam == "extra" } == metExtra, "\(geval)")
        }
    }

    /// The benchmark's plan evaluation decides cases bound once and kept in a pool (``GebondenGevallen``), whose texts
    /// and record fields the deciding worker reads where the pool keeps them, each case's indices moved past the cases
    /// before it. Every Examples case the byte reader binds, for every decision, decided from there in reverse order
    /// (so that each worker last held another case, with other records), gives each output the value it gets when the
    /// case is read and decided directly, shows every case field and every output as the same text (records, lists and
    /// texts followed to what they hold) with the same reasons for the powers applied, and fails where that fails; and the same workers then decide each case read
    /// directly as before (the pool's storage let go, not emptied).
    @Test func eenGebondenGevalBeslistZoalsHetGevalZelf() throws {
        let beslisser = try Beslisser(Compilatie.lees(paden: voorbeeldRegels))
        let map = repoWortel.appendingPathComponent("Examples/gevallen")
        let regels = try FileManager.default.contentsOfDirectory(atPath: map.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { Array(try Data(contentsOf: map.appendingPathComponent($0))) }
        struct Uitkomst: Equatable {
            var waarden: [Waarde]
            var teksten: [String]
        }
        func uitkomst(_ w: Werker?, beslist: Bool) -> Uitkomst? {
            guard beslist, let w else { return nil }
            let set = w.plan.regelset
            let invoer = set.invoer.indices.map { w.tekst(w.invoer($0), set.invoer[$0].soort) }
            let uitvoer = w.plan.uitvoer.map { w.tekst(w.waarde(definitie: $0), set.definities[$0].soort) }
            let redenen = w.opslag.redenen.map { "\(set.invoer[$0.invoer].naam): \($0.reden)" }
            return Uitkomst(waarden: w.plan.uitvoer.map { w.waarde(definitie: $0) }, teksten: invoer + uitvoer + redenen)
        }
        let werkplaats = Werkplaats(beslisser)
        var gebonden: [(geval: Werker.Gebonden, plaats: Int)] = [], verwacht: [Uitkomst?] = [], opnieuw: [(Int, [UInt8])] = []
        for b in beslisser.beslissingen.indices {
            for regel in regels {
                let direct = Werkplaats(beslisser)
                guard let (plaats, _) = regel.withUnsafeBufferPointer({ beslisser.bind(bytes: $0, beslissing: b, peildatum: nil, in: direct) }),
                      let plek = direct.plekken[plaats] else { continue }
                let beslist = (try? plek.werker.beslis()) != nil
                verwacht.append(uitkomst(plek.werker, beslist: beslist))
                _ = regel.withUnsafeBufferPointer { beslisser.bind(bytes: $0, beslissing: b, peildatum: nil, in: werkplaats) }
                gebonden.append((try #require(werkplaats.gebonden(plaats)), plaats))
                opnieuw.append((b, regel))
            }
        }
        let pool = GebondenGevallen(gebonden)
        #expect(pool.count == gebonden.count && pool.count >= 8)
        for k in (0..<pool.count).reversed() {
            let beslist = werkplaats.beslis(pool, k)
            #expect(uitkomst(werkplaats.plekken[pool.plaats(k)]?.werker, beslist: beslist) == verwacht[k], "geval \(k)")
        }
        for (k, (b, regel)) in opnieuw.enumerated() {
            let plaats = try #require(regel.withUnsafeBufferPointer { beslisser.bind(bytes: $0, beslissing: b, peildatum: nil, in: werkplaats) }?.plaats)
            let plek = try #require(werkplaats.plekken[plaats])
            let beslist = (try? plek.werker.beslis()) != nil
            #expect(uitkomst(plek.werker, beslist: beslist) == verwacht[k], "geval \(k) opnieuw gelezen")
        }
        #expect(verwacht.contains { $0 != nil })
        #expect(verwacht.contains { $0?.teksten.contains { $0.hasPrefix("afzien_wegens_dringende_redenen: ") } == true })
    }

    /// A pool keeps the texts and record fields of all its cases one after the other: each case's own, read through
    /// its moved indices, whatever case the worker decided before. Worked by hand: Jan's posts are € 500,00 and
    /// € 120,50 (total € 620,50, the first the dearest, "huur"); Piet's € 80,00, € 95,00 and € 40,00 (total € 215,00,
    /// the second, "reis"); Klaas has none, so no post is the dearest: an error. (A text shows in quotes.)
    @Test func eenPoolLeestDeTekstenEnRecordsVanElkGeval() throws {
        let c = compileer("""
            regeling "P"
            gegevens Post
              omschrijving: tekst
              bedrag: bedrag
            einde
            geval
              naam: tekst
              posten: lijst van Post
            einde
            uitvoer wie, totaal, duurste, wat
            artikel 1
              regel wie: tekst = naam
              regel totaal: bedrag = som van p.bedrag voor elke p in posten
              regel duurste: Post = de p in posten met de hoogste p.bedrag
              regel wat: tekst = duurste.omschrijving
            """)
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics)")
        let beslisser = try Beslisser(c)
        let regels = [
            #"{"naam":"Jan","posten":[{"omschrijving":"huur","bedrag":"500.00"},{"omschrijving":"energie","bedrag":"120.50"}]}"#,
            #"{"naam":"Piet","posten":[{"omschrijving":"zorg","bedrag":"80"},{"omschrijving":"reis","bedrag":"95"},{"omschrijving":"school","bedrag":"40"}]}"#,
            #"{"naam":"Klaas","posten":[]}"#,
        ]
        let werkplaats = Werkplaats(beslisser)
        var gebonden: [(geval: Werker.Gebonden, plaats: Int)] = []
        for regel in regels {
            let plaats = try #require(Array(regel.utf8).withUnsafeBufferPointer { beslisser.bind(bytes: $0, beslissing: 0, peildatum: nil, in: werkplaats) }?.plaats)
            gebonden.append((try #require(werkplaats.gebonden(plaats)), plaats))
        }
        let pool = GebondenGevallen(gebonden)
        let verwacht: [[String]?] = [
            [#""Jan""#, "€ 620,50", #"posten nr. 1 (omschrijving "huur", bedrag € 500,00)"#, #""huur""#],
            [#""Piet""#, "€ 215,00", #"posten nr. 2 (omschrijving "reis", bedrag € 95,00)"#, #""reis""#],
            nil,
        ]
        for k in [2, 1, 0, 1, 0, 2, 0] {
            let beslist = werkplaats.beslis(pool, k)
            let w = try #require(werkplaats.plekken[pool.plaats(k)]?.werker)
            let set = w.plan.regelset
            #expect(w.tekstwaarde(w.invoer(0)) == ["Jan", "Piet", "Klaas"][k], "geval \(k)")
            #expect(w.tekstwaarde(w.waarde(definitie: w.plan.uitvoer[0])) == ["Jan", "Piet", "Klaas"][k], "geval \(k)")
            guard let v = verwacht[k] else {
                #expect(!beslist, "geval \(k)")
                continue
            }
            #expect(beslist, "geval \(k)")
            let uit = w.plan.uitvoer.map { w.tekst(w.waarde(definitie: $0), set.definities[$0].soort) }
            #expect(uit == v, "geval \(k)")
            #expect(w.tekstwaarde(w.waarde(definitie: w.plan.uitvoer[3])) == ["huur", "reis"][k], "geval \(k)")
        }
    }

    /// `plan --beslissing inkomenstoelage` gives slots to the fields art. 73, 75 and 76 read, and to no
    /// other: the peildatum, the monthly incomes, the leefvorm and the two facts of art. 76 lid 2.
    @Test func hetPlanLeestAlleenWatDeBeslissingNodigHeeft() {
        let (uit, fout, code) = voerUit(["plan", "--beslissing", "inkomenstoelage", "--peildatum", "2024-05-01"] + voorbeeldRegels)
        #expect(code == .ok, "\(fout)")
        let invoer = uit.split(separator: "\n").drop { $0 != "invoer" }.dropFirst().prefix { $0.hasPrefix("  s") }
            .compactMap { $0.split(separator: "=").last?.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) }
        #expect(invoer == ["peildatum_toelage", "maandinkomens", "leefvorm", "partner_uitgesloten", "met_kinderen"])
    }

    /// The version rule, the same everywhere: a peildatum given wins; else the decision's date in the case;
    /// else the only version; else an error that names the versions.
    @Test(arguments: [
        // (peildatum given, datum_gedraging in the case, expected version index or error code)
        (nil as String?, "2024-03-04" as String?, "0"),
        (nil, "2025-02-03", "1"),
        ("2025-01-01", "2024-03-04", "1"),          // the peildatum given wins over the case
        (nil, "2023-12-31", "RW0715"),              // before the first version: no version in force
        (nil, "04-03-2024", "RW0702"),              // no date: "moet een datum zijn", like every other date field
        (nil, nil, "RW0701"),                       // missing: named as missing, for the choice of the version
    ])
    func versieregel(_ peildatum: String?, _ gedraging: String?, _ verwacht: String) throws {
        let beslisser = try Beslisser(Compilatie.lees(paden: voorbeeldRegels))
        let geval = JSONWaarde.object(gedraging.map { [("datum_gedraging", .tekst($0))] } ?? [])
        let b = try beslisser.kies(beslissing: "afstemming").get()
        switch beslisser.kiesVersie(geval, beslissing: b, peildatum: peildatum.flatMap { Datum.lees(Substring($0)) }, metUitleg: true) {
        case .success(let k): #expect("\(k.index)" == verwacht)
        case .failure(let f): #expect(f.bericht.code == verwacht, "\(f.bericht.tekst(.nl))")
        }
    }

    /// Without a case (`plan`, `render`): the only version, or a peildatum; several and none is an error.
    @Test func zonderGevalDeEnigeVersieOfEenPeildatum() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        #expect(c.kiesVersie(peildatum: nil) == .failure(.peildatumNodig(versies: c.versies.map(\.periode))))
        #expect(try c.kiesVersie(peildatum: Datum.lees("2025-06-01")).get().index == 1)
        let een = try Compilatie.lees(paden: Array(voorbeeldRegels.prefix(2)) + [voorbeeldRegels[2] + "/2024"])
        #expect(try een.kiesVersie(peildatum: nil).get().index == 0)
    }

    /// A repeatable option takes one value per occurrence: the rule folders after `--uitvoer` stay
    /// positional arguments (it used to answer "geen regelbestanden opgegeven").
    @Test func eenHerhaalbareOptieNeemtEenWaarde() {
        let (uit, fout, code) = voerUit(["plan", "--uitvoer", "verlagingsbedrag", "--uitvoer", "verlagingsduur", "--peildatum", "2024-05-01"]
                                        + voorbeeldRegels)
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("verlagingsbedrag") && uit.contains("verlagingsduur"))
    }

    /// Every command's options: a list option (values up to the next option) only where the command takes
    /// no positional arguments, so it can never swallow them.
    @Test func eenLijstOptieAlleenZonderPositieArgumenten() {
        for spec in RegelwerkCLI.commandos where spec.opties.contains(where: { $0.aantal == .lijst }) {
            #expect(spec.argumenten.isEmpty, "\(spec.naam)")
        }
    }

    /// An argument a command does not take is a usage error, never silently ignored (`batch … gevallen.jsonl`
    /// used to read standard input instead).
    @Test(arguments: [["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "gevallen.jsonl"],
                      ["beslis", "--geval", "x.json", "extra", "--regels"] + voorbeeldRegels])
    func eenOnverwachtArgumentIsEenGebruiksfout(_ args: [String]) {
        let (uit, fout, code) = voerUit(args, stdin: "{}\n")
        #expect(code == .gebruik)
        #expect(uit.isEmpty)
        #expect(fout.contains("onverwacht argument"))
    }

    /// `--lang en` covers the CLI's own messages too, usage errors included, their placeholders in English.
    @Test func engelseGebruiksfout() {
        let (_, fout, code) = voerUit(["beslis", "--regles", "x", "--lang", "en"])
        #expect(code == .gebruik)
        #expect(fout == "error: unknown option '--regles'; did you mean '--regels'?\nusage: regelwerk beslis --regels <file>... [--geval <file>] [--vraag] [--bewaar <file>] [--beslissing <name>] [--peildatum <date>] [--json] [--spoor] [--formaat <json|csv>] [--uitvoer <name>...]\n  See 'regelwerk help beslis' for an explanation.\n")
    }

    /// The decision's date field written wrongly is "moet een datum zijn", like every other date field.
    @Test func eenOngeldigePeildatumInHetGeval() {
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"],
                                      stdin: #"{"datum_gedraging": "04-03-2024"}"#)
        #expect(code == .gevalfouten)
        #expect(fout.contains("veld 'datum_gedraging' moet een datum zijn, maar is de tekst \"04-03-2024\""))
    }

    /// A folder where a file is expected is refused with exit 66 (it used to trap).
    @Test func eenMapAlsInvoer() {
        let (_, fout, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--invoer", voorbeeldRegels[0]])
        #expect(code == .bestandOnleesbaar)
        #expect(fout.contains("is een map"))
    }

    /// An amount written as text that no exact number holds is "too large", naming the limit and the field,
    /// not "moet een bedrag zijn".
    @Test func eenTeGrootBedragAlsTekst() {
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"],
                                      stdin: #"{"bijstandsnorm": "1234567890123456789012345678901234567890.5", "datum_gedraging": "2024-03-04"}"#)
        #expect(code == .gevalfouten)
        #expect(fout.contains("fout[RW0727]") && fout.contains("ten hoogste 38 cijfers") && fout.contains("in het veld 'bijstandsnorm'"))
    }

    /// Case-field bounds (`bijstandsnorm: bedrag per maand, ten minste €0`): a negative norm is refused when the
    /// case is read, naming field and bound (it used to decide a verlaging of € -280,30); in a record too.
    @Test func eenVeldBuitenZijnGrens() throws {
        let regels = """
            regeling "G"
            gegevens Maand
              inkomen: bedrag, ten minste €0, ten hoogste €10.000
            einde
            geval
              norm: bedrag per maand, ten minste €0
              maanden: lijst van Maand
            einde
            uitvoer verlaging, totaal
            artikel 1
              regel verlaging: bedrag per maand = norm * 20%
              regel totaal: bedrag = som van m.inkomen voor elke m in maanden
            """
        #expect(throws: Never.self) { try beslisRegels([regels], geval: #"{"norm": "0", "maanden": [{"inkomen": "10000"}]}"#) }
        #expect { try beslisRegels([regels], geval: #"{"norm": "-1401.50", "maanden": []}"#) } throws: {
            ($0 as? Beslisfout)?.bericht == .veldBuitenGrens(veld: "norm", waarde: "€ -1.401,50 per maand", grens: "ten minste € 0,00 per maand")
        }
        #expect { try beslisRegels([regels], geval: #"{"norm": "1", "maanden": [{"inkomen": "10000.01"}]}"#) } throws: {
            ($0 as? Beslisfout)?.bericht == .veldBuitenGrens(veld: "maanden[0].inkomen", waarde: "€ 10.000,01", grens: "ten hoogste € 10.000,00")
        }
    }

    /// A bound must be a constant of the field's type.
    @Test func eenVeldgrensIsVast() {
        expectDiagnostics("regeling \"G\"\ngeval\n  a: bedrag\n  b: bedrag, ten minste 1️⃣a\neinde\nuitvoer c\nartikel 1\n  regel c = b + a\n",
                          [.at("1️⃣", "RW0530", "vaste waarde")])
    }

    /// `beslis` has a size limit like `batch` (a 1 GB case took 36 s and 2 GB): a larger case is refused before
    /// it is read whole (the limit is injected small here).
    @Test func eenTeGrootGevalVoorBeslis() {
        let groot = "{\"bijstandsnorm\": \"" + String(repeating: "1", count: 5000) + "\"}"
        let (uit, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"],
                                        stdin: groot, gevalgrens: 4096)
        #expect(code == .gevalfouten)
        #expect(uit.isEmpty)
        #expect(fout.contains("RW0725"))
    }

    /// `beslis --json` is for programs: a case that cannot be decided gives its problems as JSON on standard
    /// output too (the exit code stays 3); a decided case carries its warnings.
    @Test func jsonVoorProgrammas() throws {
        let (uit, _, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-", "--json"],
                                     stdin: #"{"bijstandsnorm": "x"}"#)
        #expect(code == .gevalfouten)
        guard case .object(let velden) = try JSONLezer.lees(uit), case .array(let fouten)? = velden.first(where: { $0.0 == "fout" })?.1 else {
            Issue.record("geen JSON: \(uit)"); return
        }
        #expect(fouten.count == 2)
        let geval = try String(contentsOf: repoWortel.appendingPathComponent("Examples/gevallen/benadeling-1500.json"), encoding: .utf8)
        let (besluit, _, code2) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-", "--json"],
                                          stdin: geval.replacingOccurrences(of: #""zaaknummer""#, with: #""zaaknumer": "x", "zaaknummer""#))
        #expect(code2 == .ok)
        #expect(besluit.contains(#""waarschuwingen": ["#) && besluit.contains("onbekend veld 'zaaknumer'"))
        #expect(besluit.contains(#""per": "maand""#) && besluit.contains(#""eenheid": "maanden""#))
    }

    /// `beslis` reads one case as CSV, like a row of `batch` (a spreadsheet with ';': Dutch numbers). By hand:
    /// benadeling € 1.500 is art. 51 lid 2 onder b, 20% of € 1.401,50 = € 280,30. Two rows is an error.
    @Test func eenGevalAlsCSV() {
        let kop = "bijstandsnorm;schendingen;verwijtbaarheid_ontbreekt;boete_voor_dezelfde_gedraging;datum_gedraging;"
            + "datum_constatering;datum_bekendmaking;eerdere_verlagingen\n"
        let rij = #"1.401,50;"[{""geschonden"": ""tekortschietend_besef"", ""benadelingsbedrag"": 1500}]";nee;nee;2024-03-04;2024-03-11;2024-03-20;[]"#
            + "\n"
        let args = ["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-", "--formaat", "csv"]
        let (uit, fout, code) = voerUit(args, stdin: kop + rij)
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("  Verlagingsbedrag   ") && uit.contains("   € 280,30 per maand  artikel 41, onder c\n"))
        let (_, fout2, code2) = voerUit(args, stdin: kop + rij + rij)
        #expect(code2 == .gevalfouten)
        #expect(fout2.contains("RW0735"))
    }
}
