// Evaluate: many cases at once (DESIGN §5, `regelwerk batch`). JSON Lines in, one decision record per
// input line out, in the same order. A bad line gives an error record that names the line, the field and
// the article; the run goes on. Lines are decided in blocks, each block spread over all cores, so memory
// stays flat however long the input is.

import Foundation
import Synchronization
import RegelwerkKern
import RegelwerkGevallen

/// What deciding one case gave.
public typealias Uitslag = Result<Beslissing, Beslisfout>

/// Decides blocks of JSON Lines (or CSV rows) through one ``Beslisser``.
public final class Batch: @unchecked Sendable {
    let beslisser: Beslisser
    /// The decision, as an index into the decider's decisions.
    let beslissing: Int
    /// Decide every case under the version in force on this date, whatever the case's own date (for
    /// comparing rule sets: the newest version of each).
    let peildatum: Datum?
    /// One workshop per thread, never shared.
    let werkplaatsen: [Werkplaats]

    /// The record for a case that could not be read at all (too large), in JSON or, with a separator, CSV.
    public func foutRecord(_ b: Bericht, nummer: Int, scheiding: UInt8?) -> String {
        fouten += 1
        let uitslag = Uitslag.failure(.geval([GevalProbleem(bericht: b)], waarschuwingen: []))
        return scheiding.map { csvRij(uitslag, nummer: nummer, scheiding: $0) } ?? jsonRecord(uitslag, nummer: nummer)
    }

    /// Each outcome of the decision, version after version (``uitkomstenVan`` says where a version's stand): its
    /// definition, how its number is written and where the bytes before it in a record stand in ``randen`` (once,
    /// not per case): for the first `,"uitkomsten":{` and its ``GetypeerdeWaarde/Rand``, for the others the end of
    /// the one before, a comma and their own. Plain tables (``Leestabel``), as every thread reads them for every
    /// case: arrays were retained per case, and each count moved a cache line between the cores.
    let uitkomsten: Leestabel<(definitie: Int, vorm: GetypeerdeWaarde.Getalvorm, voor: Range<Int>)>
    let uitkomstenVan: Leestabel<Range<Int>>
    /// Per version, where the bytes after the last outcome stand in ``randen``: its end, the close of
    /// "uitkomsten", the version when the rules have several, the close of the record and its line end.
    let slotRanden: Leestabel<Range<Int>>
    /// The bytes between the values of a record, one piece after the other: each written with one append (a
    /// few bytes appended cost about a hundred instructions each, whatever their number).
    let randen: Leestabel<UInt8>
    /// Per version, each outcome's kind: only for the Dutch text of an outcome that has no typed form.
    let soorten: [[Soort]]
    /// Each version's first day as records write it (once, not per case).
    let versieVanaf: [String?]
    public private(set) var beslist = 0
    public private(set) var fouten = 0

    /// `beslissing`: which decision (an index from ``Beslisser/kies(beslissing:)``). `draden`: how many
    /// threads decide.
    public init(beslisser: Beslisser, beslissing: Int, draden: Int = ProcessInfo.processInfo.activeProcessorCount,
                peildatum: Datum? = nil) {
        self.beslisser = beslisser
        self.beslissing = beslissing
        self.peildatum = peildatum
        let versieVanaf = beslisser.compilatie.versies.map { $0.vanaf?.description }
        self.versieVanaf = versieVanaf
        var randen: [UInt8] = []
        func plaats(_ bytes: [UInt8]) -> Range<Int> {
            randen += bytes
            return (randen.count - bytes.count)..<randen.count
        }
        let plannen = beslisser.beslissingen[beslissing].plannen
        var slotRanden: [Range<Int>] = [], uitkomsten: [(definitie: Int, vorm: GetypeerdeWaarde.Getalvorm, voor: Range<Int>)] = []
        var uitkomstenVan: [Range<Int>] = []
        for (v, p) in plannen.enumerated() {
            var vorige = Array(",\"uitkomsten\":{".utf8)
            let begin = uitkomsten.count
            for d in p.uitvoer {
                let definitie = p.regelset.definities[d], rand = GetypeerdeWaarde.Rand(definitie.naam, definitie.soort)
                uitkomsten.append((d, GetypeerdeWaarde.Getalvorm(definitie.soort), plaats(vorige + rand.voor)))
                vorige = rand.na + [0x2C]
            }
            uitkomstenVan.append(begin..<uitkomsten.count)
            var slot = p.uitvoer.isEmpty ? vorige : Array(vorige.dropLast())
            slot.append(0x7D)
            Batch.schrijfVersie(versieVanaf[v], meerdere: versieVanaf.count > 1, naar: &slot)
            slot += "}\n".utf8
            slotRanden.append(plaats(slot))
        }
        self.uitkomsten = Leestabel(uitkomsten)
        self.uitkomstenVan = Leestabel(uitkomstenVan)
        self.slotRanden = Leestabel(slotRanden)
        self.randen = Leestabel(randen)
        soorten = plannen.map { p in p.uitvoer.map { p.regelset.definities[$0].soort } }
        werkplaatsen = (0..<Swift.max(1, draden)).map { _ in Werkplaats(beslisser) }
    }

    deinit {
        uitkomsten.vrij()
        uitkomstenVan.vrij()
        slotRanden.vrij()
        randen.vrij()
    }

    var compilatie: Compilatie { beslisser.compilatie }

    /// The decision records for `regels` (the lines of the input, without their line ends), the first of
    /// them being line `eersteNummer`, in input order, each ending in a line end, appended to `uit`.
    ///
    /// The lines are decided in small runs (``brok`` lines) that the threads take from a shared counter as
    /// they finish the previous one, so a thread slowed by another process leaves its share to the others
    /// (fixed stripes waited for the slowest). Each run's records go into that run's own buffer; the buffers
    /// are joined in order, so the bytes are the same for any number of threads.
    public func beslis(_ regels: Regels, eersteNummer: Int, naar uit: inout [UInt8]) {
        let runs = (regels.count + Batch.brok - 1) / Batch.brok
        // The lines are read in place, through one pointer to the block (``Regels``).
        let opbrengst = regels.bytes.withUnsafeBufferPointer { bytes in
            regels.grenzen.withUnsafeBufferPointer { grenzen in
                let blok = Geleend(bytes: bytes, grenzen: grenzen)
                return verdeel(runs) { run, werkplaats, buffer in
                    var beslist = 0, snel = 0
                    for k in (run * Batch.brok)..<Swift.min(blok.grenzen.count, (run + 1) * Batch.brok) {
                        switch schrijfRecord(UnsafeBufferPointer(rebasing: blok.bytes[blok.grenzen[k]]), nummer: eersteNummer + k, werkplaats,
                                             naar: &buffer) {
                        case .rechtstreeks: beslist += 1; snel += 1
                        case .beslist: beslist += 1
                        case .fout: break
                        }
                    }
                    return beslist << 32 | snel
                }
            }
        }
        var geslaagd = 0
        // Room for the whole block at once: grown run by run, the block's records were copied a dozen times.
        uit.reserveCapacity(uit.count + uitvoer[..<runs].reduce(0) { $0 + $1.count })
        for run in 0..<runs {
            uit += uitvoer[run]
            geslaagd += opbrengst[run] >> 32
            rechtstreeks += opbrengst[run] & 0xFFFF_FFFF
        }
        beslist += geslaagd
        fouten += regels.count - geslaagd
    }

    /// The records as separate lines (for tests and the benchmark's checks).
    public func beslis(_ regels: Regels, eersteNummer: Int) -> [String] {
        var uit: [UInt8] = []
        beslis(regels, eersteNummer: eersteNummer, naar: &uit)
        return uit.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether lines are first read straight from their bytes (tests switch it off to hold both paths to the
    /// same records).
    package var bytesLezen = true

    /// How many lines a thread takes at a time: enough that taking them costs nothing next to deciding them,
    /// few enough that the threads finish a block close together.
    static let brok = 64

    /// The output buffer of each run of the block being decided, kept (with its capacity) for the next block.
    var uitvoer: [[UInt8]] = []

    /// Runs `een` for every run 0..<runs over all threads, a run at a time from a shared counter, each with its
    /// own workshop and the run's own (emptied) output buffer; gives each run's result, in order.
    func verdeel(_ runs: Int, _ een: @Sendable (Int, Werkplaats, inout [UInt8]) -> Int) -> [Int] {
        while uitvoer.count < runs { uitvoer.append([]) }
        let opbrengst = UnsafeMutableBufferPointer<Int>.allocate(capacity: Swift.max(runs, 1))
        opbrengst.initialize(repeating: 0)
        defer { opbrengst.deallocate() }
        uitvoer.withUnsafeMutableBufferPointer { buffers in
            let plaatsen = Runplaatsen(buffers: buffers, opbrengst: opbrengst)
            let teller = Teller()
            let n = Swift.min(werkplaatsen.count, Swift.max(runs, 1))
            DispatchQueue.concurrentPerform(iterations: n) { draad in
                let werkplaats = werkplaatsen[draad]
                while true {
                    let run = teller.volgende()
                    guard run < runs else { break }
                    plaatsen.buffers[run].removeAll(keepingCapacity: true)
                    plaatsen.opbrengst[run] = een(run, werkplaats, &plaatsen.buffers[run])
                }
            }
        }
        return Array(opbrengst[0..<runs])
    }

    /// The bytes of a block and where its lines stand, lent to the threads while it is decided; they only read them.
    struct Geleend: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let grenzen: UnsafeBufferPointer<Range<Int>>
    }

    /// Buffers that threads write at their own runs only (each run is taken by exactly one thread).
    struct Runplaatsen: @unchecked Sendable {
        let buffers: UnsafeMutableBufferPointer<[UInt8]>
        let opbrengst: UnsafeMutableBufferPointer<Int>
    }

    /// Decides one line and appends its record (and a line end), and says how it went.
    ///
    /// First straight from the bytes (``Beslisser/beslis(bytes:beslissing:peildatum:in:_:)``); a line that
    /// path declines is read and decided the general way, which words what was wrong. Both write the outcomes
    /// through ``GetypeerdeWaarde``, so a case decided either way has the same record.
    func schrijfRecord(_ regel: UnsafeBufferPointer<UInt8>, nummer: Int, _ werkplaats: Werkplaats, naar uit: inout [UInt8]) -> Afloop {
        let snel = bytesLezen
            && beslisser.beslis(bytes: regel, beslissing: beslissing, peildatum: peildatum, in: werkplaats) { werker, versie, kenmerk in
                schrijfKop(nummer: nummer, kenmerk: kenmerk, naar: &uit)
                // The outcomes as this version's plan made them (``uitkomsten``): plain values and bytes made
                // once, so no rule set, kind or name is copied or retained per case.
                let v = versie.index, bereik = uitkomstenVan[v]
                for k in bereik {
                    let u = uitkomsten[k], waarde = werker.waarde(definitie: u.definitie)
                    uit.append(contentsOf: randen.stuk(u.voor))
                    GetypeerdeWaarde.schrijf(waarde, u.vorm, tekst: { werker.tekst(waarde, self.soorten[v][k - bereik.lowerBound]) }, naar: &uit)
                }
                uit.append(contentsOf: randen.stuk(slotRanden[v]))
            }
        if snel { return .rechtstreeks }
        let (uitslag, kenmerk) = beslisMetKenmerk(regel, werkplaats)
        schrijfRecord(uitslag, nummer: nummer, kenmerk: kenmerk, naar: &uit)
        return uitslag.isBeslist ? .beslist : .fout
    }

    /// How a line went: decided straight from its bytes, decided the general way, or not decided.
    enum Afloop { case rechtstreeks, beslist, fout }

    /// How many cases were decided straight from their bytes (the rest of ``beslist`` the general way).
    package private(set) var rechtstreeks = 0

    /// `{"regel":n` and, when the rules declare one, the case's identifier.
    func schrijfKop(nummer: Int, kenmerk: String?, naar uit: inout [UInt8]) {
        JSONSchrijver.schrijf("{\"regel\":", naar: &uit)
        JSONSchrijver.cijfers(nummer, naar: &uit)
        if let veld = kenmerkVeld {
            uit.append(0x2C)
            JSONSchrijver.tekst(veld, naar: &uit)
            uit.append(0x3A)
            if let kenmerk { JSONSchrijver.tekst(kenmerk, naar: &uit) } else { uit += "null".utf8 }
        }
    }

    /// The version a case was decided under, when the rules have several.
    func schrijfVersie(_ versie: Int, naar uit: inout [UInt8]) {
        Batch.schrijfVersie(versieVanaf[versie], meerdere: versieVanaf.count > 1, naar: &uit)
    }

    /// `,"versie_vanaf":"…"` when the rules have several versions (also made once per version, before `self` is).
    static func schrijfVersie(_ vanaf: String?, meerdere: Bool, naar uit: inout [UInt8]) {
        if meerdere, let vanaf {
            uit += ",\"versie_vanaf\":\"".utf8
            uit += vanaf.utf8
            uit.append(0x22)
        }
    }

    /// The CSV rows for cases already read (CSV rows made into case objects, or what was wrong with them),
    /// each with the line it starts on, in input order.
    public func beslis(gevallen: [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)], scheiding: UInt8) -> [String] {
        tel(parallel(gevallen.count) { k, werkplaats in
            let uitslag = beslis(gelezen: gevallen[k].geval, werkplaats)
            let kenmerk = (try? gevallen[k].geval.get()).flatMap { beslisser.kenmerk($0) }
            return (csvRij(uitslag, nummer: gevallen[k].nummer, scheiding: scheiding, kenmerk: kenmerk), uitslag.isBeslist)
        })
    }

    /// What deciding each line of JSON Lines gave, in order, with every rule's value (for comparing).
    public func uitslagen(_ regels: Regels) -> [Uitslag] {
        parallel(regels.count) { k, werkplaats in beslis(regels[k], werkplaats, detail: [.tussenwaarden, .uitkomstTekst]) }
    }

    /// What deciding each case already read gave, in order, with every rule's value (for comparing).
    public func uitslagen(gevallen: [Result<JSONWaarde, GevalProbleem>]) -> [Uitslag] {
        parallel(gevallen.count) { k, werkplaats in beslis(gelezen: gevallen[k], werkplaats, detail: [.tussenwaarden, .uitkomstTekst]) }
    }

    /// Counts the cases decided and not, and gives the records.
    func tel(_ records: [(String, Bool)]) -> [String] {
        let geslaagd = records.count { $0.1 }
        beslist += geslaagd
        fouten += records.count - geslaagd
        return records.map(\.0)
    }

    /// Runs `een` for 0..<aantal over all threads, each with its own workshop; the results keep their order.
    func parallel<T: Sendable>(_ aantal: Int, _ een: @Sendable (Int, Werkplaats) -> T) -> [T] {
        // Each thread writes only its own places of this buffer (never a shared array's storage).
        let uit = UnsafeMutableBufferPointer<T?>.allocate(capacity: aantal)
        uit.initialize(repeating: nil)
        defer {
            uit.deinitialize()
            uit.deallocate()
        }
        let plaatsen = Plaatsen(uit: uit)
        let n = werkplaatsen.count
        // Each thread takes every n-th case: the results land in their own places, so order is kept.
        DispatchQueue.concurrentPerform(iterations: n) { draad in
            let werkplaats = werkplaatsen[draad]
            var k = draad
            while k < aantal {
                plaatsen.uit[k] = een(k, werkplaats)
                k += n
            }
        }
        // Every place was written: each k below aantal belongs to exactly one thread.
        return uit.compactMap { $0 }
    }

    /// A buffer that threads write at their own places only (so sharing it is safe).
    struct Plaatsen<T>: @unchecked Sendable { let uit: UnsafeMutableBufferPointer<T?> }

    /// Decides one case (JSON text) with the workers of one thread. Without `.uitkomstTekst`, an outcome's
    /// text is written only where a record writes it.
    func beslis(_ bytes: some Sequence<UInt8>, _ werkplaats: Werkplaats, detail: Beslisser.Detail = []) -> Uitslag {
        beslisMetKenmerk(bytes, werkplaats, detail: detail).0
    }

    /// Decides one case (JSON text), and gives its identifier too (also when it could not be decided, so an
    /// error record names its case).
    func beslisMetKenmerk(_ bytes: some Sequence<UInt8>, _ werkplaats: Werkplaats, detail: Beslisser.Detail = []) -> (Uitslag, String?) {
        do {
            let geval = try JSONLezer.lees(Array(bytes))
            return (beslisser.beslis(geval, beslissing: beslissing, peildatum: peildatum, detail: detail, in: werkplaats), beslisser.kenmerk(geval))
        } catch {
            return (.failure(.json(error)), nil)
        }
    }

    /// Decides one case as read, or says what was wrong with it.
    func beslis(gelezen: Result<JSONWaarde, GevalProbleem>, _ werkplaats: Werkplaats, detail: Beslisser.Detail = []) -> Uitslag {
        switch gelezen {
        case .success(let geval): beslisser.beslis(geval, beslissing: beslissing, peildatum: peildatum, detail: detail, in: werkplaats)
        case .failure(let p): .failure(.geval([p], waarschuwingen: []))
        }
    }

    /// One case's decision record as a JSON line (without its line end).
    func jsonRecord(_ uitslag: Uitslag, nummer: Int, kenmerk: String? = nil) -> String {
        var uit: [UInt8] = []
        schrijfRecord(uitslag, nummer: nummer, kenmerk: kenmerk, naar: &uit)
        return String(decoding: uit.dropLast(), as: UTF8.self)
    }

    /// One case's decision record, typed as `beslis --json` types a value (``GetypeerdeWaarde``), and a line end:
    /// `{"regel":n,"uitkomsten":{"naam":{"waarde":…,"per":…},…}}`, or `{"regel":n,"fout":{…}}`.
    func schrijfRecord(_ uitslag: Uitslag, nummer: Int, kenmerk: String?, naar uit: inout [UInt8]) {
        schrijfKop(nummer: nummer, kenmerk: kenmerk, naar: &uit)
        switch uitslag {
        case .failure(let f):
            var velden: [(String, JSONWaarde)] = [("code", .tekst(f.bericht.code)), ("melding", .tekst(f.bericht.tekst(.nl)))]
            if let c = f.citaat { velden.append(("artikel", .tekst(c.description))) }
            if let s = f.suggestie { velden.append(("suggestie", .tekst(s.tekst(.nl)))) }
            uit += ",\"fout\":".utf8
            JSONSchrijver.schrijf(.object(velden), naar: &uit)
        case .success(let b):
            uit += ",\"uitkomsten\":{".utf8
            for (k, u) in b.uitkomsten.enumerated() {
                if k > 0 { uit.append(0x2C) }
                GetypeerdeWaarde.schrijfUitkomst(u.naam, u.waarde, u.soort, tekst: { u.tekst }, naar: &uit)
            }
            uit.append(0x7D)
            schrijfVersie(b.versie.index, naar: &uit)
            if !b.waarschuwingen.isEmpty {
                uit += ",\"waarschuwingen\":".utf8
                JSONSchrijver.schrijf(.array(b.waarschuwingen.map { .tekst($0.bericht.tekst(.nl)) }), naar: &uit)
            }
        }
        uit += "}\n".utf8
    }

    /// The case field that identifies a case (`zaaknummer: kenmerk`): every record carries it after its line.
    var kenmerkVeld: String? { compilatie.versies[0].regelset.kenmerk }

    /// The outcomes' names: the columns of a CSV decision file, between `regel` and the error columns.
    var uitvoerNamen: [String] {
        let plan = beslisser.beslissingen[beslissing].eerstePlan
        return plan.uitvoer.map { plan.regelset.definities[$0].naam }
    }

    /// The header of a CSV decision file: the line, each outcome with the same value as in a JSON record
    /// (amounts to the cent, percentages with %, dates as 2024-04-01), the version when there are several,
    /// and the error, its article and the warnings.
    public func csvKop(scheiding: UInt8) -> String {
        let versie = compilatie.versies.count > 1 ? ["versie_vanaf"] : []
        return (["regel"] + (kenmerkVeld.map { [$0] } ?? []) + uitvoerNamen + versie + ["fout_code", "fout_melding", "fout_artikel", "waarschuwingen"])
            .map { CSV.cel($0, scheiding: scheiding) }.joined(separator: String(UnicodeScalar(scheiding)))
    }

    /// One case's decision as a CSV row under ``csvKop(scheiding:)``.
    func csvRij(_ uitslag: Uitslag, nummer: Int, scheiding: UInt8, kenmerk: String? = nil) -> String {
        let namen = uitvoerNamen
        var uitkomsten = Array(repeating: "", count: namen.count)
        var versie = "", fout = ["", "", ""], waarschuwingen = ""
        switch uitslag {
        case .failure(let f):
            fout = [f.bericht.code, f.bericht.tekst(.nl) + (f.suggestie.map { " (\($0.tekst(.nl)))" } ?? ""), f.citaat?.description ?? ""]
        case .success(let b):
            for u in b.uitkomsten {
                guard let k = namen.firstIndex(of: u.naam) else { continue }
                // In a file separated by ';' numbers are written the Dutch way, as they were read: 280,30.
                let nederlands = scheiding == 0x3B && u.waarde.alsGetal != nil
                switch BesluitWeergave.waarde(u.waarde, u.soort, u.tekst) {
                case .tekst(let t), .getal(let t): uitkomsten[k] = nederlands ? String(t.map { $0 == "." ? "," : $0 }) : t
                case .waarheid(let b): uitkomsten[k] = b ? "true" : "false"
                case .null: uitkomsten[k] = ""     // geen: an empty cell, as in the input
                case .object, .array: uitkomsten[k] = u.tekst
                }
            }
            versie = versieVanaf[b.versie.index] ?? ""
            waarschuwingen = b.waarschuwingen.map { $0.bericht.tekst(.nl) }.joined(separator: "; ")
        }
        let rij = ["\(nummer)"] + (kenmerkVeld != nil ? [kenmerk ?? ""] : []) + uitkomsten + (compilatie.versies.count > 1 ? [versie] : []) + fout + [waarschuwingen]
        return rij.map { CSV.cel($0, scheiding: scheiding) }.joined(separator: String(UnicodeScalar(scheiding)))
    }

    /// JSON Lines read as cases, numbered from 1.
    public static func gevallen(_ regels: Regels) -> [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)] {
        regels.enumerated().map { k, regel in
            (k + 1, Result { () throws(JSONFout) in try JSONLezer.lees(Array(regel)) }.mapError { GevalProbleem(bericht: $0.bericht) })
        }
    }

    /// Splits input bytes into lines; what follows the last line end is kept for the next block.
    public static func regels(_ buffer: inout [UInt8], eindeInvoer: Bool) -> Regels {
        var grenzen: [Range<Int>] = []
        var begin = 0
        // The line ends, found by memchr (the C library's vectorised scan): a generic search costs as much as
        // reading the case.
        let einden: [Int] = buffer.withUnsafeBufferPointer { b in
            var einden: [Int] = []
            guard let basis = b.baseAddress else { return einden }
            var k = 0
            while k < b.count, let p = memchr(basis + k, 0x0A, b.count - k) {
                let nl = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - basis
                einden.append(nl)
                k = nl + 1
            }
            return einden
        }
        grenzen.reserveCapacity(einden.count + 1)
        for nl in einden {
            let eind = nl > begin && buffer[nl - 1] == 0x0D ? nl - 1 : nl
            grenzen.append(begin..<eind)
            begin = nl + 1
        }
        if eindeInvoer && begin < buffer.count {
            grenzen.append(begin..<buffer.count)
            begin = buffer.count
        }
        let blok = buffer
        buffer = Array(buffer[begin...])
        return Regels(bytes: blok, grenzen: grenzen)
    }
}

/// Lines of JSON Lines: one buffer, and where each line stands in it without its line end. Batch reads the lines in
/// place, through one pointer to the buffer: a line handed on as a slice of its own retained the buffer, in the
/// reader and again in the thread that decided it, and each such count moved a cache line between the two cores
/// (issue 17).
public struct Regels: RandomAccessCollection, Sendable {
    /// The bytes the lines lie in.
    public let bytes: [UInt8]
    /// Where each line stands in ``bytes``.
    public let grenzen: [Range<Int>]

    public init(bytes: [UInt8], grenzen: [Range<Int>]) {
        self.bytes = bytes
        self.grenzen = grenzen
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { grenzen.count }
    public subscript(i: Int) -> ArraySlice<UInt8> { bytes[grenzen[i]] }

    /// Lines `r` of these, in the same buffer.
    public func deel(_ r: Range<Int>) -> Regels { Regels(bytes: bytes, grenzen: Array(grenzen[r])) }
}

/// The next run to take, shared by the threads of one block.
final class Teller: Sendable {
    let waarde = Atomic<Int>(0)
    func volgende() -> Int { waarde.wrappingAdd(1, ordering: .relaxed).oldValue }
}

extension Result where Success == Beslissing {
    /// Whether the case was decided.
    var isBeslist: Bool {
        if case .success = self { return true }
        return false
    }
}
