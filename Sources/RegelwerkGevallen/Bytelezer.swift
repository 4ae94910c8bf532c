// Evaluate: a line of JSON Lines straight from its bytes into a plan's slots (issue 17, batch at population
// scale). One pass over the line: no JSON tree, no key or path strings, numbers from their digits into
// `Getal`. It takes only what it is sure of, a clean case (every key known, every value of its field's kind
// and within its bounds, no escapes, no warning to give) and otherwise declines; the caller then reads the
// line the general way (`JSONLezer` + `GevalLezer`), which finds the problem and words it. So every error
// record and warning is the general path's by construction, and a declined line costs one extra read.

import RegelwerkKern

/// The tables for reading one decision's cases from bytes, made once per decision (``Beslisser``) and never
/// changed after. Every entry is a plain value and names live in one byte pool; the tables the reader consults
/// for every value (``Leestabel``) stand in memory of their own, so looking a key or a field's kind up costs no
/// bounds check, retain or copy on the path that runs for every value of every case.
package final class Bytelezer: Sendable {
    enum Soortcode: UInt8, Sendable {
        case getal, geheelGetal, percentage, datum, duur, waarheid, tekst
        /// An enumeration: `index` into ``keuzes``.
        case keuze
        /// A record: `index` into ``records``.
        case record
        /// A list: `index` into ``elementen``, the kind of its elements.
        case lijst
    }

    /// What kind of value a field holds, as the reader needs it.
    struct Vorm: Sendable {
        var soort: Soortcode
        var index: Int32 = 0
    }

    struct Veld: Sendable {
        /// The field's name, in ``namen``.
        var naam: Range<Int32>
        var vorm: Vorm
        /// Read into a value (a field some version's plan needs, the peildatum, every record field); else only
        /// checked to be JSON and passed over, as the general path passes over a field no plan needs.
        var lezen: Bool
        /// A power of the college (given under "bevoegdheden" only), "bevoegdheden" itself, or a field the
        /// versions declare differently: never read here.
        var weigeren: Bool
        /// Its bounds, an index into ``grenzen``; -1 when it has none.
        var grens: Int32 = -1
        /// A power of the college (given under "bevoegdheden"), declared alike in every version.
        var bevoegdheid = false
        /// For a name of at most fifteen bytes: the name and its closing quote as one little-endian word (its
        /// first eight bytes, with the mask of its bytes) and for a name of eight or more also its last eight
        /// bytes (`woordEind`, overlapping), so the expected key is recognised in one or two comparisons.
        var woord: UInt64 = 0
        var masker: UInt64 = 0
        var woordEind: UInt64 = 0
        /// The name's length in bytes: `naam.count` without the generic call `Range.count` costs on the hot path.
        var lengte: Int { Int(naam.upperBound &- naam.lowerBound) }
        /// A record field's key as it stands in a record written in schema order without spaces: `{"naam":` for
        /// the first field, `,"naam":` for the others, in ``namen``.
        var sjabloon: Range<Int32> = 0..<0
    }

    /// The bounds a field declares; for numbers also as plain `Getal`s, compared without a call.
    struct Grens: Sendable {
        var veld: InvoerVeld
        var minimum: Getal?
        var maximum: Getal?
        var alleenGetallen: Bool
    }

    /// Every name the reader compares, one after the other.
    let namen: Leestabel<UInt8>
    /// The top-level fields, at their index in the rule set's case fields, then "bevoegdheden".
    let velden: [Veld]
    /// ``velden`` as the reader consults them.
    let veldtabel: Leestabel<Veld>
    /// Per enumeration, its members (indices into ``leden``), whose names are in ``namen``.
    let keuzes: Leestabel<Range<Int32>>
    let leden: Leestabel<Range<Int32>>
    /// Per record kind, its fields in ``recordVelden``.
    let records: Leestabel<Range<Int32>>
    /// Per record kind, whether every field holds a plain value (no text, record or list), so that a record
    /// written to its ``Veld/sjabloon`` is read in one pass or, failing that, again the general way.
    let vlak: Leestabel<Bool>
    let recordVelden: Leestabel<Veld>
    let elementen: Leestabel<Vorm>
    let grenzen: [Grens]
    /// The case field that gives the peildatum, and the one that identifies the case.
    let peildatumVeld: Int?
    let kenmerkVeld: Int?
    /// Per version, where each of ``velden`` stands in that version's case fields (-1: that version lacks it).
    let invoerPerVersie: [[Int]]
    let regelset: Regelset
    /// Whether reading from bytes can serve this decision at all (see `init`).
    let bruikbaar: Bool
    let eenheden: [(Range<Int32>, Duur.Eenheid)]

    /// `plannen`: the decision's plan for every version. The tables are made from the first version's rule set.
    init(plannen: [Plan], peildatumVeld: String?) {
        let set = plannen[0].regelset
        regelset = set
        var namen: [UInt8] = []
        func naam(_ s: String) -> Range<Int32> {
            let begin = Int32(namen.count)
            namen += s.utf8
            return begin..<Int32(namen.count)
        }
        var bruikbaar = true
        var keuzes: [Range<Int32>] = [], leden: [Range<Int32>] = [], keuzeIndex: [String: Int32] = [:]
        var records: [Range<Int32>] = [], recordNamen: [String] = [], recordIndex: [String: Int32] = [:]
        var elementen: [Vorm] = [], grenzen: [Grens] = []
        var metTekst = false
        // Record kinds are declared, so their nesting is the rules' (the checker refuses a record that holds
        // itself), never the input's; records are filled from a work list below, not by recursion.
        func vorm(_ s: Soort) -> Vorm? {
            switch s {
            case .bedrag, .bedragPer, .getal: return Vorm(soort: .getal)
            case .geheelGetal: return Vorm(soort: .geheelGetal)
            case .percentage: return Vorm(soort: .percentage)
            case .datum: return Vorm(soort: .datum)
            case .duur: return Vorm(soort: .duur)
            case .waarheid: return Vorm(soort: .waarheid)
            case .tekst: metTekst = true; return Vorm(soort: .tekst)
            case .keuze(let k):
                if let i = keuzeIndex[k] { return Vorm(soort: .keuze, index: i) }
                guard let l = set.keuzelijsten[k] else { return nil }
                let begin = Int32(leden.count)
                for lid in l { leden.append(naam(lid)) }
                keuzes.append(begin..<Int32(leden.count))
                keuzeIndex[k] = Int32(keuzes.count - 1)
                return Vorm(soort: .keuze, index: Int32(keuzes.count - 1))
            case .record(let r):
                if let i = recordIndex[r] { return Vorm(soort: .record, index: i) }
                guard set.gegevens[r] != nil else { return nil }
                recordIndex[r] = Int32(records.count)
                records.append(0..<0)
                recordNamen.append(r)
                return Vorm(soort: .record, index: Int32(records.count - 1))
            case .lijst(let e):
                // A list of lists nests no deeper than the rules write it.
                guard let v = vorm(e) else { return nil }
                elementen.append(v)
                return Vorm(soort: .lijst, index: Int32(elementen.count - 1))
            case .fout: return nil
            }
        }
        func grens(_ v: InvoerVeld) -> Int32 {
            guard v.tenMinste != nil || v.tenHoogste != nil else { return -1 }
            func getal(_ w: Waarde?) -> Getal? { if case .getal(let g)? = w { g } else { nil } }
            let alleenGetallen = (v.tenMinste == nil || getal(v.tenMinste) != nil) && (v.tenHoogste == nil || getal(v.tenHoogste) != nil)
            grenzen.append(Grens(veld: v, minimum: getal(v.tenMinste), maximum: getal(v.tenHoogste), alleenGetallen: alleenGetallen))
            return Int32(grenzen.count - 1)
        }
        var velden: [Veld] = []
        for (i, v) in set.invoer.enumerated() {
            let nodig = plannen[0].invoerSlot[i] >= 0 || v.naam == peildatumVeld
            guard let f = vorm(v.soort) else {
                bruikbaar = false
                velden.append(Veld(naam: naam(v.naam), vorm: Vorm(soort: .tekst), lezen: false, weigeren: true))
                continue
            }
            velden.append(Veld(naam: naam(v.naam), vorm: f, lezen: nodig, weigeren: v.bevoegdheid != nil, grens: grens(v),
                               bevoegdheid: v.bevoegdheid != nil && f.soort == .waarheid))
        }
        velden.append(Veld(naam: naam("bevoegdheden"), vorm: Vorm(soort: .tekst), lezen: false, weigeren: true))
        // The records, breadth first: filling one may declare the next.
        var recordVelden: [Veld] = [], vlakkeRecords: [Bool] = []
        var k = 0
        while k < records.count {
            let schema = set.gegevens[recordNamen[k]]?.velden ?? []
            var vs: [Veld] = []
            var vlak = !schema.isEmpty
            for v in schema {
                guard let f = vorm(v.soort) else { bruikbaar = false; continue }
                var veld = Veld(naam: naam(v.naam), vorm: f, lezen: true, weigeren: false, grens: grens(v))
                veld.sjabloon = naam((vs.isEmpty ? "{\"" : ",\"") + v.naam + "\":")
                switch f.soort {
                case .getal, .geheelGetal, .percentage, .datum, .duur, .waarheid, .keuze: break
                case .tekst, .record, .lijst: vlak = false
                }
                vs.append(veld)
            }
            vlakkeRecords.append(vlak)
            // Duplicate keys are found with a 64-bit mask.
            if schema.count > 64 { bruikbaar = false }
            records[k] = Int32(recordVelden.count)..<Int32(recordVelden.count + vs.count)
            recordVelden += vs
            k += 1
        }
        func metWoord(_ v: Veld) -> Veld {
            var v = v
            let n = v.naam.count
            guard n <= 15 else { return v }
            let sleutel = Array(namen[Int(v.naam.lowerBound)..<Int(v.naam.upperBound)]) + [0x22]
            func woord(_ bytes: ArraySlice<UInt8>) -> UInt64 {
                var w: UInt64 = 0
                for (k, b) in bytes.enumerated() { w |= UInt64(b) << (8 * UInt64(k)) }
                return w
            }
            v.woord = woord(sleutel.prefix(8))
            v.masker = n >= 7 ? ~0 : (1 << (8 * UInt64(n + 1))) - 1
            if n >= 8 { v.woordEind = woord(sleutel.suffix(8)) }
            return v
        }
        velden = velden.map(metWoord)
        recordVelden = recordVelden.map(metWoord)
        eenheden = Parser.eenheden.map { (naam($0.key), $0.value) }
        self.peildatumVeld = peildatumVeld.flatMap { n in set.invoer.firstIndex { $0.naam == n } }
        if let p = self.peildatumVeld, set.invoer[p].soort != .datum { bruikbaar = false }
        kenmerkVeld = set.kenmerk.flatMap { n in set.invoer.firstIndex { $0.naam == n } }
        // Every version must read a case the same way: the fields they share of the same kind and bounds, the
        // same records and enumerations, and (when a text is read) the same number of constant texts before
        // the case's own. A version may lack a field (a power of the college the other adopts): a case that
        // gives it is then not read here for that version (``invoerPerVersie``).
        var perVersie: [[Int]] = []
        for p in plannen {
            let s = p.regelset
            var index: [String: Int] = [:]
            for (i, v) in s.invoer.enumerated() { index[v.naam] = i }
            perVersie.append(set.invoer.map { index[$0.naam] ?? -1 })
            for (k, v) in set.invoer.enumerated() {
                guard let i = index[v.naam] else { continue }
                let w = s.invoer[i]
                if p.invoerSlot[i] >= 0 { velden[k].lezen = true }
                if w.soort != v.soort || w.tenMinste != v.tenMinste || w.tenHoogste != v.tenHoogste || (w.bevoegdheid == nil) != (v.bevoegdheid == nil) {
                    velden[k].weigeren = true
                    velden[k].bevoegdheid = false
                }
            }
            if s.keuzelijsten != set.keuzelijsten
                || s.gegevens.mapValues({ $0.velden.map(\.naam) }) != set.gegevens.mapValues({ $0.velden.map(\.naam) })
                || s.gegevens.mapValues({ $0.velden.map(\.soort) }) != set.gegevens.mapValues({ $0.velden.map(\.soort) })
                || s.gegevens.mapValues({ $0.velden.map(\.tenMinste) }) != set.gegevens.mapValues({ $0.velden.map(\.tenMinste) })
                || s.gegevens.mapValues({ $0.velden.map(\.tenHoogste) }) != set.gegevens.mapValues({ $0.velden.map(\.tenHoogste) })
                || (metTekst && s.teksten.count != set.teksten.count) {
                bruikbaar = false
            }
        }
        invoerPerVersie = perVersie
        self.velden = velden
        veldtabel = Leestabel(velden)
        self.namen = Leestabel(namen)
        self.keuzes = Leestabel(keuzes)
        self.leden = Leestabel(leden)
        self.records = Leestabel(records)
        vlak = Leestabel(vlakkeRecords)
        self.recordVelden = Leestabel(recordVelden)
        self.elementen = Leestabel(elementen)
        self.grenzen = grenzen
        self.bruikbaar = bruikbaar
    }

    deinit {
        namen.vrij()
        veldtabel.vrij()
        keuzes.vrij()
        leden.vrij()
        records.vrij()
        vlak.vrij()
        recordVelden.vrij()
        elementen.vrij()
    }
}

/// A table read for every case (by the byte reader, by batch's record writer): a copy of an array in memory of its
/// own, read without a bounds check or reference counting. Only plain values (no references), made and freed by its
/// owner, which never changes it: so it is safe to read from any thread, and two threads reading it never move a
/// reference count between their cores.
package struct Leestabel<Element>: @unchecked Sendable {
    let basis: UnsafeMutablePointer<Element>
    package let count: Int

    package init(_ a: [Element]) {
        count = a.count
        basis = .allocate(capacity: Swift.max(a.count, 1))
        basis.initialize(from: a, count: a.count)
    }

    /// Every index is one the owner made itself from the rules (never from the input), below `count`.
    @inline(__always) package subscript(i: Int) -> Element { basis[i] }

    /// The elements at `r`, which lies inside the table (as every index does).
    @inline(__always) package func stuk(_ r: Range<Int>) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: basis + r.lowerBound, count: r.count)
    }

    package func vrij() {
        basis.deinitialize(count: count)
        basis.deallocate()
    }
}

/// What one thread keeps between the lines it reads from bytes: the values of the line being read and the
/// storage of its records and lists, reset per line with their capacity kept. Not copyable: it owns the
/// memory of its rows (``Waardenrij``).
package struct Bytelezing: ~Copyable {
    var waarden: [Waarde] = []
    var gezien: [Bool] = []
    /// Record fields and list elements, as ``Opslag/velden`` will hold them.
    var velden = Waardenrij()
    /// List elements being read, before they move to ``velden`` (a stack: lists may hold records with lists).
    var stapel = Waardenrij()
    var teksten: [String] = []
    var tekstBasis = 0
    var kenmerk: String?
    /// Per top-level key, the key that followed it in the last line read (at 0 the first key, at `k + 1` the one
    /// after field `k`): the lines of one file list their fields in one order, often not the rules' order, and
    /// the key expected is compared in one or two words where any other is looked up. Only a hint: a wrong
    /// one costs the lookup, never a value.
    var opvolger: [Int] = []
    /// The powers the line applies, in its order: (field, the reason given).
    var redenen: [(veld: Int, reden: String)] = []

    package init() {}

    /// The list elements on the stack from `basis` on move to the end of ``velden``: where they start there.
    mutating func stapelNaarVelden(vanaf basis: Int) -> Int {
        let start = velden.count
        velden.voegToe(UnsafeBufferPointer(start: stapel.basis + basis, count: stapel.count - basis))
        stapel.kort(tot: basis)
        return start
    }

    mutating func tekst(_ s: String) -> Waarde {
        teksten.append(s)
        return .tekst(Int32(tekstBasis + teksten.count - 1))
    }
}

/// A growing row of values in memory of its own: appending and writing cost no uniqueness or bounds check (the
/// reader writes only at indices it appended). `Waarde` holds no references, so the memory is plain bytes.
struct Waardenrij: ~Copyable {
    private(set) var basis: UnsafeMutablePointer<Waarde>
    private(set) var count = 0
    private var capaciteit: Int

    init() {
        capaciteit = 256
        basis = .allocate(capacity: capaciteit)
    }

    deinit {
        basis.deinitialize(count: count)
        basis.deallocate()
    }

    @inline(__always) subscript(i: Int) -> Waarde {
        get { basis[i] }
        set { basis[i] = newValue }
    }

    var buffer: UnsafeBufferPointer<Waarde> { UnsafeBufferPointer(start: basis, count: count) }

    mutating func leeg() { kort(tot: 0) }

    mutating func kort(tot n: Int) {
        (basis + n).deinitialize(count: count - n)
        count = n
    }

    @inline(__always) mutating func voegToe(_ w: Waarde) {
        if count == capaciteit { groei(tot: count + 1) }
        (basis + count).initialize(to: w)
        count += 1
    }

    /// `n` times `w` at the end: where they start.
    @inline(__always) mutating func voegToe(_ w: Waarde, aantal n: Int) -> Int {
        if count + n > capaciteit { groei(tot: count + n) }
        let start = count
        (basis + start).initialize(repeating: w, count: n)
        count += n
        return start
    }

    mutating func voegToe(_ ws: UnsafeBufferPointer<Waarde>) {
        if count + ws.count > capaciteit { groei(tot: count + ws.count) }
        if let b = ws.baseAddress { (basis + count).initialize(from: b, count: ws.count) }
        count += ws.count
    }

    private mutating func groei(tot nodig: Int) {
        var c = capaciteit
        while c < nodig { c *= 2 }
        let nieuw = UnsafeMutablePointer<Waarde>.allocate(capacity: c)
        nieuw.moveInitialize(from: basis, count: count)
        basis.deallocate()
        basis = nieuw
        capaciteit = c
    }
}

extension Bytelezer {
    /// Reads `regel` into `lezing`. False: the line is not one this path is sure of (the general path decides).
    func lees(_ regel: UnsafeBufferPointer<UInt8>, in lezing: inout Bytelezing) -> Bool {
        guard bruikbaar, let basis = regel.baseAddress else { return false }
        // Malformed UTF-8 anywhere is the general path's error; ASCII lines pass this eight bytes at a time.
        if Lexer.eersteOngeldigeUTF8(regel) != nil { return false }
        if lezing.waarden.count != velden.count {
            lezing.waarden = Array(repeating: .afwezig, count: velden.count)
            lezing.gezien = Array(repeating: false, count: velden.count)
            lezing.opvolger = Array(0..<velden.count + 1)
        } else {
            for i in lezing.gezien.indices { lezing.gezien[i] = false }
        }
        lezing.velden.leeg()
        lezing.stapel.leeg()
        lezing.teksten.removeAll(keepingCapacity: true)
        lezing.tekstBasis = regelset.teksten.count
        lezing.kenmerk = nil
        lezing.redenen.removeAll(keepingCapacity: true)
        var c = Cursor(p: basis, n: regel.count)
        c.spaties()
        guard c.neem(0x7B) else { return false }        // {
        c.spaties()
        if c.neem(0x7D) { return c.klaar() }              // }
        // The key expected next: the one that followed the previous key in the line before (``Bytelezing/opvolger``).
        var vorige = 0
        while true {
            c.spaties()
            let hint = lezing.opvolger[vorige]
            guard let k = sleutel(&c, veldtabel, 0..<veldtabel.count, hint: hint), !lezing.gezien[k] else { return false }
            if k != hint { lezing.opvolger[vorige] = k }
            vorige = k + 1
            let veld = veldtabel[k]
            let isBevoegdheden = k == bevoegdhedenVeld
            guard isBevoegdheden || !veld.weigeren else { return false }
            lezing.gezien[k] = true
            c.spaties()
            guard c.neem(0x3A) else { return false }      // :
            c.spaties()
            let begin = c.i
            if isBevoegdheden {
                guard bevoegdheden(&c, &lezing) else { return false }
            } else if veld.lezen {
                guard let w = veldwaarde(veld, &c, &lezing) else { return false }
                lezing.waarden[k] = w
            } else {
                guard c.slaOver() else { return false }
            }
            if k == kenmerkVeld { lezing.kenmerk = kenmerk(c.p, begin, c.i) }
            c.spaties()
            if c.neem(0x2C) { continue }                  // ,
            guard c.neem(0x7D) else { return false }
            return c.klaar()
        }
    }

    /// "bevoegdheden", the last of ``velden`` (after the case fields).
    var bevoegdhedenVeld: Int { veldtabel.count - 1 }

    /// `"bevoegdheden": {"afzien_wegens_dringende_redenen": "de reden"}`: each power applied, with its reason, as
    /// the general path reads them. Only a clean case: an object of known powers, each once, with a reason that has
    /// a visible character; anything else (an unknown power, an empty reason, a power declared otherwise in
    /// another version) is the general path's to word.
    func bevoegdheden(_ c: inout Cursor, _ lezing: inout Bytelezing) -> Bool {
        guard c.neem(0x7B) else { return false }          // {
        c.spaties()
        if c.neem(0x7D) { return true }
        while true {
            c.spaties()
            guard let k = sleutel(&c, veldtabel, 0..<bevoegdhedenVeld, hint: -1), veldtabel[k].bevoegdheid, !lezing.gezien[k] else { return false }
            lezing.gezien[k] = true
            c.spaties()
            guard c.neem(0x3A) else { return false }
            c.spaties()
            guard let t = c.tekst(), t.contains(where: { $0 > 0x20 }) else { return false }
            lezing.waarden[k] = .waarheid(true)
            lezing.redenen.append((k, String(decoding: t, as: UTF8.self)))
            c.spaties()
            if c.neem(0x2C) { continue }
            return c.neem(0x7D)
        }
    }

    /// The case's identifier as the general path gives it: a text's contents or a number's digits.
    func kenmerk(_ p: UnsafePointer<UInt8>, _ begin: Int, _ eind: Int) -> String? {
        guard eind > begin else { return nil }
        if p[begin] == 0x22 {
            return String(decoding: UnsafeBufferPointer(start: p + begin + 1, count: eind - begin - 2), as: UTF8.self)
        }
        if p[begin] == 0x2D || (p[begin] >= 0x30 && p[begin] <= 0x39) {
            return String(decoding: UnsafeBufferPointer(start: p + begin, count: eind - begin), as: UTF8.self)
        }
        return nil
    }

    @inline(__always)
    func binnen(_ w: Waarde, _ v: Veld) -> Bool {
        guard v.grens >= 0 else { return true }
        return binnenGrenzen(w, grenzen[Int(v.grens)])
    }

    func binnenGrenzen(_ w: Waarde, _ g: Grens) -> Bool {
        if g.alleenGetallen, case .getal(let x) = w {
            if let m = g.minimum, x < m { return false }
            if let m = g.maximum, m < x { return false }
            return true
        }
        return (try? GevalLezer.binnenGrenzen(w, g.veld, pad: g.veld.naam, set: regelset)) != nil
    }

    /// The key at the cursor, as an index into `velden` (within `bereik`), the cursor after it. Cases of one
    /// file list their fields in the same order, so the field after the previous one (`hint`) is tried first,
    /// straight against the bytes at the cursor, eight at a time: a name has no quote, backslash or control
    /// character, so equal bytes and a closing quote are that key. Otherwise the key is read and looked up.
    @inline(__always)
    func sleutel(_ c: inout Cursor, _ velden: Leestabel<Veld>, _ bereik: Range<Int>, hint: Int) -> Int? {
        if hint >= bereik.lowerBound, hint < bereik.upperBound {
            let v = velden[hint]
            // A name of up to fifteen bytes: its bytes and closing quote, eight bytes read at once (and for a name
            // of eight or more its last eight too), when the line has them.
            if v.masker != 0, c.i + 9 <= c.n, c.p[c.i] == 0x22,
               UnsafeRawPointer(c.p + c.i + 1).loadUnaligned(as: UInt64.self) & v.masker == v.woord {
                let n = v.lengte
                if n < 8 {
                    c.i += n + 2
                    return hint
                }
                if c.i + n + 2 <= c.n, UnsafeRawPointer(c.p + c.i + n - 6).loadUnaligned(as: UInt64.self) == v.woordEind {
                    c.i += n + 2
                    return hint
                }
            }
        }
        return sleutelGezocht(&c, velden, bereik, hint: hint)
    }

    /// ``sleutel(_:_:_:hint:)`` for a long name, or a key in another order.
    func sleutelGezocht(_ c: inout Cursor, _ velden: Leestabel<Veld>, _ bereik: Range<Int>, hint: Int) -> Int? {
        if bereik.contains(hint) {
            let v = velden[hint]
            let n = v.lengte
            if c.i + n + 2 <= c.n, c.p[c.i] == 0x22, c.p[c.i + n + 1] == 0x22 {
                var d = c
                d.i += 1
                if d.begintMet(namen.basis + Int(v.naam.lowerBound), n) {
                    c.i += n + 2
                    return hint
                }
            }
        }
        guard let s = c.sleutel() else { return nil }
        return zoek(s, in: velden, bereik, hint: hint)
    }

    /// The field named by `sleutel` among `velden[bereik]`: first where the previous key's successor stands
    /// (cases of one file list their fields in the same order), else by a scan. An index into `velden`.
    func zoek(_ sleutel: UnsafeBufferPointer<UInt8>, in velden: Leestabel<Veld>, _ bereik: Range<Int>, hint: Int) -> Int? {
        if bereik.contains(hint), gelijk(velden[hint].naam, sleutel) { return hint }
        for k in bereik where k != hint && gelijk(velden[k].naam, sleutel) { return k }
        return nil
    }

    func gelijk(_ naam: Range<Int32>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard naam.count == b.count else { return false }
        var j = Int(naam.lowerBound)
        for x in b {
            if namen[j] != x { return false }
            j += 1
        }
        return true
    }

    /// The value of `veld` at the cursor, within the field's bounds; nil when it is anything this path is not sure of.
    /// An amount without bounds, the common field (36 months of an income in a case), is read here without the
    /// general dispatch (2% of a batch); anything else, null too, goes through ``waarde(_:_:_:)``.
    @inline(__always)
    func veldwaarde(_ veld: Veld, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Waarde? {
        if veld.vorm.soort == .getal, veld.grens < 0, let (m, s) = c.decimaal(procent: false) {
            return Getal.decimaal(m, schaal: s).map { .getal($0) }
        }
        guard let w = waarde(veld.vorm, &c, &lezing), binnen(w, veld) else { return nil }
        return w
    }

    /// One value of kind `vorm`, or nil when it is anything this path is not sure of.
    func waarde(_ vorm: Vorm, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Waarde? {
        switch vorm.soort {
        case .getal:
            if let (m, s) = c.decimaal(procent: false) { return Getal.decimaal(m, schaal: s).map { .getal($0) } }
        case .geheelGetal:
            if let (m, s) = c.decimaal(procent: false) {
                guard let g = Getal.decimaal(m, schaal: s), g.isGeheel else { return nil }
                return .getal(g)
            }
        case .percentage:
            // "10%" or 10: both ten percent, a hundredth of the number.
            if let (m, s) = c.decimaal(procent: true) { return Getal.decimaal(m, schaal: s + 2).map { .getal($0) } }
        case .datum:
            if let t = c.tekst() {
                guard t.count == 10, t[4] == 0x2D, t[7] == 0x2D,
                      let j = cijfers(t, 0, 4), let m = cijfers(t, 5, 7), let d = cijfers(t, 8, 10),
                      let datum = Datum(jaar: j, maand: m, dag: d) else { return nil }
                return .datum(datum)
            }
        case .duur:
            // "3 maanden": digits, one space, a unit; anything looser is the general path's to judge.
            if let t = c.tekst() {
                guard let spatie = t.firstIndex(of: 0x20), spatie > 0, spatie <= 18, let n = cijfers(t, 0, spatie) else { return nil }
                let eenheid = UnsafeBufferPointer(rebasing: t[(spatie + 1)...])
                guard let e = eenheden.first(where: { gelijk($0.0, eenheid) })?.1 else { return nil }
                return .duur(Duur(Int64(n), e))
            }
        case .waarheid:
            if c.woord("true") { return .waarheid(true) }
            if c.woord("false") { return .waarheid(false) }
        case .tekst:
            if let t = c.tekst() { return lezing.tekst(String(decoding: t, as: UTF8.self)) }
        case .keuze:
            if let t = c.tekst() {
                let alle = keuzes[Int(vorm.index)]
                for i in alle where gelijk(leden[Int(i)], t) { return .keuze(i - alle.lowerBound) }
                return nil
            }
        case .record:
            if c.i < c.n, c.p[c.i] == 0x7B { return record(Int(vorm.index), &c, &lezing) }
        case .lijst:
            if c.neem(0x5B) { return lijst(elementen[Int(vorm.index)], &c, &lezing) }      // [
        }
        // Not a value of the field's kind: only null (the field not given) is still read here.
        if c.woord("null") { return .afwezig }
        return nil
    }

    /// The elements of a list up to its "]" (its "[" taken), moved to the storage together.
    func lijst(_ element: Vorm, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Waarde? {
        let basis = lezing.stapel.count
        c.spaties()
        var klaar = c.neem(0x5D)
        if !klaar, element.soort == .record, vlak[Int(element.index)] {
            guard let k = vlakkeRecords(Int(element.index), &c, &lezing) else { return nil }
            klaar = k
        }
        if !klaar {
            while true {
                c.spaties()
                // A record, the common element: straight to its reader (through ``waarde(_:_:_:)``, whose frame
                // serves every kind, it cost 2% of a batch).
                if element.soort == .record, c.i < c.n, c.p[c.i] == 0x7B {
                    guard let w = record(Int(element.index), &c, &lezing) else { return nil }
                    lezing.stapel.voegToe(w)
                } else {
                    guard let w = waarde(element, &c, &lezing) else { return nil }
                    lezing.stapel.voegToe(w)
                }
                c.spaties()
                if c.neem(0x2C) { continue }
                guard c.neem(0x5D) else { return nil }
                break
            }
        }
        let n = lezing.stapel.count - basis
        let start = lezing.stapelNaarVelden(vanaf: basis)
        return .lijst(Int32(start), Int32(n))
    }

    /// The elements of a list of records of kind `r` that are written to their schema (``Veld/sjabloon``), as a
    /// program writes a list of monthly incomes: read one after the other in one loop, onto the stack, with no
    /// call and no emptying of fields per record. True: the list is read to its closing bracket. False: the cursor
    /// stands at the start of an element written otherwise, nothing of it kept, and the general loop of
    /// ``lijst(_:_:_:)`` reads on from there. Nil: what follows a record is no comma or bracket.
    func vlakkeRecords(_ r: Int, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Bool? {
        let schema = records[r]
        let eerste = Int(schema.lowerBound), laatste = Int(schema.upperBound)
        while true {
            let begin = c.i, start = lezing.velden.count
            var k = eerste
            while k < laatste {
                let veld = recordVelden[k], sjabloon = veld.sjabloon
                guard c.begintMet(namen.basis + Int(sjabloon.lowerBound), Int(sjabloon.upperBound &- sjabloon.lowerBound)),
                      let w = veldwaarde(veld, &c, &lezing) else { break }
                // Only plain values (the record is ``vlak``): undoing a record is shortening the row.
                lezing.velden.voegToe(w)
                k &+= 1
            }
            guard k == laatste, c.neem(0x7D) else {
                lezing.velden.kort(tot: start)
                c.i = begin
                return false
            }
            lezing.stapel.voegToe(.record(Int32(start)))
            c.spaties()
            if c.neem(0x2C) {
                c.spaties()
                continue
            }
            return c.neem(0x5D) ? true : nil
        }
    }

    func record(_ r: Int, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Waarde? {
        let schema = records[r]
        let eerste = Int(schema.lowerBound), bereik = eerste..<Int(schema.upperBound)
        guard c.i < c.n, c.p[c.i] == 0x7B else { return nil }
        let start = lezing.velden.voegToe(.afwezig, aantal: bereik.count)
        // Written by a program, a record has its fields in schema order without spaces: its keys are then the
        // bytes of the schema (``Veld/sjabloon``), compared eight at a time. Anything else is read again below.
        if vlak[r] {
            let begin = c.i
            if volgensSjabloon(bereik, start, &c, &lezing) { return .record(Int32(start)) }
            c.i = begin
            for k in 0..<bereik.count { lezing.velden[start + k] = .afwezig }
        }
        c.i += 1                                          // {
        c.spaties()
        if c.neem(0x7D) { return .record(Int32(start)) }
        var gezien: UInt64 = 0, hint = eerste
        while true {
            c.spaties()
            guard let k = sleutel(&c, recordVelden, bereik, hint: hint) else { return nil }
            let bit: UInt64 = 1 << UInt64(k - eerste)
            guard gezien & bit == 0 else { return nil }
            gezien |= bit
            hint = k + 1
            c.spaties()
            guard c.neem(0x3A) else { return nil }
            c.spaties()
            guard let w = veldwaarde(recordVelden[k], &c, &lezing) else { return nil }
            lezing.velden[start + k - eerste] = w
            c.spaties()
            if c.neem(0x2C) { continue }
            guard c.neem(0x7D) else { return nil }
            return .record(Int32(start))
        }
    }

    /// A record of plain values whose keys are the bytes of its ``Veld/sjabloon``s, in order, then "}". False at
    /// the first byte that differs (or a value not taken): the caller reads the record again the general way.
    /// Only plain values are written meanwhile (no text, list or record), so nothing else needs undoing.
    @inline(__always)
    func volgensSjabloon(_ bereik: Range<Int>, _ start: Int, _ c: inout Cursor, _ lezing: inout Bytelezing) -> Bool {
        for k in bereik {
            let veld = recordVelden[k], sjabloon = veld.sjabloon
            guard c.begintMet(namen.basis + Int(sjabloon.lowerBound), Int(sjabloon.upperBound &- sjabloon.lowerBound)),
                  let w = veldwaarde(veld, &c, &lezing) else { return false }
            lezing.velden[start + k - bereik.lowerBound] = w
        }
        return c.neem(0x7D)
    }

    func cijfers(_ t: UnsafeBufferPointer<UInt8>, _ van: Int, _ tot: Int) -> Int? {
        var v = 0
        for k in van..<tot {
            guard t[k] >= 0x30, t[k] <= 0x39 else { return nil }
            v = v * 10 + Int(t[k] - 0x30)
        }
        return v
    }
}

/// A position in a line, with the few JSON pieces the reader takes. Every method either takes what it
/// expects and moves on, or says no (nil, false).
struct Cursor {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0

    @inline(__always)
    mutating func spaties() {
        // Most places have no white space at all: one comparison says so.
        guard i < n, p[i] <= 0x20 else { return }
        while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A { i += 1 }
    }

    @inline(__always)
    mutating func neem(_ b: UInt8) -> Bool {
        guard i < n, p[i] == b else { return false }
        i += 1
        return true
    }

    /// The `aantal` bytes at `b` stand at the cursor: taken. Compared eight at a time, the last eight overlapping.
    @inline(__always)
    mutating func begintMet(_ b: UnsafePointer<UInt8>, _ aantal: Int) -> Bool {
        guard aantal <= n &- i else { return false }
        let a = UnsafeRawPointer(p + i), q = UnsafeRawPointer(b)
        if aantal >= 8 {
            var k = 0
            while k &+ 8 < aantal {
                if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != q.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
                k &+= 8
            }
            let laatste = aantal &- 8
            if a.loadUnaligned(fromByteOffset: laatste, as: UInt64.self) != q.loadUnaligned(fromByteOffset: laatste, as: UInt64.self) { return false }
        } else {
            for k in 0..<aantal where a.load(fromByteOffset: k, as: UInt8.self) != q.load(fromByteOffset: k, as: UInt8.self) { return false }
        }
        i &+= aantal
        return true
    }

    /// Only spaces left: the line is one JSON value.
    mutating func klaar() -> Bool {
        spaties()
        return i == n
    }

    mutating func woord(_ w: StaticString) -> Bool {
        let k = w.utf8CodeUnitCount
        guard i + k <= n else { return false }
        let u = w.utf8Start
        for x in 0..<k where p[i + x] != u[x] { return false }
        i += k
        return true
    }

    /// A key: the bytes between its quotes (no escapes, no control characters).
    mutating func sleutel() -> UnsafeBufferPointer<UInt8>? { tekst() }

    /// A text without escapes, its contents (already valid UTF-8: the line was checked).
    mutating func tekst() -> UnsafeBufferPointer<UInt8>? {
        guard i < n, p[i] == 0x22 else { return nil }
        var j = i + 1
        while j < n, p[j] != 0x22, p[j] != 0x5C, p[j] >= 0x20 { j += 1 }
        guard j < n, p[j] == 0x22 else { return nil }
        defer { i = j + 1 }
        return UnsafeBufferPointer(start: p + i + 1, count: j - i - 1)
    }

    /// A plain decimal as JSON number or as text ("1297.19", 1297.19, -3): at most 18 digits, a point only
    /// between digits; with `procent`, a text may end in "%". Mantissa and number of decimals.
    @inline(__always)
    mutating func decimaal(procent: Bool) -> (Int64, Int)? {
        let p = self.p, n = self.n
        let tekst = i < n && p[i] == 0x22
        var j = tekst ? i + 1 : i
        let negatief = j < n && p[j] == 0x2D
        if negatief { j += 1 }
        var m: Int64 = 0, schaal = 0
        let eerste = j
        // A digit is a byte whose distance from "0" is below ten (one unsigned comparison).
        while j < n, case let d = p[j] &- 0x30, d < 10 {
            m = m &* 10 &+ Int64(d)
            j += 1
        }
        var cijfers = j - eerste
        guard cijfers > 0 else { return nil }
        // JSON allows no leading zero ("01"); as text the general path reads it, so leave it to that path.
        if p[eerste] == 0x30, cijfers > 1 { return nil }
        if j < n, p[j] == 0x2E {
            j += 1
            let k = j
            while j < n, case let d = p[j] &- 0x30, d < 10 {
                m = m &* 10 &+ Int64(d)
                j += 1
            }
            schaal = j - k
            guard schaal > 0 else { return nil }
            cijfers += schaal
        }
        guard cijfers <= 18 else { return nil }
        if tekst {
            if procent, j < n, p[j] == 0x25 { j += 1 }   // %
            guard j < n, p[j] == 0x22 else { return nil }
            j += 1
        } else if j < n, p[j] == 0x65 || p[j] == 0x45 || p[j] == 0x2E {
            return nil     // an exponent: the general path refuses it with a hint
        }
        i = j
        return (negatief ? -m : m, schaal)
    }

    /// Passes over a value no plan needs, checking it is JSON as the general reader would: texts, numbers,
    /// true, false, null. A list or object here is left to the general path (its duplicate keys and depth).
    mutating func slaOver() -> Bool {
        guard i < n else { return false }
        switch p[i] {
        case 0x22: return tekst() != nil
        case 0x74: return woord("true")
        case 0x66: return woord("false")
        case 0x6E: return woord("null")
        case 0x2D, 0x30...0x39:
            // A number the general reader takes: a plain decimal that fits (18 digits always do), or one with
            // an exponent (kept as text, refused only if a field reads it).
            var j = i
            if p[j] == 0x2D { j += 1 }
            let eerste = j
            while j < n, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
            guard j > eerste, !(p[eerste] == 0x30 && j - eerste > 1) else { return false }
            var cijfers = j - eerste
            if j < n, p[j] == 0x2E {
                j += 1
                let k = j
                while j < n, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
                guard j > k else { return false }
                cijfers += j - k
            }
            if j < n, p[j] == 0x65 || p[j] == 0x45 {
                j += 1
                if j < n, p[j] == 0x2B || p[j] == 0x2D { j += 1 }
                let k = j
                while j < n, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
                guard j > k, j - i <= 60 else { return false }
            } else if cijfers > 18 {
                return false
            }
            i = j
            return true
        default: return false
        }
    }
}
