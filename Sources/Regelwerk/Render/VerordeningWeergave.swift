// Render: the consolidated ordinance as the council publishes it: the model's text with the municipality's
// choices applied (its variants, the facultative leden it adopts) and its blanks filled in (DESIGN §2).

public enum VerordeningWeergave {
    /// Markdown: the heading, then every article of the ordinance in order, each lid and onderdeel with its
    /// text. A blank `[...]` is filled with the open term declared at that place; where the blanks and
    /// the open terms of a place do not pair up one to one, the blanks stay and the values follow, so a
    /// value never lands in the wrong blank.
    public static func markdown(_ set: Regelset) -> String {
        var uit = "# \(set.naam)\n\n"
        if let v = set.versie { uit += "_\(v)_\n\n" }
        let artikelen = set.artikelLijst.filter { $0.wet == nil }
            .sorted { Citaat.inVolgorde(Citaat(artikel: $0.nummer), Citaat(artikel: $1.nummer)) }
        for a in artikelen {
            let citaat = Citaat(artikel: a.nummer)
            let gekozen = set.gekozenVarianten[citaat]
            func telt(_ variant: String?) -> Bool { variant == nil || variant == gekozen }
            uit += "## Artikel \(a.nummer)" + (a.titel.map { ". \($0)" } ?? "") + "\n\n"
            if let t = a.tekst { uit += ingevuld(t, citaat, set) + "\n\n" }
            if let v = set.varianten.first(where: { $0.artikel == citaat && $0.nummer == gekozen }), let t = v.tekst {
                uit += ingevuld(t, citaat, set) + "\n\n"
            }
            for o in a.onderdelen where telt(o.variant) {
                uit += "\(o.label). " + ingevuld(o.tekst ?? "", Citaat(artikel: a.nummer, onderdeel: o.label), set) + "\n"
            }
            if a.onderdelen.contains(where: { telt($0.variant) }) { uit += "\n" }
            let leden = a.leden.filter { telt($0.variant) && (!$0.facultatief || set.opgenomenLeden.contains(Citaat(artikel: a.nummer, lid: $0.nummer))) }
                .sorted { (Int($0.nummer) ?? Int.max) < (Int($1.nummer) ?? Int.max) }
            for lid in leden {
                let c = Citaat(artikel: a.nummer, lid: lid.nummer)
                uit += "\(lid.nummer). " + ingevuld(lid.tekst ?? "", c, set) + "\n"
                for o in lid.onderdelen where telt(o.variant) {
                    uit += "   \(o.label). " + ingevuld(o.tekst ?? "", Citaat(artikel: a.nummer, lid: lid.nummer, onderdeel: o.label), set) + "\n"
                }
            }
            if !leden.isEmpty { uit += "\n" }
        }
        return uit
    }

    /// `tekst` with its blanks filled by the open terms declared exactly at `plaats`, in order.
    static func ingevuld(_ tekst: String, _ plaats: Citaat, _ set: Regelset) -> String {
        let termen = set.openTermen.filter { $0.citaat.map { $0.artikel == plaats.artikel && $0.lid == plaats.lid && $0.onderdeel == plaats.onderdeel } ?? false }
        let blanco = blanco(in: tekst)
        guard !termen.isEmpty else { return tekst }
        guard blanco.count == termen.count, termen.allSatisfy({ $0.waarde != .afwezig }) else {
            // Not one to one: the text as the model has it, and the values that were filled in.
            let waarden = termen.map { "\($0.naam) = " + Opmaak.tekst($0.waarde, $0.soort, regelset: set, opslag: nil) }
            return tekst + " _(ingevuld: " + waarden.joined(separator: "; ") + ")_"
        }
        var uit = "", rest = Substring(tekst)
        for (bereik, term) in zip(blanco, termen) {
            let begin = rest.startIndex, voor = tekst[begin..<bereik.lowerBound]
            uit += voor
            var waarde = Opmaak.tekst(term.waarde, term.soort, regelset: set, opslag: nil)
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
