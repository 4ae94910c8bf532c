// Evaluate: suppositions (`regel waarbij naam = waarde`, DESIGN §3). A supposition holds a name at another value,
// computes a rule again under it and then restores everything it changed, so the rest of the decision sees the case
// as it is. The one exception is the supposition of the element a `met de hoogste` chose when it was the last one
// supposed (artikel 54 lid 1): what it computed is what the decision needs next, and is kept (``Werker/houd(_:)``),
// each kept block taken over only when the decision asks for it (``Werker/neemOver(_:)``), so that the decision ends
// with exactly the blocks it would have computed itself.
//
// Block states (``Werker/blokStaat``): 0 not run, 1 running, 2 done, 3 done under a kept supposition and not yet asked
// for outside it; 4 only inside ``Werker/neemOver(_:)``.

extension Werker {
    /// Begins a supposition: sets aside the value held fixed and the blocks that depend on it and have run, then
    /// fixes the value and marks those blocks as not yet run. A block that depends on it may be running
    /// (waiting for the very rule that makes the supposition): its temporaries are set aside too, as it
    /// is about to run once more, under the supposition.
    /// (From the worker's own tables, onto its own stacks: the plan's description of a supposition holds a name, a
    /// kind and two arrays, and a copy per use retained each of them.)
    /// What an earlier supposition kept and the decision has not asked for is given up first (the interpreter does that
    /// before it calls this): this one may compute those blocks again, and would then say another block first asked for
    /// them (``neemOver(_:)`` reads that).
    mutating func veronderstel(_ i: Int, waarde: Waarde) {
        let g = geheugen
        g.bewaardeRamen.push(Bewaarraam(slots: g.bewaardeSlots.aantal, blokken: g.bewaardeBlokken.aantal,
                                        uitzonderingen: g.bewaardeUitzonderingen.aantal, verlengingen: g.verlengingen.aantal,
                                        parameters: g.parameterGebruik.aantal, invullingen: g.invullingGebruik.aantal))
        let (vastSlot, vastBlok) = veronderstelVast[i]
        g.bewaardeSlots.push((vastSlot, slots[Int(vastSlot)]))
        if vastBlok >= 0 {
            g.bewaardeBlokken.push((vastBlok, blokStaat[Int(vastBlok)], gekozen[Int(vastBlok)]))
            blokStaat[Int(vastBlok)] = 2
        }
        // A block that ran, or is running, keeps its values and the temporaries that are read afterwards: by its
        // own code when it resumes, and by the motivation (a table's input, its own value beside an exception, the
        // exceptions' conditions); they are set aside with its state and choices. A block that has not run has
        // nothing to keep: no choices, and no value that counts (``Werker/waarde(definitie:)``), and ``herstel(_:)``
        // leaves it so.
        for b in veronderstelBlokken[i] where blokStaat[Int(b)] != 0 {
            for s in blokDefinitieSlots[Int(b)] { g.bewaardeSlots.push((s, slots[Int(s)])) }
            for s in blokTijdelijk[Int(b)] { g.bewaardeSlots.push((s, slots[Int(s)])) }
            g.bewaardeBlokken.push((b, blokStaat[Int(b)], gekozen[Int(b)]))
            for groep in blokGroepen[Int(b)] { g.bewaardeUitzonderingen.push((groep, uitzonderingGekozen[Int(groep)])) }
            leeg(blok: b)
        }
        slots[Int(vastSlot)] = waarde
    }

    /// Block `b` as if it had not run in this case: no state, no choice, no exception chosen. (Its values stay in their
    /// slots, unread: a rule's value counts only where its block ran, ``Werker/waarde(definitie:)``.)
    @inline(__always)
    fileprivate func leeg(blok b: Int32) {
        blokStaat[Int(b)] = 0
        gekozen[Int(b)] = -1
        for groep in blokGroepen[Int(b)] { uitzonderingGekozen[Int(groep)] = -1 }
    }

    /// Ends a supposition: everything it set aside comes back; what the recomputed blocks logged
    /// (deadline extensions, parameters) is dropped, what other blocks logged stays.
    mutating func herstel(_ i: Int) {
        let g = geheugen
        guard g.bewaardeRamen.aantal > 0 else { return }
        let raam = g.bewaardeRamen.pop()
        // Every block that ran under the supposition is emptied first; what ``veronderstel`` set aside then comes
        // back over that: the blocks that had run before it, and the value held fixed. All the blocks it computes
        // again are emptied, in one pass over their states and one over their exception groups: a block that did not
        // run is empty already (no state, no choice), so that changes nothing for it, and costs less than asking each
        // block whether it ran. (Their values stay in their slots, unread, as in ``leeg(blok:)``.)
        for b in veronderstelBlokken[i] {
            blokStaat[Int(b)] = 0
            gekozen[Int(b)] = -1
        }
        for groep in veronderstelGroepen[i] { uitzonderingGekozen[Int(groep)] = -1 }
        while g.bewaardeBlokken.aantal > raam.blokken {
            let (b, staat, keuze) = g.bewaardeBlokken.pop()
            blokStaat[Int(b)] = staat
            gekozen[Int(b)] = keuze
        }
        while g.bewaardeSlots.aantal > raam.slots {
            let (s, w) = g.bewaardeSlots.pop()
            slots[Int(s)] = w
        }
        while g.bewaardeUitzonderingen.aantal > raam.uitzonderingen {
            let (groep, keuze) = g.bewaardeUitzonderingen.pop()
            uitzonderingGekozen[Int(groep)] = keuze
        }
        // Most often nothing was logged under the supposition.
        guard g.verlengingen.aantal > raam.verlengingen || g.parameterGebruik.aantal > raam.parameters
                || g.invullingGebruik.aantal > raam.invullingen else { return }
        let herberekend = veronderstelBlokken[i]
        laatLogsVallen(vanaf: (raam.verlengingen, raam.parameters, raam.invullingen)) { herberekend.contains($0) }
    }

    /// Ends supposition `i` by keeping what it computed: the first element of a `met de hoogste`, the last one supposed,
    /// has won (the interpreter asks this only then), and the decision goes on with the value it held fixed. Its blocks
    /// are kept as done under the supposition (state 3), each taken over when the decision asks for it
    /// (``neemOver(_:)``); the rest are given up when the decision ends (``laatGehoudenVallen()``). Only for the
    /// outermost supposition, and only when it set nothing aside but the value it holds fixed (no block that depends on
    /// it had run or was running): otherwise false, and nothing changed.
    @inline(never)
    mutating func houd(_ i: Int) -> Bool {
        let g = geheugen
        let (_, vastBlok) = veronderstelVast[i]
        guard neemtOver, g.bewaardeRamen.aantal == 1 else { return false }
        let raam = g.bewaardeRamen[0]
        guard g.bewaardeSlots.aantal == raam.slots + 1, g.bewaardeBlokken.aantal == raam.blokken + (vastBlok >= 0 ? 1 : 0),
              g.bewaardeUitzonderingen.aantal == raam.uitzonderingen else { return false }
        _ = g.bewaardeRamen.pop()
        // The value held fixed stays: it is the one chosen. Its block is the one choosing, running as before.
        _ = g.bewaardeSlots.pop()
        if vastBlok >= 0 {
            let (b, staat, keuze) = g.bewaardeBlokken.pop()
            blokStaat[Int(b)] = staat
            gekozen[Int(b)] = keuze
        }
        for b in veronderstelBlokken[i] where blokStaat[Int(b)] == 2 { blokStaat[Int(b)] = 3 }
        assert(g.gehouden < 0, "twee bewaarde veronderstellingen tegelijk")
        g.gehouden = Int32(i)
        return true
    }

    /// Block `c`, done under a kept supposition (state 3), is asked for: it is taken over, with the kept blocks it asked
    /// for in turn, when that is exactly what running it would compute; else it is emptied, to run as usual. Running
    /// it would compute what the supposition did (the same value held fixed, the same case), and ask for the blocks it
    /// asked for there: those it first asked for (``Geheugen/eersteVrager``), and perhaps kept blocks another block
    /// had asked for first, which cannot be told apart from those it did not ask for. So the take-over gathers `c` and,
    /// down the first askings, the kept blocks below it; when no block among them may ask for a kept block outside them
    /// (the plan's `nodig`s), they are all done; else `c` alone runs again, and asks for each of them itself. Either
    /// way `c` leaves state 3, so the `nodig` that asked can be read again.
    @inline(never)
    mutating func neemOver(_ c: Int32) {
        if !groepNeemtOver(c) {
            leeg(blok: c)
            laatLogsVallen { $0 == c }
        }
    }

    /// The take-over of ``neemOver(_:)``: true when `c` and the kept blocks below it are done now, false when they are
    /// all kept still (and `c` is to run).
    private mutating func groepNeemtOver(_ c: Int32) -> Bool {
        // Each block goes in once (state 4 while it is in): the group fits in a place per block.
        let groep = geheugen.overname, eersteVrager = geheugen.eersteVrager, staat = blokStaat
        groep[0] = c
        staat[Int(c)] = 4
        var (k, n) = (0, 1)
        while k < n {
            let x = groep[k]
            k += 1
            for d in vraagt[Int(x)] where staat[Int(d)] == 3 && eersteVrager[Int(d)] == x {
                staat[Int(d)] = 4
                groep[n] = d
                n += 1
            }
        }
        var precies = true
        for k in 0..<n where vraagt[Int(groep[k])].contains(where: { staat[Int($0)] == 3 }) {
            precies = false
            break
        }
        for k in 0..<n { staat[Int(groep[k])] = precies ? 2 : 3 }
        return precies
    }

    /// Gives up what the kept supposition computed and the decision did not ask for: as if ``herstel(_:)`` had ended
    /// it, which computes nothing the decision then does not compute itself. Never while a supposition is in force:
    /// a kept one was the outermost, and the next one gives it up before it begins (the interpreter's `veronderstel`).
    @inline(never)
    mutating func laatGehoudenVallen() {
        assert(geheugen.bewaardeRamen.aantal == 0, "een bewaarde veronderstelling opgegeven binnen een andere")
        let i = Int(geheugen.gehouden)
        geheugen.gehouden = -1
        guard i >= 0 else { return }
        for b in veronderstelBlokken[i] where blokStaat[Int(b)] == 3 { leeg(blok: b) }
        // What those blocks logged goes with them. No supposition is in force, so no block is set aside: a block that
        // has not run has in the logs only what it logged under a supposition, which is given up too.
        let staat = blokStaat
        laatLogsVallen { staat[Int($0)] == 0 }
    }

    /// Drops from the logs, each from its place in `vanaf` on (the whole log by default), what the blocks for which `weg`
    /// holds logged. What other blocks logged stays, in its order.
    private func laatLogsVallen(vanaf: (verlengingen: Int, parameters: Int, invullingen: Int) = (0, 0, 0),
                                         _ weg: (Int32) -> Bool) {
        geheugen.verlengingen.laatVallen(vanaf: vanaf.verlengingen) { weg($0.blok) }
        geheugen.parameterGebruik.laatVallen(vanaf: vanaf.parameters) { weg($0.blok) }
        geheugen.invullingGebruik.laatVallen(vanaf: vanaf.invullingen) { weg($0.blok) }
    }

    /// Puts the records of supposition `v` that a `met de hoogste` made, last element first, back in the list's order:
    /// the last `aantal` of them (each element made one; a supposition inside another's rule is another's, and is
    /// passed over).
    @inline(never)
    mutating func keerOm(veronderstelling v: Int32, aantal: Int) {
        let g = geheugen // a local: reached through `self`, the log was retained for the call
        g.veronderstellingen.inPlaats { r in
            // Where the first of them lies, then swapped pairwise from both ends inward, passing the others over.
            var i = r.count, n = 0
            while i > 0 && n < aantal {
                i -= 1
                if r[i].veronderstelling == v { n += 1 }
            }
            var j = r.count - 1
            while true {
                while i < j && r[i].veronderstelling != v { i += 1 }
                while i < j && r[j].veronderstelling != v { j -= 1 }
                guard i < j else { return }
                r.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
    }
}
