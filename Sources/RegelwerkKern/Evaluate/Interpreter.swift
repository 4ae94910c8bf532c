// Evaluate: runs a ``Plan`` over one case. One loop, one switch; slots are allocated once per worker
// and reset per case, so evaluating a case does not allocate (DESIGN §4).

/// Why the plan stopped on a case: the message and the rule that was being computed.
public struct Rekenfout: Error, Sendable {
    public var bericht: Bericht
    public var definitie: String?
    public var citaat: Citaat?
}

/// The instruction at `pc`, read where it lies: each case of the loop loads the operands it uses, where a copy of
/// the instruction loaded all five before the switch (four of them needlessly for a jump or a `nodig`).
struct InstructieInPlaats {
    let p: UnsafePointer<Instructie>
    @inline(__always) init(_ p: UnsafePointer<Instructie>) { self.p = p }
    var op: Opcode { @inline(__always) get { p.pointee.op } }
    var a: Int32 { @inline(__always) get { p.pointee.a } }
    var b: Int32 { @inline(__always) get { p.pointee.b } }
    var c: Int32 { @inline(__always) get { p.pointee.c } }
    var d: Int32 { @inline(__always) get { p.pointee.d } }
}

/// Evaluates cases with one plan. Not shared between threads: each batch worker has its own.
public struct Werker {
    public let plan: Plan
    /// The slots, block states and choices of the case being decided: fixed-size memory of this worker,
    /// written without a uniqueness check or a bounds check per instruction (clox's value stack). The
    /// uniqueness check is made once per entry (``uniek()``), so a copied worker still has its own values;
    /// the bounds were checked once, when the worker was made (``Plan/operandenBinnenBereik``). (Not private: the
    /// suppositions, in a file of their own, set aside and restore it.)
    var geheugen: Geheugen
    /// The value in each slot.
    var slots: UnsafeMutablePointer<Waarde> { geheugen.slots }
    /// 0 = not run, 1 = running, 2 = done, per block; 3 = done under a kept supposition, not yet asked for outside it
    /// (``houd(_:)``).
    var blokStaat: UnsafeMutablePointer<UInt8> { geheugen.blokStaat }
    /// Which alternative each block took (index into `Blok.alternatieven`): for a table, its row.
    var gekozen: UnsafeMutablePointer<Int32> { geheugen.gekozen }
    /// Which exception of each exception group applied (index into its block's alternatives), or -1.
    var uitzonderingGekozen: UnsafeMutablePointer<Int32> { geheugen.uitzonderingGekozen }
    public var opslag = Opslag()
    let aantalConstanten: Int
    /// The slots a new case empties: those of the case fields (``nieuwGeval()``), as runs of consecutive slots (the
    /// planner numbers the case fields one after the other: in afstemming one run of 15), each emptied with one copy
    /// from ``Geheugen/afwezig``.
    let teLegen: [(start: Int32, aantal: Int32)]
    /// For a test only: a value a new case first writes into every slot but the constants, which the plan must
    /// then overwrite before it reads it, or never show (``nieuwGeval()``). Nil in every real use.
    package var proefTijdelijk: Waarde?
    /// The fill-ins read by date, as plain numbers (``Invullingtabel``).
    let invullingen: Invullingtabel
    /// Deadlines the Algemene termijnenwet moved in this case: (block, end before, end after).
    public var verlengingen: [(blok: Int32, voor: Datum, na: Datum)] { geheugen.verlengingen.alles }
    /// National parameters read in this case: (block, parameter, value applying from).
    public var parameterGebruik: [(blok: Int32, parameter: Int32, vanaf: Datum)] { geheugen.parameterGebruik.alles }
    /// Fill-ins read as the version on a date filled them in: (block, open term, the version's index in
    /// ``Regelset/versiewaarden``, the date).
    public var invullingGebruik: [(blok: Int32, openTerm: Int32, versie: Int32, datum: Datum, veld: Int32)] { geheugen.invullingGebruik.alles }
    /// Suppositions computed in this case, for the motivation: the block that made it, which one, the
    /// value held fixed and the rule's value under it.
    public var veronderstellingen: [(blok: Int32, veronderstelling: Int32, vast: Waarde, uitkomst: Waarde)] {
        geheugen.veronderstellingen.alles
    }
    /// Whether to record every way a block went (for `regelwerk test`: what no fixture reached).
    public var volgDekking = false {
        didSet {
            bereikteAlternatieven = volgDekking ? plan.blokken.map { Array(repeating: false, count: $0.alternatieven.count) } : []
            bereikteTakken = Array(repeating: false, count: volgDekking ? plan.takken.count : 0)
        }
    }
    /// Per block and alternative: taken in some case since coverage was switched on.
    public private(set) var bereikteAlternatieven: [[Bool]] = []
    /// Per branch of an `als` (``Plan/takken``): taken in some case.
    public private(set) var bereikteTakken: [Bool] = []
    /// Per supposition, the slot it holds fixed and the block that computes it (-1 for a case field), and the blocks
    /// it computes again; per block, the slots of its values, its temporaries and its exception groups: the plan's,
    /// copied once per worker (``Geheugen``).
    let veronderstelVast: [(slot: Int32, blok: Int32)]
    let veronderstelBlokken: Lijsten<Int32>
    let blokDefinitieSlots: Lijsten<Int32>
    let blokTijdelijk: [Range<Int32>]
    let blokGroepen: Lijsten<Int32>
    /// Per supposition, the exception groups of all the blocks it computes again: what ``herstel(_:)`` empties in one pass.
    let veronderstelGroepen: Lijsten<Int32>
    /// Per block, the blocks its code may ask for (its `nodig`s): what a take-over of a kept supposition checks
    /// (``neemOver(_:)``).
    let vraagt: Lijsten<Int32>
    /// Whether the supposition of the element a `met de hoogste` chose, when it was the last one supposed, is kept
    /// rather than computed again (``houd(_:)``). Off only in a test that compares the two.
    package var neemtOver = true
    /// The keys of each `met dezelfde` aggregate (``Plan/sleutelbuffers``) and the count per key while they are
    /// counted: emptied per use, their capacity kept, so a worker stops allocating after warm-up.
    var sleutelbuffers: [[Sleutel]]
    var sleuteltelling: [Sleutel: Int32] = [:]

    public init(plan: Plan) {
        // The planner makes every operand; a plan whose operands leave its slots is a bug in the planner,
        // never something a case can cause.
        precondition(plan.operandenBinnenBereik, "plan met een operand buiten zijn slots")
        self.plan = plan
        geheugen = Geheugen(plan)
        sleutelbuffers = Array(repeating: [], count: plan.sleutelbuffers)
        aantalConstanten = plan.constanten.count
        teLegen = Werker.reeksen(Set(plan.invoerSlot.filter { $0 >= 0 }).sorted())
        invullingen = Invullingtabel(plan.regelset)
        veronderstelVast = plan.veronderstellingen.map { ($0.vastSlot, $0.vastBlok) }
        veronderstelBlokken = Lijsten(plan.veronderstellingen.map(\.blokken))
        let definitieSlots = plan.blokken.map { $0.definities.map { plan.definitieSlot[$0] }.filter { $0 >= 0 } }
        blokDefinitieSlots = Lijsten(definitieSlots)
        blokTijdelijk = plan.blokken.map(\.tijdelijk)
        blokGroepen = Lijsten(plan.blokken.map(\.uitzonderingsgroepen))
        veronderstelGroepen = Lijsten(plan.veronderstellingen.map { v in v.blokken.flatMap { plan.blokken[Int($0)].uitzonderingsgroepen } })
        var vraagt = [[Int32]](repeating: [], count: plan.blokken.count)
        for (k, i) in plan.code.enumerated() where (i.op == .nodig || i.op == .nodigKopie) && !vraagt[Int(plan.blokVan[k])].contains(i.c) {
            vraagt[Int(plan.blokVan[k])].append(i.c)
        }
        self.vraagt = Lijsten(vraagt)
        opslag.tekstBasis = plan.regelset.teksten.count
        // A plan made for coverage (`regelwerk test`) is followed from its first case on (set here directly:
        // an initializer does not run `didSet`).
        if plan.dekking {
            volgDekking = true
            bereikteAlternatieven = plan.blokken.map { Array(repeating: false, count: $0.alternatieven.count) }
            bereikteTakken = Array(repeating: false, count: plan.takken.count)
        }
    }

    /// Clears the previous case, keeping every buffer's capacity.
    public mutating func nieuwGeval() {
        leegGeval()
        opslag.leeg()
    }

    /// ``nieuwGeval()`` but for the case's storage (``opslag``), which the caller sets.
    private mutating func leegGeval() {
        uniek()
        // Only the case fields go back to empty. A block writes each temporary before it reads it, and what reads a
        // block's temporaries afterwards (the motivation) reads those of blocks that ran. A rule's value is read only
        // once its block ran in this case: by the plan after a `nodig`, from outside through ``waarde(definitie:)``,
        // which gives `geen` for a rule not computed, as an emptied slot did. (`BeslisserTests` holds it: with every slot
        // filled with a number first, each decision of the Examples is the same, motivation, values and all.) In
        // afstemming that is 15 slots instead of 240 (45 when the rules' values were emptied too).
        if let v = proefTijdelijk { for i in aantalConstanten..<plan.slotAantal { slots[i] = v } }
        // By index: a loop over the array itself retained and released it, two atomic operations per case.
        for k in teLegen.indices { (slots + Int(teLegen[k].start)).update(from: geheugen.afwezig, count: Int(teLegen[k].aantal)) }
        blokStaat.update(repeating: 0, count: plan.blokken.count)
        gekozen.update(repeating: -1, count: plan.blokken.count)
        uitzonderingGekozen.update(repeating: -1, count: plan.uitzonderingsgroepen.count)
        geheugen.verlengingen.leeg()
        geheugen.parameterGebruik.leeg()
        geheugen.invullingGebruik.leeg()
        geheugen.veronderstellingen.leeg()
        geheugen.gehouden = -1
        geheugen.bewaardeSlots.leeg()
        geheugen.bewaardeBlokken.leeg()
        geheugen.bewaardeUitzonderingen.leeg()
        geheugen.bewaardeRamen.leeg()
    }

    /// Sorted slot numbers as runs of consecutive ones.
    static func reeksen(_ gesorteerd: [Int32]) -> [(start: Int32, aantal: Int32)] {
        var uit: [(start: Int32, aantal: Int32)] = []
        for s in gesorteerd {
            if let l = uit.last, l.start + l.aantal == s { uit[uit.count - 1].aantal += 1 } else { uit.append((s, 1)) }
        }
        return uit
    }

    public mutating func zetInvoer(_ veld: Int, _ w: Waarde) {
        uniek()
        zetInvoerNaNieuwGeval(veld, w)
    }

    /// ``zetInvoer(_:_:)`` right after ``nieuwGeval()``, which made the memory this worker's own: without asking
    /// that again for every field (a batch binds some fifteen a case).
    @inline(__always)
    package mutating func zetInvoerNaNieuwGeval(_ veld: Int, _ w: Waarde) {
        let s = plan.invoerSlot[veld]
        if s >= 0 { slots[Int(s)] = w }
    }

    /// Gives this worker its own memory if a copy of it shares it: once per entry that writes, never per
    /// instruction.
    private mutating func uniek() {
        if !isKnownUniquelyReferenced(&geheugen) { geheugen = geheugen.kopie() }
    }

    /// The value in slot `i` (for the motivation).
    public func slot(_ i: Int) -> Waarde {
        precondition(i >= 0 && i < plan.slotAantal)
        return slots[i]
    }

    /// Whether block `b` ran to its end in this case.
    public func isGedaan(blok b: Int) -> Bool { blokStaat[b] == 2 }

    public func invoer(_ veld: Int) -> Waarde {
        let s = plan.invoerSlot[veld]
        return s >= 0 ? slots[Int(s)] : .afwezig
    }

    /// The value of rule `d` in this case; `geen` (``Waarde/afwezig``) when it was not computed (its slot may hold what an
    /// earlier case left there: ``nieuwGeval()`` does not empty it).
    public func waarde(definitie d: Int) -> Waarde {
        let s = plan.definitieSlot[d]
        return s >= 0 && isBerekend(definitie: d) ? slots[Int(s)] : .afwezig
    }

    public func isBerekend(definitie d: Int) -> Bool {
        let b = plan.definitieBlok[d]
        return b >= 0 && blokStaat[Int(b)] == 2
    }

    /// Where a record of the case stands: the case field, and its index when the field is a list.
    func vindplaats(vanRecord r: Int32) -> (veld: String, index: Int?)? {
        for (i, veld) in plan.regelset.invoer.enumerated() {
            switch invoer(i) {
            case .record(r): return (veld.naam, nil)
            case .lijst(let start, let n):
                for k in 0..<Int(n) where opslag.velden[Int(start) + k] == .record(r) { return (veld.naam, k) }
            default: continue
            }
        }
        return nil
    }

    /// For people: "schendingen nr. 2" (counted from one), or the field's own name.
    public func plaats(vanRecord r: Int32) -> String? {
        vindplaats(vanRecord: r).map { p in p.index.map { "\(p.veld) nr. \($0 + 1)" } ?? p.veld }
    }

    /// As in the case's JSON: "schendingen[1]", or the field's own name.
    public func pad(vanRecord r: Int32) -> String? {
        vindplaats(vanRecord: r).map { p in p.index.map { "\(p.veld)[\($0)]" } ?? p.veld }
    }

    /// A value as Dutch text; a record of the case says where it stands.
    public func tekst(_ w: Waarde, _ soort: Soort) -> String {
        let t = Opmaak.tekst(w, soort, regelset: plan.regelset, opslag: opslag)
        if case .record(let r) = w, let p = plaats(vanRecord: r) { return p + " " + t }
        return t
    }

    /// Computes every output of the plan.
    public mutating func beslis() throws(Rekenfout) {
        uniek()
        // What a kept supposition computed and the decision did not ask for is given up, also when it stops on an error.
        defer { if geheugen.gehouden >= 0 { laatGehoudenVallen() } }
        var k = 0
        guard let eerste = volgendeUitvoer(&k) else { return }
        try voerUit(blok: eerste, uitvoer: k)
    }

    /// The next output block from index `k` of the outputs on that is still to run, `k` moved past it; nil when none is.
    /// An output a kept supposition computed is taken over first, or emptied to run (``neemOver(_:)``).
    @inline(__always)
    mutating func volgendeUitvoer(_ k: inout Int) -> Int32? {
        let uitvoer = geheugen.uitvoerBlokken, staat = blokStaat
        while k < uitvoer.count {
            let b = uitvoer[k]
            k += 1
            if staat[Int(b)] == 3 { neemOver(b) }
            if staat[Int(b)] == 0 { return b }
        }
        return nil
    }

    /// Why `invullingOp` found no value: no version in force on the date, or that version does not fill the term in.
    func invullingFout(_ ins: Instructie, blok: Int32) -> Rekenfout {
        let set = plan.regelset
        let reeks = set.versiewaarden[Int(ins.c)] ?? []
        let naam = set.openTermen[Int(ins.c)].naam
        let veld = ins.d >= 0 ? set.invoer[Int(ins.d)].naam : "de datum"
        let versies = reeks.map(\.periode).joined(separator: "; ")
        guard case .datum(let d) = slots[Int(ins.b)] else {
            return fout(.geenVersieVoorInvulling(naam, veld: veld, datum: "?", versies: versies), blok: blok)
        }
        guard let k = reeks.firstIndex(where: { $0.geldt(op: d) }) else {
            return fout(.geenVersieVoorInvulling(naam, veld: veld, datum: d.nederlands, versies: versies), blok: blok)
        }
        return fout(.invullingNietInVersie(naam, veld: veld, datum: d.nederlands, versie: reeks[k].periode), blok: blok)
    }

    func fout(_ b: Bericht, blok: Int32) -> Rekenfout {
        guard blok >= 0, Int(blok) < plan.blokken.count, let d = plan.blokken[Int(blok)].definities.first else {
            return Rekenfout(bericht: b, definitie: nil, citaat: nil)
        }
        let def = plan.regelset.definities[d]
        return Rekenfout(bericht: b, definitie: def.naam, citaat: def.citaat)
    }

    func naamVan(blok: Int32) -> String {
        guard let d = plan.blokken[Int(blok)].definities.first else { return "?" }
        return plan.regelset.definities[d].naam
    }

    /// "'verlagingsbedrag' (artikel 41 onder c)": the rule block `b` computes, for a message.
    func regelVan(blok b: Int32) -> String {
        plan.blokken[Int(b)].definities.first.map { "'\(plan.regelset.definities[$0].naam)' (\(plan.regelset.definities[$0].citaat))" } ?? "?"
    }

    func rekenfout(_ e: RekenFoutSoort, blok: Int32) -> Rekenfout {
        let n = naamVan(blok: blok)
        switch e {
        case .overloop: return fout(.rekenOverloop(n), blok: blok)
        case .eenhedenVerschillen: return fout(.eenhedenVerschillen(n), blok: blok)
        case .onverwacht: return fout(.internOnverwacht(n), blok: blok)
        case .delingDoorNul: return fout(.delingDoorNul(n), blok: blok)
        case .buitenKalender: return fout(.datumBuitenBereik(n), blok: blok)
        }
    }

    /// The characters of a text value (nil for any other value): a text is an index into the rule set's pool or
    /// the case's, so two equal texts need not be equal values; a fixture compares them by this.
    public func tekstwaarde(_ w: Waarde) -> String? {
        guard case .tekst(let i) = w, i >= 0, Int(i) < plan.regelset.teksten.count + opslag.teksten.count else { return nil }
        return tekst(i)
    }

    func tekst(_ i: Int32) -> String {
        let n = Int(i), basis = plan.regelset.teksten.count
        return n < basis ? plan.regelset.teksten[n] : opslag.teksten[n - basis]
    }

    /// Runs output block `start` and then each output from index `uitvoer` of the outputs on that is still to run
    /// (``volgendeUitvoer(_:)``): one run for all of them, where a run per output set up this loop five times per decision
    /// of afstemming.
    mutating func voerUit(blok start: Int32, uitvoer: Int) throws(Rekenfout) {
        var blok = start, volgende = uitvoer
        blokStaat[Int(blok)] = 1
        // The worker's own copy of the code (``Geheugen``): the plan's array is shared by the workers of every
        // thread, and a retain of it per run moved its reference count between the cores. The next instruction is a
        // pointer into it: the dispatch loads the opcode where it points and steps on, without computing an address
        // from an index for every instruction.
        let basis = geheugen.code.baseAddress.unsafelyUnwrapped, blokBegin = geheugen.blokBegin
        var pc = blokBegin[Int(blok)]
        // Blocks waiting for a block they need (``Geheugen/aanroepen``), as deep as this run has called, and the room
        // for them.
        var aanroepen = geheugen.aanroepen, diepte = 0, ruimte = geheugen.aanroepRuimte
        let eersteVrager = geheugen.eersteVrager
        // The memory as a local: its logs are then reached without a retain of each log per entry (through `self`, the
        // compiler cannot tell that a log outlives the entry, as nothing in between replaces the memory; nothing does).
        let werkgeheugen = geheugen
        // The worker's memory, read once: through `self` every access loaded the memory object and then the
        // pointer, as the compiler cannot tell that nothing in between replaces them (nothing does: ``uniek()``
        // ran before this).
        let slots = self.slots, blokStaat = self.blokStaat, gekozen = self.gekozen, uitzonderingGekozen = self.uitzonderingGekozen
        while true {
            let ins = InstructieInPlaats(pc)
            // Stays inside the code (``Plan/operandenBinnenBereik``).
            pc += 1
            switch ins.op {
            case .kopie:
                slots[Int(ins.a)] = slots[Int(ins.b)]
            case .eisInvoer, .kopieInvoer:
                if case .afwezig = slots[Int(ins.b)] {
                    let veld = plan.regelset.invoer[Int(ins.c)]
                    throw fout(.veldOntbreekt(veld: veld.naam, soort: veld.soort.description, nodigVoor: regelVan(blok: blok)), blok: blok)
                }
                if ins.op == .kopieInvoer { slots[Int(ins.a)] = slots[Int(ins.b)] }
            case .eisWaarde:
                if case .afwezig = slots[Int(ins.b)] {
                    let d = Int(ins.c)
                    throw fout(.geenWaarde(regel: plan.regelset.definities[d].naam, citaat: herkomst(definitie: d).description,
                                           nodigVoor: regelVan(blok: blok)),
                               blok: blok)
                }
            case .nodig, .nodigKopie:
                switch blokStaat[Int(ins.c)] {
                case 0:
                    if diepte == ruimte {
                        geheugen.groeiAanroepen()
                        (aanroepen, ruimte) = (geheugen.aanroepen, geheugen.aanroepRuimte)
                    }
                    // A `nodigKopie` is returned to itself: the `terug` of the block it called then copies and goes past it.
                    aanroepen[diepte] = (blok, ins.op == .nodigKopie ? ins.p : pc)
                    diepte &+= 1
                    eersteVrager[Int(ins.c)] = blok
                    blok = ins.c
                    blokStaat[Int(blok)] = 1
                    pc = blokBegin[Int(blok)]
                case 2: if ins.op == .nodigKopie { slots[Int(ins.a)] = slots[Int(ins.b)] }
                case 3:
                    // Done under a kept supposition: taken over, or emptied to run; either way read again.
                    neemOver(ins.c)
                    pc = ins.p
                default: throw fout(.kringverwijzing(naamVan(blok: ins.c)), blok: blok) // the checker prevents this
                }
            case .gelijk, .ongelijk:
                // Members of an enumeration, the most common comparison (a table's rows, `categorie = eerste`):
                // matched where they lie, without first copying both values out, and a chain of them in one go
                // (``keuzeKeten``); anything else goes on below.
                if case .keuze(let g) = slots[Int(ins.b)], case .keuze = slots[Int(ins.c)] {
                    pc = Werker.keuzeKeten(basis, slots, ins.p, g)
                    continue
                }
                fallthrough
            case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste, .kleiner, .kleinerGelijk, .groter, .groterGelijk:
                let x = slots[Int(ins.b)], y = slots[Int(ins.c)]
                // The common pairs without the general dispatch: numbers compared, added and multiplied, dates
                // compared by their day numbers, truth values compared. On overflow, or for what is no such
                // operation, the general path below recomputes and reports it. (Members of an enumeration were
                // compared above; they come here only for an order they have not, and get nil. Their case stays:
                // without it the compiler laid this switch out worse, 3% more instructions per decision.)
                // A comparison's result and an operation's value apart: the jump on a comparison is taken without asking
                // the value again what it is.
                var vergeleken: Bool?, snel: Waarde?
                switch (x, y) {
                case (.getal(let g), .getal(let h)):
                    vergeleken = Werker.vergelijking(ins.op, g, h)
                    if vergeleken == nil { snel = Werker.getallen(ins.op, g, h) }
                case (.datum(let g), .datum(let h)): vergeleken = Werker.vergelijking(ins.op, g.dagnummer, h.dagnummer)
                // A date plus or minus a duration (`datum_bekendmaking + 12 maanden`), as ``Rekenen/binair`` does it.
                case (.datum(let g), .duur(let h)) where ins.op == .plus || ins.op == .min:
                    snel = (try? Rekenen.plus(g, h, teken: ins.op == .plus ? 1 : -1)).map { .datum($0) }
                // Two durations of one unit compared (`verlagingsduur = 0 maanden`, artikel 44: twice in every decision of
                // afstemming), as ``Rekenen/binair`` compares them; of different units the general path refuses it.
                case (.duur(let g), .duur(let h)) where g.eenheid == h.eenheid: vergeleken = Werker.vergelijking(ins.op, g.aantal, h.aantal)
                case (.keuze(let g), .keuze(let h)): vergeleken = Werker.gelijkheid(ins.op, g == h)
                case (.waarheid(let g), .waarheid(let h)): vergeleken = Werker.gelijkheid(ins.op, g == h)
                default: break
                }
                if let waar = vergeleken {
                    slots[Int(ins.a)] = .waarheid(waar)
                    pc = Werker.naSprong(basis, pc, waar, ins.a)
                    continue
                }
                if let w = snel {
                    slots[Int(ins.a)] = w
                    continue
                }
                if case .tekst(let i) = x, case .tekst(let j) = y, ins.op == .gelijk || ins.op == .ongelijk {
                    let gelijk = i == j || tekst(i) == tekst(j)
                    slots[Int(ins.a)] = .waarheid(ins.op == .gelijk ? gelijk : !gelijk)
                    continue
                }
                do {
                    slots[Int(ins.a)] = try Rekenen.binair(ins.op.binaireOperator ?? .gelijk, x, y)
                } catch {
                    throw rekenfout(error, blok: blok)
                }
            case .niet, .negatief:
                // `niet` of a truth value, and the jump on it that nearly always follows (`en niet v.verwijtbaarheid_ontbrak`,
                // artikel 55), without the general path.
                if ins.op == .niet, case .waarheid(let x) = slots[Int(ins.b)] {
                    slots[Int(ins.a)] = .waarheid(!x)
                    pc = Werker.naSprong(basis, pc, !x, ins.a)
                    continue
                }
                do {
                    slots[Int(ins.a)] = try Rekenen.enkel(ins.op == .niet ? .niet : .negatief, slots[Int(ins.b)])
                } catch {
                    throw rekenfout(error, blok: blok)
                }
            case .afronding:
                guard case .getal(let g) = slots[Int(ins.b)] else { throw rekenfout(.onverwacht, blok: blok) }
                let wijze = Getal.Afronding.allCases[Int(ins.d)]
                do {
                    slots[Int(ins.a)] = .getal(try g.afgerond(op: Int(ins.c), wijze: wijze))
                } catch {
                    throw rekenfout(error == .delingDoorNul ? .delingDoorNul : .overloop, blok: blok)
                }
            case .afrondingVeelvoud:
                // The multiple is a positive constant (the checker's rule); anything else is a bug, not a case's error.
                guard case .getal(let g) = slots[Int(ins.b)], case .getal(let m) = slots[Int(ins.c)], m > .nul else {
                    throw rekenfout(.onverwacht, blok: blok)
                }
                do {
                    slots[Int(ins.a)] = .getal(try g.afgerond(opVeelvoudVan: m, wijze: Getal.Afronding.allCases[Int(ins.d)]))
                } catch {
                    throw rekenfout(error == .delingDoorNul ? .delingDoorNul : .overloop, blok: blok)
                }
            case .spring:
                pc = basis + Int(ins.c)
            case .springAlsOnwaar:
                if case .waarheid(false) = slots[Int(ins.b)] { pc = basis + Int(ins.c) }
            case .springAlsWaar:
                if case .waarheid(true) = slots[Int(ins.b)] { pc = basis + Int(ins.c) }
            case .kies:
                gekozen[Int(ins.c)] = ins.d
                if volgDekking { bereikteAlternatieven[Int(ins.c)][Int(ins.d)] = true }
            case .uitzondering:
                // The group's numbers are read one by one: a copy of the group retained and released its `voorrang`.
                let groep = Int(ins.b)
                let voorwaarden = Int(plan.uitzonderingsgroepen[groep].voorwaarden), waarden = Int(plan.uitzonderingsgroepen[groep].waarden)
                func geldt(_ k: Int) -> Bool {
                    if case .waarheid(true) = slots[voorwaarden + k] { return true }
                    return false
                }
                var eerste: Int?
                for k in 0..<Int(plan.uitzonderingsgroepen[groep].aantal)
                where geldt(k) && !plan.uitzonderingsgroepen[groep].voorrang[k].contains(where: { geldt(Int($0)) }) {
                    guard let e = eerste else { eerste = k; continue }
                    let x = slots[waarden + e], y = slots[waarden + k]
                    if case .tekst(let i) = x, case .tekst(let j) = y, tekst(i) == tekst(j) { continue }
                    if x == y { continue }
                    let g = plan.uitzonderingsgroepen[groep]
                    let alt = plan.blokken[Int(g.blok)].alternatieven
                    func citaat(_ n: Int) -> String {
                        let i = Int(g.eersteAlternatief) + n
                        return i < alt.count ? alt[i].citaat.description : "#\(n + 1)"
                    }
                    throw fout(.uitzonderingenBotsen(regel: naamVan(blok: g.blok), eerste: citaat(e), tweede: citaat(k)), blok: g.blok)
                }
                if let k = eerste {
                    let groepBlok = plan.uitzonderingsgroepen[groep].blok, tabelWaarde = plan.uitzonderingsgroepen[groep].tabelWaarde
                    let alternatief = plan.uitzonderingsgroepen[groep].eersteAlternatief + Int32(k)
                    uitzonderingGekozen[groep] = alternatief
                    // A rule's exception replaces the rule; a table's keeps the row's value beside it.
                    if tabelWaarde >= 0 { slots[Int(tabelWaarde)] = slots[Int(ins.a)] } else { gekozen[Int(groepBlok)] = alternatief }
                    if volgDekking { bereikteAlternatieven[Int(groepBlok)][Int(alternatief)] = true }
                    slots[Int(ins.a)] = slots[waarden + k]
                    pc = basis + Int(ins.c)
                }
            case .geenUitzondering:
                // Past the exception group when every condition is false: what its jumps and ``uitzondering`` would
                // do one by one (a condition that is not false, `geen` too, goes the long way as before).
                let voorwaarden = Int(ins.a), aantal = Int(ins.d)
                var k = 0
                while k < aantal, case .waarheid(false) = slots[voorwaarden &+ k] { k &+= 1 }
                if k == aantal {
                    // The rule's own alternative, when it is recorded here and not by the `kies` jumped past.
                    if ins.b >= 0 {
                        gekozen[Int(blok)] = ins.b
                        if volgDekking { bereikteAlternatieven[Int(blok)][Int(ins.b)] = true }
                    }
                    pc = basis + Int(ins.c)
                }
            case .geenRij:
                let d = plan.blokken[Int(ins.c)].definities.first
                let soort = d.map { plan.regelset.tabellen[Werker.tabel(van: plan.regelset.definities[$0])].op.soort } ?? .fout
                throw fout(.geenTabelrijPast(regel: naamVan(blok: ins.c),
                                             waarde: Opmaak.tekst(slots[Int(ins.b)], soort, regelset: plan.regelset, opslag: opslag)),
                           blok: ins.c)
            case .lengte:
                guard case .lijst(_, let n) = slots[Int(ins.b)] else { throw rekenfout(.onverwacht, blok: blok) }
                slots[Int(ins.a)] = .getal(Getal(geheel: Int128(n)))
            case .element:
                guard case .lijst(let start, _) = slots[Int(ins.b)], case .getal(let i) = slots[Int(ins.c)] else {
                    throw rekenfout(.onverwacht, blok: blok)
                }
                slots[Int(ins.a)] = opslag.velden[Int(start) + Int(i.teller)]
            case .volgende:
                guard case .lijst(let start, let n) = slots[Int(ins.b)], case .getal(let i) = slots[Int(ins.d)],
                      let k = Int32(exactly: i.teller) else { throw rekenfout(.onverwacht, blok: blok) }
                if k >= n {
                    pc = basis + Int(ins.c)
                } else {
                    let element = opslag.velden[Int(start) + Int(k)]
                    slots[Int(ins.a)] = element
                    slots[Int(ins.d)] = .getal(Getal(geheel: Int128(k + 1)))
                    // The loop body nearly always starts by reading a field of the element (`m.inkomen`): done
                    // here when the field is given, one dispatch fewer per element; else that instruction says why.
                    let v = pc.pointee
                    if v.op == .veld, v.b == ins.a, case .record(let r) = element {
                        switch opslag.velden[Int(r) + Int(v.c)] {
                        case .afwezig: break
                        case let w:
                            slots[Int(v.a)] = w
                            pc = naNodig(pc + 1)
                        }
                    }
                }
            case .veld:
                guard case .record(let r) = slots[Int(ins.b)] else { throw rekenfout(.onverwacht, blok: blok) }
                let w = opslag.velden[Int(r) + Int(ins.c)]
                if case .afwezig = w {
                    let v = plan.veldNamen[Int(ins.d)]
                    throw fout(.veldOntbreekt(veld: "\(pad(vanRecord: r) ?? v.record).\(v.veld)", soort: v.soort.description,
                                              nodigVoor: regelVan(blok: blok)), blok: blok)
                }
                slots[Int(ins.a)] = w
                // A member read from a record is nearly always compared next (`schending.geschonden = ...`, a table on
                // it): done here, one dispatch fewer (``keuzeKeten``).
                if case .keuze(let g) = w {
                    let v = pc.pointee
                    if v.op == .gelijk || v.op == .ongelijk, v.b == ins.a { pc = Werker.keuzeKeten(basis, slots, pc, g) }
                }
            case .datumfunctie:
                do {
                    let (w, voor) = try Rekenen.datumfunctie(Datumfunctie.allCases[Int(ins.d)], slots[Int(ins.b)], slots[Int(ins.c)])
                    slots[Int(ins.a)] = w
                    if let voor, case .datum(let na) = w { werkgeheugen.verlengingen.push((blok, voor, na)) }
                } catch {
                    throw rekenfout(error, blok: blok)
                }
            case .parameter:
                guard case .datum(let d) = slots[Int(ins.b)], let (vanaf, w) = plan.regelset.parameters[Int(ins.c)].waarde(op: d) else {
                    let d = Opmaak.tekst(slots[Int(ins.b)], .datum, regelset: plan.regelset, opslag: opslag)
                    throw fout(.geenParameterwaarde(plan.regelset.parameters[Int(ins.c)].naam, datum: d), blok: blok)
                }
                slots[Int(ins.a)] = w
                werkgeheugen.parameterGebruik.push((blok, ins.c, vanaf))
            case .invullingOp:
                // The version in force on the date, and its fill-in; none, or none that fills the term in, is an
                // error naming the rule, the term and the date (never another version's value).
                if case .datum(let d) = slots[Int(ins.b)], let (k, w) = invullingen.waarde(term: Int(ins.c), op: d) {
                    slots[Int(ins.a)] = w
                    werkgeheugen.invullingGebruik.push((blok, ins.c, k, d, ins.d))
                } else {
                    throw invullingFout(ins.p.pointee, blok: blok)
                }
            case .geenElement:
                throw fout(.geenElement(naamVan(blok: ins.c)), blok: ins.c)
            case .veronderstel:
                if geheugen.gehouden >= 0 { laatGehoudenVallen() }
                veronderstel(Int(ins.c), waarde: slots[Int(ins.b)])
            case .herstel:
                let uitkomst = slots[Int(ins.b)]
                slots[Int(ins.a)] = uitkomst
                let vast = slots[Int(veronderstelVast[Int(ins.c)].slot)]
                // Kept only for the first element (index 0: the last one supposed), the best so far on this way.
                var bewaard = false
                if ins.d >= 0, case .getal(let k) = slots[Int(ins.d)], k == .nul { bewaard = houd(Int(ins.c)) }
                if !bewaard { herstel(Int(ins.c)) }
                werkgeheugen.veronderstellingen.push((blok, ins.c, vast, uitkomst))
            case .vorige:
                guard case .lijst(let start, _) = slots[Int(ins.b)], case .getal(let i) = slots[Int(ins.d)],
                      let k = Int32(exactly: i.teller) else { throw rekenfout(.onverwacht, blok: blok) }
                if k <= 0 {
                    pc = basis + Int(ins.c)
                } else {
                    slots[Int(ins.a)] = opslag.velden[Int(start) + Int(k) - 1]
                    slots[Int(ins.d)] = .getal(Getal(geheel: Int128(k - 1)))
                }
            case .keerOm:
                guard case .lijst(_, let n) = slots[Int(ins.b)] else { throw rekenfout(.onverwacht, blok: blok) }
                keerOm(veronderstelling: ins.c, aantal: Int(n))
            case .tak:
                if volgDekking { bereikteTakken[Int(ins.c)] = true }
            case .overDuur:
                do {
                    slots[Int(ins.a)] = try Rekenen.overDuur(slots[Int(ins.b)], slots[Int(ins.c)], periode: Periode.allCases[Int(ins.d)])
                } catch {
                    throw rekenfout(error, blok: blok)
                }
            case .sleutelsLeeg:
                sleutelbuffers[Int(ins.c)].removeAll(keepingCapacity: true)
            case .sleutel:
                let sleutel: Sleutel
                switch slots[Int(ins.b)] {
                case .getal(let g): sleutel = .getal(g)
                case .datum(let d): sleutel = .datum(d)
                case .keuze(let k): sleutel = .keuze(k)
                // A text is an index into the rule set's pool or the case's: equal texts by their characters.
                case .tekst(let t): sleutel = .tekst(tekst(t))
                default: throw rekenfout(.onverwacht, blok: blok)
                }
                sleutelbuffers[Int(ins.c)].append(sleutel)
            case .telDezelfde:
                // Two passes over the keys: count each, then the keys whose count is above one. Linear.
                let buffer = Int(ins.c)
                for k in sleutelbuffers[buffer] { sleuteltelling[k, default: 0] += 1 }
                var n: Int128 = 0
                for k in sleutelbuffers[buffer] where sleuteltelling[k, default: 0] > 1 { n += 1 }
                sleuteltelling.removeAll(keepingCapacity: true)
                slots[Int(ins.a)] = .getal(Getal(geheel: n))
            case .kopieTerug:
                slots[Int(ins.a)] = slots[Int(ins.b)]
                fallthrough
            case .terug:
                // The alternative the way here took, when it is recorded here (``Planner/voegSamen()``).
                if ins.d >= 0 {
                    gekozen[Int(blok)] = ins.d
                    if volgDekking { bereikteAlternatieven[Int(blok)][Int(ins.d)] = true }
                }
                blokStaat[Int(blok)] = 2
                guard diepte > 0 else {
                    // An output is done: on to the next one still to run.
                    guard let b = volgendeUitvoer(&volgende) else { return }
                    blok = b
                    blokStaat[Int(blok)] = 1
                    pc = blokBegin[Int(blok)]
                    continue
                }
                diepte &-= 1
                (blok, pc) = aanroepen[diepte]
                // A `nodigKopie` that called this block copies its value now and is passed, instead of being read
                // once more for that (one dispatch fewer for every call of a block whose value is copied). What it
                // would do when read: the instruction returned to may also be one after a plain `nodig`, asking
                // for another block, which is then left to run.
                let bij = pc.pointee
                if bij.op == .nodigKopie, blokStaat[Int(bij.c)] == 2 {
                    slots[Int(bij.a)] = slots[Int(bij.b)]
                    pc += 1
                }
            }
        }
    }

    /// Compares the member `g` in slot b of the `gelijk` or `ongelijk` at `p` with slot c, takes the jump on the result
    /// that follows (``naSprong``), and goes on with the next comparison of slot b while there is one: the rows of a table
    /// on a member (`rood ->`, `groen ->`, ...) are one comparison after another of one value, each a dispatch of its
    /// own before. Every result is written as the instructions would; the first comparison whose slot c holds no member
    /// is left where it is, for the loop to do. Returns where to go on.
    @inline(__always)
    static func keuzeKeten(_ basis: UnsafePointer<Instructie>, _ slots: UnsafeMutablePointer<Waarde>, _ p: UnsafePointer<Instructie>,
                           _ g: Int32) -> UnsafePointer<Instructie> {
        var p = p
        while true {
            let ins = p.pointee
            guard case .keuze(let h) = slots[Int(ins.c)] else { return p }
            let waar = (g == h) == (ins.op == .gelijk)
            slots[Int(ins.a)] = .waarheid(waar)
            let na = naSprong(basis, p + 1, waar, ins.a)
            let v = na.pointee
            // Slot b still holds `g` unless this result went there.
            guard v.op == .gelijk || v.op == .ongelijk, v.b == ins.b, ins.a != ins.b else { return na }
            p = na
        }
    }

    /// `pc`, or past the instruction there when it asks for a block already evaluated (`nodig` is emitted at
    /// every use of a rule, so inside a loop it is asked again for every element and does nothing after the first).
    @inline(__always)
    func naNodig(_ pc: UnsafePointer<Instructie>) -> UnsafePointer<Instructie> {
        let v = pc.pointee
        return v.op == .nodig && blokStaat[Int(v.c)] == 2 ? pc + 1 : pc
    }

    /// Where to go on after a comparison that wrote `waar` into slot `a`, with `pc` at the next instruction: a
    /// comparison is nearly always followed by the jump on its result (`als`, `waarvoor`, `en`), which is taken
    /// here, one dispatch fewer (the slot is written all the same, so nothing else can tell).
    @inline(__always)
    static func naSprong(_ basis: UnsafePointer<Instructie>, _ pc: UnsafePointer<Instructie>, _ waar: Bool, _ a: Int32)
        -> UnsafePointer<Instructie> {
        let volgende = pc.pointee
        guard volgende.b == a else { return pc }
        switch volgende.op {
        case .springAlsOnwaar: return waar ? pc + 1 : basis + Int(volgende.c)
        case .springAlsWaar: return waar ? basis + Int(volgende.c) : pc + 1
        default: return pc
        }
    }

    /// `g op h` for two numbers and an operation that is no comparison, as ``Rekenen/binair(_:_:_:)`` computes it (equal
    /// numbers are identical, so min and max agree too); nil for division, or on overflow, which the general path then
    /// reports.
    @inline(__always)
    static func getallen(_ op: Opcode, _ g: Getal, _ h: Getal) -> Waarde? {
        switch op {
        case .tenHoogste: return .getal(h < g ? h : g)
        case .tenMinste: return .getal(g < h ? h : g)
        case .plus: return (try? g.plus(h)).map { .getal($0) }
        case .min: return (try? g.min(h)).map { .getal($0) }
        case .maal: return (try? g.maal(h)).map { .getal($0) }
        default: return nil
        }
    }

    /// `gelijk` or `ongelijk` of two values that are equal or not (members of an enumeration by their index, truth
    /// values), as ``Rekenen/binair(_:_:_:)`` compares them; nil for any other operation (the general path refuses it).
    @inline(__always)
    static func gelijkheid(_ op: Opcode, _ gelijk: Bool) -> Bool? {
        switch op {
        case .gelijk: gelijk
        case .ongelijk: !gelijk
        default: nil
        }
    }

    /// `g op h` for a comparison opcode, nil for any other: one table for numbers, dates by their day numbers and
    /// durations of one unit by their counts, as ``Rekenen/binair(_:_:_:)`` compares them.
    @inline(__always)
    static func vergelijking<T: Comparable>(_ op: Opcode, _ g: T, _ h: T) -> Bool? {
        switch op {
        case .kleiner: g < h
        case .kleinerGelijk: !(h < g)
        case .groter: h < g
        case .groterGelijk: !(g < h)
        case .gelijk: g == h
        case .ongelijk: g != h
        default: nil
        }
    }

    /// A case as bound to the slots, before the plan ran: to decide it again without reading it (the
    /// benchmark's plan evaluation in memory). Binding writes input slots only, and no other slot counts before the plan
    /// runs (a rule's only once its block ran, a temporary only once written), so the input slots and the storage are the
    /// whole bound case (a copy of all slots would make setting a case back cost more than deciding it).
    public struct Gebonden: Sendable {
        let invoer: [(slot: Int32, waarde: Waarde)]
        let opslag: Opslag
    }

    /// The case bound now, before ``beslis()``.
    public func gebonden() -> Gebonden {
        Gebonden(invoer: plan.invoerSlot.compactMap { s in s >= 0 ? (s, slots[Int(s)]) : nil }, opslag: opslag)
    }

    /// Clears the previous case and binds case `k` of `pool` again: its input slots are copied into this worker's, its
    /// texts and record fields are read where the pool keeps them (``GebondenGevallen``), so that a case with 36
    /// monthly incomes is not copied field by field before every decision. Nothing is allocated and, from the second
    /// case of the same pool on, no reference counted: a case's reasons are its range of the pool's. The case was bound by a
    /// worker of this plan (its slots are this plan's): ``GebondenGevallen/plaats(_:)`` says which.
    public mutating func bind(_ pool: GebondenGevallen, _ k: Int) {
        precondition(k >= 0 && k < pool.count, "geval \(k) van \(pool.count) gebonden gevallen")
        leegGeval()
        if opslag.geleendVan !== pool {
            opslag.leeg()
            opslag.teksten = pool.teksten
            opslag.velden = pool.velden
            opslag.alleRedenen = pool.redenen
            opslag.geleendVan = pool
        }
        let g = pool.grenzen[k]
        for j in g.invoer { slots[Int(pool.invoer[j].slot)] = pool.invoer[j].waarde }
        opslag.redenenBereik = g.redenen
    }

    static func tabel(van d: Definitie) -> Int {
        if case .tabel(let t, _) = d.lichaam { return t }
        return 0
    }
}

/// Cases bound once (``Werker/gebonden()``), kept to be decided again and again without reading them: the benchmark's
/// plan evaluation in memory. The input slots of all cases lie in flat memory, copied into a worker per decision; the
/// texts and record fields of all cases lie in one array each, which a worker deciding the pool's cases holds as its
/// own storage (``Werker/bind(_:_:)``), each case's indices into them moved past the cases before it. Kept as
/// ``Werker/Gebonden`` values, each case was copied at every call that lent it to a worker, and each copy retained and
/// released its four arrays, eight atomic operations per decision (`perf record -e cpu-clock`); copying the record
/// fields into the worker was a quarter of the time on the reference workload (36 monthly incomes a case).
public final class GebondenGevallen: @unchecked Sendable {
    /// Per case: its input slots and its record fields (ranges into ``invoer`` and ``velden``), the worker's place in the
    /// workshop it was bound in, and its reasons (a range of ``redenen``, empty for most cases: one array for all cases, as
    /// an array per case that has them cost a reference count per decision, on memory no other read touched).
    let grenzen: UnsafeBufferPointer<(invoer: Range<Int>, velden: Range<Int>, plaats: Int, redenen: Range<Int>)>
    let invoer: UnsafeBufferPointer<(slot: Int32, waarde: Waarde)>
    /// The texts and record fields of every case, one after the other.
    let teksten: [String]
    let velden: [Waarde]
    let redenen: [(invoer: Int, reden: String)]
    /// Where `velden` keeps its values (``geheugen(van:)``).
    private let veldenAdres: UnsafeRawPointer?

    /// The cases, each with the place of the worker that bound it.
    public init(_ gevallen: [(geval: Werker.Gebonden, plaats: Int)]) {
        var grenzen: [(invoer: Range<Int>, velden: Range<Int>, plaats: Int, redenen: Range<Int>)] = []
        var invoer: [(slot: Int32, waarde: Waarde)] = [], teksten: [String] = [], velden: [Waarde] = []
        var redenen: [(invoer: Int, reden: String)] = []
        for (g, plaats) in gevallen {
            // A record or list is an index into the case's fields, a text of the case one into its texts past those of
            // the rule set: both move by what the cases before it hold. (Past 2^31 fields the pool would not fit in
            // memory: 100 GB.)
            let veldVerschuiving = Int32(velden.count), tekstVerschuiving = Int32(teksten.count), basis = Int32(g.opslag.tekstBasis)
            precondition(velden.count + g.opslag.velden.count < Int(Int32.max) && teksten.count + g.opslag.teksten.count < Int(Int32.max) - Int(basis),
                         "te veel gebonden gevallen voor één pool")
            func verschoven(_ w: Waarde) -> Waarde {
                switch w {
                case .record(let r): .record(r + veldVerschuiving)
                case .lijst(let start, let n): .lijst(start + veldVerschuiving, n)
                case .tekst(let t) where t >= basis: .tekst(t + tekstVerschuiving)
                case .getal, .waarheid, .datum, .duur, .tekst, .keuze, .afwezig: w
                }
            }
            let i = invoer.count, v = velden.count, r = redenen.count
            invoer += g.invoer.map { ($0.slot, verschoven($0.waarde)) }
            velden += g.opslag.velden.map(verschoven)
            teksten += g.opslag.teksten
            redenen += g.opslag.redenen
            grenzen.append((i..<invoer.count, v..<velden.count, plaats, r..<redenen.count))
        }
        self.grenzen = grenzen.withUnsafeBufferPointer(Geheugen.eigen)
        self.invoer = invoer.withUnsafeBufferPointer(Geheugen.eigen)
        self.teksten = teksten
        self.velden = velden
        self.redenen = redenen
        veldenAdres = self.velden.withUnsafeBytes { $0.baseAddress }
    }

    /// How many cases.
    public var count: Int { grenzen.count }

    /// The place of the worker that bound case `k`.
    public func plaats(_ k: Int) -> Int { grenzen[k].plaats }

    /// Where case `k`'s input slots and record fields lie, as (address, bytes) twice: for a measurement that asks the
    /// processor to load them ahead of deciding the case (`regelwerk-bench`). Only a hint's addresses: the record
    /// fields' array is never changed while the pool lives, and a prefetch of any address is harmless.
    package func geheugen(van k: Int) -> (invoer: UnsafeRawPointer?, invoerBytes: Int, velden: UnsafeRawPointer?, veldenBytes: Int) {
        guard k >= 0, k < count else { return (nil, 0, nil, 0) }
        let g = grenzen[k], paar = MemoryLayout<(slot: Int32, waarde: Waarde)>.stride, waarde = MemoryLayout<Waarde>.stride
        return (invoer.baseAddress.map { UnsafeRawPointer($0) + g.invoer.lowerBound * paar }, g.invoer.count * paar,
                veldenAdres.map { $0 + g.velden.lowerBound * waarde }, g.velden.count * waarde)
    }

    deinit {
        grenzen.deallocate()
        invoer.deallocate()
    }
}

/// The fill-ins of the open terms that a rule reads as the version in force on a date filled them in
/// (`invullingOp`), as plain numbers: read once per worker from ``Regelset/versiewaarden`` (a dictionary of
/// descriptions with texts), so the instruction neither hashes nor retains anything.
struct Invullingtabel {
    /// Per version of a term, in the order of ``Regelset/versiewaarden``: its first and last day as day
    /// numbers (an open end as the extreme) and its fill-in, nil when that version does not fill the term in.
    private var versies: [(van: Int32, tot: Int32, waarde: Waarde?)] = []
    /// Where the versions of each open term begin in `versies`, and after the last term where they end.
    private var begin: [Int32] = [0]

    init(_ set: Regelset) {
        for term in set.openTermen.indices {
            for v in set.versiewaarden[term] ?? [] {
                versies.append((v.vanaf?.dagnummer ?? .min, v.totEnMet?.dagnummer ?? .max, v.waarde))
            }
            begin.append(Int32(versies.count))
        }
    }

    /// The version of `term` in force on `d` (its index among the term's versions) and its fill-in, as
    /// ``Versiewaarde/geldt(op:)`` chooses it; nil when none is in force or it does not fill the term in.
    @inline(__always)
    func waarde(term: Int, op d: Datum) -> (versie: Int32, waarde: Waarde)? {
        guard term >= 0, term + 1 < begin.count else { return nil }
        let eerste = Int(begin[term])
        for k in eerste..<Int(begin[term + 1]) where versies[k].van <= d.dagnummer && d.dagnummer <= versies[k].tot {
            return versies[k].waarde.map { (Int32(k - eerste), $0) }
        }
        return nil
    }
}

/// The key of an element in a `met dezelfde` aggregate: a value that equals another exactly when the keys are
/// the same (numbers are reduced fractions, so 1/2 and 2/4 are one key).
enum Sleutel: Hashable, Sendable {
    case getal(Getal)
    case datum(Datum)
    case keuze(Int32)
    case tekst(String)
}

