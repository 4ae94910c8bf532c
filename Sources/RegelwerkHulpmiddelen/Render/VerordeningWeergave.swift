// Render: the consolidated ordinance as the council publishes it: the model's text with the municipality's
// choices applied (its variants, the facultative leden it adopts) and its blanks filled in (DESIGN §2).

import RegelwerkKern
import RegelwerkGevallen

public enum VerordeningWeergave {
    /// One article as it reads in the consolidated ordinance.
    public struct ArtikelTekst: Sendable {
        public var kop: String
        public var alineas: [String]
        public var onderdelen: [(label: String, tekst: String)]
        public var leden: [(nummer: String, tekst: String, onderdelen: [(label: String, tekst: String)])]
    }

    /// The articles of the ordinance in order, in the chosen variant, with the adopted facultative leden
    /// and the blanks filled. A blank `[...]` is filled with the open term declared at that place; where
    /// the blanks and the open terms of a place do not pair up one to one, the blanks stay and the values
    /// follow, so a value never lands in the wrong blank. A law's articles are not the ordinance's text.
    public static func artikelen(_ set: Regelset) -> [ArtikelTekst] {
        set.artikelLijst.filter { $0.wet == nil && VerordeningWeergave.telt($0, set) }
            .sorted { Citaat.inVolgorde(Citaat(artikel: $0.nummer), Citaat(artikel: $1.nummer)) }
            .map { a in
                let citaat = Citaat(artikel: a.nummer)
                // The article's own text, then the chosen variant's (none stays when none is chosen).
                let gekozen = set.gekozenVarianten[citaat].flatMap { g in a.varianten.first { $0.nummer == g } }
                var alineas: [String] = []
                if let t = a.tekst { alineas.append(ingevuld(t, citaat, set)) }
                if let t = gekozen?.tekst { alineas.append(ingevuld(t, citaat, set)) }
                let onderdelen = (a.onderdelen + (gekozen?.onderdelen ?? []))
                    .map { ($0.label, ingevuld($0.tekst ?? "", Citaat(artikel: a.nummer, onderdeel: $0.label), set)) }
                let leden = (a.leden + (gekozen?.leden ?? []))
                    .filter { $0.facultatief == nil || set.opgenomenLeden.contains(Citaat(artikel: a.nummer, lid: $0.nummer)) }
                    .filter { VerordeningWeergave.telt($0, in: a, set) }
                    .sorted { (Int($0.nummer) ?? Int.max) < (Int($1.nummer) ?? Int.max) }
                    .map { lid in
                        (lid.nummer, ingevuld(lid.tekst ?? "", Citaat(artikel: a.nummer, lid: lid.nummer), set),
                         lid.onderdelen.filter { VerordeningWeergave.telt($0, Citaat(artikel: a.nummer, lid: lid.nummer, onderdeel: $0.label), set) }.map {
                             ($0.label, ingevuld($0.tekst ?? "", Citaat(artikel: a.nummer, lid: lid.nummer, onderdeel: $0.label), set))
                         })
                    }
                return ArtikelTekst(kop: "Artikel \(a.nummer)" + (a.titel.map { ". \($0)" } ?? "") + (a.eigen != nil ? " (eigen artikel van de gemeente)" : ""), alineas: alineas,
                                    onderdelen: onderdelen, leden: leden)
            }
    }

    /// Markdown: the heading, then every article with its leden and onderdelen.
    public static func markdown(_ set: Regelset) -> String {
        var uit = "# \(set.naam)\n\n"
        if let v = set.versie { uit += "_\(v)_\n\n" }
        for a in artikelen(set) {
            uit += "## \(a.kop)\n\n"
            for t in a.alineas { uit += t + "\n\n" }
            for o in a.onderdelen { uit += "\(o.label). \(o.tekst)\n" }
            if !a.onderdelen.isEmpty { uit += "\n" }
            for lid in a.leden {
                uit += "\(lid.nummer). \(lid.tekst)\n"
                for o in lid.onderdelen { uit += "   \(o.label). \(o.tekst)\n" }
            }
            if !a.leden.isEmpty { uit += "\n" }
        }
        return uit
    }

    /// A self-contained HTML page with the same content.
    public static func html(_ set: Regelset) -> String {
        let e = HTML.tekst
        func lijst(_ onderdelen: [(label: String, tekst: String)]) -> String {
            guard !onderdelen.isEmpty else { return "" }
            return "<ol class=\"onderdelen\">" + onderdelen.map { "<li><span>\(e($0.label)).</span> \(e($0.tekst))</li>" }.joined() + "</ol>"
        }
        var uit = ""
        uit += "<h1>\(e(set.naam))</h1>\n"
        if let v = set.versie { uit += "<p class=\"over\">\(e(v))</p>\n" }
        for a in artikelen(set) {
            uit += "<h2>\(e(a.kop))</h2>\n"
            for t in a.alineas { uit += "<p>\(e(t))</p>\n" }
            uit += lijst(a.onderdelen)
            if !a.leden.isEmpty {
                uit += "<ol class=\"leden\">" + a.leden.map { "<li><span>\(e($0.nummer)).</span> \(e($0.tekst))\(lijst($0.onderdelen))</li>" }.joined() + "</ol>\n"
            }
        }
        return HTML.pagina(titel: set.naam, stijl: """
            body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}
            h1{font-size:1.6em}h2{font-size:1.15em;margin-top:1.6em}ol{list-style:none;padding-left:1.5em}
            li span{display:inline-block;min-width:1.6em}.over{color:#555;font-style:italic}
            """, inhoud: uit)
    }

    /// `tekst` with its blanks filled by the open terms declared exactly at `plaats`, in order.
    static func ingevuld(_ tekst: String, _ plaats: Citaat, _ set: Regelset) -> String {
        let termen = set.openTermen.filter { $0.citaat.map { $0.artikel == plaats.artikel && $0.lid == plaats.lid && $0.onderdeel == plaats.onderdeel } ?? false }
        let blanco = blanco(in: tekst)
        guard !termen.isEmpty else { return tekst }
        guard blanco.count == termen.count, termen.allSatisfy({ $0.waarde != .afwezig }) else {
            // Not one to one: the text as the model has it, and the values that were filled in.
            let waarden = termen.map { "\($0.naam) = " + Opmaak.tekst($0.waarde, $0.soort, regelset: set, opslag: nil) }
            return tekst + " (ingevuld: " + waarden.joined(separator: "; ") + ")"
        }
        var uit = "", rest = Substring(tekst)
        for (bereik, term) in zip(blanco, termen) {
            let begin = rest.startIndex, voor = tekst[begin..<bereik.lowerBound]
            uit += voor
            // A choice in the model's words ("een maand"), a list as its items.
            var waarde = term.inWoorden(set)
            // "[aantal] jaar" with a duration of 3 jaar: the number only, the text has the unit.
            if case .duur(let d) = term.waarde {
                let na = tekst[bereik.upperBound...]
                let eenheden = [d.eenheid.rawValue, d.eenheid.enkelvoud]
                if eenheden.contains(where: { na.hasPrefix(" " + $0) }) { waarde = String(d.aantal) }
            }
            uit += waarde
            rest = tekst[bereik.upperBound...]
        }
        return uit + rest
    }

    /// Whether an article is in the ordinance: a facultative one only when adopted (`artikel 50 opgenomen`).
    static func telt(_ a: Artikel, _ set: Regelset) -> Bool {
        a.facultatief == nil || set.opgenomenLeden.contains(Citaat(artikel: a.nummer))
    }

    /// Whether a lid is in the ordinance as far as its own variants go: a variant of one lid (`lid 4
    /// variant A`) only when chosen.
    static func telt(_ lid: Artikel.Lid, in a: Artikel, _ set: Regelset) -> Bool {
        guard let v = lid.variant else { return true }
        return set.gekozenVarianten[Citaat(artikel: a.nummer, lid: lid.nummer)] == v.naam
    }

    /// Whether an onderdeel is in the ordinance as far as its own variants go (`onderdeel b variant 2`).
    static func telt(_ o: Artikel.Onderdeel, _ c: Citaat, _ set: Regelset) -> Bool {
        guard let v = o.variant else { return true }
        return set.gekozenVarianten[c] == v.naam
    }

    /// The blanks `[...]` of a text, in order.
    static func blanco(in tekst: String) -> [Range<String.Index>] {
        var uit: [Range<String.Index>] = []
        var i = tekst.startIndex
        while let open = tekst[i...].firstIndex(of: "[") {
            guard let dicht = tekst[open...].firstIndex(of: "]") else { break }
            uit.append(open..<tekst.index(after: dicht))
            i = tekst.index(after: dicht)
        }
        return uit
    }
}
