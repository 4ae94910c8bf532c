// Evaluate: a rule's calculation written out with the values it used, for the motivation (issue 14: "each
// amount's calculation written out with the rounding": "20% van € 1.401,50 per maand = € 280,30 per
// maand"). It recomputes the expression with the arithmetic of ``Rekenen`` — the interpreter's own — from
// the values the run gave its names, so the text can never show a sum the decision did not make.

/// A calculation as text: the formula with the values filled in, its exact result, and the rounding a rule
/// (or the display default for amounts) applied.
public struct Berekening: Sendable, Equatable {
    /// "20% van € 1.401,50 per maand".
    public var formule: String
    /// The exact result before the outermost rounding, as text ("€ 246,914 per maand").
    public var exact: String
    /// The rounding applied to the result and the rounded value ("rekenkundig afgerond op centen",
    /// "€ 246,91 per maand"); nil when the result needed none.
    public var afronding: (wijze: String, waarde: String)?

    public static func == (a: Berekening, b: Berekening) -> Bool {
        a.formule == b.formule && a.exact == b.exact && a.afronding?.wijze == b.afronding?.wijze && a.afronding?.waarde == b.afronding?.waarde
    }

    /// "20% van € 1.234,57 per maand = € 246,914 per maand, rekenkundig afgerond op centen: € 246,91 per maand".
    public var tekst: String {
        formule + " = " + exact + (afronding.map { ", \($0.wijze): \($0.waarde)" } ?? "")
    }

    /// The calculation of `e`, or nil when `e` is not a calculation (a bare name, a comparison, a condition)
    /// or reads something this cannot write out (an aggregate over a list, a record field). `waarde` gives
    /// the value the run gave a case field or rule; `parameter` a national amount's value on a date.
    /// Recursion is bounded by the parser's limit on expression depth.
    public static func van(_ e: Getypeerd, regelset: Regelset, waarde: @escaping (Getypeerd) -> Waarde?,
                           parameter: @escaping (Int, Datum) -> Waarde?) -> Berekening? {
        guard e.isBerekening else { return nil }
        let s = Schrijver(regelset: regelset, waarde: waarde, parameter: parameter)
        // Of `als … dan … anders …`, the branch the condition chose is the calculation.
        var e = e
        while case .als(let c, let a, let b, _, _) = e {
            guard case .waarheid(let houdt)? = s.voorwaarde(c) else { return nil }
            e = houdt ? a : b
        }
        guard e.isBerekening else { return nil }
        // The outermost rounding is shown as a step of its own: exact result, then the rounded one.
        if case .afronding(let binnen, let maat, let wijze, let soort, _) = e {
            guard let (formule, x, _) = s.schrijf(binnen), let r = try? Rekenen.afronding(x, maat: maat, wijze: wijze, soort: soort)
            else { return nil }
            return Berekening(formule: formule, exact: s.exact(x, soort),
                              afronding: x == r ? nil : (Berekening.afronding(wijze, maat, soort), s.tekst(r, soort)))
        }
        guard let (formule, x, _) = s.schrijf(e) else { return nil }
        // An amount with more than two decimals is shown at cents by the documented default (DESIGN §3).
        if e.soort.isBedrag, case .getal(let g) = x, g.exacteDecimalen(max: 2) == nil {
            return Berekening(formule: formule, exact: s.exact(x, e.soort), afronding: ("voor de weergave rekenkundig afgerond op centen", s.tekst(x, e.soort)))
        }
        return Berekening(formule: formule, exact: s.tekst(x, e.soort), afronding: nil)
    }

    /// "rekenkundig afgerond op centen", "naar boven afgerond op hele euro's", "naar beneden afgerond op 2 decimalen",
    /// "naar beneden afgerond op een veelvoud van € 0,20".
    static func afronding(_ wijze: Getal.Afronding, _ maat: Getal.Afrondingsmaat, _ soort: Soort) -> String {
        let hoe: String
        switch wijze {
        case .rekenkundig: hoe = "rekenkundig afgerond"
        case .naarBoven: hoe = "naar boven afgerond"
        case .naarBeneden: hoe = "naar beneden afgerond"
        case .halfNaarEven: hoe = "afgerond (de helft naar even)"
        }
        let waarop: String
        switch maat {
        case .decimalen(let decimalen):
            switch (soort.isBedrag, decimalen) {
            case (true, 2): waarop = "centen"
            case (true, 0): waarop = "hele euro's"
            case (_, 0): waarop = "een geheel getal"
            case (_, 1): waarop = "één decimaal"
            default: waarop = "\(decimalen) decimalen"
            }
        case .veelvoud(let m):
            // The step as the rule wrote it, every decimal (€ 0,005 is not € 0,01), without the period of the
            // value rounded: the multiple itself may be a plain amount.
            let stap: String
            switch soort {
            case .bedrag, .bedragPer: stap = Opmaak.bedragExact(m)
            case .percentage: stap = Opmaak.percentage(m)
            case .getal, .geheelGetal, .waarheid, .datum, .duur, .tekst, .keuze, .record, .lijst, .fout: stap = Opmaak.getal(m)
            }
            waarop = "een veelvoud van " + stap
        }
        return hoe + " op " + waarop
    }

    /// Writes an expression with its values, and computes it.
    struct Schrijver {
        let regelset: Regelset
        let waarde: (Getypeerd) -> Waarde?
        let parameter: (Int, Datum) -> Waarde?

        func tekst(_ w: Waarde, _ soort: Soort) -> String { Opmaak.leesbaar(w, soort, regelset: regelset, opslag: nil) }

        /// An amount with all its decimals (up to six; beyond that rounded, with "…").
        func exact(_ w: Waarde, _ soort: Soort) -> String {
            guard soort.isBedrag, case .getal(let g) = w else { return tekst(w, soort) }
            let per: String = { if case .bedragPer(let p) = soort { " per " + p.rawValue } else { "" } }()
            return Opmaak.bedragExact(g) + per
        }

        /// Binding strength: 3 for a value or a function, 2 for × and :, 1 for + and −, 0 for a cap.
        typealias Geschreven = (tekst: String, waarde: Waarde, sterkte: Int)

        func schrijf(_ e: Getypeerd) -> Geschreven? {
            switch e {
            case .constante(let w, let s, _):
                return (tekst(w, s), w, 3)
            case .invoer(_, let s, _), .definitie(_, let s, _):
                guard let w = waarde(e), w != .afwezig else { return nil }
                return (tekst(w, s), w, 3)
            case .parameter(let p, let datum, let s, _):
                guard let (_, d, _) = schrijf(datum), case .datum(let op) = d, let w = parameter(p, op) else { return nil }
                return (tekst(w, s), w, 3)
            case .invullingOp(let o, let datum, let s, _):
                guard let d = waardeVan(datum), case .datum(let op) = d,
                      let w = regelset.versiewaarden[o]?.first(where: { $0.geldt(op: op) })?.waarde else { return nil }
                return (tekst(w, s), w, 3)
            case .enkel(.negatief, let a, _, _):
                guard let x = schrijf(a), let w = try? Rekenen.enkel(.negatief, x.waarde) else { return nil }
                return ("−" + haakjes(x, 3), w, 3)
            case .binair(let op, let a, let b, let soort, _):
                guard let x = schrijf(a), let y = schrijf(b) else { return nil }
                let w: Waarde?
                if let (periode, omgedraaid) = Rekenen.overDuur(op, a.soort, b.soort) {
                    w = omgedraaid ? try? Rekenen.overDuur(y.waarde, x.waarde, periode: periode)
                                   : try? Rekenen.overDuur(x.waarde, y.waarde, periode: periode)
                } else {
                    w = try? Rekenen.binair(op, x.waarde, y.waarde)
                }
                guard let w else { return nil }
                switch op {
                case .maal:
                    // "20% van € 1.401,50": how a percentage of an amount is said.
                    if a.soort == .percentage, b.soort != .percentage { return (haakjes(x, 3) + " van " + haakjes(y, 2), w, 2) }
                    if b.soort == .percentage, a.soort != .percentage { return (haakjes(y, 3) + " van " + haakjes(x, 2), w, 2) }
                    return (haakjes(x, 2) + " × " + haakjes(y, 3), w, 2)
                case .deel: return (haakjes(x, 2) + " : " + haakjes(y, 3), w, 2)
                case .plus: return (haakjes(x, 1) + " + " + haakjes(y, 2), w, 1)
                case .min: return (haakjes(x, 1) + " − " + haakjes(y, 2), w, 1)
                case .tenHoogste: return (haakjes(x, 1) + ", ten hoogste " + haakjes(y, 1), w, 0)
                case .tenMinste: return (haakjes(x, 1) + ", ten minste " + haakjes(y, 1), w, 0)
                case .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter, .groterGelijk, .en, .of:
                    _ = soort
                    return nil
                }
            case .minimum(let es, _, _), .maximum(let es, _, _):
                var delen: [Geschreven] = []
                for x in es { guard let g = schrijf(x) else { return nil }; delen.append(g) }
                guard var w = delen.first?.waarde else { return nil }
                let laagste: Bool = { if case .minimum = e { true } else { false } }()
                for d in delen.dropFirst() {
                    guard let v = try? Rekenen.binair(laagste ? .tenHoogste : .tenMinste, w, d.waarde) else { return nil }
                    w = v
                }
                let lijst = delen.map(\.tekst)
                let opsomming = lijst.dropLast().joined(separator: ", ") + " en " + (lijst.last ?? "")
                return ((laagste ? "het laagste van " : "het hoogste van ") + opsomming, w, 3)
            case .afronding(let a, let maat, let wijze, let soort, _):
                guard let x = schrijf(a), let w = try? Rekenen.afronding(x.waarde, maat: maat, wijze: wijze, soort: soort)
                else { return nil }
                return ("(" + x.tekst + ", " + Berekening.afronding(wijze, maat, soort) + ")", w, 3)
            case .als(let c, let a, let b, _, _):
                // The branch the condition chose is the calculation; the condition itself is the rule's reason.
                guard case .waarheid(let houdt)? = voorwaarde(c) else { return nil }
                return schrijf(houdt ? a : b)
            case .enkel, .lokaal, .veld, .aggregaat, .datumfunctie, .waarbij:
                return nil
            }
        }

        /// A condition's value: comparisons, en, of and niet over what ``schrijf`` can compute.
        func voorwaarde(_ e: Getypeerd) -> Waarde? {
            switch e {
            case .binair(let op, let a, let b, _, _):
                switch op {
                case .en, .of:
                    guard case .waarheid(let x)? = voorwaarde(a) else { return nil }
                    if op == .en && !x { return .waarheid(false) }
                    if op == .of && x { return .waarheid(true) }
                    return voorwaarde(b)
                case .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter, .groterGelijk:
                    guard let x = waardeVan(a), let y = waardeVan(b) else { return nil }
                    return try? Rekenen.binair(op, x, y)
                case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste:
                    return nil
                }
            case .enkel(.niet, let a, _, _):
                guard case .waarheid(let x)? = voorwaarde(a) else { return nil }
                return .waarheid(!x)
            default:
                return waardeVan(e)
            }
        }

        /// A value: a name's, a constant, or what ``schrijf`` computes.
        func waardeVan(_ e: Getypeerd) -> Waarde? {
            switch e {
            case .constante(let w, _, _): return w
            case .invoer, .definitie: return waarde(e)
            default: return schrijf(e)?.waarde
            }
        }

        func haakjes(_ g: Geschreven, _ minstens: Int) -> String { g.sterkte < minstens ? "(" + g.tekst + ")" : g.tekst }
    }
}

extension Getypeerd {
    /// Whether this is a calculation worth writing out: it combines numbers (an operator, a rounding, a
    /// cap), rather than naming one value or testing a condition.
    var isBerekening: Bool {
        switch self {
        case .binair(let op, _, _, _, _):
            switch op {
            case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste: return true
            case .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter, .groterGelijk, .en, .of: return false
            }
        case .afronding, .minimum, .maximum: return true
        case .als(_, let a, let b, _, _): return a.isBerekening || b.isBerekening
        case .enkel(.negatief, _, _, _): return true
        case .constante, .invoer, .definitie, .lokaal, .veld, .enkel, .aggregaat, .datumfunctie, .parameter, .waarbij, .invullingOp:
            return false
        }
    }
}
