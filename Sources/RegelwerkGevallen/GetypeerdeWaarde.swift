// Evaluate: the one typed encoding of a decided value for machines (DESIGN §5, "every --json is typed"):
// what `beslis --json` writes under "waarde" and what a batch record writes for every outcome. Decided here
// once, written two ways: as a `JSONWaarde` for `beslis --json` and straight into bytes for `batch`.

import RegelwerkKern

/// A value as a program reads it: an amount as its exact decimal (its period apart), a percentage as
/// "20%", a date in ISO form, a duration as count and unit, `geen` as null.
package enum GetypeerdeWaarde {
    /// An amount, exact, with at least two decimals: "280.30", "246.914" (never rounded for display).
    case bedrag(Getal)
    case percentage(Getal)
    case getal(Getal)
    case datum(Datum)
    case duur(Duur)
    case waarheid(Bool)
    /// Text, an enumeration's member, a record or list as its Dutch description.
    case tekst(String)
    case geen

    /// How a number is written: the one part of its kind (`Soort`) the typed form needs. A plain value, so a
    /// batch keeps it per outcome without holding the kind.
    package enum Getalvorm: Sendable {
        case bedrag, percentage, getal

        package init(_ soort: Soort) {
            switch soort {
            case .bedrag, .bedragPer: self = .bedrag
            case .percentage: self = .percentage
            default: self = .getal
            }
        }
    }

    /// `tekst` gives the Dutch text, asked only for what has no typed form of its own.
    package init(_ w: Waarde, _ soort: Soort, tekst: () -> String) {
        self.init(w, Getalvorm(soort), tekst: tekst)
    }

    package init(_ w: Waarde, _ vorm: Getalvorm, tekst: () -> String) {
        switch w {
        case .getal(let g):
            switch vorm {
            case .bedrag: self = .bedrag(g)
            case .percentage: self = .percentage(g)
            case .getal: self = .getal(g)
            }
        case .duur(let d): self = .duur(d)
        case .waarheid(let b): self = .waarheid(b)
        case .datum(let d): self = .datum(d)
        case .afwezig: self = .geen
        case .tekst, .keuze, .record, .lijst: self = .tekst(tekst())
        }
    }

    /// The typed form of `w` appended as bytes, as ``init(_:_:tekst:)-(_,Getalvorm,_)`` and ``schrijf(naar:)`` give
    /// it; a number is written straight from the value (a batch writes several per record).
    package static func schrijf(_ w: Waarde, _ vorm: Getalvorm, tekst: () -> String, naar uit: inout [UInt8]) {
        if case .getal(let g) = w {
            schrijf(g, vorm, naar: &uit)
        } else {
            GetypeerdeWaarde(w, vorm, tekst: tekst).schrijf(naar: &uit)
        }
    }

    /// A number in the form its kind gives it: an amount as "280.30", a percentage as "20%", else its digits.
    static func schrijf(_ g: Getal, _ vorm: Getalvorm, naar uit: inout [UInt8]) {
        switch vorm {
        case .bedrag:
            uit.append(0x22)
            g.schrijfDecimaal(minDecimalen: 2, naar: &uit)
            uit.append(0x22)
        case .percentage:
            uit.append(0x22)
            Self.procent(g).schrijfDecimaal(naar: &uit)
            uit += "%\"".utf8
        case .getal: g.schrijfDecimaal(naar: &uit)
        }
    }

    /// "20%": a percentage is held as a fraction (1/5).
    static func procent(_ g: Getal) -> Getal { (try? g.maal(.honderd)) ?? g }

    package var json: JSONWaarde {
        switch self {
        case .bedrag(let g): .tekst(g.decimaleTekst(minDecimalen: 2))
        case .percentage(let g): .tekst(Self.procent(g).decimaleTekst() + "%")
        case .getal(let g): .getal(g.decimaleTekst())
        case .datum(let d): .tekst(d.description)
        case .duur(let d): .object([("aantal", .getal("\(d.aantal)")), ("eenheid", .tekst(d.eenheid.rawValue))])
        case .waarheid(let b): .waarheid(b)
        case .tekst(let t): .tekst(t)
        case .geen: .null
        }
    }

    /// The same JSON on one line, appended as bytes.
    package func schrijf(naar uit: inout [UInt8]) {
        switch self {
        case .bedrag(let g): Self.schrijf(g, .bedrag, naar: &uit)
        case .percentage(let g): Self.schrijf(g, .percentage, naar: &uit)
        case .getal(let g): Self.schrijf(g, .getal, naar: &uit)
        case .datum(let d):
            let (j, m, dag) = d.civiel
            uit.append(0x22)
            JSONSchrijver.cijfers(j, minstens: 4, naar: &uit)
            uit.append(0x2D)
            JSONSchrijver.cijfers(m, minstens: 2, naar: &uit)
            uit.append(0x2D)
            JSONSchrijver.cijfers(dag, minstens: 2, naar: &uit)
            uit.append(0x22)
        case .duur(let d):
            JSONSchrijver.schrijf("{\"aantal\":", naar: &uit)
            JSONSchrijver.cijfers(Int(d.aantal), naar: &uit)
            // The unit's name as JSON, written as one piece (checking the name's characters for escapes, and
            // appending them, cost more than the rest of the outcome).
            switch d.eenheid {
            case .dagen: JSONSchrijver.schrijf(",\"eenheid\":\"dagen\"}", naar: &uit)
            case .weken: JSONSchrijver.schrijf(",\"eenheid\":\"weken\"}", naar: &uit)
            case .maanden: JSONSchrijver.schrijf(",\"eenheid\":\"maanden\"}", naar: &uit)
            case .jaren: JSONSchrijver.schrijf(",\"eenheid\":\"jaren\"}", naar: &uit)
            case .werkdagen: JSONSchrijver.schrijf(",\"eenheid\":\"werkdagen\"}", naar: &uit)
            }
        case .waarheid(let b): JSONSchrijver.schrijf(b ? "true" : "false", naar: &uit)
        case .tekst(let t): JSONSchrijver.tekst(t, naar: &uit)
        case .geen: JSONSchrijver.schrijf("null", naar: &uit)
        }
    }

    /// The bytes around one outcome's value in a batch record, made once per plan rather than per case:
    /// `"naam":{"waarde":` before, and `}` or `,"per":"maand"}` after.
    package struct Rand: Sendable {
        package let voor: [UInt8]
        package let na: [UInt8]

        package init(_ naam: String, _ soort: Soort) {
            var voor: [UInt8] = []
            JSONSchrijver.tekst(naam, naar: &voor)
            JSONSchrijver.schrijf(":{\"waarde\":", naar: &voor)
            self.voor = voor
            var na: [UInt8] = []
            if case .bedragPer(let p) = soort {
                JSONSchrijver.schrijf(",\"per\":", naar: &na)
                JSONSchrijver.tekst(p.rawValue, naar: &na)
            }
            na.append(0x7D)
            self.na = na
        }
    }

    /// One outcome of a batch record between its ``Rand``.
    package static func schrijfUitkomst(_ rand: Rand, _ w: Waarde, _ soort: Soort, tekst: () -> String, naar uit: inout [UInt8]) {
        uit += rand.voor
        schrijf(w, Getalvorm(soort), tekst: tekst, naar: &uit)
        uit += rand.na
    }

    /// One outcome of a batch record: `"naam":{"waarde":…}`, with `"per":"maand"` for an amount per period (the
    /// same two fields `beslis --json` gives an outcome, without its text and citation).
    package static func schrijfUitkomst(_ naam: String, _ w: Waarde, _ soort: Soort, tekst: () -> String, naar uit: inout [UInt8]) {
        schrijfUitkomst(Rand(naam, soort), w, soort, tekst: tekst, naar: &uit)
    }
}

extension JSONSchrijver {
    /// Appends `s` as a JSON string, as bytes (the same escapes as ``tekst(_:in:)``).
    package static func tekst(_ s: String, naar uit: inout [UInt8]) {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            uit.append(0x22)
            uit += s.utf8
            uit.append(0x22)
        } else {
            var t = ""
            tekst(s, in: &t)
            uit += t.utf8
        }
    }

    /// Appends text known when compiling (JSON punctuation and words), without going through a `String`.
    package static func schrijf(_ s: StaticString, naar uit: inout [UInt8]) {
        s.withUTF8Buffer { uit.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `n`, with leading zeros up to `minstens` digits (a year, a month).
    package static func cijfers(_ n: Int, minstens: Int = 1, naar uit: inout [UInt8]) {
        if n < 0 { uit.append(0x2D) }
        Getal.schrijfCijfers(UInt64(n.magnitude), minstens: minstens, naar: &uit)
    }

    /// The JSON text of `w` on one line, appended as bytes.
    package static func schrijf(_ w: JSONWaarde, naar uit: inout [UInt8]) {
        uit += schrijf(w, inspringen: nil).utf8
    }
}
