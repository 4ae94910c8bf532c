// Plan: ``Regelset`` → ``Plan``. Each rule becomes one block of flat code; only the blocks that the
// requested outputs reach are emitted; constants (the municipality's fill-ins) sit in fixed slots.

public struct Planner {
    var plan: Plan
    var constantSlot: [Constante: Int32] = [:]
    var volgendeSlot: Int32 = 0
    var elementSlots: [Int32] = []
    var huidigBlok: Int32 = 0
    var dekking = false

    /// Compiles the blocks the given outputs need (all `uitvoer` of the rule set when nil). With
    /// `dekking`, each branch of an `als ... dan ... anders` records that it was taken (for `regelwerk
    /// test`); decisions run without that.
    public static func maak(_ set: Regelset, uitvoer: [Int]? = nil, dekking: Bool = false) -> Plan {
        // Compiling an expression recurses as deep as it nests: on a stack with room for it (``Stapel``).
        Stapel.metRuimte { maakHier(set, uitvoer: uitvoer, dekking: dekking) }
    }

    static func maakHier(_ set: Regelset, uitvoer: [Int]?, dekking: Bool) -> Plan {
        var p = Planner(plan: Plan(regelset: set))
        p.dekking = dekking
        p.plan.dekking = dekking
        for (i, v) in set.invoer.enumerated() { p.plan.invoerIndex[v.naam] = i }
        p.bouw(uitvoer ?? set.uitvoer)
        return p.plan
    }

    init(plan: Plan) { self.plan = plan }

    var set: Regelset { plan.regelset }

    mutating func bouw(_ uitvoer: [Int]) {
        plan.uitvoer = uitvoer
        // Reachable definitions only (DESIGN §4: only what the requested outputs need).
        var bereikt = Set<Int>()
        var werk = uitvoer
        while let d = werk.popLast() {
            guard bereikt.insert(d).inserted else { continue }
            werk += set.afhankelijkheden(d, tabelgenoten: true)
        }
        // Definitions and inputs get their slots first; constants are gathered while compiling.
        plan.definitieSlot = Array(repeating: -1, count: set.definities.count)
        plan.definitieBlok = Array(repeating: -1, count: set.definities.count)
        plan.invoerSlot = Array(repeating: -1, count: set.invoer.count)
        // Only the case fields those definitions read get a slot (DESIGN §4): a field no requested output
        // needs is skipped unread, so it can neither fail the decision nor cost time. A field a supposition
        // holds fixed counts only when something reached reads it (else there is nothing to suppose).
        var gelezen = Set<Int>()
        for d in bereikt { gelezen.formUnion(set.verwijzingen(van: d, tabelgenoten: true).invoer) }
        let invoer = set.invoer.indices.filter { gelezen.contains($0) }
        plan.bevoegdheidInvoer = invoer.filter { set.invoer[$0].bevoegdheid != nil }
        var definitieVolgorde: [Int] = []
        var tabelBlok: [Int: Int32] = [:]
        for d in bereikt.sorted() {
            definitieVolgorde.append(d)
            if case .tabel(let t, _) = set.definities[d].lichaam {
                if let b = tabelBlok[t] { plan.definitieBlok[d] = b; continue }
                tabelBlok[t] = Int32(plan.blokken.count)
            }
            plan.definitieBlok[d] = Int32(plan.blokken.count)
            plan.blokken.append(Blok(start: 0, definities: [], alternatieven: [], gemeenschappelijk: ([], []), tabelOp: nil))
        }
        for d in definitieVolgorde { plan.blokken[Int(plan.definitieBlok[d])].definities.append(d) }
        // Slot layout: [constants][inputs][definitions][temporaries]. A dry compile with the same
        // layout counts the constants; the real compile then gives every other slot its final number.
        var droog = self
        droog.wijsSlotsToe(vanaf: 0, invoer: invoer, definities: definitieVolgorde)
        droog.compileerAlles()
        plan.constanten = droog.plan.constanten
        plan.constantSoorten = droog.plan.constantSoorten
        for (i, w) in plan.constanten.enumerated() { constantSlot[Planner.sleutel(w, plan.constantSoorten[i])] = Int32(i) }
        wijsSlotsToe(vanaf: Int32(plan.constanten.count), invoer: invoer, definities: definitieVolgorde)
        compileerAlles()
        plan.slotAantal = Int(volgendeSlot)
        rijgSprongen()
        laatOverbodigeWeg()
        deelVelden()
        voegSamen()
    }

    /// A jump whose target is an unconditional jump goes to that jump's target straight away (jump threading):
    /// the end of a loop body in a `waarvoor` and the end of an `als` arm otherwise jump twice, once per list
    /// element. So does a jump on a condition to a jump on the same slot and the same outcome, which then jumps too:
    /// `a en b en c` is `(a en b) en c`, and a false `a` went on to the test of `(a en b)`, again false. Only the
    /// targets change; a chain is followed at most as many steps as there are instructions, so even a jump to itself
    /// ends.
    mutating func rijgSprongen() {
        for k in plan.code.indices {
            switch plan.code[k].op {
            case .spring, .springAlsOnwaar, .springAlsWaar, .volgende, .vorige, .geenUitzondering:
                let eigen = plan.code[k]
                func doorgaand(_ i: Instructie) -> Bool {
                    i.op == .spring || (i.op == eigen.op && i.b == eigen.b && (eigen.op == .springAlsOnwaar || eigen.op == .springAlsWaar))
                }
                var doel = eigen.c, stappen = 0
                while Int(doel) < plan.code.count, doorgaand(plan.code[Int(doel)]), plan.code[Int(doel)].c != doel,
                      stappen < plan.code.count {
                    doel = plan.code[Int(doel)].c
                    stappen += 1
                }
                plan.code[k].c = doel
            default:
                continue
            }
        }
    }

    /// Leaves out every `nodig` of a block that is done on each way to it, and every `eisInvoer` of a case field already
    /// checked on each way to it: they can only find the block done and the field given. A rule reads `schending` in
    /// five places of one condition, each with its own `nodig`, for every earlier verlaging (artikel 55): a tenth of
    /// what a decision of afstemming ran did nothing; and a dozen blocks of afstemming begin by asking for `schending`,
    /// which every way to them has computed already.
    ///
    /// Per block, forward over its code and its jumps (a loop's way back included), what holds on every way: the
    /// blocks done and the fields checked. A block asked for is done afterwards, and so is what it asks for on every way
    /// through it (its summary). A block begins with what holds at every `nodig` that may start it (its entry; an output
    /// begins with nothing, as `beslis` starts it). A supposition (`veronderstel`, `herstel`) sets blocks aside and holds
    /// a field at another value, so nothing is known past one but the block it holds fixed, which is done inside it. A
    /// block that asks for another may see that one run again under a supposition, but every state is restored before
    /// the `nodig` returns. A summary holds only what the block itself asks for, never what its callers had done: those
    /// are the block's own dependencies, set aside by a supposition only together with the block. Summaries and
    /// entries grow from nothing to what the code proves (the least solution: each fact has a way that shows it).
    mutating func laatOverbodigeWeg() {
        let code = plan.code
        guard !code.isEmpty else { return }
        let blokAantal = plan.blokken.count
        // A fact is a number: a block done is its own, a case field given the count of blocks plus its place among the
        // case fields the plan reads. Sets of facts are bits, so that the fixpoints below stay well under a millisecond
        // for the whole model (`beslis` plans every decision when it starts).
        var veldFeit: [Int32: Int] = [:]
        for s in plan.invoerSlot where s >= 0 && veldFeit[s] == nil { veldFeit[s] = blokAantal + veldFeit.count }
        let woorden = (blokAantal + veldFeit.count + 63) / 64
        /// What an instruction establishes, as a fact's number.
        func feit(_ i: Instructie) -> Int? {
            switch i.op {
            case .nodig: Int(i.c)
            case .eisInvoer: veldFeit[i.b]
            default: nil
            }
        }
        let bereik = blokBereiken()
        /// Per instruction of block `b`, the facts on every way to it from `ingang` (`woorden` bits each, one after the
        /// other; `bereikt` false where no way reaches it), and on every way to its end (nil: it never ends).
        func doorloop(_ b: Int, ingang: ArraySlice<UInt64>, samenvatting: [UInt64])
            -> (bekend: [UInt64], bereikt: [Bool], eind: [UInt64]?) {
            let r = bereik[b]
            var bekend = [UInt64](repeating: 0, count: r.count * woorden), bereikt = [Bool](repeating: false, count: r.count)
            var eind: [UInt64]?
            guard !r.isEmpty else { return (bekend, bereikt, eind) }
            bekend.replaceSubrange(0..<woorden, with: ingang)
            bereikt[0] = true
            var werk = [r.lowerBound]
            var uit = [UInt64](repeating: 0, count: woorden)
            while let k = werk.popLast() {
                let o = (k - r.lowerBound) * woorden
                for w in 0..<woorden { uit[w] = bekend[o + w] }
                let i = code[k]
                switch i.op {
                case .veronderstel:
                    for w in 0..<woorden { uit[w] = 0 }
                    let vast = plan.veronderstellingen[Int(i.c)].vastBlok
                    if vast >= 0 { uit[Int(vast) >> 6] |= 1 << UInt64(Int(vast) & 63) }
                case .herstel:
                    for w in 0..<woorden { uit[w] = 0 }
                case .nodig:
                    for w in 0..<woorden { uit[w] |= samenvatting[Int(i.c) * woorden + w] }
                    uit[Int(i.c) >> 6] |= 1 << UInt64(Int(i.c) & 63)
                default:
                    if let f = feit(i) { uit[f >> 6] |= 1 << UInt64(f & 63) }
                }
                if i.op == .terug || i.op == .kopieTerug {
                    if var e = eind { for w in 0..<woorden { e[w] &= uit[w] }; eind = e } else { eind = uit }
                }
                for j in Opvolgers(code, k) where r.contains(j) {
                    let q = (j - r.lowerBound) * woorden
                    var veranderd = !bereikt[j - r.lowerBound]
                    for w in 0..<woorden {
                        let nieuw = bereikt[j - r.lowerBound] ? bekend[q + w] & uit[w] : uit[w]
                        if nieuw != bekend[q + w] { bekend[q + w] = nieuw; veranderd = true }
                    }
                    if veranderd {
                        bereikt[j - r.lowerBound] = true
                        werk.append(j)
                    }
                }
            }
            return (bekend, bereikt, eind)
        }
        // The summaries, from nothing up (a block's summary reads those of the blocks it asks for, and a supposition
        // may ask again for the block that makes it: the calls can go round).
        // Who asks for each block: what to look at again when its summary or entry grows.
        var vragers = [[Int]](repeating: [], count: blokAantal), gevraagden = [[Int]](repeating: [], count: blokAantal)
        for b in 0..<blokAantal {
            for k in bereik[b] where code[k].op == .nodig {
                vragers[Int(code[k].c)].append(b)
                gevraagden[b].append(Int(code[k].c))
            }
        }
        let leeg = [UInt64](repeating: 0, count: woorden)
        var samenvatting = [UInt64](repeating: 0, count: blokAantal * woorden)
        var werk = Array((0..<blokAantal).reversed()), inWerk = [Bool](repeating: true, count: blokAantal)
        while let b = werk.popLast() {
            inWerk[b] = false
            let s = doorloop(b, ingang: leeg[...], samenvatting: samenvatting).eind ?? leeg
            guard s[...] != samenvatting[(b * woorden)..<((b + 1) * woorden)] else { continue }
            samenvatting.replaceSubrange((b * woorden)..<((b + 1) * woorden), with: s)
            for v in vragers[b] where !inWerk[v] { inWerk[v] = true; werk.append(v) }
        }
        // The entries, from nothing up: per block, what holds at every `nodig` of it; nothing for an output, or a
        // block no `nodig` asks for.
        // An entry is the intersection over every `nodig` of the block in every block that asks for it, each as that
        // block's code shows it from its own entry: after a block's entry grows, its code is followed again, and the
        // entries of the blocks it asks for are made again.
        let uitvoer = Set(plan.uitvoer.map { plan.definitieBlok[$0] })
        var ingang = [UInt64](repeating: 0, count: blokAantal * woorden)
        var doorlopen = (0..<blokAantal).map { doorloop($0, ingang: leeg[...], samenvatting: samenvatting) }
        func maakIngang(_ c: Int) -> [UInt64] {
            guard !uitvoer.contains(Int32(c)) else { return leeg }
            var e: [UInt64]?
            for b in vragers[c] {
                for k in bereik[b] where code[k].op == .nodig && Int(code[k].c) == c && doorlopen[b].bereikt[k - bereik[b].lowerBound] {
                    let o = (k - bereik[b].lowerBound) * woorden
                    let hier = doorlopen[b].bekend[o..<(o + woorden)]
                    if var x = e { for w in 0..<woorden { x[w] &= hier[o + w] }; e = x } else { e = Array(hier) }
                }
            }
            return e ?? leeg
        }
        werk = Array((0..<blokAantal).reversed())
        inWerk = [Bool](repeating: true, count: blokAantal)
        while let c = werk.popLast() {
            inWerk[c] = false
            let e = maakIngang(c)
            guard e[...] != ingang[(c * woorden)..<((c + 1) * woorden)] else { continue }
            ingang.replaceSubrange((c * woorden)..<((c + 1) * woorden), with: e)
            doorlopen[c] = doorloop(c, ingang: e[...], samenvatting: samenvatting)
            for g in gevraagden[c] where !inWerk[g] { inWerk[g] = true; werk.append(g) }
        }
        var overbodig = Array(repeating: false, count: code.count)
        for b in 0..<blokAantal {
            for k in bereik[b] {
                let o = (k - bereik[b].lowerBound) * woorden
                if let f = feit(code[k]), doorlopen[b].bereikt[k - bereik[b].lowerBound],
                   doorlopen[b].bekend[o + f >> 6] & (1 << UInt64(f & 63)) != 0 {
                    overbodig[k] = true
                }
            }
        }
        laatWeg(overbodig)
    }

    /// A field of a record read again in a block while the slot of an earlier read of it still holds it on every way
    /// there: the read is left out, and the one instruction that reads its slot, right after it, reads the earlier slot
    /// instead. A condition on `schending.geschonden` reads it in each of its parts (artikel 55: four times for every
    /// earlier verlaging). Only a slot that nothing else reads: not a rule's or case field's, not a table's input nor an
    /// exception group's (the motivation reads those), and no other instruction names it. What a block asks for may run
    /// anything, so nothing is known past a `nodig`, a supposition or an exception group.
    mutating func deelVelden() {
        let code = plan.code
        guard !code.isEmpty else { return }
        // Only a block that reads one field of one record slot twice has anything to share: most have not, and are
        // not followed (`beslis` plans every decision when it starts).
        var teVolgen: [(begin: Int, eind: Int)] = []
        for r in blokBereiken() {
            var gezien = Set<Int64>()
            for k in r where code[k].op == .veld && !gezien.insert(Int64(code[k].b) << 32 | Int64(code[k].c)).inserted {
                teVolgen.append((r.lowerBound, r.upperBound))
                break
            }
        }
        guard !teVolgen.isEmpty else { return }
        // Per slot: whether something other than an operand reads it, and how often it is an operand anywhere (counted
        // in every position, which only leaves more reads alone).
        var gelezen = [Bool](repeating: false, count: plan.slotAantal), voorkomens = [Int](repeating: 0, count: plan.slotAantal)
        func lees(_ s: Int32) { if s >= 0 && Int(s) < gelezen.count { gelezen[Int(s)] = true } }
        for s in plan.definitieSlot { lees(s) }
        for s in plan.invoerSlot { lees(s) }
        for blok in plan.blokken { if let t = blok.tabelOp { lees(t) } }
        for g in plan.uitzonderingsgroepen {
            for s in g.voorwaarden..<(g.voorwaarden + g.aantal) { lees(s) }
            for s in g.waarden..<(g.waarden + g.aantal) { lees(s) }
            lees(g.tabelWaarde)
        }
        for v in plan.veronderstellingen { lees(v.vastSlot) }
        func tel(_ x: Int32) { if x >= 0 && Int(x) < voorkomens.count { voorkomens[Int(x)] += 1 } }
        for i in code { tel(i.a); tel(i.b); tel(i.c); tel(i.d) }
        let doel = doelen(code)
        struct Lezing: Hashable { var record, veld, slot: Int32 }
        var weg = Array(repeating: false, count: code.count)
        var nieuw = code
        // The slots of the reads left out: never written now, so never the earlier read another one takes.
        var weggelaten = Set<Int32>()
        for (begin, eind) in teVolgen {
            var bekend = [Set<Lezing>?](repeating: nil, count: eind - begin)
            if begin < eind { bekend[0] = [] }
            var werk = [begin]
            while let k = werk.popLast() {
                guard var uit = bekend[k - begin] else { continue }
                let i = code[k]
                if let geschreven = Planner.schrijft(i) {
                    uit = uit.filter { !geschreven.contains($0.slot) && !geschreven.contains($0.record) }
                    if i.op == .veld, i.a != i.b { uit.insert(Lezing(record: i.b, veld: i.c, slot: i.a)) }
                } else {
                    uit = []
                }
                for j in Opvolgers(code, k) where j >= begin && j < eind {
                    let volgend = bekend[j - begin].map { $0.intersection(uit) } ?? uit
                    if volgend != bekend[j - begin] {
                        bekend[j - begin] = volgend
                        werk.append(j)
                    }
                }
            }
            for k in begin..<(eind - 1) where code[k].op == .veld && !doel.contains(k + 1) {
                let i = code[k], na = code[k + 1]
                guard !gelezen[Int(i.a)], voorkomens[Int(i.a)] == 2, na.op.binaireOperator != nil || na.op == .niet,
                      na.b == i.a || na.c == i.a, na.a != i.a,
                      // The lowest slot of those that hold it, so that the plan is the same on every run.
                      let eerder = bekend[k - begin]?.filter({ $0.record == i.b && $0.veld == i.c && !weggelaten.contains($0.slot) })
                          .min(by: { $0.slot < $1.slot })
                else { continue }
                weg[k] = true
                weggelaten.insert(i.a)
                if na.b == i.a { nieuw[k + 1].b = eerder.slot }
                if na.c == i.a { nieuw[k + 1].c = eerder.slot }
            }
        }
        plan.code = nieuw
        laatWeg(weg)
    }

    /// Each block's code by block number: one piece, from its start to the next block's (the planner's passes go block by
    /// block).
    func blokBereiken() -> [Range<Int>] {
        let starts = plan.blokken.map { Int($0.start) }.sorted()
        var bereik = [Range<Int>](repeating: 0..<0, count: plan.blokken.count)
        for (n, begin) in starts.enumerated() where begin < plan.code.count {
            bereik[Int(plan.blokVan[begin])] = begin..<(n + 1 < starts.count ? starts[n + 1] : plan.code.count)
        }
        return bereik
    }

    /// The instructions of `code` that something other than the one before may lead to: a block's start, a jump's target.
    /// Two instructions may be joined, or one left out on what the one before showed, only where the second is none.
    func doelen(_ code: [Instructie]) -> Set<Int> {
        var doel = Set<Int>(plan.blokken.map { Int($0.start) })
        for i in code where i.op.springt { doel.insert(Int(i.c)) }
        return doel
    }

    /// Where the instruction at `k` may go on: the next one, its jump's target, or both; none past the end of a block.
    /// (For the planner's dataflow: no array per instruction visited.)
    struct Opvolgers: Sequence, IteratorProtocol {
        private var eerste: Int, tweede: Int
        init(_ code: [Instructie], _ k: Int) {
            let i = code[k]
            switch i.op {
            case .terug, .kopieTerug, .geenRij, .geenElement: (eerste, tweede) = (-1, -1)
            case .spring: (eerste, tweede) = (Int(i.c), -1)
            default: (eerste, tweede) = (k + 1, i.op.springt ? Int(i.c) : -1)
            }
        }
        mutating func next() -> Int? {
            if eerste >= 0 { defer { eerste = -1 }; return eerste }
            if tweede >= 0 { defer { tweede = -1 }; return tweede }
            return nil
        }
    }

    /// The slots an instruction may write, or nil when it may write any (it runs another block, or sets values aside).
    static func schrijft(_ i: Instructie) -> [Int32]? {
        switch i.op {
        case .kopie, .plus, .min, .maal, .deel, .tenHoogste, .tenMinste, .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter,
             .groterGelijk, .niet, .negatief, .afronding, .afrondingVeelvoud, .lengte, .element, .veld, .datumfunctie,
             .parameter, .invullingOp, .overDuur, .telDezelfde, .kopieInvoer, .kopieTerug:
            return [i.a]
        case .volgende, .vorige:
            return [i.a, i.d]
        case .eisInvoer, .eisWaarde, .spring, .springAlsOnwaar, .springAlsWaar, .kies, .geenUitzondering, .geenRij,
             .geenElement, .tak, .sleutelsLeeg, .sleutel, .terug, .keerOm:
            return []
        case .nodig, .nodigKopie, .veronderstel, .herstel, .uitzondering:
            return nil
        }
    }

    /// Leaves out the instructions marked in `weg`: every jump and every block start moves with the code, and a jump to
    /// one left out goes to the next one kept (what was left out did nothing there, or that next one does it now).
    mutating func laatWeg(_ weg: [Bool]) {
        let code = plan.code
        guard weg.contains(true) else { return }
        var nieuw = [Int32](repeating: 0, count: code.count + 1), n: Int32 = 0
        for k in code.indices {
            nieuw[k] = n
            if !weg[k] { n += 1 }
        }
        nieuw[code.count] = n
        var uitCode: [Instructie] = [], uitBlokVan: [Int32] = []
        for k in code.indices where !weg[k] {
            var i = code[k]
            if i.op.springt { i.c = nieuw[Int(i.c)] }
            uitCode.append(i)
            uitBlokVan.append(plan.blokVan[k])
        }
        for b in plan.blokken.indices { plan.blokken[b].start = nieuw[Int(plan.blokken[b].start)] }
        plan.code = uitCode
        plan.blokVan = uitBlokVan
    }

    /// Joins the pairs a plan has most, each into one instruction that does both (one dispatch instead of two; issue 17):
    /// a case field checked and copied (`kopieInvoer`), a rule asked for and its value copied (`nodigKopie`), a value
    /// copied at the end of a block (`kopieTerug`); and a block that records at its start the one alternative it has
    /// (`kies`) records it at its end instead (`terug`). The second of a pair may not be where a jump lands (the jump
    /// would do the first too); a `kopieTerug` takes the place of its copy, so a jump there does both as before.
    /// A block that fails halfway then has no choice recorded, which nothing reads (only a block that ran to its end is
    /// explained). Not in a plan that follows coverage: there a block's alternative counts as reached where it is taken.
    mutating func voegSamen() {
        var code = plan.code
        guard !code.isEmpty else { return }
        // The rule's own alternative recorded past an exception group that does not apply (`geenUitzondering` to a
        // `kies`): recorded by the jump, which goes past it (the group's way when an exception was looked at and none
        // applied still reads the `kies`). Nearly every decision goes that way, once per rule with exceptions.
        if !dekking {
            for k in code.indices where code[k].op == .geenUitzondering {
                let t = Int(code[k].c)
                guard t + 1 < code.count, code[t].op == .kies, code[t].c == plan.blokVan[k], plan.blokVan[t] == plan.blokVan[k],
                      plan.blokVan[t + 1] == plan.blokVan[k] else { continue }
                code[k].b = code[t].d
                code[k].c = Int32(t + 1)
            }
        }
        let doel = doelen(code)
        var weg = Array(repeating: false, count: code.count)
        // A block's one recorded alternative, moved to its end.
        if !dekking {
            for (b, blok) in plan.blokken.enumerated() where blok.uitzonderingsgroepen.isEmpty {
                let begin = Int(blok.start)
                guard code[begin].op == .kies, code[begin].c == Int32(b) else { continue }
                var k = begin + 1, anders = false
                while k < code.count, plan.blokVan[k] == Int32(b) {
                    if code[k].op == .kies || code[k].op == .uitzondering { anders = true }
                    k += 1
                }
                guard !anders else { continue }
                for j in begin..<k where code[j].op == .terug { code[j].d = code[begin].d }
                weg[begin] = true
            }
            // A table row or an `als` arm that records its alternative and then, in a straight line, jumps to the
            // block's end: the jump becomes that end itself, recording the alternative (`kies`, ..., `spring` to
            // `terug` becomes ..., `terug`). Nothing on the way may be a jump or where one lands, so nothing else
            // reaches the new end; two dispatches fewer per row taken, three when a copy then joins the end.
            for k in code.indices where !weg[k] && code[k].op == .kies && code[k].c == plan.blokVan[k] {
                var j = k + 1
                while j < code.count, !doel.contains(j), !code[j].op.springt, !Planner.beslistBlok(code[j].op) { j += 1 }
                guard j < code.count, !doel.contains(j), code[j].op == .spring, Int(code[j].c) < code.count,
                      code[Int(code[j].c)].op == .terug, plan.blokVan[Int(code[j].c)] == plan.blokVan[k] else { continue }
                code[j] = Instructie(.terug, 0, 0, 0, code[k].d)
                weg[k] = true
            }
        }
        for k in 0..<(code.count - 1) where !weg[k] && !weg[k + 1] {
            let (x, y) = (code[k], code[k + 1])
            switch (x.op, y.op) {
            case (.eisInvoer, .kopie) where y.b == x.b && !doel.contains(k + 1):
                code[k] = Instructie(.kopieInvoer, y.a, x.b, x.c)
                weg[k + 1] = true
            case (.nodig, .kopie) where !doel.contains(k + 1):
                code[k] = Instructie(.nodigKopie, y.a, y.b, x.c)
                weg[k + 1] = true
            case (.kopie, .terug) where !doel.contains(k + 1):
                code[k + 1] = Instructie(.kopieTerug, x.a, x.b, 0, y.d)
                weg[k] = true
            default:
                continue
            }
        }
        plan.code = code
        laatWeg(weg)
    }

    /// Whether an instruction records or ends what its block took (so a `kies` may not move past it).
    static func beslistBlok(_ op: Opcode) -> Bool {
        switch op {
        case .kies, .uitzondering, .terug, .kopieTerug, .geenRij, .geenElement, .tak: true
        default: false
        }
    }

    mutating func wijsSlotsToe(vanaf: Int32, invoer: [Int], definities: [Int]) {
        volgendeSlot = vanaf
        for i in invoer {
            plan.invoerSlot[i] = volgendeSlot
            volgendeSlot += 1
        }
        for d in definities {
            plan.definitieSlot[d] = volgendeSlot
            volgendeSlot += 1
        }
    }

    mutating func compileerAlles() {
        plan.code = []
        plan.blokVan = []
        for b in plan.blokken.indices { compileerBlok(Int32(b)) }
    }

    /// A constant as the planner keeps one slot per constant: its value, and for a member of an enumeration the
    /// enumeration too. (It was the text of both, made by reflection for every constant: a fifth of planning.)
    struct Constante: Hashable {
        let waarde: Waarde
        let soort: Soort?
    }

    static func sleutel(_ w: Waarde, _ soort: Soort?) -> Constante { Constante(waarde: w, soort: soort) }

    // MARK: - Emitting

    mutating func emit(_ i: Instructie) {
        plan.code.append(i)
        plan.blokVan.append(huidigBlok)
    }

    mutating func tijdelijk() -> Int32 {
        defer { volgendeSlot += 1 }
        return volgendeSlot
    }

    /// The slot of a constant. A member of an enumeration is a constant of its own per enumeration, so
    /// that `regelwerk plan` can name it.
    mutating func constante(_ w: Waarde, soort: Soort? = nil) -> Int32 {
        let soort: Soort? = { if case .keuze = w { soort } else { nil } }()
        let k = Planner.sleutel(w, soort)
        if let s = constantSlot[k] { return s }
        let s = Int32(plan.constanten.count)
        plan.constanten.append(w)
        plan.constantSoorten.append(soort)
        constantSlot[k] = s
        return s
    }

    var hier: Int32 { Int32(plan.code.count) }

    mutating func zetSprong(_ at: Int32, naar: Int32) { plan.code[Int(at)].c = naar }

    mutating func compileerBlok(_ b: Int32) {
        huidigBlok = b
        plan.blokken[Int(b)].start = hier
        let eersteTijdelijk = volgendeSlot
        defer { plan.blokken[Int(b)].tijdelijk = eersteTijdelijk..<volgendeSlot }
        let blok = plan.blokken[Int(b)]
        let d0 = blok.definities[0]
        var alternatieven: [Alternatief] = []
        var gemeenschappelijk: ([Int], [Int]) = ([], [])
        switch set.definities[d0].lichaam {
        case .uitdrukking(let e):
            let def = set.definities[d0]
            let doel = plan.definitieSlot[d0]
            let eindSprongen = uitzonderingen(def.uitzonderingen, blok: b, definitie: d0, doel: doel, tabelWaarde: -1,
                                              &alternatieven, afwijkingVan: def.citaat)
            var defs: [Int] = [], invoer: [Int] = []
            e.verwijzingen(&defs, &invoer, veronderstellingen: false)
            alternatieven.insert(Alternatief(soort: .regel, citaat: def.citaat, omschrijving: "regel", definities: defs, invoer: invoer,
                                             openTermen: def.openTermen), at: 0)
            emit(Instructie(.kies, 0, 0, b, 0))
            uitdrukking(e, naar: doel)
            for j in eindSprongen { zetSprong(j, naar: hier) }
        case .tabel(let t, _):
            let tabel = set.tabellen[t]
            var defs: [Int] = [], invoer: [Int] = []
            tabel.op.verwijzingen(&defs, &invoer, veronderstellingen: false)
            gemeenschappelijk = (defs, invoer)
            let op = uitdrukking(tabel.op)
            plan.blokken[Int(b)].tabelOp = op
            plan.blokken[Int(b)].tabelOpTekst = tabel.opTekst
            var naarEinde: [Int32] = []
            for (r, rij) in tabel.rijen.enumerated() {
                var naarVolgende: [Int32] = []
                switch rij.toets {
                case .anders: break
                case .interval(let onder, let boven):
                    for (g, isOnder) in [(onder, true), (boven, false)] {
                        guard let g else { continue }
                        let w: Waarde = tabel.op.soort == .datum
                            ? .datum(Datum(dagnummer: Int32(truncatingIfNeeded: g.0.teller))) : .getal(g.0)
                        let c = constante(w)
                        let t = tijdelijk()
                        let opcode: Opcode = isOnder ? (g.inclusief ? .groterGelijk : .groter) : (g.inclusief ? .kleinerGelijk : .kleiner)
                        emit(Instructie(opcode, t, op, c))
                        naarVolgende.append(hier)
                        emit(Instructie(.springAlsOnwaar, 0, t, -1))
                    }
                case .keuzes(let ks) where ks.count == 1:
                    let t = tijdelijk()
                    emit(Instructie(.gelijk, t, op, constante(.keuze(ks[0]), soort: tabel.op.soort)))
                    naarVolgende.append(hier)
                    emit(Instructie(.springAlsOnwaar, 0, t, -1))
                case .keuzes(let ks):
                    var naarUitkomst: [Int32] = []
                    for k in ks {
                        let t = tijdelijk()
                        emit(Instructie(.gelijk, t, op, constante(.keuze(k), soort: tabel.op.soort)))
                        naarUitkomst.append(hier)
                        emit(Instructie(.springAlsWaar, 0, t, -1))
                    }
                    naarVolgende.append(hier)
                    emit(Instructie(.spring, 0, 0, -1))
                    for j in naarUitkomst { zetSprong(j, naar: hier) }
                }
                emit(Instructie(.kies, 0, 0, b, Int32(r)))
                var rdefs: [Int] = [], rinvoer: [Int] = []
                for (k, u) in rij.uitkomsten.enumerated() where k < tabel.uitvoer.count {
                    u.verwijzingen(&rdefs, &rinvoer, veronderstellingen: false)
                    let d = tabel.uitvoer[k]
                    guard plan.definitieSlot[d] >= 0 else { continue }
                    uitdrukking(u, naar: plan.definitieSlot[d])
                }
                alternatieven.append(Alternatief(soort: .rij(rij.omschrijving, concreet: rij.concreet), citaat: rij.citaat,
                                                 omschrijving: rij.omschrijving, definities: rdefs, invoer: rinvoer,
                                                 openTermen: rij.openTermen))
                naarEinde.append(hier)
                emit(Instructie(.spring, 0, 0, -1))
                for j in naarVolgende { zetSprong(j, naar: hier) }
            }
            emit(Instructie(.geenRij, 0, op, b))
            for j in naarEinde { zetSprong(j, naar: hier) }
            // Exceptions to a table output override that output after the table has run.
            for d in blok.definities where !set.definities[d].uitzonderingen.isEmpty {
                var alt: [Alternatief] = []
                let eind = uitzonderingen(set.definities[d].uitzonderingen, blok: b, definitie: d, doel: plan.definitieSlot[d],
                                          tabelWaarde: tijdelijk(), &alt,
                                          afwijkingVan: tabel.citaat, eersteAlternatief: Int32(alternatieven.count))
                alternatieven += alt
                for j in eind { zetSprong(j, naar: hier) }
            }
        }
        emit(Instructie(.terug, 0, 0, 0, -1))
        plan.blokken[Int(b)].alternatieven = alternatieven
        plan.blokken[Int(b)].gemeenschappelijk = gemeenschappelijk
    }

    /// Evaluates every exception's condition and the value of each that applies. An exception that applies
    /// gives way to one that applies `in afwijking van` it; of the rest, two with different values are a
    /// conflict in the law (DESIGN §3: two grounds that agree are no conflict), else the first gives the
    /// value. Returns the jump to patch to the block's end, taken when an exception gave the value.
    mutating func uitzonderingen(_ us: [GecontroleerdeUitzondering], blok: Int32, definitie: Int, doel: Int32, tabelWaarde: Int32,
                                 _ alternatieven: inout [Alternatief],
                                 afwijkingVan: Citaat, eersteAlternatief: Int32 = 1) -> [Int32] {
        guard !us.isEmpty else { return [] }
        // The conditions in consecutive slots, each compiled straight into its own.
        let voorwaarden = volgendeSlot
        for _ in us { _ = tijdelijk() }
        for (k, u) in us.enumerated() { uitdrukking(u.voorwaarde, naar: voorwaarden + Int32(k)) }
        let waarden = volgendeSlot
        for _ in us { _ = tijdelijk() }
        // Nearly always no exception applies: one instruction sees that and goes past the values and the choice.
        let geenVanToepassing = hier
        emit(Instructie(.geenUitzondering, voorwaarden, -1, -1, Int32(us.count)))
        for (k, u) in us.enumerated() {
            let overslaan = hier
            emit(Instructie(.springAlsOnwaar, 0, voorwaarden + Int32(k), -1))
            uitdrukking(u.waarde, naar: waarden + Int32(k))
            zetSprong(overslaan, naar: hier)
        }
        // Exception j takes precedence over exception k when j deviates from k's article.
        let voorrang = us.map { k in
            us.indices.filter { j in us[j].citaat != k.citaat && us[j].afwijkingVan.map { k.citaat.valtBinnen($0) } == true }.map(Int32.init)
        }
        plan.uitzonderingsgroepen.append(Uitzonderingsgroep(blok: blok, eersteAlternatief: eersteAlternatief, voorwaarden: voorwaarden,
                                                            waarden: waarden, aantal: Int32(us.count), voorrang: voorrang,
                                                            definitie: definitie, tabelWaarde: tabelWaarde))
        plan.blokken[Int(blok)].uitzonderingsgroepen.append(Int32(plan.uitzonderingsgroepen.count - 1))
        emit(Instructie(.uitzondering, doel, Int32(plan.uitzonderingsgroepen.count - 1), -1))
        zetSprong(geenVanToepassing, naar: hier)
        for u in us {
            var defs: [Int] = [], invoer: [Int] = []
            u.voorwaarde.verwijzingen(&defs, &invoer, veronderstellingen: false)
            u.waarde.verwijzingen(&defs, &invoer, veronderstellingen: false)
            // The motivation cites the rule precisely, or the exception this one overrides as written.
            let van = u.afwijkingVan.flatMap { afwijkingVan.valtBinnen($0) ? nil : $0 } ?? afwijkingVan
            alternatieven.append(Alternatief(soort: .uitzondering(afwijkingVan: van), citaat: u.citaat,
                                             omschrijving: "uitzondering", definities: defs, invoer: invoer,
                                             openTermen: u.openTermen, voorwaarde: Voorwaardedeel.delen(u.voorwaarde)))
        }
        return [hier - 1]
    }

    /// Records, when following coverage, that this branch of an `als` is taken.
    mutating func tak(_ voorwaarde: Getypeerd, dan: Bool) {
        guard dekking else { return }
        plan.takken.append(Tak(blok: huidigBlok, voorwaarde: voorwaarde.bereik, dan: dan))
        emit(Instructie(.tak, 0, 0, Int32(plan.takken.count - 1)))
    }

    // MARK: - Expressions

    /// Compiles an expression and returns the slot that holds its value.
    mutating func uitdrukking(_ e: Getypeerd) -> Int32 {
        switch e {
        case .constante(let w, let soort, _):
            return constante(w, soort: soort)
        case .invoer(let i, _, _):
            let s = plan.invoerSlot[i]
            // Checked at every use, not once per rule: the first use may be in a branch not taken.
            emit(Instructie(.eisInvoer, 0, s, Int32(i)))
            return s
        case .definitie(let d, _, _):
            emit(Instructie(.nodig, 0, 0, plan.definitieBlok[d]))
            // A rule that may be `geen` is an outcome only: whoever computes with it needs its value.
            if set.kanGeenZijn(d) { emit(Instructie(.eisWaarde, 0, plan.definitieSlot[d], Int32(d))) }
            return plan.definitieSlot[d]
        case .lokaal(let diepte, _, _):
            return elementSlots[diepte]
        case .veld(let r, let i, let soort, _):
            let rs = uitdrukking(r)
            guard case .record(let naam) = r.soort else { return rs }
            let veldNaam = set.gegevens[naam]?.velden[i].naam ?? "?"
            plan.veldNamen.append((naam, veldNaam, soort))
            let t = tijdelijk()
            emit(Instructie(.veld, t, rs, Int32(i), Int32(plan.veldNamen.count - 1)))
            return t
        case .enkel(let op, let a, _, _):
            let s = uitdrukking(a)
            let t = tijdelijk()
            emit(Instructie(op == .niet ? .niet : .negatief, t, s))
            return t
        case .binair(let op, let a, let b, _, _):
            if op == .en || op == .of {
                // Short-circuit: "a en b" does not need b when a is false (nor its case fields).
                let t = tijdelijk()
                enOf(op, a, b, naar: t)
                return t
            }
            let sa = uitdrukking(a), sb = uitdrukking(b)
            let t = tijdelijk()
            if let (p, omgedraaid) = Rekenen.overDuur(op, a.soort, b.soort) {
                emit(Instructie(.overDuur, t, omgedraaid ? sb : sa, omgedraaid ? sa : sb, Int32(Periode.allCases.firstIndex(of: p) ?? 0)))
            } else {
                emit(Instructie(Opcode(op), t, sa, sb))
            }
            return t
        case .als(let c, let a, let b, _, _):
            let t = tijdelijk()
            als(c, a, b, naar: t)
            return t
        case .minimum(let es, _, _), .maximum(let es, _, _):
            let op: Opcode = { if case .minimum = e { return .tenHoogste } else { return .tenMinste } }()
            var acc = uitdrukking(es[0])
            for x in es.dropFirst() {
                let s = uitdrukking(x)
                let t = tijdelijk()
                emit(Instructie(op, t, acc, s))
                acc = t
            }
            return acc
        case .afronding(let a, let maat, let wijze, let soort, _):
            let s = uitdrukking(a)
            let t = tijdelijk()
            let w = Int32(Getal.Afronding.allCases.firstIndex(of: wijze) ?? 0)
            switch maat {
            case .decimalen(let decimalen):
                let d = soort == .percentage ? decimalen + 2 : decimalen
                emit(Instructie(.afronding, t, s, Int32(d), w))
            case .veelvoud(let m):
                emit(Instructie(.afrondingVeelvoud, t, s, constante(.getal(m)), w))
            }
            return t
        case .parameter(let i, let datum, _, _):
            let d = uitdrukking(datum)
            let t = tijdelijk()
            emit(Instructie(.parameter, t, d, Int32(i)))
            return t
        case .invullingOp(let i, let datum, _, _):
            let d = uitdrukking(datum)
            let t = tijdelijk()
            let veld: Int32 = { if case .invoer(let v, _, _) = datum { Int32(v) } else { -1 } }()
            emit(Instructie(.invullingOp, t, d, Int32(i), veld))
            return t
        case .datumfunctie(let f, let args, _, _):
            let a = uitdrukking(args[0])
            let b = args.count > 1 ? uitdrukking(args[1]) : a
            let t = tijdelijk()
            emit(Instructie(.datumfunctie, t, a, b, Int32(Datumfunctie.allCases.firstIndex(of: f) ?? 0)))
            return t
        // The two largest cases compile in functions of their own: this function recurses as deep as the
        // expression nests (up to Parser.maximumHoogte), so its frame must stay small, also in a debug build.
        case .waarbij(let d, let vast, let waarde, _, _):
            return waarbij(d, vast: vast, waarde: waarde)
        case .aggregaat(let soort, _, let lijst, let waarde, let filter, _, _):
            return aggregaat(soort, lijst: lijst, waarde: waarde, filter: filter)
        }
    }

    /// `regel waarbij naam = waarde`: the rule recomputed under a supposition.
    mutating func waarbij(_ d: Int, vast: Vastgezet, waarde: Getypeerd) -> Int32 {
        let w = uitdrukking(waarde)
        let t = tijdelijk()
        guard let k = veronderstelling(d, vast: vast) else {
            // The rule does not depend on the name (a warning at check time): nothing to suppose.
            emit(Instructie(.nodig, 0, 0, plan.definitieBlok[d]))
            return plan.definitieSlot[d]
        }
        emit(Instructie(.veronderstel, 0, w, k))
        emit(Instructie(.nodig, 0, 0, plan.definitieBlok[d]))
        emit(Instructie(.herstel, t, plan.definitieSlot[d], k, -1))
        return t
    }

    /// The slot and block of the name a supposition holds fixed (block -1 for a case field), its name and kind.
    func vastgezet(_ vast: Vastgezet) -> (slot: Int32, blok: Int32, naam: String, soort: Soort) {
        switch vast {
        case .definitie(let x): (plan.definitieSlot[x], plan.definitieBlok[x], set.definities[x].naam, set.definities[x].soort)
        case .invoer(let i): (plan.invoerSlot[i], -1, set.invoer[i].naam, set.invoer[i].soort)
        }
    }

    /// The supposition that holds `vast` fixed while rule `d` is computed again, added to the plan: its number. Nil when
    /// the rule does not depend on the name, which then has no slot.
    mutating func veronderstelling(_ d: Int, vast: Vastgezet) -> Int32? {
        let (slot, blok, naam, soort) = vastgezet(vast)
        guard slot >= 0 else { return nil }
        var blokken: [Int32] = []
        for x in set.herberekenen(d, vast: vast) where plan.definitieBlok[x] >= 0 && !blokken.contains(plan.definitieBlok[x]) {
            blokken.append(plan.definitieBlok[x])
        }
        plan.veronderstellingen.append(Veronderstelling(doel: d, vastSlot: slot, vastBlok: blok, vastNaam: naam, vastSoort: soort,
                                                        blokken: blokken))
        return Int32(plan.veronderstellingen.count - 1)
    }

    /// Compiles `e` with its value in slot `doel`. The instruction that makes the value writes `doel` itself
    /// where it can, and both arms of an `als` (and both sides of `en`, `of`) write it directly: a temporary
    /// and a copy each time were a quarter of a plan's instructions (issue 17). A value that is a slot already
    /// (a case field, a rule, a constant) is copied.
    mutating func uitdrukking(_ e: Getypeerd, naar doel: Int32) {
        switch e {
        case .als(let c, let a, let b, _, _):
            als(c, a, b, naar: doel)
            return
        case .binair(let op, let a, let b, _, _) where op == .en || op == .of:
            enOf(op, a, b, naar: doel)
            return
        default:
            break
        }
        let eersteTijdelijk = volgendeSlot, begin = Int(hier)
        let s = uitdrukking(e)
        // The last instruction alone makes `s`, a temporary of this expression that no other instruction of
        // it names: it may write `doel` instead.
        if s >= eersteTijdelijk, Int(hier) > begin, let laatste = plan.code.last, laatste.a == s, laatste.op.schrijftAlleenA,
           !plan.code[begin..<(plan.code.count - 1)].contains(where: { $0.a == s || $0.b == s || $0.c == s || $0.d == s }),
           laatste.b != s, laatste.c != s, laatste.d != s {
            plan.code[plan.code.count - 1].a = doel
        } else {
            emit(Instructie(.kopie, doel, s))
        }
    }

    /// `als c dan a anders b`, each arm writing `doel`.
    mutating func als(_ c: Getypeerd, _ a: Getypeerd, _ b: Getypeerd, naar doel: Int32) {
        let sc = uitdrukking(c)
        let naarAnders = hier
        emit(Instructie(.springAlsOnwaar, 0, sc, -1))
        tak(c, dan: true)
        uitdrukking(a, naar: doel)
        let naarEinde = hier
        emit(Instructie(.spring, 0, 0, -1))
        zetSprong(naarAnders, naar: hier)
        tak(c, dan: false)
        uitdrukking(b, naar: doel)
        zetSprong(naarEinde, naar: hier)
    }

    /// `a en b`, `a of b` into `doel`, short-circuit: "a en b" does not need b when a is false (nor its case
    /// fields).
    mutating func enOf(_ op: BinaireOperator, _ a: Getypeerd, _ b: Getypeerd, naar doel: Int32) {
        uitdrukking(a, naar: doel)
        let sprong = hier
        emit(Instructie(op == .en ? .springAlsOnwaar : .springAlsWaar, 0, doel, -1))
        uitdrukking(b, naar: doel)
        zetSprong(sprong, naar: hier)
    }

    /// An aggregate over a list: a loop over its elements.
    mutating func aggregaat(_ soort: Aggregaat, lijst: Getypeerd, waarde: Getypeerd?, filter: Getypeerd?) -> Int32 {
        let ls = uitdrukking(lijst)
        if soort == .metHoogste || soort == .metLaagste, filter == nil, case .waarbij(let d, let vast, let w, _, _)? = waarde,
           vastgezet(vast).slot >= 0 {
            return besteOnderVeronderstelling(soort, lijst: ls, regel: d, vast: vast, waarde: w)
        }
        let acc = tijdelijk(), index = tijdelijk(), lengte = tijdelijk(), element = tijdelijk(), test = tijdelijk()
        let leeg = tijdelijk() // for hoogste/laagste: no element has passed the filter yet
        let een = constante(.getal(.een))
        switch soort {
        case .som, .aantal: emit(Instructie(.kopie, acc, constante(.getal(.nul))))
        case .bestaat: emit(Instructie(.kopie, acc, constante(.waarheid(false))))
        case .hoogste, .laagste, .metHoogste, .metLaagste: emit(Instructie(.kopie, leeg, constante(.waarheid(true))))
        case .metDezelfde: break
        }
        // met dezelfde: the keys of the elements that pass go into a buffer of this aggregate's own, counted after
        // the loop (an aggregate in the key or filter has a buffer of its own).
        var buffer: Int32 = -1
        if soort == .metDezelfde {
            buffer = Int32(plan.sleutelbuffers)
            plan.sleutelbuffers += 1
            emit(Instructie(.sleutelsLeeg, 0, 0, buffer))
        }
        let beste = tijdelijk() // for met de hoogste/laagste: the element with the best value so far
        emit(Instructie(.kopie, index, constante(.getal(.nul))))
        // Of one element with nothing to filter, that element is the one: nothing to compare, so its
        // value (perhaps a whole supposition, artikel 54 lid 1) is not computed.
        var enigElement: Int32?
        if (soort == .metHoogste || soort == .metLaagste) && filter == nil {
            emit(Instructie(.lengte, lengte, ls))
            emit(Instructie(.gelijk, test, lengte, een))
            let meer = hier
            emit(Instructie(.springAlsOnwaar, 0, test, -1))
            emit(Instructie(.element, beste, ls, index))
            emit(Instructie(.kopie, leeg, constante(.waarheid(false))))
            enigElement = hier
            emit(Instructie(.spring, 0, 0, -1))
            zetSprong(meer, naar: hier)
        }
        // One instruction takes the next element and ends the loop after the last (clox's loop, without a
        // counter in rational arithmetic).
        let lus = hier, naarEinde = hier
        emit(Instructie(.volgende, element, ls, -1, index))
        elementSlots.append(element)
        var gevonden: Int32?
        var overslaan: Int32?
        if let f = filter {
            let fs = uitdrukking(f)
            overslaan = hier
            emit(Instructie(.springAlsOnwaar, 0, fs, -1))
        }
        switch soort {
        case .som:
            if let w = waarde { emit(Instructie(.plus, acc, acc, uitdrukking(w))) }
        case .aantal:
            emit(Instructie(.plus, acc, acc, een))
        case .metDezelfde:
            if let w = waarde { emit(Instructie(.sleutel, 0, uitdrukking(w), buffer)) }
        case .bestaat:
            // The first element that passes settles it, as `of` does: the rest is not looked at.
            emit(Instructie(.kopie, acc, constante(.waarheid(true))))
            gevonden = hier
            emit(Instructie(.spring, 0, 0, -1))
        case .hoogste, .laagste:
            if let w = waarde {
                let ws = uitdrukking(w)
                let nietEerste = hier
                emit(Instructie(.springAlsOnwaar, 0, leeg, -1))
                emit(Instructie(.kopie, acc, ws))
                emit(Instructie(.kopie, leeg, constante(.waarheid(false))))
                let verder = hier
                emit(Instructie(.spring, 0, 0, -1))
                zetSprong(nietEerste, naar: hier)
                emit(Instructie(soort == .hoogste ? .tenMinste : .tenHoogste, acc, acc, ws))
                zetSprong(verder, naar: hier)
            }
        case .metHoogste, .metLaagste:
            if let w = waarde {
                // Only a strictly better value replaces the best so far: of equals, the first wins.
                let ws = uitdrukking(w)
                let verder = beter(soort, waarde: ws, dan: acc, leeg: leeg, test: test, gelijkTelt: false)
                emit(Instructie(.kopie, acc, ws))
                emit(Instructie(.kopie, beste, element))
                zetSprong(verder, naar: hier)
            }
        }
        elementSlots.removeLast()
        if let o = overslaan { zetSprong(o, naar: hier) }
        emit(Instructie(.spring, 0, 0, lus))
        zetSprong(naarEinde, naar: hier)
        if let g = gevonden { zetSprong(g, naar: hier) }
        if let j = enigElement { zetSprong(j, naar: hier) }
        if soort == .metDezelfde { emit(Instructie(.telDezelfde, acc, 0, buffer)) }
        if soort == .hoogste || soort == .laagste || soort == .metHoogste || soort == .metLaagste {
            // No element: there is no highest value; an error, never a made-up zero.
            let gevonden = hier
            emit(Instructie(.springAlsOnwaar, 0, leeg, -1))
            emit(Instructie(.geenElement, 0, ls, huidigBlok))
            zetSprong(gevonden, naar: hier)
        }
        return soort == .metHoogste || soort == .metLaagste ? beste : acc
    }

    /// Whether the value in slot `ws` takes the place of the best so far (`acc`) in `met de hoogste` (`met de laagste`):
    /// the first element always (`leeg` still true, then false), a later one when it is higher (lower) or, with
    /// `gelijkTelt`, as high. The code goes on after this where it does; the jump returned, still to be set, is where it
    /// does not.
    mutating func beter(_ soort: Aggregaat, waarde ws: Int32, dan acc: Int32, leeg: Int32, test: Int32, gelijkTelt: Bool) -> Int32 {
        let nietEerste = hier
        emit(Instructie(.springAlsOnwaar, 0, leeg, -1))
        emit(Instructie(.kopie, leeg, constante(.waarheid(false))))
        let neem = hier
        emit(Instructie(.spring, 0, 0, -1))
        zetSprong(nietEerste, naar: hier)
        let vergelijk: Opcode = soort == .metHoogste ? (gelijkTelt ? .groterGelijk : .groter) : (gelijkTelt ? .kleinerGelijk : .kleiner)
        emit(Instructie(vergelijk, test, ws, acc))
        let niet = hier
        emit(Instructie(.springAlsOnwaar, 0, test, -1))
        zetSprong(neem, naar: hier)
        return niet
    }

    /// `de s in lijst met de hoogste r waarbij naam = s` (artikel 54 lid 1: of the schendingen, the one with the highest
    /// verlaging): the rule computed under a supposition per element, the last element first. Of equal values the first
    /// element wins, as in ``aggregaat``: going back, a later one takes an equal value over. The first element is then the
    /// last one supposed, and it wins most often (equal verlagingen are common); when it wins, what its supposition
    /// computed is what the rest of the decision needs, and the `herstel` keeps it instead of computing it all again
    /// (``Werker/houd(_:)``). The motivation lists the suppositions in the list's order (`keerOm`). One element
    /// is the one without a supposition, as in ``aggregaat``.
    mutating func besteOnderVeronderstelling(_ soort: Aggregaat, lijst ls: Int32, regel d: Int, vast: Vastgezet, waarde: Getypeerd) -> Int32 {
        let acc = tijdelijk(), index = tijdelijk(), lengte = tijdelijk(), element = tijdelijk(), test = tijdelijk()
        let leeg = tijdelijk(), beste = tijdelijk()
        emit(Instructie(.kopie, leeg, constante(.waarheid(true))))
        emit(Instructie(.kopie, index, constante(.getal(.nul))))
        emit(Instructie(.lengte, lengte, ls))
        emit(Instructie(.gelijk, test, lengte, constante(.getal(.een))))
        let meer = hier
        emit(Instructie(.springAlsOnwaar, 0, test, -1))
        emit(Instructie(.element, beste, ls, index))
        emit(Instructie(.kopie, leeg, constante(.waarheid(false))))
        let enigElement = hier
        emit(Instructie(.spring, 0, 0, -1))
        zetSprong(meer, naar: hier)
        emit(Instructie(.kopie, index, lengte))
        let lus = hier
        emit(Instructie(.vorige, element, ls, -1, index))
        elementSlots.append(element)
        let w = uitdrukking(waarde)
        elementSlots.removeLast()
        guard let k = veronderstelling(d, vast: vast) else { preconditionFailure("aggregaat vroeg alleen hierheen met een slot") }
        emit(Instructie(.veronderstel, 0, w, k))
        emit(Instructie(.nodig, 0, 0, plan.definitieBlok[d]))
        let uitkomst = plan.definitieSlot[d]
        let niet = beter(soort, waarde: uitkomst, dan: acc, leeg: leeg, test: test, gelijkTelt: true)
        // The best so far: kept when it is the first element (index 0), the last one supposed.
        emit(Instructie(.herstel, acc, uitkomst, k, index))
        emit(Instructie(.kopie, beste, element))
        emit(Instructie(.spring, 0, 0, lus))
        zetSprong(niet, naar: hier)
        emit(Instructie(.herstel, test, uitkomst, k, -1))
        emit(Instructie(.spring, 0, 0, lus))
        zetSprong(lus, naar: hier)
        emit(Instructie(.keerOm, 0, ls, k))
        zetSprong(enigElement, naar: hier)
        // No element: there is no highest value; an error, never a made-up one.
        let gevonden = hier
        emit(Instructie(.springAlsOnwaar, 0, leeg, -1))
        emit(Instructie(.geenElement, 0, ls, huidigBlok))
        zetSprong(gevonden, naar: hier)
        return beste
    }
}
