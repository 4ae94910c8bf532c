// Values: the runtime value held in a plan slot, and the value types the checker assigns.

/// A value in a slot of the evaluation plan. Every payload is trivial (no reference counting), so
/// copying a slot never allocates; text, records and lists live in the case's ``Opslag``.
public enum Waarde: Sendable, Hashable {
    case getal(Getal)            // bedrag, getal, geheel getal, percentage (10% is 1/10)
    case waarheid(Bool)
    case datum(Datum)
    case duur(Duur)
    case tekst(Int32)            // index into Opslag.teksten
    case keuze(Int32)            // index of the enumeration member
    case record(Int32)           // first field's index in Opslag.velden
    case lijst(Int32, Int32)     // (first element's index in Opslag.velden, count); elements are .record
    case afwezig                 // an input field the case did not give

    public var alsGetal: Getal? { if case .getal(let g) = self { g } else { nil } }
    public var alsWaarheid: Bool? { if case .waarheid(let b) = self { b } else { nil } }
}

/// Per-case storage for what does not fit in a slot: text, record fields and list elements.
/// Reset per case while keeping its capacity, so a batch worker stops allocating after warm-up.
public struct Opslag: Sendable {
    public var teksten: [String] = []
    public var velden: [Waarde] = []
    /// The powers of the college this case applies, with the reason given: (case field, reason).
    public var redenen: ArraySlice<(invoer: Int, reden: String)> { alleRedenen[redenenBereik] }
    /// Where ``redenen`` lie in `alleRedenen`: all of it for a case's own storage, one case's part of a pool's (a pool
    /// keeps the reasons of all its cases in one array, so that lending one case's costs no reference count).
    var alleRedenen: [(invoer: Int, reden: String)] = []
    var redenenBereik: Range<Int> = 0..<0
    /// Text indices below this belong to the rule set's constant pool (``Regelset/teksten``).
    public var tekstBasis = 0
    /// The pool of bound cases (``GebondenGevallen``) whose `teksten`, `velden` and `redenen` these are, lent to a worker
    /// for as long as it decides the pool's cases; nil when they are this storage's own. Lent arrays are let go, not
    /// emptied (emptying an array another holds too would copy all of it). Held, not only compared: while it is held,
    /// no other pool can take its place in memory and pass for it.
    var geleendVan: (any AnyObject & Sendable)?

    public init() {}

    public mutating func leeg() {
        if geleendVan != nil {
            teksten = []
            velden = []
            alleRedenen = []
            geleendVan = nil
        } else {
            teksten.leeg()
            velden.leeg()
            alleRedenen.leeg()
        }
        redenenBereik = 0..<0
    }

    /// Records that the case applies the power in case field `invoer`, for `reden`.
    public mutating func reden(_ invoer: Int, _ reden: String) {
        // A pool's reasons are those of all its cases: one case's become this storage's own before one is added.
        if redenenBereik != alleRedenen.indices { alleRedenen = Array(redenen) }
        alleRedenen.append((invoer, reden))
        redenenBereik = alleRedenen.indices
    }

    public mutating func tekst(_ s: String) -> Waarde {
        teksten.append(s)
        return .tekst(Int32(tekstBasis + teksten.count - 1))
    }
}

extension Array {
    /// Empties the array keeping its capacity, without touching it when it is empty already: a batch empties the
    /// same buffers for every case, most of them empty, and emptying an empty array still costs a call.
    @inline(__always)
    package mutating func leeg() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}

/// The type of a value, as the checker and the case reader know it.
/// The period of an amount (`bedrag per maand`): a monthly and a yearly amount do not add up.
public enum Periode: String, Sendable, Hashable, CaseIterable {
    case dag, week, maand, jaar

    /// The unit of a duration over which an amount per this period adds up.
    public var eenheid: Duur.Eenheid {
        switch self {
        case .dag: .dagen
        case .week: .weken
        case .maand: .maanden
        case .jaar: .jaren
        }
    }
}

public indirect enum Soort: Sendable, Hashable, CustomStringConvertible {
    case bedrag
    /// An amount per period: the bijstandsnorm per maand. Times a duration in that period's unit it is a
    /// plain amount (the whole verlaging); added to an amount per another period it is an error.
    case bedragPer(Periode)
    case getal
    case geheelGetal
    case percentage
    case waarheid
    case datum
    case duur
    case tekst
    case keuze(String)      // a declared enumeration, by name
    case record(String)     // a declared record (gegevens), by name
    case lijst(Soort)
    case fout               // a node already in error: suppresses follow-up diagnostics

    public var description: String {
        switch self {
        case .bedrag: "bedrag"
        case .bedragPer(let p): "bedrag per \(p.rawValue)"
        case .getal: "getal"
        case .geheelGetal: "geheel getal"
        case .percentage: "percentage"
        case .waarheid: "waarheidswaarde"
        case .datum: "datum"
        case .duur: "duur"
        case .tekst: "tekst"
        case .keuze(let n): n
        case .record(let n): n
        case .lijst(let s): "lijst van \(s)"
        case .fout: "?"
        }
    }

    /// Numeric kinds share one runtime representation (``Getal``).
    var isGetalachtig: Bool {
        switch self {
        case .bedrag, .bedragPer, .getal, .geheelGetal, .percentage: true
        default: false
        }
    }

    /// An amount, with or without a period: written in euros.
    public var isBedrag: Bool {
        switch self {
        case .bedrag, .bedragPer: true
        default: false
        }
    }
}
