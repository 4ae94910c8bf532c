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
        /// "Hoofdstuk 4 – werk, inkomen, re-integratie en tegenprestatie", "Paragraaf 1.1 – Algemene bepalingen".
        public var hoofdstuk: String? = nil
        public var paragraaf: String? = nil
        public var subparagraaf: String? = nil
        /// For a part of the model the verordening leaves out (`hoofdstuk 4 niet opgenomen`): no article, but its
        /// heading and one line saying so, where its first article would stand.
        public var nietOpgenomen = false
    }

    /// "Hoofdstuk 4 – werk, inkomen, …": a heading as the model writes it.
    static func kopje(_ soort: String, _ k: Artikel.Kopje?) -> String? {
        k.map { "\(soort) \($0.nummer)" + ($0.titel.map { " – \($0)" } ?? "") }
    }

    /// The headings to write before each article: a hoofdstuk or paragraaf when it differs from the one before.
    static func kopjes(_ artikelen: [ArtikelTekst]) -> [[(niveau: Int, tekst: String)]] {
        var vorige: [String?] = [nil, nil, nil]
        return artikelen.map { a in
            var uit: [(Int, String)] = []
            let nu = [a.hoofdstuk, a.paragraaf, a.subparagraaf]
            // A heading is written when it, or one above it, changed.
            var veranderd = false
            for k in 0..<3 {
                veranderd = veranderd || nu[k] != vorige[k]
                if veranderd, let t = nu[k] { uit.append((k, t)) }
            }
            vorige = nu
            return uit
        }
    }

    /// How many heading levels stand above the articles.
    static func diepte(_ artikelen: [ArtikelTekst]) -> Int {
        [artikelen.contains { $0.hoofdstuk != nil }, artikelen.contains { $0.paragraaf != nil },
         artikelen.contains { $0.subparagraaf != nil }].filter { $0 }.count
    }

    /// The articles of the ordinance in order, in the chosen variant, with the adopted facultative leden
    /// and the blanks filled in the words the text uses. A law's articles are not the ordinance's text.
    public static func artikelen(_ set: Regelset) -> [ArtikelTekst] {
        // The parts left out stand where their first article would, by number.
        let weg = set.nietOpgenomen.delen.map { d in
            (nummer: d.eersteArtikel,
             tekst: ArtikelTekst(kop: d.paragraaf.map { "Paragraaf \($0.nummer)" } ?? "Hoofdstuk \(d.hoofdstuk.nummer)",
                                 alineas: [d.paragraaf == nil ? "Dit hoofdstuk is in deze verordening niet opgenomen."
                                                              : "Deze paragraaf is in deze verordening niet opgenomen."],
                                 onderdelen: [], leden: [], hoofdstuk: kopje("Hoofdstuk", d.hoofdstuk),
                                 paragraaf: kopje("Paragraaf", d.inParagraaf ?? d.paragraaf),
                                 subparagraaf: d.inParagraaf == nil ? nil : kopje("Paragraaf", d.paragraaf),
                                 nietOpgenomen: true))
        }
        let opgenomen = set.artikelLijst.filter { $0.wet == nil && Blancokoppeling.telt($0, set) }
            .map { a in (nummer: a.nummer, tekst: artikel(a, set)) }
        return (opgenomen + weg).enumerated()
            .sorted { x, y in
                let (a, b) = (Citaat(artikel: x.element.nummer), Citaat(artikel: y.element.nummer))
                return Citaat.inVolgorde(a, b) || (!Citaat.inVolgorde(b, a) && x.offset < y.offset)
            }
            .map(\.element.tekst)
    }

    /// One article as it reads in the consolidated ordinance.
    static func artikel(_ a: Artikel, _ set: Regelset) -> ArtikelTekst {
        let citaat = Citaat(artikel: a.nummer)
        // The article's own text, then the chosen variant's (none stays when none is chosen).
        let gekozen = set.gekozenVarianten[citaat].flatMap { g in a.varianten.first { $0.nummer == g } }
        var alineas: [String] = []
        if let t = a.tekst { alineas.append(ingevuld(t, citaat, set)) }
        if let t = gekozen?.tekst { alineas.append(ingevuld(t, citaat, set)) }
        let onderdelen = (a.onderdelen + (gekozen?.onderdelen ?? []))
            .map { ($0.label, ingevuld($0.tekst ?? "", Citaat(artikel: a.nummer, onderdeel: $0.label), set)) }
        let leden = Blancokoppeling.leden(a, gekozen, set)
            .map { lid in
                (lid.nummer, ingevuld(lid.tekst ?? "", Citaat(artikel: a.nummer, lid: lid.nummer), set),
                 lid.onderdelen.filter { Blancokoppeling.telt($0, Citaat(artikel: a.nummer, lid: lid.nummer, onderdeel: $0.label), set) }.map {
                     ($0.label, ingevuld($0.tekst ?? "", Citaat(artikel: a.nummer, lid: lid.nummer, onderdeel: $0.label), set))
                 })
            }
        return ArtikelTekst(kop: "Artikel \(a.nummer)" + (a.titel.map { ". \($0)" } ?? "") + (a.eigen != nil ? " (eigen artikel van de gemeente)" : ""), alineas: alineas,
                            onderdelen: onderdelen, leden: leden, hoofdstuk: kopje("Hoofdstuk", a.hoofdstuk),
                            paragraaf: kopje("Paragraaf", a.paragraaf), subparagraaf: kopje("Paragraaf", a.subparagraaf))
    }

    /// Markdown: the heading, then every article with its leden and onderdelen.
    public static func markdown(_ set: Regelset) -> String {
        var uit = "# \(set.naam)\n\n"
        if let v = set.versie { uit += "*\(v)*\n\n" }
        let artikelen = artikelen(set)
        // Headings one level each above the article: "## Hoofdstuk", "### Paragraaf", "#### Artikel".
        let diepte = diepte(artikelen)
        for (a, kopjes) in zip(artikelen, kopjes(artikelen)) {
            for k in kopjes { uit += String(repeating: "#", count: 2 + k.niveau) + " \(k.tekst)\n\n" }
            if a.nietOpgenomen {
                for t in a.alineas { uit += "*\(t)*\n\n" }
                continue
            }
            uit += String(repeating: "#", count: 2 + diepte) + " \(a.kop)\n\n"
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
        let artikelen = artikelen(set)
        let diepte = diepte(artikelen)
        for (a, kopjes) in zip(artikelen, kopjes(artikelen)) {
            for k in kopjes { uit += "<h\(2 + k.niveau)>\(e(k.tekst))</h\(2 + k.niveau)>\n" }
            if a.nietOpgenomen {
                for t in a.alineas { uit += "<p class=\"niet-opgenomen\">\(e(t))</p>\n" }
                continue
            }
            uit += "<h\(2 + diepte)>\(e(a.kop))</h\(2 + diepte)>\n"
            for t in a.alineas { uit += "<p>\(e(t))</p>\n" }
            uit += lijst(a.onderdelen)
            if !a.leden.isEmpty {
                uit += "<ol class=\"leden\">" + a.leden.map { "<li><span>\(e($0.nummer)).</span> \(e($0.tekst))\(lijst($0.onderdelen))</li>" }.joined() + "</ol>\n"
            }
        }
        return HTML.pagina(titel: set.naam, stijl: """
            body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}
            h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.8em}h3{font-size:1.15em;margin-top:1.6em}h4,h5{font-size:1.05em;margin-top:1.4em}ol{list-style:none;padding-left:1.5em}
            li span{display:inline-block;min-width:1.6em}.over,.niet-opgenomen{color:#555;font-style:italic}
            """, inhoud: uit)
    }

    /// `tekst` with its blanks filled in the words the text uses (``Blancokoppeling``, the pairing `check`
    /// warns about when a blank or an open term is left over).
    static func ingevuld(_ tekst: String, _ plaats: Citaat, _ set: Regelset) -> String {
        Blancokoppeling.ingevuld(tekst, plaats: plaats, set: set)
    }
}
