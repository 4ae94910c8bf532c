// Taaldienst: a group of files (open texts and files on disk) → the same compilation `regelwerk check` makes,
// and an index of what is declared where, for hover, definition, references and completion. The index is
// read off the syntax trees and tokens of the compilation: nothing is checked twice, nothing is guessed.

import RegelwerkKern
import RegelwerkGevallen

/// A declaration the editor can point at: a name, what kind of thing it is, and what hover tells about it.
package struct Declaratieplaats: Sendable {
    package enum Aard: Sendable, Equatable {
        case regel, openTerm, gevalveld, keuzelijst, gegevens, parameter, bevoegdheid, beslissing
        /// A field of a `gegevens` record (its name).
        case recordveld(String)
        /// A value of a `soort ... is een van` (its name).
        case keuzewaarde(String)
    }
    package var naam: String
    package var aard: Aard
    /// Where the name is written in its declaration.
    package var bereik: SourceRange
    /// The readable label the declaration gives the name (`regel verlagingsduur "de duur van de verlaging"`).
    package var label: String? = nil
    package var citaat: Citaat?
    package var variant: String?
    package var facultatief: Citaat?
    /// The sort as written (`bedrag per maand`), when written.
    package var soort: String?
    package var omschrijving: String?
    /// Bounds and example as written (`ten minste 0%`, `ten hoogste 100%`, `10%`).
    package var tenMinste: String?
    package var tenHoogste: String?
    package var voorbeeld: String?
    /// Further lines: a parameter's dated values, a sort's values.
    package var meer: [String] = []
}

/// One group of files compiled the way `check` compiles them, with the line tables to say its places in
/// LSP's terms: all that diagnostics need. Made after every edit (once the editor is quiet).
package struct Controle: Sendable {
    /// The files, in the order compiled: file `k` has ``BestandID`` `k`.
    package let paden: [String]
    package let compilatie: Compilatie
    package let regeltabellen: [Regeltabel]

    /// Compiles the files (their bytes as given) as `check` does, with its hint to load a parameters file.
    package init(bestanden: [(pad: String, bytes: [UInt8])]) {
        paden = bestanden.map(\.pad)
        var c = Compilatie.compileer(bytes: bestanden)
        Compilatie.wijsParametersAan(&c, paden: paden, geladen: Set(paden))
        compilatie = c
        regeltabellen = c.bronnen.bestanden.map { Regeltabel($0.bytes) }
    }

    package func bytes(_ k: Int) -> [UInt8] { compilatie.bronnen.bestanden[k].bytes }

    /// The LSP range of a source range.
    package func lspBereik(_ r: SourceRange) -> JSONWaarde {
        let k = Int(r.bestand.waarde)
        return regeltabellen[k].bereik(Int(r.start), Int(r.eind), in: bytes(k))
    }

    /// `{uri, range}` of a source range.
    package func locatie(_ r: SourceRange) -> JSONWaarde {
        .object([("uri", .tekst(Werkruimte.uri(pad: paden[Int(r.bestand.waarde)]))), ("range", lspBereik(r))])
    }
}

/// A compiled group with its index: every file's tokens and declarations, for hover, definition, references,
/// completion, the outline and code actions. Made from a ``Controle`` when the editor asks for one of those,
/// not after every edit: typing pays only for the diagnostics.
package struct Analyse: Sendable {
    package let controle: Controle
    package let lijsten: [Regelbestand.Lijsten]
    package let tokens: [[Token]]
    /// Every declaration by name, in file order.
    package let declaraties: [String: [Declaratieplaats]]

    package init(_ controle: Controle) {
        self.controle = controle
        let c = controle.compilatie
        lijsten = c.bestanden.map(\.lijsten)
        tokens = c.bronnen.bestanden.enumerated().map { k, b in
            var lexer = Lexer(b, id: BestandID(waarde: UInt32(k)))
            return lexer.tokens()
        }
        declaraties = Analyse.index(lijsten, c.bronnen)
    }

    package var paden: [String] { controle.paden }
    package var compilatie: Compilatie { controle.compilatie }
    package var regeltabellen: [Regeltabel] { controle.regeltabellen }

    /// The index of `pad` among the files, if it is one of them.
    package func bestand(_ pad: String) -> Int? { paden.firstIndex(of: pad) }

    package func bytes(_ k: Int) -> [UInt8] { controle.bytes(k) }

    /// The source text of a range.
    package func tekst(_ r: SourceRange) -> String { compilatie.bronnen[r.bestand].tekst(r) }

    package func lspBereik(_ r: SourceRange) -> JSONWaarde { controle.lspBereik(r) }

    package func locatie(_ r: SourceRange) -> JSONWaarde { controle.locatie(r) }

    /// The declarations of every file, by name.
    static func index(_ lijsten: [Regelbestand.Lijsten], _ bronnen: Bronnen) -> [String: [Declaratieplaats]] {
        var uit: [String: [Declaratieplaats]] = [:]
        func tekst(_ r: SourceRange?) -> String? { r.map { bronnen[$0.bestand].tekst($0) } }
        func voeg(_ d: Declaratieplaats) { uit[d.naam, default: []].append(d) }
        for l in lijsten {
            for r in l.regels {
                for n in r.namen {
                    voeg(Declaratieplaats(naam: n.tekst, aard: .regel, bereik: n.bereik, label: n.label, citaat: r.citaat, variant: r.variant,
                                          facultatief: r.facultatief, soort: tekst(r.soort?.bereik)))
                }
            }
            for o in l.openTermen {
                voeg(Declaratieplaats(naam: o.naam.tekst, aard: .openTerm, bereik: o.naam.bereik, label: o.naam.label, citaat: o.citaat, variant: o.variant,
                                      facultatief: o.facultatief, soort: tekst(o.soort.bereik), tenMinste: tekst(o.tenMinste?.bereik),
                                      tenHoogste: tekst(o.tenHoogste?.bereik), voorbeeld: tekst(o.voorbeeld?.bereik)))
            }
            for v in l.gevalVelden {
                voeg(Declaratieplaats(naam: v.naam.tekst, aard: .gevalveld, bereik: v.naam.bereik, label: v.naam.label, soort: v.isKenmerk ? "kenmerk" : tekst(v.soort.bereik),
                                      omschrijving: v.omschrijving, tenMinste: tekst(v.tenMinste?.bereik), tenHoogste: tekst(v.tenHoogste?.bereik)))
            }
            for g in l.gegevens {
                voeg(Declaratieplaats(naam: g.naam.tekst, aard: .gegevens, bereik: g.naam.bereik, label: g.naam.label,
                                      meer: g.velden.map { "\($0.naam.tekst): \(tekst($0.soort.bereik) ?? "")" }))
                for v in g.velden {
                    voeg(Declaratieplaats(naam: v.naam.tekst, aard: .recordveld(g.naam.tekst), bereik: v.naam.bereik, label: v.naam.label, soort: tekst(v.soort.bereik),
                                          omschrijving: v.omschrijving, tenMinste: tekst(v.tenMinste?.bereik), tenHoogste: tekst(v.tenHoogste?.bereik)))
                }
            }
            for k in l.keuzelijsten {
                voeg(Declaratieplaats(naam: k.naam.tekst, aard: .keuzelijst, bereik: k.naam.bereik, label: k.naam.label, meer: k.waarden.map(\.tekst)))
                for w in k.waarden {
                    voeg(Declaratieplaats(naam: w.tekst, aard: .keuzewaarde(k.naam.tekst), bereik: w.bereik, label: w.label,
                                          omschrijving: Analyse.commentaarNa(w.bereik, bronnen)))
                }
            }
            for p in l.parameters {
                voeg(Declaratieplaats(naam: p.naam.tekst, aard: .parameter, bereik: p.naam.bereik, label: p.naam.label, soort: tekst(p.soort.bereik),
                                      omschrijving: p.omschrijving,
                                      meer: p.waarden.map { "vanaf \($0.vanaf.nederlands): \(tekst($0.waarde.bereik) ?? "")" }))
            }
            for b in l.bevoegdheden {
                voeg(Declaratieplaats(naam: b.naam.tekst, aard: .bevoegdheid, bereik: b.naam.bereik, label: b.naam.label, citaat: b.citaat, variant: b.variant,
                                      facultatief: b.facultatief, soort: "waarheidswaarde", omschrijving: b.omschrijving))
            }
            for u in l.uitvoer {
                if let b = u.beslissing {
                    voeg(Declaratieplaats(naam: b.tekst, aard: .beslissing, bereik: b.bereik, meer: u.namen.map(\.tekst)))
                }
            }
        }
        return uit
    }

    /// The comment at the end of the line a name stands on (`tekortschietend_besef,  # artikel 51`): what a
    /// value of a sort means, where the model says it.
    static func commentaarNa(_ r: SourceRange, _ bronnen: Bronnen) -> String? {
        let b = bronnen[r.bestand].bytes
        var i = Int(r.eind), inTekst = false
        while i < b.count, b[i] != 10 {
            if b[i] == UInt8(ascii: "\"") { inTekst.toggle() }
            if b[i] == UInt8(ascii: "#"), !inTekst {
                let s = String(decoding: b[(i + 1)..<(b[i...].firstIndex(of: 10) ?? b.count)], as: UTF8.self)
                let t = s.trimmingSpaties()
                return t.isEmpty ? nil : String(t)
            }
            i += 1
        }
        return nil
    }

    // MARK: - Articles

    /// The article with this number (and law), the model's before a municipality's own; with its file.
    package func artikel(_ nummer: String, wet: String?) -> (Artikel, Int)? {
        var eigen: (Artikel, Int)?
        for (k, l) in lijsten.enumerated() {
            for a in l.artikelen where a.nummer == nummer && a.wet == wet {
                if l.soort == .regeling { return (a, k) }
                if eigen == nil { eigen = (a, k) }
            }
        }
        return eigen
    }

    /// The heading and the texts of a citation: the article's title, its text, the variant's, the lid's and
    /// the onderdeel's, as the model writes them.
    package func teksten(_ c: Citaat, variant: String?) -> (kop: String, teksten: [String]) {
        var kop = "Artikel \(c.artikel)"
        if let lid = c.lid { kop += " lid \(lid)" }
        if let o = c.onderdeel { kop += " onder \(o)" }
        if let w = c.wet { kop += " van de \(w)" }
        guard let (a, _) = artikel(c.artikel, wet: c.wet) else { return (kop, []) }
        if let t = a.titel { kop += " — \(t)" }
        var teksten: [String] = []
        if let t = a.tekst { teksten.append(t) }
        var leden = a.leden, onderdelen = a.onderdelen
        if let v = variant, let va = a.varianten.first(where: { $0.nummer == v }) {
            teksten.append("Variant \(v)" + (va.omschrijving.map { ": \($0)" } ?? ""))
            if let t = va.tekst { teksten.append(t) }
            leden = va.leden + leden
            onderdelen = va.onderdelen + onderdelen
        }
        if let n = c.lid, let lid = leden.first(where: { $0.nummer == n }) {
            if let t = lid.tekst { teksten.append("\(n). \(t)") }
            onderdelen = lid.onderdelen
        }
        if let o = c.onderdeel, let od = onderdelen.first(where: { $0.label == o }), let t = od.tekst {
            teksten.append("\(o). \(t)")
        }
        return (kop, teksten)
    }

    /// Where a lid or onderdeel of an article is written: the `lid 2` / `onderdeel a` line in the article's
    /// file, after the article (and the variant, when one is named), before the next article. The syntax
    /// tree keeps no range for these, the tokens do.
    package func plaats(_ c: Citaat, variant: String?) -> SourceRange? {
        guard let (a, k) = artikel(c.artikel, wet: c.wet) else { return nil }
        var doel = a.bereik
        let ts = tokens[k]
        guard var i = ts.firstIndex(where: { $0.bereik.start >= a.bereik.start }) else { return doel }
        func tekstVan(_ t: Token) -> String { tekst(t.bereik) }
        func volgendeArtikel(_ j: Int) -> Bool {
            if case .sleutelwoord(.artikel) = ts[j].soort, j > i, isRegelbegin(ts[j].bereik, k) { return true }
            return false
        }
        if let v = variant, let va = a.varianten.first(where: { $0.nummer == v }) {
            doel = va.bereik
            if let j = ts.firstIndex(where: { $0.bereik.start >= va.bereik.start }) { i = j }
        }
        var j = i
        var zoekLid = c.lid, zoekOnderdeel = c.onderdeel
        while j + 1 < ts.count, !volgendeArtikel(j) {
            if let n = zoekLid, case .sleutelwoord(.lid) = ts[j].soort, tekstVan(ts[j + 1]) == n {
                doel = ts[j].bereik.tot(ts[j + 1].bereik)
                zoekLid = nil
            } else if zoekLid == nil, let o = zoekOnderdeel, case .sleutelwoord(.onderdeel) = ts[j].soort, tekstVan(ts[j + 1]) == o {
                doel = ts[j].bereik.tot(ts[j + 1].bereik)
                zoekOnderdeel = nil
            }
            if zoekLid == nil && zoekOnderdeel == nil { break }
            j += 1
        }
        return doel
    }

    /// Whether only spaces stand before `r` on its line.
    package func isRegelbegin(_ r: SourceRange, _ k: Int) -> Bool {
        let b = bytes(k)
        var i = Int(r.start) - 1
        while i >= 0, b[i] == 32 || b[i] == 9 { i -= 1 }
        return i < 0 || b[i] == 10
    }

    /// The index of the token at byte `offset` in file `k`: the one containing it, or the one ending right
    /// at it (the cursor just after a word still points at the word).
    package func token(op offset: Int, in k: Int) -> Int? {
        let ts = tokens[k]
        var lo = 0, hi = ts.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(ts[mid].bereik.eind) < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < ts.count, Int(ts[lo].bereik.start) <= offset, offset <= Int(ts[lo].bereik.eind) else { return nil }
        if case .einde = ts[lo].soort { return nil }
        // Between two tokens that touch (`a.b`), the cursor belongs to the word rather than the symbol.
        if offset == Int(ts[lo].bereik.eind), lo + 1 < ts.count, Int(ts[lo + 1].bereik.start) == offset, case .symbool = ts[lo].soort {
            return lo + 1
        }
        return lo
    }
}
