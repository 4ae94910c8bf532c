// Syntax/Stapel: the passes that recurse as deep as the input nests run on threads with a large stack, and the
// files of a rule set (and its versions) on all cores, their results in order.

import Foundation
import Synchronization
import Testing
@testable import RegelwerkKern

@Suite struct StapelTests {
    /// Uneven work over more threads than cores: every k once, the results in the order of k.
    @Test func parallelGeeftDeUitkomstenOpVolgorde() {
        let gedaan = Mutex<[Int]>([])
        let uit = Stapel.parallel(200, draden: 4) { k -> Int in
            if k % 7 == 0 { usleep(200) }
            gedaan.withLock { $0.append(k) }
            return k * k
        }
        #expect(uit == (0..<200).map { $0 * $0 })
        #expect(gedaan.withLock { $0.sorted() } == Array(0..<200))
    }

    /// Each thread has the large stack: a recursion deeper than a secondary thread's 512 KiB (and the main
    /// thread's 8 MiB) holds on every one of them.
    @Test func parallelHeeftRuimteOpDeStapel() {
        func diep(_ n: Int) -> Int { n == 0 ? 0 : 1 + diep(n - 1) }
        let uit = Stapel.parallel(4, draden: 4) { _ in diep(150_000) }
        #expect(uit == Array(repeating: 150_000, count: 4))
    }

    /// Nothing to do, or one thread: the work runs here, in order.
    @Test(arguments: [0, 1, 5])
    func eenDraad(_ aantal: Int) {
        #expect(Stapel.parallel(aantal, draden: 1) { $0 + 1 } == (0..<aantal).map { $0 + 1 })
    }
}
