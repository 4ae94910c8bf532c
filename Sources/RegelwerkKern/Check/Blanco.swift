// Check: which open term fills which blank `[...]` of the model's text (issue 14 item 6). One pairing, used
// by `check` (a blank or an open term that cannot be paired is a warning) and by `render` (the council's
// text with every blank in the words the text uses). A wrong pairing would put a value in the wrong blank
// of the text a council adopts, so the rules are strict and simple:
//   1. a blank that gives an example ("[bedrag (bijvoorbeeld € 1000)]") takes the open term with that
//      example, declared at the same place, else elsewhere in the same article (artikel 51 lid 2 onder b
//      reads "vanaf [bedrag (bijvoorbeeld € 1000)]": the bound of onder a);
//   2. the other blanks take the place's remaining open terms in order, each of a fitting kind ("[percentage]"
//      a percentage, "[bedrag]" an amount, "[drie OF vijf]" a choice).

/// A blank of the model's text and the open term that fills it.
public struct Blancokoppeling: Sendable {
    public struct Paar: Sendable {
        /// Where the blank stands in the text, brackets included.
        public var bereik: Range<String.Index>
        /// Index into ``Regelset/openTermen``.
        public var openTerm: Int
    }
    public var paren: [Paar] = []
    /// Blanks no open term fills, as written ("[bedrag]").
    public var losseBlanco: [String] = []
    /// Open terms declared at the place whose text has no blank for them.
    public var losseTermen: [Int] = []

    /// The blanks `[...]` of a text, in order (a facultative part `[*...*]` is no blank).
    public static func blanco(in tekst: String) -> [Range<String.Index>] {
        var uit: [Range<String.Index>] = []
        var i = tekst.startIndex
        while let open = tekst[i...].firstIndex(of: "[") {
            guard let dicht = tekst[open...].firstIndex(of: "]") else { break }
            if tekst[tekst.index(after: open)...].first != "*" { uit.append(open..<tekst.index(after: dicht)) }
            i = tekst.index(after: dicht)
        }
        return uit
    }

    /// Every text of the ordinance as the version reads it, with where it stands: each article's own text,
    /// its chosen variant's, its onderdelen, and its leden (a facultative one only when adopted) with theirs.
    /// A law's articles are not the ordinance's text.
    public static func teksten(_ set: Regelset) -> [(artikel: Artikel, teksten: [(tekst: String, plaats: Citaat)])] {
        set.artikelLijst.filter { $0.wet == nil }
            .sorted { Citaat.inVolgorde(Citaat(artikel: $0.nummer), Citaat(artikel: $1.nummer)) }
            .map { a in
                let nr = a.nummer
                let gekozen = set.gekozenVarianten[Citaat(artikel: nr)].flatMap { g in a.varianten.first { $0.nummer == g } }
                var uit: [(String, Citaat)] = []
                for t in [a.tekst, gekozen?.tekst].compactMap({ $0 }) { uit.append((t, Citaat(artikel: nr))) }
                for o in a.onderdelen + (gekozen?.onderdelen ?? []) { uit.append((o.tekst ?? "", Citaat(artikel: nr, onderdeel: o.label))) }
                for lid in leden(a, gekozen, set) {
                    uit.append((lid.tekst ?? "", Citaat(artikel: nr, lid: lid.nummer)))
                    for o in lid.onderdelen { uit.append((o.tekst ?? "", Citaat(artikel: nr, lid: lid.nummer, onderdeel: o.label))) }
                }
                return (a, uit)
            }
    }

    /// The leden of an article in its chosen variant, facultative ones only when adopted, in number order.
    public static func leden(_ a: Artikel, _ gekozen: Variant?, _ set: Regelset) -> [Artikel.Lid] {
        (a.leden + (gekozen?.leden ?? []))
            .filter { $0.facultatief == nil || set.opgenomenLeden.contains(Citaat(artikel: a.nummer, lid: $0.nummer)) }
            .sorted { (Int($0.nummer) ?? Int.max) < (Int($1.nummer) ?? Int.max) }
    }

    /// Pairs the blanks of `tekst`, which stands at `plaats`, with the open terms of `set`.
    public static func koppel(_ tekst: String, plaats: Citaat, set: Regelset) -> Blancokoppeling {
        let blanco = blanco(in: tekst)
        func opPlaats(_ c: Citaat?) -> Bool { c.map { $0.artikel == plaats.artikel && $0.lid == plaats.lid && $0.onderdeel == plaats.onderdeel && $0.wet == plaats.wet } ?? false }
        let hier = set.openTermen.indices.filter { opPlaats(set.openTermen[$0].citaat) }
        let artikel = set.openTermen.indices.filter { i in
            set.openTermen[i].citaat.map { $0.artikel == plaats.artikel && $0.wet == plaats.wet } ?? false
        }
        var gebruikt = Set<Int>()
        var gekozen: [Int?] = Array(repeating: nil, count: blanco.count)
        // 1. By the example the blank gives.
        for (k, b) in blanco.enumerated() {
            guard let voorbeeld = voorbeeld(String(tekst[b])) else { continue }
            let kandidaten = hier + artikel.filter { !hier.contains($0) }
            if let i = kandidaten.first(where: { !gebruikt.contains($0) && set.openTermen[$0].voorbeeld.flatMap(\.alsGetal) == voorbeeld
                                                 && past(String(tekst[b]), set.openTermen[$0].soort) }) {
                gekozen[k] = i
                gebruikt.insert(i)
            }
        }
        // 2. The rest in order, by kind.
        for (k, b) in blanco.enumerated() where gekozen[k] == nil {
            if let i = hier.first(where: { !gebruikt.contains($0) && past(String(tekst[b]), set.openTermen[$0].soort) }) {
                gekozen[k] = i
                gebruikt.insert(i)
            }
        }
        var uit = Blancokoppeling()
        for (k, b) in blanco.enumerated() {
            if let i = gekozen[k] { uit.paren.append(Paar(bereik: b, openTerm: i)) } else { uit.losseBlanco.append(String(tekst[b])) }
        }
        uit.losseTermen = hier.filter { !gebruikt.contains($0) }
        return uit
    }

    /// Whether a blank can take a value of this sort: "[percentage …]" a percentage, "[bedrag …]" an amount,
    /// "[X OF Y]" a choice; a blank that names no kind ("[...]", "[periode]", "[aantal]") any value.
    static func past(_ blanco: String, _ soort: Soort) -> Bool {
        let binnen = blanco.dropFirst().prefix { $0 != "]" }.lowercased()
        if binnen.contains(" of ") && blanco.contains(" OF ") { if case .keuze = soort { return true } else { return false } }
        if binnen.hasPrefix("percentage") { return soort == .percentage }
        if binnen.hasPrefix("bedrag") { return soort.isBedrag }
        return true
    }

    /// The example a blank gives, as a number: "€ 1000" → 1000, "20 procent" → 0,2; nil when it gives
    /// none or one in words ("één maand").
    static func voorbeeld(_ blanco: String) -> Getal? {
        guard let r = blanco.range(of: "bijvoorbeeld ") else { return nil }
        var rest = blanco[r.upperBound...].prefix { $0 != ")" && $0 != "]" }
        var procent = false
        if rest.hasPrefix("€") { rest = rest.dropFirst().drop { $0 == " " } }
        if rest.hasSuffix(" procent") { rest = rest.dropLast(" procent".count); procent = true }
        let cijfers = rest.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        guard !cijfers.isEmpty, cijfers.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let g = Getal.lees(Substring(cijfers)) else { return nil }
        return procent ? (try? g.gedeeldDoor(.honderd)) : g
    }

    /// `tekst` with each paired blank replaced by its open term's value in the words the text uses: an
    /// amount without a period the text already states ("€ 141", never "€ € 141,00 per maand"), a
    /// percentage as "20 procent" where the model writes procent, a number without the unit that follows
    /// it ("[aantal] jaar": "3 jaar"), a choice in its words. Unpaired blanks stay (check warns of them).
    public static func ingevuld(_ tekst: String, plaats: Citaat, set: Regelset) -> String {
        let koppeling = koppel(tekst, plaats: plaats, set: set)
        var uit = "", vanaf = tekst.startIndex
        for paar in koppeling.paren {
            let voor = tekst[vanaf..<paar.bereik.lowerBound]
            let na = tekst[paar.bereik.upperBound...]
            var waarde = woorden(set.openTermen[paar.openTerm], blanco: String(tekst[paar.bereik]), set: set)
            // The text's own unit or sign around the blank is not written twice.
            if voor.hasSuffix("€ ") || voor.hasSuffix("€"), waarde.hasPrefix("€ ") { waarde.removeFirst(2) }
            if let laatste = waarde.split(separator: " ").last, waarde.contains(" "),
               na.hasPrefix(" " + laatste) || (laatste == "maand" && na.hasPrefix(" maanden")) || (laatste == "maanden" && na.hasPrefix(" maand")) {
                waarde = String(waarde.dropLast(laatste.count + 1))
            }
            if waarde.hasSuffix("%"), na.hasPrefix(" %") || na.hasPrefix(" procent") || na.hasPrefix("%") { waarde.removeLast() }
            uit += voor + waarde
            vanaf = paar.bereik.upperBound
        }
        return uit + tekst[vanaf...]
    }

    /// An open term's value as the ordinance writes it.
    static func woorden(_ term: GevuldeOpenTerm, blanco: String, set: Regelset) -> String {
        switch (term.waarde, term.soort) {
        case (.getal(let g), .bedrag), (.getal(let g), .bedragPer):
            let t = Opmaak.bedrag(g)
            return t.hasSuffix(",00") ? String(t.dropLast(3)) : t
        case (.getal(let g), .percentage):
            let p = Opmaak.percentage(g)
            return blanco.contains("procent") ? String(p.dropLast()) + " procent" : p
        default:
            return Opmaak.leesbaar(term.waarde, term.soort, regelset: set, opslag: nil)
        }
    }
}
