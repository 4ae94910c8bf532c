// Values: how values are written for people (Dutch notation) and for machines (JSON).

/// Dutch and machine notation of values.
///
/// Documented default (README, "Afronding"): an amount is computed exactly; where a rule does not
/// round it, it is *shown* rounded half away from zero to whole cents, and the motivation says so.
public enum Opmaak {
    /// How a value that is not there (`geen`) is written.
    public static let geen = "geen"

    /// "€ 1.300,00"; amounts with more than two decimals are shown rounded to cents.
    public static func bedrag(_ g: Getal) -> String {
        let r = (try? g.afgerond(op: 2, wijze: .rekenkundig)) ?? g
        let t = r.decimaleTekst(minDecimalen: 2, scheiding: ",")
        return "€ " + duizendtallen(t)
    }

    /// An amount with every decimal it has, up to six ("€ 246,914"); beyond that, or repeating, rounded to six
    /// with "…" ("€ 0,333333…"), so the reader sees the value was not yet rounded.
    public static func bedragExact(_ g: Getal) -> String {
        if let (_, schaal) = g.exacteDecimalen(max: 6) {
            return "€ " + duizendtallen(g.decimaleTekst(minDecimalen: Swift.max(2, schaal), scheiding: ","))
        }
        let r = (try? g.afgerond(op: 6, wijze: .rekenkundig)) ?? g
        return "€ " + duizendtallen(r.decimaleTekst(minDecimalen: 6, scheiding: ",")) + "…"
    }

    /// A value as a caseworker reads it: as ``tekst(_:_:regelset:opslag:)``, but an enumeration value and a
    /// record's fields by the labels the rules declare ("tekortschietend besef van verantwoordelijkheid"),
    /// and yes/no as "ja" and "nee".
    public static func leesbaar(_ w: Waarde, _ soort: Soort, regelset: Regelset, opslag: Opslag?) -> String {
        switch w {
        case .keuze(let k):
            if case .keuze(let naam) = soort, let leden = regelset.keuzelijsten[naam], Int(k) < leden.count {
                return regelset.label(leden[Int(k)], binnen: naam) ?? leden[Int(k)]
            }
        case .record(let r):
            guard case .record(let naam) = soort, let schema = regelset.gegevens[naam], let o = opslag else { break }
            let delen = schema.velden.enumerated().compactMap { (k, v) -> String? in
                let i = Int(r) + k
                guard i < o.velden.count, o.velden[i] != .afwezig else { return nil }
                return (regelset.label(v.naam, binnen: naam) ?? v.naam) + ": " + leesbaar(o.velden[i], v.soort, regelset: regelset, opslag: o)
            }
            return "(" + delen.joined(separator: "; ") + ")"
        case .waarheid(let b): return b ? "ja" : "nee"
        case .getal, .datum, .duur, .tekst, .lijst, .afwezig: break
        }
        return tekst(w, soort, regelset: regelset, opslag: opslag)
    }

    /// "12,5%".
    public static func percentage(_ g: Getal) -> String {
        let p = (try? g.maal(.honderd)) ?? g
        return p.decimaleTekst(scheiding: ",") + "%"
    }

    /// "1,5" or "1.000".
    public static func getal(_ g: Getal) -> String {
        duizendtallen(g.decimaleTekst(scheiding: ","))
    }

    package static func duizendtallen(_ t: String) -> String {
        var s = Substring(t)
        var teken = ""
        if s.hasPrefix("-") { teken = "-"; s = s.dropFirst() }
        let delen = s.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let heel = Array(delen[0])
        var groepen: [String] = []
        var eind = heel.count
        while eind > 3 {
            groepen.insert(String(heel[(eind - 3)..<eind]), at: 0)
            eind -= 3
        }
        groepen.insert(String(heel[0..<eind]), at: 0)
        return teken + groepen.joined(separator: ".") + (delen.count > 1 ? "," + delen[1] : "")
    }

    /// A value as Dutch text, e.g. in a motivation.
    public static func tekst(_ w: Waarde, _ soort: Soort, regelset: Regelset, opslag: Opslag?) -> String {
        switch w {
        case .getal(let g):
            switch soort {
            case .bedrag: return bedrag(g)
            case .bedragPer(let p): return bedrag(g) + " per " + p.rawValue
            case .percentage: return percentage(g)
            default: return getal(g)
            }
        case .waarheid(let b): return b ? "waar" : "onwaar"
        case .datum(let d): return d.nederlands
        case .duur(let d): return d.description
        case .tekst(let i):
            let n = Int(i)
            if n < regelset.teksten.count { return "\"\(regelset.teksten[n])\"" }
            if let o = opslag, n - o.tekstBasis < o.teksten.count { return "\"\(o.teksten[n - o.tekstBasis])\"" }
            return "\"?\""
        case .keuze(let k):
            if case .keuze(let naam) = soort, let leden = regelset.keuzelijsten[naam], Int(k) < leden.count {
                return leden[Int(k)]
            }
            return "#\(k)"
        case .record(let r):
            // The fields that are given, e.g. "geschonden tekortschietend_besef, benadelingsbedrag € 1.500,00".
            guard case .record(let naam) = soort, let schema = regelset.gegevens[naam], let o = opslag else { return "(\(soort))" }
            let delen = schema.velden.enumerated().compactMap { (k, v) -> String? in
                let i = Int(r) + k
                guard i < o.velden.count, o.velden[i] != .afwezig else { return nil }
                return v.naam + " " + tekst(o.velden[i], v.soort, regelset: regelset, opslag: o)
            }
            return "(" + delen.joined(separator: ", ") + ")"
        case .lijst(_, let n): return "(\(n) \(n == 1 ? "element" : "elementen"))"
        // A rule whose value is `geen` (a case field never shows: a missing one stops the decision).
        case .afwezig: return Opmaak.geen
        }
    }
}
