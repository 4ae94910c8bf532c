// Plan: the evaluation plan, a flat instruction list over numbered slots (DESIGN §4, STYLE §4).

/// Operations of the interpreter. Operands are slot numbers unless noted.
public enum Opcode: UInt8, Sendable, CaseIterable {
    case kopie            // a ← b
    case eisInvoer        // fail unless slot b holds a value; c = case field
    case eisWaarde        // fail unless slot b holds a value; c = the rule that may give `geen`
    case nodig            // run block c unless already done
    case plus, min, maal, deel, tenHoogste, tenMinste
    case gelijk, ongelijk, kleiner, kleinerGelijk, groter, groterGelijk
    case niet, negatief
    case afronding        // a ← round(b), c = decimals, d = Getal.Afronding index
    case afrondingVeelvoud // a ← round(b) to a multiple of the positive number in slot c, d = Getal.Afronding index
    case spring           // jump to c
    case springAlsOnwaar  // if b is false, jump to c
    case springAlsWaar    // if b is true, jump to c
    case kies             // record: block c took alternative d
    case uitzondering     // exception group b: a ← the value of the one that applies and jump to c, else go on
    case geenUitzondering // if the d conditions in slots a..<a+d are all false, jump to c (past an exception group), and
                          //     record alternative b of the block when b is not -1
    case geenRij          // fail: no table row of block c matched the value in slot b
    case lengte           // a ← number of elements of list b
    case element          // a ← element (record) of list b at index in slot c
    case volgende         // a ← element of list b at the index in slot d, and d += 1; past the last one, jump to c
    case veld             // a ← field c of record b; d = index into Plan.veldNamen
    case datumfunctie     // a ← calendar phrase d (Datumfunctie index) of b, c
    case geenElement      // fail: list b has no element that passes the filter (block c)
    case parameter        // a ← national parameter c as it applied on the date in slot b
    case invullingOp      // a ← open term c as the version in force on the date in slot b filled it in; d = the
                          //     case field that gave the date (for the message), or -1
    case veronderstel     // supposition c begins: hold its name fixed at the value in slot b
    case herstel          // supposition c ends: a ← its rule's value (slot b), then restore what it changed; or, when d
                          //     is not -1 and slot d holds 0 (the last element of a `met de hoogste`, which has won),
                          //     keep what it computed for the rest of the decision (``Werker/houd(_:)``)
    case tak              // branch c of an `als` is taken (only in plans that follow coverage)
    case overDuur         // a ← amount per period b × duration c; d = Periode index (units must match)
    case sleutelsLeeg     // key buffer c (of one `met dezelfde`) is emptied, its capacity kept
    case sleutel          // the value in slot b is added to key buffer c
    case telDezelfde      // a ← how many keys in buffer c equal another key in it (hashed: linear, no pairs)
    case terug            // end of block; d = the alternative it took when it records that here (else -1: `kies` did)
    // Pairs the planner joins into one instruction (``Planner/voegSamen()``): one dispatch instead of two.
    case kopieInvoer      // eisInvoer b (c = case field), then a ← b
    case nodigKopie       // nodig c, then a ← b
    case kopieTerug       // a ← b, then terug (d as there)
    // The loop of `met de hoogste ... waarbij` (artikel 54 lid 1), last element first (``Planner/aggregaat``).
    case vorige           // d -= 1 and a ← element of list b at index d; when d is 0 already, jump to c
    case keerOm           // the last (length of list b) records of supposition c are put back in the list's order
}

extension Opcode {
    /// The opcode of a binary operator; `en` and `of` have none (they compile to jumps).
    init(_ op: BinaireOperator) {
        switch op {
        case .plus: self = .plus
        case .min: self = .min
        case .maal: self = .maal
        case .deel: self = .deel
        case .tenHoogste: self = .tenHoogste
        case .tenMinste: self = .tenMinste
        case .gelijk, .en, .of: self = .gelijk
        case .ongelijk: self = .ongelijk
        case .kleiner: self = .kleiner
        case .kleinerGelijk: self = .kleinerGelijk
        case .groter: self = .groter
        case .groterGelijk: self = .groterGelijk
        }
    }

    /// Whether the instruction computes a value from its other operands into slot `a` and does nothing else
    /// (no jump, no block, no record of what happened): the planner may then let it write another slot.
    var schrijftAlleenA: Bool {
        switch self {
        case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste, .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter,
             .groterGelijk, .niet, .negatief, .afronding, .afrondingVeelvoud, .veld, .overDuur, .lengte, .element:
            return true
        case .kopie, .eisInvoer, .eisWaarde, .nodig, .spring, .springAlsOnwaar, .springAlsWaar, .kies, .uitzondering,
             .geenUitzondering, .geenRij,
             .volgende, .datumfunctie, .geenElement, .parameter, .invullingOp, .veronderstel, .herstel, .tak, .terug,
             .sleutelsLeeg, .sleutel, .telDezelfde, .kopieInvoer, .nodigKopie, .kopieTerug, .vorige, .keerOm:
            return false
        }
    }

    /// Whether operand c is where the instruction may jump to (in the code).
    var springt: Bool {
        switch self {
        case .spring, .springAlsOnwaar, .springAlsWaar, .volgende, .vorige, .uitzondering, .geenUitzondering: true
        default: false
        }
    }

    /// The binary operator an arithmetic or comparison opcode performs.
    var binaireOperator: BinaireOperator? {
        switch self {
        case .plus: .plus
        case .min: .min
        case .maal: .maal
        case .deel: .deel
        case .tenHoogste: .tenHoogste
        case .tenMinste: .tenMinste
        case .gelijk: .gelijk
        case .ongelijk: .ongelijk
        case .kleiner: .kleiner
        case .kleinerGelijk: .kleinerGelijk
        case .groter: .groter
        case .groterGelijk: .groterGelijk
        default: nil
        }
    }
}

public struct Instructie: Sendable {
    public var op: Opcode
    public var a: Int32
    public var b: Int32
    public var c: Int32
    public var d: Int32

    public init(_ op: Opcode, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0) {
        self.op = op
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }
}

/// One way a block can produce its values: the default rule, an exception, or a table row.
public struct Alternatief: Sendable {
    /// What gave the value: the rule, an exception, or a table row.
    public enum Grond: Sendable {
        case regel
        /// An exception; `afwijkingVan` is where the rule it overrides stands.
        case uitzondering(afwijkingVan: Citaat)
        /// A table row: its condition as written, and with its bounds filled in.
        case rij(String, concreet: String?)
    }
    public var soort: Grond
    public var citaat: Citaat
    /// "regel", "uitzondering", or the table row's condition, for `regelwerk plan`.
    public var omschrijving: String
    /// What this alternative read, for the motivation.
    public var definities: [Int]
    public var invoer: [Int]
    /// The open terms it read: values the municipality filled in (the plan folded them to constants).
    public var openTermen: [Int] = []
    /// For an exception: its condition, conjunct by conjunct (`a en b en c`), so the motivation can say
    /// why it did not apply.
    public var voorwaarde: [Voorwaardedeel] = []
}

/// One conjunct of an exception's condition: what it reads, and, when it is a bare name (a case field
/// or a rule), that name: if its value is `onwaar`, it alone settles the condition.
public struct Voorwaardedeel: Sendable {
    public enum Verwijzing: Sendable { case invoer(Int), definitie(Int) }
    public var definities: [Int]
    public var invoer: [Int]
    public var kaal: Verwijzing?

    /// Splits a condition into its conjuncts.
    static func delen(_ e: Getypeerd) -> [Voorwaardedeel] {
        if case .binair(.en, let a, let b, _, _) = e { return delen(a) + delen(b) }
        var defs: [Int] = [], invoer: [Int] = []
        e.verwijzingen(&defs, &invoer, veronderstellingen: false)
        let kaal: Verwijzing? = switch e {
        case .invoer(let i, _, _): .invoer(i)
        case .definitie(let d, _, _): .definitie(d)
        default: nil
        }
        return [Voorwaardedeel(definities: defs, invoer: invoer, kaal: kaal)]
    }
}

/// The exceptions to one rule: their conditions in consecutive slots, and the values of those that
/// apply in consecutive slots.
public struct Uitzonderingsgroep: Sendable {
    public var blok: Int32
    public var eersteAlternatief: Int32
    public var voorwaarden: Int32
    public var waarden: Int32
    public var aantal: Int32
    /// Per exception, the exceptions that take precedence over it when they apply as well (they are
    /// written `in afwijking van` its article).
    public var voorrang: [[Int32]]
    /// The definition the exceptions are to.
    public var definitie: Int
    /// For an output of a table: the slot that keeps the table's own value when an exception replaces it,
    /// so the motivation can show both. -1 for a rule (its own value is then never computed).
    public var tabelWaarde: Int32
}

/// A supposition, `regel waarbij naam = waarde`: the rule is computed as if `naam` had that value.
/// The blocks that depend on `naam` are set aside, recomputed, and restored afterwards, so the case's
/// own values are untouched; blocks that do not depend on it are shared.
public struct Veronderstelling: Sendable {
    /// The definition computed under the supposition.
    public var doel: Int
    /// The slot held fixed, and the block that computes it (-1 for a case field).
    public var vastSlot: Int32
    public var vastBlok: Int32
    public var vastNaam: String
    public var vastSoort: Soort
    /// The blocks to recompute.
    public var blokken: [Int32]
}

/// One branch of an `als ... dan ... anders`, for coverage: the block, the condition's source, which arm.
public struct Tak: Sendable {
    public var blok: Int32
    public var voorwaarde: SourceRange
    public var dan: Bool
}

/// The code that computes one rule (or all outputs of one table).
public struct Blok: Sendable {
    public var start: Int32
    public var definities: [Int]
    public var alternatieven: [Alternatief]
    /// Read by every alternative: a table's input value. (Exception conditions are read too, but they
    /// are their exception's own: see ``Alternatief/voorwaarde``.)
    public var gemeenschappelijk: (definities: [Int], invoer: [Int])
    /// The slot holding the table's input value, when the block is a table, and its source text.
    public var tabelOp: Int32?
    public var tabelOpTekst: String?
    /// The temporary slots this block's code uses (allocated in one run while compiling it).
    public var tijdelijk: Range<Int32> = 0..<0
    /// The exception groups of this block's definitions (indices into ``Plan/uitzonderingsgroepen``).
    public var uitzonderingsgroepen: [Int32] = []
}

/// A compiled rule set: what `regelwerk plan` prints and the interpreter runs.
public struct Plan: Sendable {
    public var code: [Instructie] = []
    /// Where each instruction came from, for error messages (block index per instruction).
    public var blokVan: [Int32] = []
    /// Constants occupy slots `0..<constanten.count`; they are loaded once per worker.
    public var constanten: [Waarde] = []
    /// The enumeration of each constant that is a member of one (nil for other constants).
    public var constantSoorten: [Soort?] = []
    public var slotAantal = 0
    public var blokken: [Blok] = []
    public var definitieSlot: [Int32] = []
    public var definitieBlok: [Int32] = []
    public var invoerSlot: [Int32] = []
    /// Case fields by name, and the powers of the college among them: built once, read for every case.
    public var invoerIndex: [String: Int] = [:]
    public var bevoegdheidInvoer: [Int] = []
    public var veldNamen: [(record: String, veld: String, soort: Soort)] = []
    public var uitzonderingsgroepen: [Uitzonderingsgroep] = []
    public var veronderstellingen: [Veronderstelling] = []
    /// Whether the plan records coverage (`regelwerk test`): then the branches of `als` expressions are in
    /// ``takken``, and a worker follows which ways each case took.
    public var dekking = false
    public var takken: [Tak] = []
    /// How many key buffers the `met dezelfde` aggregates use (one each): a worker keeps them between cases.
    public var sleutelbuffers = 0
    /// The definitions to compute, in output order.
    public var uitvoer: [Int] = []
    public var regelset: Regelset
}

extension Plan {
    /// Whether every operand that names a slot, a block, an exception group, a supposition or a jump target
    /// lies inside this plan, and no instruction goes on past its end. The interpreter reads its slots and its
    /// code without a bounds check per instruction; this is the one check that makes that safe, made once per
    /// worker.
    public var operandenBinnenBereik: Bool {
        let slots = 0..<Int32(slotAantal), blok = 0..<Int32(blokken.count), doel = 0..<Int32(code.count)
        func slot(_ s: Int32) -> Bool { slots.contains(s) }
        func reeks(_ start: Int32, _ n: Int32) -> Bool { n == 0 || (slot(start) && slot(start + n - 1)) }
        for g in uitzonderingsgroepen {
            guard blok.contains(g.blok), reeks(g.voorwaarden, g.aantal), reeks(g.waarden, g.aantal),
                  g.tabelWaarde == -1 || slot(g.tabelWaarde), g.voorrang.count == Int(g.aantal),
                  g.voorrang.allSatisfy({ $0.allSatisfy { (0..<g.aantal).contains($0) } }) else { return false }
        }
        for v in veronderstellingen {
            guard slot(v.vastSlot), v.vastBlok == -1 || blok.contains(v.vastBlok),
                  v.blokken.allSatisfy(blok.contains) else { return false }
        }
        for b in blokken {
            guard doel.contains(b.start), b.tijdelijk.isEmpty || (slot(b.tijdelijk.lowerBound) && slot(b.tijdelijk.upperBound - 1)),
                  b.uitzonderingsgroepen.allSatisfy({ (0..<Int32(uitzonderingsgroepen.count)).contains($0) }) else { return false }
        }
        guard definitieSlot.allSatisfy({ $0 == -1 || slot($0) }), definitieBlok.allSatisfy({ $0 == -1 || blok.contains($0) }),
              invoerSlot.allSatisfy({ $0 == -1 || slot($0) }), constanten.count <= slotAantal else { return false }
        for i in code {
            let goed: Bool
            switch i.op {
            case .kopie, .niet, .negatief, .lengte, .veld, .parameter, .invullingOp:
                goed = slot(i.a) && slot(i.b)
            case .kopieInvoer:
                goed = slot(i.a) && slot(i.b) && (0..<Int32(regelset.invoer.count)).contains(i.c)
            case .nodigKopie:
                goed = slot(i.a) && slot(i.b) && blok.contains(i.c)
            case .kopieTerug:
                goed = slot(i.a) && slot(i.b)
            case .afronding:
                goed = slot(i.a) && slot(i.b) && Getal.Afronding.allCases.indices.contains(Int(i.d))
            case .afrondingVeelvoud:
                // The multiple is a constant: its slot lies below the first that is not.
                goed = slot(i.a) && slot(i.b) && (0..<Int32(constanten.count)).contains(i.c)
                    && Getal.Afronding.allCases.indices.contains(Int(i.d))
            case .eisInvoer, .eisWaarde, .veronderstel:
                goed = slot(i.b)
            case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste, .gelijk, .ongelijk, .kleiner, .kleinerGelijk,
                 .groter, .groterGelijk, .element, .datumfunctie, .overDuur:
                goed = slot(i.a) && slot(i.b) && slot(i.c)
            case .nodig, .kies, .geenElement:
                goed = blok.contains(i.c)
            case .geenRij:
                goed = slot(i.b) && blok.contains(i.c)
            case .spring:
                goed = doel.contains(i.c)
            case .volgende, .vorige:
                goed = slot(i.a) && slot(i.b) && slot(i.d) && doel.contains(i.c)
            case .keerOm:
                goed = slot(i.b) && (0..<Int32(veronderstellingen.count)).contains(i.c)
            case .springAlsOnwaar, .springAlsWaar:
                goed = slot(i.b) && doel.contains(i.c)
            case .uitzondering:
                goed = slot(i.a) && (0..<Int32(uitzonderingsgroepen.count)).contains(i.b) && doel.contains(i.c)
            case .geenUitzondering:
                goed = i.d > 0 && reeks(i.a, i.d) && doel.contains(i.c)
            case .herstel:
                goed = slot(i.a) && slot(i.b) && (0..<Int32(veronderstellingen.count)).contains(i.c) && (i.d == -1 || slot(i.d))
            case .sleutelsLeeg:
                goed = (0..<Int32(sleutelbuffers)).contains(i.c)
            case .sleutel:
                goed = slot(i.b) && (0..<Int32(sleutelbuffers)).contains(i.c)
            case .telDezelfde:
                goed = slot(i.a) && (0..<Int32(sleutelbuffers)).contains(i.c)
            case .tak, .terug:
                goed = true
            }
            if !goed { return false }
        }
        // A return or a group's check that records its block's alternative names one the block has.
        for (k, i) in code.enumerated() {
            let keuze: Int32
            switch i.op {
            case .terug, .kopieTerug: keuze = i.d
            case .geenUitzondering: keuze = i.b
            default: continue
            }
            guard keuze != -1 else { continue }
            guard k < blokVan.count, blok.contains(blokVan[k]), (0..<blokken[Int(blokVan[k])].alternatieven.count).contains(Int(keuze)) else {
                return false
            }
        }
        // The code ends in a return or a jump: every other instruction goes on to the next one, and the interpreter
        // reads the next one without asking whether there is one.
        if let laatste = code.last, laatste.op != .terug && laatste.op != .kopieTerug && laatste.op != .spring { return false }
        return true
    }
}
