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
            let draad = Thread {
                doos.uitkomst = doos.werk?()
                doos.werk = nil
                doos.klaar.signal()
            }
            draad.stackSize = grootte
            draad.name = naam
            draad.start()
            doos.klaar.wait()
            // The thread has run `werk` to its end before it signalled.
            guard let uitkomst = doos.uitkomst else { return werk() }
            return uitkomst
        }
    }
}
