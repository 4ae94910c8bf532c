// Evaluate: a worker's memory (DESIGN §4): what the interpreter reads and writes for every case, allocated once per
// worker and its own. A plan's arrays are shared by the workers of every thread, and each retain of one moved its
// reference count from one core's cache to the other's (issue 17); an array append asks whether its buffer is shared.
// So the worker copies what it reads per case into memory of its own, and keeps its stacks there.

/// A worker's fixed-size memory: slots, block states and choices, allocated once when the worker is made.
/// Shared by copies of a worker until one of them writes (``Werker`` checks once per entry).
final class Geheugen {
    let slots: UnsafeMutablePointer<Waarde>
    let blokStaat: UnsafeMutablePointer<UInt8>
    let gekozen: UnsafeMutablePointer<Int32>
    let uitzonderingGekozen: UnsafeMutablePointer<Int32>
    let slotAantal: Int, blokAantal: Int, groepAantal: Int
    /// As many empty values (``Waarde/afwezig``) as there are slots: a new case copies its empty slots from here.
    let afwezig: UnsafeMutablePointer<Waarde>
    /// The plan's code and the blocks of its outputs (those that compute one), copied for this worker: a plan's
    /// arrays are shared by the workers of every thread, and each retain of one moved its reference count from
    /// one core's cache to the other's, for every run of a block (issue 17: a tenth more CPU on two threads).
    /// Read without a bounds check: ``Plan/operandenBinnenBereik`` keeps every jump inside the code and makes
    /// it end in a return or a jump, so no instruction runs past it.
    let code: UnsafeBufferPointer<Instructie>
    let uitvoerBlokken: UnsafeBufferPointer<Int32>
    /// Where each block's code begins in ``code``: read at every call of a block, one load (an array of start indices
    /// was a load of the array, a bounds check and an address computed).
    let blokBegin: UnsafeMutablePointer<UnsafePointer<Instructie>>
    /// Blocks waiting for a block they need, as (block, where to go on): an explicit stack, so a long chain of rules
    /// never deepens the native stack (clox's call frames). A block waits at most once, but a supposition runs blocks
    /// again while they wait: so it grows when full (``groeiAanroepen()``). Empty between runs.
    private(set) var aanroepen: UnsafeMutablePointer<(blok: Int32, pc: UnsafePointer<Instructie>)>
    private(set) var aanroepRuimte: Int
    /// What suppositions in progress set aside (``Werker/veronderstel(_:waarde:)``): slot values, block states with
    /// their choice, exception choices, and per supposition where its entries begin and how long the logs were.
    let bewaardeSlots = Bewaarstapel<(slot: Int32, waarde: Waarde)>()
    let bewaardeBlokken = Bewaarstapel<(blok: Int32, staat: UInt8, gekozen: Int32)>()
    let bewaardeUitzonderingen = Bewaarstapel<(groep: Int32, gekozen: Int32)>()
    let bewaardeRamen = Bewaarstapel<Bewaarraam>()
    /// What the case's decision logged for its motivation (``Werker/verlengingen`` and the others): here, where emptying
    /// them for the next case is setting a count to zero (emptying an array keeping its capacity went through its general
    /// replacement of a range, ~60 instructions, for every case).
    let verlengingen = Bewaarstapel<(blok: Int32, voor: Datum, na: Datum)>(ruimte: 8)
    let parameterGebruik = Bewaarstapel<(blok: Int32, parameter: Int32, vanaf: Datum)>(ruimte: 8)
    let invullingGebruik = Bewaarstapel<(blok: Int32, openTerm: Int32, versie: Int32, datum: Datum, veld: Int32)>(ruimte: 8)
    let veronderstellingen = Bewaarstapel<(blok: Int32, veronderstelling: Int32, vast: Waarde, uitkomst: Waarde)>(ruimte: 8)
    /// Per block, the block that asked for it when it last began to run (-1: an output, or not run): what a kept
    /// supposition shows of who needed what (``Werker/neemOver(_:)``).
    let eersteVrager: UnsafeMutablePointer<Int32>
    /// The supposition kept in this case (``Werker/houd(_:)``), or -1: at most one at a time, as only the outermost is
    /// kept and the next supposition gives it up before it begins. And room for the blocks one take-over looks at.
    var gehouden: Int32 = -1
    let overname: UnsafeMutablePointer<Int32>

    /// `code` and `uitvoerBlokken` become this memory's own (it frees them); `blokStart(b)` is where block `b` begins in
    /// `code`, as an index.
    init(slotAantal: Int, blokAantal: Int, groepAantal: Int, code: UnsafeBufferPointer<Instructie>, uitvoerBlokken: UnsafeBufferPointer<Int32>,
         blokStart: (Int) -> Int) {
        self.slotAantal = slotAantal
        self.blokAantal = blokAantal
        self.groepAantal = groepAantal
        slots = .allocate(capacity: Swift.max(slotAantal, 1))
        slots.initialize(repeating: .afwezig, count: slotAantal)
        afwezig = .allocate(capacity: Swift.max(slotAantal, 1))
        afwezig.initialize(repeating: .afwezig, count: slotAantal)
        blokStaat = .allocate(capacity: Swift.max(blokAantal, 1))
        blokStaat.initialize(repeating: 0, count: blokAantal)
        gekozen = .allocate(capacity: Swift.max(blokAantal, 1))
        gekozen.initialize(repeating: -1, count: blokAantal)
        uitzonderingGekozen = .allocate(capacity: Swift.max(groepAantal, 1))
        uitzonderingGekozen.initialize(repeating: -1, count: groepAantal)
        eersteVrager = .allocate(capacity: Swift.max(blokAantal, 1))
        eersteVrager.initialize(repeating: -1, count: blokAantal)
        overname = .allocate(capacity: Swift.max(blokAantal, 1))
        self.code = code
        self.uitvoerBlokken = uitvoerBlokken
        blokBegin = .allocate(capacity: Swift.max(blokAantal, 1))
        let basis = code.baseAddress.unsafelyUnwrapped
        for b in 0..<blokAantal { (blokBegin + b).initialize(to: basis + blokStart(b)) }
        aanroepRuimte = blokAantal + 1
        aanroepen = .allocate(capacity: aanroepRuimte)
    }

    /// Twice the room for waiting blocks, keeping those waiting.
    func groeiAanroepen() {
        let nieuw = UnsafeMutablePointer<(blok: Int32, pc: UnsafePointer<Instructie>)>.allocate(capacity: 2 * aanroepRuimte)
        nieuw.moveInitialize(from: aanroepen, count: aanroepRuimte)
        aanroepen.deallocate()
        aanroepen = nieuw
        aanroepRuimte *= 2
    }

    convenience init(_ plan: Plan) {
        let uitvoer = plan.uitvoer.map { plan.definitieBlok[$0] }.filter { $0 >= 0 }
        self.init(slotAantal: plan.slotAantal, blokAantal: plan.blokken.count, groepAantal: plan.uitzonderingsgroepen.count,
                  code: plan.code.withUnsafeBufferPointer(Self.eigen), uitvoerBlokken: uitvoer.withUnsafeBufferPointer(Self.eigen),
                  blokStart: { Int(plan.blokken[$0].start) })
        for (i, c) in plan.constanten.enumerated() { slots[i] = c }
    }

    /// A copy in memory of its own.
    static func eigen<T>(_ b: UnsafeBufferPointer<T>) -> UnsafeBufferPointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: Swift.max(b.count, 1))
        if let basis = b.baseAddress { p.initialize(from: basis, count: b.count) }
        return UnsafeBufferPointer(start: p, count: b.count)
    }

    func kopie() -> Geheugen {
        let basis = code.baseAddress.unsafelyUnwrapped, begin = blokBegin
        let g = Geheugen(slotAantal: slotAantal, blokAantal: blokAantal, groepAantal: groepAantal, code: Self.eigen(code),
                         uitvoerBlokken: Self.eigen(uitvoerBlokken), blokStart: { begin[$0] - basis })
        g.slots.update(from: slots, count: slotAantal)
        g.blokStaat.update(from: blokStaat, count: blokAantal)
        g.gekozen.update(from: gekozen, count: blokAantal)
        g.uitzonderingGekozen.update(from: uitzonderingGekozen, count: groepAantal)
        g.eersteVrager.update(from: eersteVrager, count: blokAantal)
        g.gehouden = gehouden
        g.bewaardeSlots.neem(bewaardeSlots)
        g.bewaardeBlokken.neem(bewaardeBlokken)
        g.bewaardeUitzonderingen.neem(bewaardeUitzonderingen)
        g.bewaardeRamen.neem(bewaardeRamen)
        g.verlengingen.neem(verlengingen)
        g.parameterGebruik.neem(parameterGebruik)
        g.invullingGebruik.neem(invullingGebruik)
        g.veronderstellingen.neem(veronderstellingen)
        return g
    }

    deinit {
        slots.deinitialize(count: slotAantal)
        slots.deallocate()
        afwezig.deinitialize(count: slotAantal)
        afwezig.deallocate()
        blokStaat.deallocate()
        gekozen.deallocate()
        uitzonderingGekozen.deallocate()
        eersteVrager.deallocate()
        overname.deallocate()
        code.deallocate()
        uitvoerBlokken.deallocate()
        blokBegin.deallocate()
        aanroepen.deallocate()
    }
}

/// Where one supposition's entries begin on the save stacks, and how long the logs were when it began.
struct Bewaarraam {
    var slots: Int, blokken: Int, uitzonderingen: Int, verlengingen: Int, parameters: Int, invullingen: Int
}

/// A stack of plain values in memory of its own, growing when full: pushed and popped without asking whether it is
/// shared (it belongs to one worker's memory, which ``Werker`` makes its own before it writes).
final class Bewaarstapel<Element> {
    private var basis: UnsafeMutablePointer<Element>
    private var ruimte: Int
    private(set) var aantal = 0

    init(ruimte: Int = 64) {
        self.ruimte = ruimte
        basis = .allocate(capacity: ruimte)
    }

    @inline(__always)
    func push(_ e: Element) {
        if aantal == ruimte { groei() }
        (basis + aantal).initialize(to: e)
        aantal += 1
    }

    /// The last element, taken off; the stack is not empty.
    @inline(__always)
    func pop() -> Element {
        aantal -= 1
        return (basis + aantal).move()
    }

    /// The element `k` places from the bottom (below ``aantal``).
    @inline(__always)
    subscript(k: Int) -> Element {
        precondition(k >= 0 && k < aantal)
        return basis[k]
    }

    func leeg() {
        basis.deinitialize(count: aantal)
        aantal = 0
    }

    /// The elements bottom to top, as an array (for the motivation, once per decision).
    var alles: [Element] { Array(UnsafeBufferPointer(start: basis, count: aantal)) }

    /// The elements in place, to be rearranged (not added to or taken from).
    func inPlaats<R>(_ doe: (UnsafeMutableBufferPointer<Element>) -> R) -> R {
        doe(UnsafeMutableBufferPointer(start: basis, count: aantal))
    }

    /// Drops, from place `begin` on, what `weg` picks out: what blocks logged under a supposition that has ended. What
    /// else is there stays, in its order. In place: most often there is nothing to drop, and then nothing is written.
    func laatVallen(vanaf begin: Int, _ weg: (Element) -> Bool) {
        var k = begin
        while k < aantal, !weg(basis[k]) { k += 1 }
        guard k < aantal else { return }
        var schrijf = k
        for k in (k + 1)..<aantal where !weg(basis[k]) {
            basis[schrijf] = basis[k]
            schrijf += 1
        }
        (basis + schrijf).deinitialize(count: aantal - schrijf)
        aantal = schrijf
    }

    /// Becomes a copy of `ander` (for ``Geheugen/kopie()``).
    func neem(_ ander: Bewaarstapel) {
        leeg()
        for k in 0..<ander.aantal { push(ander.basis[k]) }
    }

    private func groei() {
        let nieuw = UnsafeMutablePointer<Element>.allocate(capacity: 2 * ruimte)
        nieuw.moveInitialize(from: basis, count: aantal)
        basis.deallocate()
        basis = nieuw
        ruimte *= 2
    }

    deinit {
        basis.deinitialize(count: aantal)
        basis.deallocate()
    }
}

/// Lists of plain values in memory of their own, one after the other: what a supposition sets aside, per supposition
/// and per block, copied from the plan once per worker (its arrays are shared by the workers of every thread).
final class Lijsten<Element> {
    private let elementen: UnsafeMutablePointer<Element>
    private let begin: UnsafeMutablePointer<Int>
    private let aantal: Int

    init(_ lijsten: [[Element]]) {
        let alle = lijsten.flatMap { $0 }
        aantal = alle.count
        elementen = .allocate(capacity: Swift.max(alle.count, 1))
        elementen.initialize(from: alle, count: alle.count)
        begin = .allocate(capacity: lijsten.count + 1)
        var k = 0
        for (i, l) in lijsten.enumerated() {
            begin[i] = k
            k += l.count
        }
        begin[lijsten.count] = k
    }

    /// List `i`, which the plan made (never the input).
    @inline(__always)
    subscript(i: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: elementen + begin[i], count: begin[i + 1] - begin[i])
    }

    deinit {
        elementen.deinitialize(count: aantal)
        elementen.deallocate()
        begin.deallocate()
    }
}
