// Benchmark: the measurements. Batch end to end through the same pipeline as `regelwerk batch`
// (Gevalstroom.perBlok + Batch.beslis, every record built and then dropped instead of written), plan
// evaluation in memory (one thread, one Werkplaats, cases parsed once), and the check that every case
// decides. Clocks, CPU time and peak memory come from the operating system.

import Foundation
import Voorhaal
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// Where a batch reads its cases: JSON Lines in memory (the generated workload), or a file read piece by
/// piece as `regelwerk batch --invoer` reads it.
enum Invoer {
    case geheugen([UInt8])
    case bestand(String)

    /// A reader that gives the input in pieces of 1 MiB (what the CLI reads per call) and nil at its end; nil
    /// when the file cannot be opened. It may be called on another thread than the one that made it (the
    /// read-ahead of ``meetBatch``), one call at a time.
    func lezer() -> (() -> [UInt8]?)? {
        switch self {
        case .geheugen(let bytes):
            var plaats = 0
            return {
                guard plaats < bytes.count else { return nil }
                let eind = min(plaats + (1 << 20), bytes.count)
                defer { plaats = eind }
                return Array(bytes[plaats..<eind])
            }
        case .bestand(let pad):
            // Read as `regelwerk batch --invoer` reads it. A read error ends the input; the count of cases then shows
            // it. The handle closes when the reader is released.
            guard let h = FileHandle(forReadingAtPath: pad) else { return nil }
            return Vooruitlezer.stukken(uit: h) { _ in }
        }
    }

    /// The first `maximum` lines (without their line ends), for the measurements that take cases one by one.
    func eersteRegels(_ maximum: Int) -> [[UInt8]] {
        var regels: [[UInt8]] = [], rest: [UInt8] = []
        guard let volgende = lezer() else { return [] }
        while regels.count < maximum, let stuk = volgende() {
            rest += stuk
            var begin = 0
            while regels.count < maximum, let nl = rest[begin...].firstIndex(of: 0x0A) {
                regels.append(Array(rest[begin..<nl]))
                begin = nl + 1
            }
            rest.removeFirst(begin)
        }
        if regels.count < maximum && !rest.isEmpty { regels.append(rest) }
        return regels.filter { !$0.isEmpty }
    }
}

/// CPU time and memory from the operating system.
enum Proces {
    /// User plus system time of the whole process, all threads, in microseconds.
    static func cpuMicroseconden() -> Int {
        let r = gebruik()
        return (Int(r.ru_utime.tv_sec) + Int(r.ru_stime.tv_sec)) * 1_000_000 + Int(r.ru_utime.tv_usec) + Int(r.ru_stime.tv_usec)
    }

    /// Starts a new peak: afterwards ``piekBytes()`` is the most resident memory since now. Linux resets the
    /// high-water mark when "5" is written to /proc/self/clear_refs; false where that is not possible.
    static func herstelPiek() -> Bool {
        guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? h.close() }
        return (try? h.write(contentsOf: Data("5".utf8))) != nil
    }

    /// The most memory the process has had resident (since ``herstelPiek()``), in bytes. VmHWM, because
    /// getrusage's ru_maxrss also keeps the peak of what ran before an exec (`swift run` itself, when it
    /// starts this program that way) and a reset does not lower it; ru_maxrss only where /proc is missing.
    static func piekBytes() -> Int {
        if let kB = statusVeld("VmHWM:") { return kB * 1024 }
        return Int(gebruik().ru_maxrss) * 1024
    }

    /// getrusage for this process (Glibc imports RUSAGE_SELF as an enum, Darwin as an Int32).
    static func gebruik() -> rusage {
        var r = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &r)
        #else
        getrusage(RUSAGE_SELF, &r)
        #endif
        return r
    }

    /// A "kB" line of /proc/self/status.
    static func statusVeld(_ naam: String) -> Int? {
        guard let d = FileManager.default.contents(atPath: "/proc/self/status"), let tekst = String(data: d, encoding: .utf8) else {
            return nil
        }
        for regel in tekst.split(separator: "\n") where regel.hasPrefix(naam) {
            return Int(regel.dropFirst(naam.count).split(separator: " ").first ?? "")
        }
        return nil
    }
}

/// Seconds on the monotonic clock since `begin`.
func seconden(sinds begin: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - begin
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// What one batch run gave.
struct Batchmeting {
    var gevallen = 0
    var fouten = 0
    var seconden = 0.0
    var cpuMicroseconden = 0
    /// The peak resident memory during the run (nil when it could not be reset first, so it would be an
    /// earlier peak).
    var piekBytes: Int?
    var uitvoerBytes = 0
    /// Cases read straight from their bytes (the others were read the general way).
    var rechtstreeks = 0

    var perSeconde: Double { seconden > 0 ? Double(gevallen) / seconden : 0 }
}

/// Decides the whole input as `regelwerk batch` does: block by block, every block over `draden` threads,
/// one JSON record written into a byte buffer per case, the input read ahead on a thread of its own
/// (``Vooruitlezer``) as `batch` reads it. (Read on the deciding thread, the cores waited for every piece
/// between two blocks: 2 threads gave 1.62× here where `batch` gives 1.88× on the same file.) The records are
/// counted and dropped instead of written, so that a terminal or disk does not set the pace.
func meetBatch(_ beslisser: Beslisser, beslissing: Int, draden: Int, invoer: Invoer) -> Batchmeting? {
    let batch = Batch(beslisser: beslisser, beslissing: beslissing, draden: draden)
    var m = Batchmeting()
    let gereset = Proces.herstelPiek()
    let cpu = Proces.cpuMicroseconden(), begin = ContinuousClock.now
    var uit: [UInt8] = []
    guard let lees = invoer.lezer() else { return nil }
    let vooruit = Vooruitlezer(lees)
    Gevalstroom.perBlok(vooruit.lees, csv: false, regelset: beslisser.compilatie.versies[0].regelset) { stuk in
        switch stuk {
        case .regels(let regels, let eerste):
            uit.removeAll(keepingCapacity: true)
            batch.beslis(regels, eersteNummer: eerste, naar: &uit)
            m.uitvoerBytes += uit.count
        case .gevallen:
            break     // CSV only; the benchmark reads JSON Lines
        case .teGroot(let nummer, _, _):
            m.uitvoerBytes += batch.foutRecord(.gevalTeGroot(Gevalgrens.bytes), nummer: nummer, scheiding: nil).utf8.count + 1
        }
    }
    vooruit.stop()
    m.seconden = seconden(sinds: begin)
    m.cpuMicroseconden = Proces.cpuMicroseconden() - cpu
    m.piekBytes = gereset ? Proces.piekBytes() : nil
    m.gevallen = batch.beslist + batch.fouten
    m.fouten = batch.fouten
    m.rechtstreeks = batch.rechtstreeks
    return m
}

/// What plan evaluation in memory gave.
struct Planmeting {
    var beslissingen = 0
    var fouten = 0
    /// Cases of the pool the byte reader declined (left out of the measurement).
    var nietGebonden = 0
    var seconden = 0.0

    var perSeconde: Double { seconden > 0 ? Double(beslissingen) / seconden : 0 }
}

/// Plan evaluation on one thread, the cases already bound: each is read once from its bytes into a worker's
/// slots and kept as bound; then the plan runs on each again and again (the slots set back to the bound case,
/// the plan run, nothing read or written), in whole rounds for at least `minimum` seconds, after one untimed
/// round to warm up. By time, not by count: a fast plan then gets enough rounds to measure, a slow one does
/// not take minutes. A case the byte reader declines (an unusual one) is left out and counted as such.
func meetPlan(_ beslisser: Beslisser, beslissing b: Int, regels: [[UInt8]], minimum: Double) -> Planmeting {
    var m = Planmeting()
    let werkplaats = Werkplaats(beslisser)
    var gebonden: [(geval: Werker.Gebonden, plaats: Int)] = []
    for regel in regels {
        let plaats = regel.withUnsafeBufferPointer { beslisser.bind(bytes: $0, beslissing: b, peildatum: nil, in: werkplaats)?.plaats }
        if let plaats, let g = werkplaats.gebonden(plaats) { gebonden.append((g, plaats)) } else { m.nietGebonden += 1 }
    }
    guard !gebonden.isEmpty else { return m }
    // In flat memory (``GebondenGevallen``): setting a case back then counts no references.
    let pool = GebondenGevallen(gebonden)
    for k in 0..<pool.count { _ = werkplaats.beslis(pool, k) }
    var fouten = 0, n = 0
    let begin = ContinuousClock.now
    repeat {
        for k in 0..<pool.count {
            // The case after the next is asked for ahead: a batch decides a case right after reading it, so its
            // values are in the caches; a pool of ten thousand cases is not (30 MB for the reference workload), and
            // without the hint a quarter of the time went to waiting for memory, not to deciding.
            let m = pool.geheugen(van: k + 2)
            voorhaal(m.invoer, m.invoerBytes)
            voorhaal(m.velden, m.veldenBytes)
            if !werkplaats.beslis(pool, k) { fouten += 1 }
        }
        n += pool.count
    } while seconden(sinds: begin) < minimum
    m.seconden = seconden(sinds: begin)
    m.beslissingen = n
    m.fouten = fouten
    return m
}

/// Asks the processor to load `bytes` bytes from `adres` on, one cache line at a time, without waiting for them.
@inline(__always)
func voorhaal(_ adres: UnsafeRawPointer?, _ bytes: Int) {
    guard let adres else { return }
    for o in stride(from: 0, to: bytes, by: 64) { regelwerk_voorhaal(adres + o) }
}

/// What checking every case gave.
struct Controle {
    var gevallen = 0
    var fouten = 0
    /// The first errors: the case's line and the message.
    var eersteFouten: [(regel: Int, melding: String)] = []
    /// Cases decided per version (an index into the compilation's versions).
    var perVersie: [Int]
    /// Per truth-valued rule: how often it was true, false and geen, over the cases decided.
    var waarheden: [String: (waar: Int, onwaar: Int, geen: Int)] = [:]
}

/// Decides every case as `batch` would, with every rule's value, and counts errors, versions and how
/// often each truth-valued rule came out true: that the workload reaches the rules it means to.
func controleer(_ beslisser: Beslisser, beslissing b: Int, invoer: Invoer) -> Controle? {
    let batch = Batch(beslisser: beslisser, beslissing: b)
    var c = Controle(perVersie: Array(repeating: 0, count: beslisser.compilatie.versies.count))
    guard let lees = invoer.lezer() else { return nil }
    Gevalstroom.perBlok(lees, csv: false, regelset: beslisser.compilatie.versies[0].regelset) { stuk in
        switch stuk {
        case .regels(let regels, let eerste):
            for (k, uitslag) in batch.uitslagen(regels).enumerated() {
                c.gevallen += 1
                switch uitslag {
                case .failure(let f):
                    c.fouten += 1
                    if c.eersteFouten.count < 5 {
                        // The article, unless the message names it already.
                        let melding = f.bericht.tekst(.nl)
                        let artikel = f.citaat.map { "\($0)" }.flatMap { melding.contains($0) ? nil : " (\($0))" } ?? ""
                        c.eersteFouten.append((eerste + k, melding + artikel))
                    }
                case .success(let beslissing):
                    c.perVersie[beslissing.versie.index] += 1
                    for (naam, w) in beslissing.tussenwaarden {
                        switch w.waarde {
                        case .waarheid(true): c.waarheden[naam, default: (0, 0, 0)].waar += 1
                        case .waarheid(false): c.waarheden[naam, default: (0, 0, 0)].onwaar += 1
                        case .afwezig: c.waarheden[naam, default: (0, 0, 0)].geen += 1
                        default: break
                        }
                    }
                }
            }
        case .gevallen:
            break
        case .teGroot(let nummer, _, _):
            c.gevallen += 1
            c.fouten += 1
            if c.eersteFouten.count < 5 { c.eersteFouten.append((nummer, Bericht.gevalTeGroot(Gevalgrens.bytes).tekst(.nl))) }
        }
    }
    return c
}
