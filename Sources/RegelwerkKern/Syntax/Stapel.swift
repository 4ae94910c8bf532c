// Syntax: room on the stack for the passes that recurse as deep as the input nests. The parser, the checker
// and the planner follow an expression's nesting, bounded by ``Parser/maximumDiepte`` and
// ``Parser/maximumHoogte``; in a debug build those bounds take several hundred KiB of stack, about all a
// secondary thread has (512 KiB), so a language server, a test runner or a batch thread could overflow on
// input the limits allow. These passes run on a thread of their own with a stack that holds them many times.

import Foundation

/// The work and its result, handed to the thread and back; the semaphore orders the two accesses.
private final class Doos<T>: @unchecked Sendable {
    /// Dropped as soon as it has run: the closure must not outlive the call (`withoutActuallyEscaping`).
    var werk: (() -> T)?
    var uitkomst: T?
    let klaar = DispatchSemaphore(value: 0)
    init(_ werk: @escaping () -> T) { self.werk = werk }
}

enum Stapel {
    /// Enough for the deepest input the limits allow, with a wide margin.
    static let grootte = 64 << 20
    static let naam = "regelwerk.stapel"

    /// Runs `werk` on a thread with a stack of ``grootte`` and returns its result; directly when already on one.
    static func metRuimte<T>(_ werk: () -> T) -> T {
        if Thread.current.name == naam { return werk() }
        return withoutActuallyEscaping(werk) { werk in
            let doos = Doos(werk)
            start {
                doos.uitkomst = doos.werk?()
                doos.werk = nil
                doos.klaar.signal()
            }
            doos.klaar.wait()
            // The thread has run `werk` to its end before it signalled.
            guard let uitkomst = doos.uitkomst else { return werk() }
            return uitkomst
        }
    }

    /// Starts `werk` on a thread of its own with a stack of ``grootte``, named so that ``metRuimte(_:)`` knows it.
    private static func start(_ werk: @escaping @Sendable () -> Void) {
        let draad = Thread(block: werk)
        draad.stackSize = grootte
        draad.name = naam
        draad.start()
    }

    /// `werk(k)` for every `k` in `0..<aantal`, on up to `draden` threads with a stack of ``grootte`` each (the
    /// calling one among them when it has such a stack), each taking the next `k` when it finishes one; the
    /// results in the order of `k`, whatever the threads. For work that does not depend on the other `k`s: the
    /// files of a rule set parse, and its versions check, each on its own (`beslis` cold waits for both).
    static func parallel<T>(_ aantal: Int, draden: Int = ProcessInfo.processInfo.activeProcessorCount, _ werk: (Int) -> T) -> [T] {
        let n = Swift.min(aantal, Swift.max(1, draden))
        guard n > 1 else { return metRuimte { (0..<aantal).map(werk) } }
        return withoutActuallyEscaping(werk) { werk in
            let verdeling = Verdeling<T>(aantal: aantal, werk: werk)
            let klaar = DispatchSemaphore(value: 0)
            for _ in 1..<n {
                start {
                    verdeling.werk()
                    klaar.signal()
                }
            }
            metRuimte { verdeling.werk() }
            for _ in 1..<n { klaar.wait() }
            // Every k was taken by exactly one thread, which ran it to its end before it signalled.
            return verdeling.uitkomsten()
        }
    }
}

/// The `k`s of ``Stapel/parallel(_:draden:_:)`` and their results: the next `k` under a lock, each result written
/// by the one thread that took its `k`, and read after all of them signalled.
private final class Verdeling<T>: @unchecked Sendable {
    private let slot = NSLock()
    private var volgende = 0
    private let aantal: Int
    private var werkUit: ((Int) -> T)?
    private let uit: UnsafeMutableBufferPointer<T?>

    init(aantal: Int, werk: @escaping (Int) -> T) {
        self.aantal = aantal
        werkUit = werk
        uit = .allocate(capacity: aantal)
        uit.initialize(repeating: nil)
    }

    func werk() {
        guard let werk = werkUit else { return }
        while true {
            slot.lock()
            let k = volgende
            volgende += 1
            slot.unlock()
            guard k < aantal else { return }
            uit[k] = werk(k)
        }
    }

    /// The results, in order; the work is dropped (it must not outlive the call).
    func uitkomsten() -> [T] {
        werkUit = nil
        return uit.compactMap { $0 }
    }

    deinit {
        uit.deinitialize()
        uit.deallocate()
    }
}
