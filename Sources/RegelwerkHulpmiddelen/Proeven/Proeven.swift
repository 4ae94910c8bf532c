// Evaluate: fixtures (DESIGN §6). Each `proeven voor "<ordinance>"` file is run against that ordinance
// (its model, the national amounts and every version of it), each fixture decided like `regelwerk beslis`
// and its outcomes compared exactly with the values worked out by hand. The report says, per article,
// what passed; which computing articles have no fixture; and which table rows and exceptions no fixture
// reached.

import Foundation
import RegelwerkKern
import RegelwerkGevallen

/// An outcome a fixture expected otherwise: both sides exactly as text, and typed for machines (as in
/// `beslis --json`) where they are values.
public struct Proefverschil: Sendable {
    public var naam: String
    public var verwacht: String
    public var gekregen: String
    public var verwachtWaarde: JSONWaarde? = nil
    public var gekregenWaarde: JSONWaarde? = nil
}

/// What one fixture gave.
public struct Proefresultaat: Sendable {
    public enum Oordeel: Sendable {
        case geslaagd
        /// Outcomes that differ: name, expected, obtained (exact).
        case mislukt([Proefverschil])
        /// The case could not be decided (or failed otherwise than expected): the message.
        case fout(String)
    }
    public var naam: String
    public var citaat: Citaat
    /// "pad:regel", where the fixture is written.
    public var plaats: String
    public var uitslag: Oordeel
    /// The version the case was decided under ("vanaf 1 januari 2025"), when it got that far.
    public var versie: String?

    public var isGeslaagd: Bool { if case .geslaagd = uitslag { true } else { false } }
}

/// The fixtures of one ordinance, with what they cover.
public struct Proefverslag: Sendable {
    /// The ordinance (or regeling) the fixtures are for.
    public var regeling: String
    public var resultaten: [Proefresultaat]
    /// Articles whose rules compute a decision's outcome, none of whose fixtures names them.
    public var artikelenZonderProef: [Citaat]
    /// Ways a rule can go (a table row, an exception, the rule itself) that no fixture took.
    public var nietBereikt: [String]
    /// Per version after the first: the computing articles whose rules or fill-ins differ from the version
    /// before, which no fixture decided under that version names (a changed version must be tested).
    public var gewijzigdZonderProef: [(artikel: Citaat, versie: String)] = []

    public var isGeslaagd: Bool {
        resultaten.allSatisfy(\.isGeslaagd) && artikelenZonderProef.isEmpty && gewijzigdZonderProef.isEmpty
    }
}

/// Which fixtures to run: those citing one of `artikelen` (all when empty) and whose title contains `titel`.
public struct Proeffilter: Sendable {
    public var artikelen: [String] = []
    public var titel: String?

    public init(artikelen: [String] = [], titel: String? = nil) {
        self.artikelen = artikelen
        self.titel = titel
    }

    public var isLeeg: Bool { artikelen.isEmpty && titel == nil }

    func laatDoor(_ p: Proef) -> Bool {
        (artikelen.isEmpty || artikelen.contains(p.citaat.artikel))
            && (titel.map { p.naam.localizedCaseInsensitiveContains($0) } ?? true)
    }
}

public enum Proefloop {
    /// Runs every fixture file among `bestanden` (paths with contents) against the ordinance it names.
    /// Errors in rule or fixture files come back as diagnostics, one compilation per ordinance. A fixture's
    /// error in the report is written in `taal` (`regelwerk test --lang en`).
    public static func voerUit(_ bestanden: [(pad: String, bytes: [UInt8])], filter: Proeffilter = Proeffilter(),
                               taal: Taal = .nl) -> [(Proefverslag, Compilatie)] {
        let indeling = Verordeningsgroepen(bestanden)
        return indeling.groepen.map { groep in
            var c = Compilatie.compileer(bytes: groep.bestanden.map { bestanden[$0] })
            var loop = Loop(compilatie: c, doel: groep.verordening)
            loop.filter = filter
            loop.taal = taal
            let verslag = loop.voerUit(bekend: indeling.bekend)
            c.diagnostics = loop.compilatie.diagnostics
            return (verslag, c)
        }
    }

    /// The run for one ordinance.
    struct Loop {
        var compilatie: Compilatie
        let doel: String
        /// Decides the fixtures as `regelwerk beslis` does, with plans that record what each case reached.
        var beslisser: Beslisser?
        var werkplaats: Werkplaats?
        var bereikt = Set<String>()
        var filter = Proeffilter()
        var taal = Taal.nl
        /// The articles each version's fixtures name (by version index).
        var genoemdPerVersie: [Int: Set<Citaat>] = [:]

        init(compilatie: Compilatie, doel: String) {
            self.compilatie = compilatie
            self.doel = doel
        }

        mutating func voerUit(bekend: Set<String>) -> Proefverslag {
            var verslag = Proefverslag(regeling: doel, resultaten: [], artikelenZonderProef: [], nietBereikt: [])
            let proefbestanden = compilatie.bestanden.filter { if case .proeven = $0.soort { true } else { false } }
            // A fixture file for an ordinance that is not there: say so, with the nearest name.
            let heeftRegels = compilatie.bestanden.contains { $0.naam == doel && ($0.soort == .regeling || isVerordening($0)) }
            if !heeftRegels {
                for b in proefbestanden {
                    if case .proeven(_, let r) = b.soort {
                        compilatie.diagnostics.fout(.onbekendModel(doel), r,
                                                    suggestie: dichtstbijzijnde(doel, in: bekend.sorted()).map { .bedoeldeU($0) })
                    }
                }
                return verslag
            }
            guard !compilatie.diagnostics.heeftFouten, let beslisser = try? Beslisser(compilatie, dekking: true) else { return verslag }
            self.beslisser = beslisser
            werkplaats = Werkplaats(beslisser)
            // Everything a decision can compute, in every version: the articles and the ways to cover.
            var artikelen: [Citaat] = []
            var mogelijk: [(citaat: Citaat, sleutel: String)] = []
            for v in compilatie.versies.indices {
                for b in beslisser.beslissingen {
                    let plan = b.plannen[v]
                    for blok in plan.blokken {
                        for alt in blok.alternatieven {
                            if !artikelen.contains(alt.citaat.artikelAlleen) { artikelen.append(alt.citaat.artikelAlleen) }
                            let k = Loop.sleutel(alt, blok, plan.regelset)
                            if !mogelijk.contains(where: { $0.sleutel == k }) { mogelijk.append((alt.citaat, k)) }
                        }
                    }
                    for tak in plan.takken {
                        let k = sleutel(tak, plan)
                        if !mogelijk.contains(where: { $0.sleutel == k }) { mogelijk.append((citaat(tak, plan), k)) }
                    }
                }
            }
            for bestand in proefbestanden {
                for p in bestand.proeven {
                    controleerCitaat(p)
                    if filter.laatDoor(p) { verslag.resultaten.append(voerUit(p)) }
                }
            }
            // With a filter, only the fixtures asked for run: what the others would cover is not judged.
            guard filter.isLeeg else { return verslag }
            // A version that changes an article needs a fixture decided under it (the first version: every
            // computing article, as below).
            for k in compilatie.versies.indices.dropFirst() {
                let genoemd = genoemdPerVersie[k] ?? []
                for a in Self.gewijzigdeArtikelen(compilatie, beslisser, versie: k) where !genoemd.contains(a) {
                    verslag.gewijzigdZonderProef.append((a, compilatie.versies[k].periode))
                }
            }
            let genoemd = Set(proefbestanden.flatMap(\.proeven).map(\.citaat.artikelAlleen))
            verslag.artikelenZonderProef = artikelen.filter { !genoemd.contains($0) }.sorted(by: Citaat.inVolgorde)
            // In the ordinance's order; within an article, in the order the rules run.
            let volgorde = mogelijk.enumerated().sorted { a, b in
                let (x, y) = (a.element.citaat.artikelAlleen, b.element.citaat.artikelAlleen)
                return x == y ? a.offset < b.offset : Citaat.inVolgorde(x, y)
            }
            verslag.nietBereikt = volgorde.map(\.element.sleutel).filter { !bereikt.contains($0) }
            return verslag
        }

        func isVerordening(_ b: Regelbestand) -> Bool { if case .verordening = b.soort { true } else { false } }

        /// A fixture must cite an article (and lid, onderdeel) the ordinance has in some version: one citing
        /// nothing would count as coverage of nothing.
        mutating func controleerCitaat(_ p: Proef) {
            let c = p.citaat
            let bestaat = compilatie.versies.contains { v in
                // A rule, a table row or an open term that stands there (a row may name its own onderdeel).
                let set = v.regelset
                if set.definities.contains(where: { $0.citaat == c || $0.uitzonderingen.contains { $0.citaat == c } })
                    || set.tabellen.contains(where: { $0.rijen.contains { $0.citaat == c } })
                    || set.openTermen.contains(where: { $0.citaat == c }) {
                    return true
                }
                guard let a = v.regelset.artikelen[c.wet.map { "\(c.artikel) \($0)" } ?? c.artikel] else { return false }
                // The article's own parts, and those of the variant the version chooses.
                let gekozen = v.regelset.gekozenVarianten[c.artikelAlleen]
                let variant = a.varianten.first { $0.nummer == gekozen }
                let onderdelen = a.onderdelen + (variant?.onderdelen ?? [])
                let leden = a.leden + (variant?.leden ?? [])
                guard let lid = c.lid else {
                    return c.onderdeel.map { o in onderdelen.contains { $0.label == o } } ?? true
                }
                return leden.contains { l in
                    l.nummer == lid && (c.onderdeel.map { o in l.onderdelen.contains { $0.label == o } } ?? true)
                }
            }
            if !bestaat { fout(.proefCiteertNiets(c.description), p.bereik) }
        }

        /// The computing articles of version `k` whose rules or fill-ins differ from version `k - 1`'s: a rule's
        /// text (a replacement, another variant), an open term's value, or a rule that is there in only one.
        static func gewijzigdeArtikelen(_ c: Compilatie, _ beslisser: Beslisser, versie k: Int) -> [Citaat] {
            func vingerafdruk(_ v: Int) -> [Citaat: Set<String>] {
                let set = c.versies[v].regelset
                var uit: [Citaat: Set<String>] = [:]
                for b in beslisser.beslissingen {
                    for blok in b.plannen[v].blokken {
                        for d in blok.definities {
                            let def = set.definities[d]
                            let tekst = c.bronnen[def.bereik.bestand].tekst(def.bereik)
                            uit[def.citaat.artikelAlleen, default: []].insert("regel \(def.naam): \(tekst)")
                        }
                        for alt in blok.alternatieven { uit[alt.citaat.artikelAlleen, default: []].insert("\(alt.citaat): \(alt.omschrijving)") }
                    }
                }
                for o in set.openTermen {
                    guard let a = o.citaat?.artikelAlleen, uit[a] != nil else { continue }
                    uit[a, default: []].insert("open \(o.naam) = \(o.waarde)")
                }
                return uit
            }
            let (oud, nieuw) = (vingerafdruk(k - 1), vingerafdruk(k))
            return nieuw.filter { oud[$0.key] != $0.value }.map(\.key).sorted(by: Citaat.inVolgorde)
        }

        /// How a way through a rule is named in the report: "artikel 53 onder d: rij 'beeindiging_bijstand'
        /// (percentage_53, duur_53)".
        static func sleutel(_ alt: Alternatief, _ blok: Blok, _ set: Regelset) -> String {
            let namen = blok.definities.map { set.definities[$0].naam }.joined(separator: ", ")
            switch alt.soort {
            case .regel: return "\(alt.citaat): regel \(namen)"
            case .uitzondering: return "\(alt.citaat): uitzondering op \(namen)"
            case .rij(let rij, _): return "\(alt.citaat): rij '\(rij)' (\(namen))"
            }
        }

        /// Where an `als` branch stands: the citation of the rule it is in.
        func citaat(_ tak: Tak, _ plan: Plan) -> Citaat {
            plan.blokken[Int(tak.blok)].definities.first.map { plan.regelset.definities[$0].citaat } ?? Citaat(artikel: "?")
        }

        /// "artikel 55 lid 1: regel duur_verdubbelen, 'als schending.geschonden is gedraging_participatiewet' onwaar".
        func sleutel(_ tak: Tak, _ plan: Plan) -> String {
            let namen = plan.blokken[Int(tak.blok)].definities.map { plan.regelset.definities[$0].naam }.joined(separator: ", ")
            let voorwaarde = compilatie.bronnen[tak.voorwaarde.bestand].tekst(tak.voorwaarde)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return "\(citaat(tak, plan)): regel \(namen), 'als \(voorwaarde)' \(tak.dan ? "waar" : "onwaar")"
        }

        mutating func fout(_ b: Bericht, _ r: SourceRange, suggestie: Bericht? = nil) {
            compilatie.diagnostics.fout(b, r, suggestie: suggestie)
        }

        /// The report's words in the run's language.
        func t(_ nl: String, _ en: String) -> String { taal == .en ? en : nl }

        /// Decides one fixture's case and compares the outcomes.
        mutating func voerUit(_ p: Proef) -> Proefresultaat {
            let bron = compilatie.bronnen[p.bereik.bestand]
            var r = Proefresultaat(naam: p.naam, citaat: p.citaat, plaats: "\(bron.pad):\(bron.positie(p.bereik.start).regel)",
                                   uitslag: .geslaagd)
            guard let beslisser, let werkplaats else { return r }
            let set0 = compilatie.versies[0].regelset
            // The decision: named, or the only one.
            let beslissing: Int
            switch beslisser.kies(beslissing: p.beslissing?.tekst) {
            case .success(let b): beslissing = b
            case .failure(let f):
                if let b = p.beslissing, case .beslissingNietOpgenomen = f.bericht {
                    // A fixture for a decision of a part the ordinance leaves out (`hoofdstuk 4 niet opgenomen`).
                    fout(f.bericht, b.bereik)
                    r.uitslag = .fout(f.bericht.tekst(taal))
                } else if let b = p.beslissing {
                    fout(.onbekendeNaam(b.tekst), b.bereik, suggestie: f.suggestie)
                    r.uitslag = .fout(t("onbekende beslissing", "unknown decision") + " '\(b.tekst)'")
                } else {
                    fout(.proefZonderBeslissing(set0.beslissingen.map(\.naam).joined(separator: ", ")), p.bereik)
                    r.uitslag = .fout(t("geen beslissing gekozen", "no decision chosen"))
                }
                return r
            }
            // The case: the JSON file, with the fixture's own fields over it.
            var velden: [(String, JSONWaarde)] = []
            if let (pad, bereik) = p.gevalBestand {
                let vol = (bron.pad as NSString).deletingLastPathComponent + "/" + pad
                guard let data = FileManager.default.contents(atPath: vol) else {
                    fout(.proefGevalOnleesbaar(pad), bereik)
                    r.uitslag = .fout(t("kan '\(pad)' niet lezen", "cannot read '\(pad)'"))
                    return r
                }
                do throws(JSONFout) {
                    guard case .object(let v) = try JSONLezer.lees([UInt8](data)) else { throw JSONFout(bericht: .jsonGeenObject, regel: 1, kolom: 1) }
                    velden = v
                } catch {
                    r.uitslag = .fout("\(pad):\(error.regel):\(error.kolom): \(error.bericht.tekst(taal))")
                    return r
                }
            }
            for (n, w) in p.velden {
                guard let j = json(w) else { r.uitslag = .fout("'\(n.tekst)' " + t("heeft geen vaste waarde", "has no fixed value")); return r }
                velden.removeAll { $0.0 == n.tekst }
                velden.append((n.tekst, j))
            }
            let geval = JSONWaarde.object(velden)
            // The version by the one rule (the worker that decided is that version's, for coverage).
            let versie: Int
            switch beslisser.kiesVersie(geval, beslissing: beslissing, peildatum: p.peildatum, metUitleg: false) {
            case .success(let k):
                versie = k.index
                r.versie = compilatie.versies[k.index].periode
                genoemdPerVersie[k.index, default: []].insert(p.citaat.artikelAlleen)
            case .failure(.peildatumNodig):
                r.uitslag = .fout(t("er zijn \(compilatie.versies.count) versies: geef de proef een peildatum",
                                     "there are \(compilatie.versies.count) versions: give the fixture a peildatum"))
                return r
            case .failure(let f):
                // A version error can be what the fixture expects (art. 96: a case for the repealed ordinance).
                if let (code, _) = p.verwachteFout, code == f.bericht.code {
                    genoemdPerVersie[0, default: []].insert(p.citaat.artikelAlleen)
                    return r
                }
                r.uitslag = .fout(f.bericht.tekst(taal))
                return r
            }
            let uitslag = beslisser.beslis(geval, beslissing: beslissing, peildatum: p.peildatum, detail: [], in: werkplaats)
            switch uitslag {
            case .success(let b):
                // In a fixture an unknown field is a typo, not another chapter's data.
                if let f = b.waarschuwingen.first {
                    r.uitslag = .fout("[\(f.bericht.code)] " + f.bericht.tekst(taal) + (f.suggestie.map { "; " + $0.tekst(taal) } ?? ""))
                    return r
                }
                if let (code, _) = p.verwachteFout { r.uitslag = .mislukt([Proefverschil(naam: "fout", verwacht: code, gekregen: t("geen fout", "no error"))]) }
            case .failure(.geval(let fouten, let waarschuwingen)):
                guard let f = fouten.first ?? waarschuwingen.first else { return r }
                if let (code, _) = p.verwachteFout, code == f.bericht.code { return r }
                r.uitslag = .fout("[\(f.bericht.code)] " + f.bericht.tekst(taal) + (f.suggestie.map { "; " + $0.tekst(taal) } ?? ""))
                return r
            case .failure(let f):
                if let (code, _) = p.verwachteFout, code == f.bericht.code {
                    r.uitslag = .geslaagd
                } else {
                    r.uitslag = .fout("[\(f.bericht.code)] " + f.bericht.tekst(taal))
                }
            }
            guard let w = werkplaats.werker(beslissing: beslissing, versie: versie) else { return r }
            for (b, blok) in w.plan.blokken.enumerated() {
                for (a, alt) in blok.alternatieven.enumerated() where w.bereikteAlternatieven[b][a] {
                    bereikt.insert(Loop.sleutel(alt, blok, w.plan.regelset))
                }
            }
            for (t, tak) in w.plan.takken.enumerated() where w.bereikteTakken[t] { bereikt.insert(sleutel(tak, w.plan)) }
            guard r.isGeslaagd, p.verwachteFout == nil else { return r }
            var verschillen: [Proefverschil] = []
            for (n, verwacht) in p.verwacht {
                let set = w.plan.regelset
                // A name no rule has, or a value of the wrong kind, the checker reported (Proefcontrole).
                guard let d = set.definitie(n.tekst), w.plan.definitieSlot[d] >= 0 else {
                    verschillen.append(Proefverschil(naam: n.tekst, verwacht: "?", gekregen: "geen regel van deze beslissing"))
                    continue
                }
                let soort = set.definities[d].soort
                // A text by its characters: the value is an index into a pool, not the text itself.
                if let s = verwacht.tekst(soort) {
                    let gekregen = w.waarde(definitie: d)
                    if !w.isBerekend(definitie: d) {
                        verschillen.append(Proefverschil(naam: n.tekst, verwacht: "\"\(s)\"", gekregen: "niet berekend", verwachtWaarde: .tekst(s)))
                    } else if w.tekstwaarde(gekregen) != s {
                        let y = w.tekst(gekregen, soort)
                        verschillen.append(Proefverschil(naam: n.tekst, verwacht: "\"\(s)\"", gekregen: y, verwachtWaarde: .tekst(s),
                                                         gekregenWaarde: w.tekstwaarde(gekregen).map { .tekst($0) }))
                    }
                    continue
                }
                guard let v = verwacht.waarde(soort, in: set) else {
                    verschillen.append(Proefverschil(naam: n.tekst, verwacht: "?", gekregen: "een \(soort.description) verwacht"))
                    continue
                }
                let gekregen = w.waarde(definitie: d)
                guard w.isBerekend(definitie: d) else {
                    let t = Opmaak.tekst(v, soort, regelset: set, opslag: nil)
                    verschillen.append(Proefverschil(naam: n.tekst, verwacht: t, gekregen: "niet berekend",
                                                     verwachtWaarde: BesluitWeergave.getypeerd(v, soort, t)))
                    continue
                }
                if gekregen != v {
                    // Both sides exactly: € 140,149 expected is not shown as the € 140,15 obtained.
                    let (x, y) = (Loop.exact(v, soort, w), Loop.exact(gekregen, soort, w))
                    verschillen.append(Proefverschil(naam: n.tekst, verwacht: x, gekregen: y, verwachtWaarde: BesluitWeergave.getypeerd(v, soort, x),
                                                     gekregenWaarde: BesluitWeergave.getypeerd(gekregen, soort, y)))
                }
            }
            if !verschillen.isEmpty { r.uitslag = .mislukt(verschillen) }
            return r
        }

        /// A value as the report shows it on either side of a failure: amounts with all their decimals, so that
        /// € 246,914 is not shown as € 246,91.
        static func exact(_ w: Waarde, _ soort: Soort, _ werker: Werker) -> String {
            guard case .getal(let g) = w, soort.isBedrag, g.exacteDecimalen(max: 2) == nil else { return werker.tekst(w, soort) }
            let per: String
            if case .bedragPer(let p) = soort { per = " per " + p.rawValue } else { per = "" }
            return "€ " + Opmaak.duizendtallen(g.decimaleTekst(minDecimalen: 2, scheiding: ",")) + per + " (exact)"
        }

        /// A fixture's case value as JSON, read by the same case reader as real cases.
        func json(_ p: Proefwaarde) -> JSONWaarde? {
            switch p {
            case .lijst(let es, _):
                let js = es.compactMap(json)
                return js.count == es.count ? .array(js) : nil
            case .record(let vs, _):
                let js = vs.compactMap { (n, w) in json(w).map { (n.tekst, $0) } }
                return js.count == vs.count ? .object(js) : nil
            case .waarde(let e):
                switch e {
                case .getal(let g, _), .bedrag(let g, _): return .getal(g.decimaleTekst())
                case .percentage(let g, _): return .tekst(((try? g.maal(.honderd)) ?? g).decimaleTekst() + "%")
                case .datum(let d, _): return .tekst(d.description)
                case .duur(let d, _): return .tekst(d.description)
                case .waarheid(let b, _): return .waarheid(b)
                case .geen: return .null
                case .tekst(let s, _): return .tekst(s)
                case .naam(let n): return .tekst(n.tekst)
                case .enkel(.negatief, .getal(let g, let r), _), .enkel(.negatief, .bedrag(let g, let r), _):
                    return (try? g.negatief()).flatMap { json(.waarde(.getal($0, r))) }
                default: return nil
                }
            }
        }
    }
}

/// Rule files sorted by the ordinance they belong to: each ordinance (its `verordening` files and the fixtures
/// for it) with every model and national amounts file. One reading for `test` and for `check` of a folder that
/// holds several municipalities.
public struct Verordeningsgroepen {
    /// Per ordinance, in the order first met: its name and the indices of the files to compile together.
    public var groepen: [(verordening: String, bestanden: [Int])] = []
    /// The names of every ordinance and model among the files (a fixture file may name any of them).
    public var bekend: Set<String> = []

    public init(_ bestanden: [(pad: String, bytes: [UInt8])]) {
        var kladBronnen = Bronnen()
        var soorten: [Regelbestand.Aard] = [], namen: [String] = []
        for (pad, b) in bestanden {
            let id = kladBronnen.voegToe(pad: pad, bytes: b)
            let r = Parser.parse(kladBronnen[id], id: id).0
            soorten.append(r.soort)
            namen.append(r.naam)
        }
        let algemeen = bestanden.indices.filter { soorten[$0] == .regeling || soorten[$0] == .parameters }
        var doelen: [String] = []
        for (i, s) in soorten.enumerated() {
            switch s {
            case .verordening: if !doelen.contains(namen[i]) { doelen.append(namen[i]) }
            case .proeven(let voor, _): if !doelen.contains(voor) { doelen.append(voor) }
            case .regeling, .parameters: break
            }
        }
        groepen = doelen.map { doel in
            let eigen = bestanden.indices.filter { i in
                switch soorten[i] {
                case .verordening: namen[i] == doel
                case .proeven(let voor, _): voor == doel
                case .regeling, .parameters: false
                }
            }
            return (doel, algemeen + eigen)
        }
        bekend = Set(namen.indices.filter { soorten[$0] != .parameters }.map { namen[$0] })
    }

    /// Whether the files hold more than one ordinance (then they are checked one ordinance at a time).
    public var meerdere: Bool { groepen.count > 1 }
}
