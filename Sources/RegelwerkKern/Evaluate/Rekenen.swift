// Evaluate: the arithmetic of values. One implementation, used by the checker's constant folding and by
// the interpreter, so a folded constant and a computed value can never disagree.

public enum RekenFoutSoort: Error, Sendable, Equatable {
    case overloop
    /// Operands the checker should have ruled out: a bug in Regelwerk, never reported as overflow.
    case onverwacht
    case delingDoorNul
    case buitenKalender
    case eenhedenVerschillen
}

enum Rekenen {
    static func getal(_ f: () throws(RekenFout) -> Getal) throws(RekenFoutSoort) -> Waarde {
        do {
            return .getal(try f())
        } catch {
            switch error {
            case .overloop: throw .overloop
            case .delingDoorNul: throw .delingDoorNul
            }
        }
    }

    static func enkel(_ op: EnkeleOperator, _ a: Waarde) throws(RekenFoutSoort) -> Waarde {
        switch (op, a) {
        case (.niet, .waarheid(let b)): return .waarheid(!b)
        case (.negatief, .getal(let g)): return try getal { () throws(RekenFout) in try g.negatief() }
        case (.negatief, .duur(let d)):
            guard d.aantal != .min else { throw .overloop }
            return .duur(Duur(-d.aantal, d.eenheid))
        default: throw .onverwacht
        }
    }

    /// Date plus a duration: months and years keep the day number and fall back to the month's last
    /// day; werkdagen skip Saturdays, Sundays and general holidays.
    static func plus(_ d: Datum, _ duur: Duur, teken: Int64) throws(RekenFoutSoort) -> Datum {
        let (n, o) = duur.aantal.multipliedReportingOverflow(by: teken)
        // A range check, not `abs`: the absolute value of the most negative duration does not exist (it stopped
        // the program).
        guard !o, n > -4_000_000, n < 4_000_000, let k = Int(exactly: n) else { throw .buitenKalender }
        let r: Datum?
        switch duur.eenheid {
        case .dagen: r = d.plusDagen(k)
        case .weken: r = d.plusDagen(7 * k)
        case .maanden: r = d.plusMaanden(k)
        case .jaren: r = d.plusMaanden(12 * k)
        case .werkdagen: r = Kalender.plusWerkdagen(d, k)
        }
        guard let r else { throw .buitenKalender }
        return r
    }

    /// An amount per period times a duration in that period's unit: the amount over the whole duration
    /// (€ 1.401,50 per maand over 2 maanden is € 2.803,00). A duration in another unit is an error.
    static func overDuur(_ bedrag: Waarde, _ duur: Waarde, periode: Periode) throws(RekenFoutSoort) -> Waarde {
        guard case .getal(let g) = bedrag, case .duur(let d) = duur else { throw .onverwacht }
        guard d.eenheid == periode.eenheid else { throw .eenhedenVerschillen }
        return try getal { () throws(RekenFout) in try g.maal(Getal(geheel: Int128(d.aantal))) }
    }

    /// The period when `a op b` is an amount per period times a duration, with the operands in that order.
    static func overDuur(_ op: BinaireOperator, _ a: Soort, _ b: Soort) -> (periode: Periode, omgedraaid: Bool)? {
        guard op == .maal else { return nil }
        if case .bedragPer(let p) = a, b == .duur { return (p, false) }
        if case .bedragPer(let p) = b, a == .duur { return (p, true) }
        return nil
    }

    /// Comparisons and caps ("ten hoogste", "ten minste") for any ordered kind of value.
    static func geordend<T: Comparable>(_ op: BinaireOperator, _ x: T, _ y: T, _ maak: (T) -> Waarde) throws(RekenFoutSoort) -> Waarde {
        switch op {
        case .tenHoogste: return maak(Swift.min(x, y))
        case .tenMinste: return maak(Swift.max(x, y))
        case .gelijk: return .waarheid(x == y)
        case .ongelijk: return .waarheid(x != y)
        case .kleiner: return .waarheid(x < y)
        case .kleinerGelijk: return .waarheid(x <= y)
        case .groter: return .waarheid(x > y)
        case .groterGelijk: return .waarheid(x >= y)
        case .plus, .min, .maal, .deel, .en, .of: throw .onverwacht
        }
    }

    static func binair(_ op: BinaireOperator, _ a: Waarde, _ b: Waarde) throws(RekenFoutSoort) -> Waarde {
        switch (a, b) {
        case (.getal(let x), .getal(let y)):
            switch op {
            case .plus: return try getal { () throws(RekenFout) in try x.plus(y) }
            case .min: return try getal { () throws(RekenFout) in try x.min(y) }
            case .maal: return try getal { () throws(RekenFout) in try x.maal(y) }
            case .deel: return try getal { () throws(RekenFout) in try x.gedeeldDoor(y) }
            default: return try geordend(op, x, y, Waarde.getal)
            }
        case (.waarheid(let x), .waarheid(let y)):
            switch op {
            case .en: return .waarheid(x && y)
            case .of: return .waarheid(x || y)
            case .gelijk: return .waarheid(x == y)
            case .ongelijk: return .waarheid(x != y)
            default: throw .onverwacht
            }
        case (.datum(let x), .datum(let y)):
            return try geordend(op, x, y, Waarde.datum)
        case (.datum(let x), .duur(let d)):
            switch op {
            case .plus: return .datum(try plus(x, d, teken: 1))
            case .min: return .datum(try plus(x, d, teken: -1))
            default: throw .onverwacht
            }
        case (.duur(let d), .datum(let x)) where op == .plus:
            return .datum(try plus(x, d, teken: 1))
        case (.duur(let x), .duur(let y)):
            guard x.eenheid == y.eenheid else { throw .eenhedenVerschillen }
            let (s, o): (Int64, Bool)
            switch op {
            case .deel:
                return try getal { () throws(RekenFout) in try Getal(teller: Int128(x.aantal), noemer: Int128(y.aantal)) }
            case .plus: (s, o) = x.aantal.addingReportingOverflow(y.aantal)
            case .min: (s, o) = x.aantal.subtractingReportingOverflow(y.aantal)
            case .gelijk: return .waarheid(x.aantal == y.aantal)
            case .ongelijk: return .waarheid(x.aantal != y.aantal)
            case .kleiner: return .waarheid(x.aantal < y.aantal)
            case .kleinerGelijk: return .waarheid(x.aantal <= y.aantal)
            case .groter: return .waarheid(x.aantal > y.aantal)
            case .groterGelijk: return .waarheid(x.aantal >= y.aantal)
            default: throw .onverwacht
            }
            guard !o else { throw .overloop }
            return .duur(Duur(s, x.eenheid))
        case (.duur(let d), .getal(let g)), (.getal(let g), .duur(let d)):
            guard op == .maal, g.isGeheel else { throw .onverwacht }
            guard let f = Int64(exactly: g.teller) else { throw .overloop }
            let (s, o) = d.aantal.multipliedReportingOverflow(by: f)
            guard !o else { throw .overloop }
            return .duur(Duur(s, d.eenheid))
        case (.keuze(let x), .keuze(let y)):
            switch op {
            case .gelijk: return .waarheid(x == y)
            case .ongelijk: return .waarheid(x != y)
            default: throw .onverwacht
            }
        default:
            throw .onverwacht
        }
    }

    /// A calendar phrase. For `termijn` also returns the end date before the Algemene termijnenwet
    /// moved it, when it did.
    static func datumfunctie(_ f: Datumfunctie, _ a: Waarde, _ b: Waarde) throws(RekenFoutSoort) -> (waarde: Waarde, voorAtw: Datum?) {
        switch (f, a, b) {
        case (.termijn, .duur(let duur), .datum(let start)):
            let eind = try plus(start, duur, teken: 1)
            guard let (verlengd, _) = Kalender.termijnenwet(start: start, eind: eind) else { throw .buitenKalender }
            return (.datum(verlengd), verlengd == eind ? nil : eind)
        case (.eersteDagVolgendeMaand, .datum(let d), _):
            let (j, m, _) = d.civiel
            guard let r = Datum(jaar: m == 12 ? j + 1 : j, maand: m == 12 ? 1 : m + 1, dag: 1) else { throw .buitenKalender }
            return (.datum(r), nil)
        case (.eersteDagMaand, .datum(let d), _):
            // The same month, so the same calendar: step back to day 1 (no round trip through the year).
            let dag = d.civiel.dag
            return (.datum(Datum(dagnummer: d.dagnummer - Int32(dag - 1))), nil)
        case (.laatsteDagMaand, .datum(let d), _):
            let (j, m, _) = d.civiel
            guard let r = Datum(jaar: j, maand: m, dag: Datum.dagenInMaand(jaar: j, maand: m)) else { throw .buitenKalender }
            return (.datum(r), nil)
        case (.dagenTussen, .datum(let x), .datum(let y)):
            return (.getal(Getal(geheel: Int128(y.dagnummer) - Int128(x.dagnummer))), nil)
        case (.maandenTussen, .datum(let x), .datum(let y)):
            return (.getal(Getal(geheel: Int128(Kalender.heleMaanden(van: x, tot: y)))), nil)
        case (.jarenTussen, .datum(let x), .datum(let y)), (.leeftijd, .datum(let x), .datum(let y)):
            let m = Kalender.heleMaanden(van: x, tot: y)
            return (.getal(Getal(geheel: Int128(m >= 0 ? m / 12 : -((-m) / 12)))), nil)
        default:
            throw .onverwacht
        }
    }

    /// Rounds a number; for a percentage the decimals count in percent (12,345% → 12,35% at 2), a multiple
    /// is a percentage itself (5% is 1/20).
    static func afronding(_ a: Waarde, maat: Getal.Afrondingsmaat, wijze: Getal.Afronding, soort: Soort) throws(RekenFoutSoort) -> Waarde {
        guard case .getal(let g) = a else { throw .onverwacht }
        switch maat {
        case .decimalen(let decimalen):
            let d = soort == .percentage ? decimalen + 2 : decimalen
            return try getal { () throws(RekenFout) in try g.afgerond(op: d, wijze: wijze) }
        case .veelvoud(let m):
            // The checker admits only a positive multiple.
            guard m > .nul else { throw .onverwacht }
            return try getal { () throws(RekenFout) in try g.afgerond(opVeelvoudVan: m, wijze: wijze) }
        }
    }
}
