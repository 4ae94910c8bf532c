// Taaldienst: a position in a file → what stands there (a name, or a citation `artikel 43 variant 2`) →
// hover text, the declaration it refers to, and every place that names it. Read off the analysis' tokens and
// syntax trees; the checked rule set adds what only checking knows (each version's fill-in of an open term).

import RegelwerkKern
import RegelwerkGevallen

/// What the cursor points at.
enum Doel {
    /// A name as written; `naPunt` when it follows a `.` (a field of a record), `naInvulling` after `invulling`.
    case naam(String, bereik: SourceRange, naPunt: Bool, naInvulling: Bool)
    /// A citation (`artikel 43 variant 2`, a fixture's `artikel 41 lid 1`, `in afwijking van artikel 45 lid 1`),
    /// and which part of it: the article, the lid, the onderdeel or the variant.
    case citaat(Citaat, variant: String?, deel: Citaatdeel, bereik: SourceRange)
}

enum Citaatdeel { case artikel, lid, onderdeel, variant }

extension Analyse {
    /// What stands at `offset` in file `k`.
    func doel(_ k: Int, _ offset: Int) -> Doel? {
        guard let i = token(op: offset, in: k) else { return nil }
        if let c = citaat(k, rond: i) { return c }
        let ts = tokens[k]
        guard case .naam(let n) = ts[i].soort, !Token.contextueleWoorden.contains(n) || declaraties[n] != nil else { return nil }
        let naPunt = i > 0 && ts[i - 1].soort == .symbool(".")
        let naInvulling = i > 0 && ts[i - 1].soort == .sleutelwoord(.invulling)
        return .naam(n, bereik: ts[i].bereik, naPunt: naPunt, naInvulling: naInvulling)
    }

    /// Whether nothing but spaces separate two ranges of one file from a line break.
    func opEenRegel(_ a: SourceRange, _ b: SourceRange) -> Bool {
        let bytes = self.bytes(Int(a.bestand.waarde))
        let s = Int(Swift.min(a.eind, b.start)), e = Int(Swift.max(a.eind, b.start))
        return !bytes[s..<Swift.min(e, bytes.count)].contains(10)
    }

    /// The citation chain (`artikel N [van de Wet] [lid N] [onderdeel|onder X] [variant N]`) that token `i`
    /// of file `k` is part of, on one line.
    func citaat(_ k: Int, rond i: Int) -> Doel? {
        let ts = tokens[k]
        for a in stride(from: i, through: Swift.max(0, i - 10), by: -1) {
            guard ts[a].soort == .sleutelwoord(.artikel), a + 1 < ts.count else { continue }
            let begin = ts[a].bereik
            func opRegel(_ j: Int) -> Bool { j < ts.count && opEenRegel(begin, ts[j].bereik) }
            func woord(_ j: Int) -> String? {
                guard opRegel(j) else { return nil }
                switch ts[j].soort {
                case .getal, .naam: return tekst(ts[j].bereik)
                default: return nil
                }
            }
            guard let nummer = woord(a + 1) else { continue }
            var c = Citaat(artikel: nummer)
            var variant: String?
            var deel = Citaatdeel.artikel
            var j = a + 2
            if opRegel(j + 2), ts[j].soort == .sleutelwoord(.van), ts[j + 1].soort == .naam("de"), let w = woord(j + 2) {
                c.wet = w
                j += 3
            }
            while opRegel(j + 1), let w = woord(j + 1) {
                let soort: Citaatdeel
                switch ts[j].soort {
                case .sleutelwoord(.lid): c.lid = w; soort = .lid
                case .sleutelwoord(.onderdeel), .naam("onder"): c.onderdeel = w; soort = .onderdeel
                case .sleutelwoord(.variant): variant = w; soort = .variant
                default: soort = .artikel
                }
                if soort == .artikel { break }
                if i == j || i == j + 1 { deel = soort }
                j += 2
            }
            guard i < j else { continue }
            return .citaat(c, variant: variant, deel: deel, bereik: ts[i].bereik)
        }
        return nil
    }

    /// The declarations a name refers to: those of the most likely kind (a record's field after `.`, an
    /// open term after `invulling`, else an open term, a rule, a case field, … in that order).
    func declaraties(van n: String, naPunt: Bool, naInvulling: Bool) -> [Declaratieplaats] {
        let alle = declaraties[n] ?? []
        func rang(_ d: Declaratieplaats) -> Int {
            switch d.aard {
            case .recordveld: naPunt ? -1 : 9
            case .openTerm: naInvulling ? -1 : 0
            case .regel: 1
            case .gevalveld: 2
            case .parameter: 3
            case .bevoegdheid: 4
            case .keuzewaarde: 5
            case .keuzelijst: 6
            case .gegevens: 7
            case .beslissing: 8
            }
        }
        guard let beste = alle.map(rang).min() else { return [] }
        return alle.filter { rang($0) == beste }
    }
}

// MARK: - Hover, definition, references

extension Taaldienst {
    /// `textDocument/hover`: Markdown about what stands at the position.
    func uitleg(_ a: Analyse, _ k: Int, _ offset: Int) -> JSONWaarde {
        guard let doel = a.doel(k, offset) else { return .null }
        let tekst: String, bereik: SourceRange
        switch doel {
        case .naam(let n, let r, let naPunt, let naInvulling):
            guard let d = a.declaraties(van: n, naPunt: naPunt, naInvulling: naInvulling).first else { return .null }
            tekst = uitleg(d, a, naInvulling: naInvulling)
            bereik = r
        case .citaat(let c, let variant, let deel, let r):
            var citaat = c
            if deel == .artikel { (citaat.lid, citaat.onderdeel) = (nil, nil) }
            if deel == .lid { citaat.onderdeel = nil }
            let (kop, teksten) = a.teksten(citaat, variant: deel == .artikel ? nil : variant)
            guard a.artikel(c.artikel, wet: c.wet) != nil else { return .null }
            tekst = (["**\(kop)**"] + teksten.map { "> \($0)" }).joined(separator: "\n\n")
            bereik = r
        }
        return .object([("contents", .object([("kind", .tekst("markdown")), ("value", .tekst(tekst))])),
                        ("range", a.lspBereik(bereik))])
    }

    /// The hover text of a declaration.
    func uitleg(_ d: Declaratieplaats, _ a: Analyse, naInvulling: Bool) -> String {
        var delen: [String] = []
        let label: TaaldienstBericht = switch d.aard {
        case .regel: .regel
        case .openTerm: naInvulling ? .invulling : .openTerm
        case .gevalveld: .gevalveld
        case .recordveld(let r): .recordveld(r)
        case .keuzewaarde(let s): .keuzewaarde(s)
        case .keuzelijst: .soort
        case .gegevens: .gegevens
        case .parameter: .landelijkBedrag
        case .bevoegdheid: .bevoegdheid
        case .beslissing: .beslissing
        }
        var soort = d.soort
        if soort == nil, d.aard == .regel {
            soort = a.compilatie.versies.lazy.compactMap { v in v.regelset.definities.first { $0.naam == d.naam }?.soort.description }.first
        }
        delen.append("**\(label.tekst(taal))** `\(d.naam)`" + (soort.map { ": \($0)" } ?? ""))
        if let l = d.label { delen.append("*\(l)*") }
        if let c = d.citaat {
            let (kop, teksten) = a.teksten(c, variant: d.variant)
            delen.append("*\(kop)*" + (d.variant.map { " (variant \($0))" } ?? ""))
            delen += teksten.map { "> \($0)" }
        }
        if let o = d.omschrijving { delen.append(o) }
        var grenzen: [String] = []
        if let g = d.tenMinste { grenzen.append("ten minste \(g)") }
        if let g = d.tenHoogste { grenzen.append("ten hoogste \(g)") }
        if let v = d.voorbeeld { grenzen.append(TaaldienstBericht.voorbeeld(v).tekst(taal)) }
        if !grenzen.isEmpty { delen.append(grenzen.joined(separator: "; ")) }
        switch d.aard {
        case .openTerm:
            // The value each version fills in, from the checked rule sets (the consolidation's link from the
            // model's blank to the municipality's fill-in).
            var regels: [String] = []
            for v in a.compilatie.versies {
                guard let o = v.regelset.openTermen.first(where: { $0.naam == d.naam }) else { continue }
                let waarde = o.waarde == .afwezig ? TaaldienstBericht.nietIngevuld.tekst(taal)
                    : Opmaak.tekst(o.waarde, o.soort, regelset: v.regelset, opslag: nil)
                let versie = v.vanaf == nil && a.compilatie.versies.count == 1 ? "" : TaaldienstBericht.versie(v.periode).tekst(taal) + ": "
                regels.append("- \(versie)\(waarde)")
            }
            if !regels.isEmpty { delen.append(TaaldienstBericht.ingevuldPerVersie.tekst(taal) + "\n" + regels.joined(separator: "\n")) }
        case .parameter:
            if !d.meer.isEmpty { delen.append(TaaldienstBericht.waardenVanaf.tekst(taal) + "\n" + d.meer.map { "- \($0)" }.joined(separator: "\n")) }
        case .keuzelijst:
            delen.append("`soort \(d.naam) is een van " + d.meer.joined(separator: ", ") + "`")
        case .gegevens:
            delen.append(d.meer.map { "- `\($0)`" }.joined(separator: "\n"))
        case .beslissing:
            delen.append("`uitvoer \(d.naam): " + d.meer.joined(separator: ", ") + "`")
        default: break
        }
        return delen.joined(separator: "\n\n")
    }

    /// `textDocument/definition`: the declaration(s) a name refers to; for a citation, the article, lid,
    /// onderdeel or variant in the model.
    func definitie(_ a: Analyse, _ k: Int, _ offset: Int) -> JSONWaarde {
        switch a.doel(k, offset) {
        case .naam(let n, _, let naPunt, let naInvulling)?:
            let ds = a.declaraties(van: n, naPunt: naPunt, naInvulling: naInvulling)
            return ds.isEmpty ? .null : .array(ds.map { a.locatie($0.bereik) })
        case .citaat(let c, let variant, let deel, _)?:
            guard let (artikel, _) = a.artikel(c.artikel, wet: c.wet) else { return .null }
            switch deel {
            case .artikel: return a.locatie(artikel.bereik)
            case .variant:
                guard let v = variant, let va = artikel.varianten.first(where: { $0.nummer == v }) else { return a.locatie(artikel.bereik) }
                return a.locatie(va.bereik)
            case .lid, .onderdeel:
                var citaat = c
                if deel == .lid { citaat.onderdeel = nil }
                return a.plaats(citaat, variant: variant).map { a.locatie($0) } ?? .null
            }
        case nil:
            return .null
        }
    }

    /// `textDocument/references`: every place in the group's files where the name is written.
    func verwijzingen(_ a: Analyse, _ k: Int, _ offset: Int, metDeclaratie: Bool) -> JSONWaarde {
        guard case .naam(let n, _, let naPunt, let naInvulling)? = a.doel(k, offset) else { return .null }
        let declaraties = Set(a.declaraties(van: n, naPunt: naPunt, naInvulling: naInvulling).map { [$0.bereik.bestand.waarde, $0.bereik.start] })
        var uit: [JSONWaarde] = []
        for ts in a.tokens {
            for t in ts where t.soort == .naam(n) {
                if !metDeclaratie && declaraties.contains([t.bereik.bestand.waarde, t.bereik.start]) { continue }
                uit.append(a.locatie(t.bereik))
            }
        }
        return .array(uit)
    }
}
