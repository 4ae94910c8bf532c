// Check: one depth-first walk over a dependency graph, without recursion (a chain of rules may be as long
// as a rule set is large), used to order rules and to find cycles.

/// Nodes `0..<buren.count`, with an edge from each node to each of its `buren`.
struct Graaf {
    let buren: [[Int]]

    /// Visits every node once, in index order of the roots. `klaar` is called in post-order (after every
    /// node it reaches); `kring` is called with the path of a cycle when an edge returns to a node that
    /// is still on the path (the path starts at that node).
    func dieptezoeken(klaar: (Int) -> Void, kring: ([Int]) -> Void = { _ in }) {
        var staat = Array(repeating: 0, count: buren.count) // 0 new, 1 on the path, 2 done
        var pad: [Int] = []
        for start in buren.indices where staat[start] == 0 {
            var werk: [(Int, Int)] = [(start, 0)]
            staat[start] = 1
            pad.append(start)
            while let (knoop, k) = werk.last {
                if k < buren[knoop].count {
                    werk[werk.count - 1].1 += 1
                    let v = buren[knoop][k]
                    if staat[v] == 0 {
                        staat[v] = 1
                        pad.append(v)
                        werk.append((v, 0))
                    } else if staat[v] == 1, let i = pad.firstIndex(of: v) {
                        kring(Array(pad[i...]))
                    }
                } else {
                    staat[knoop] = 2
                    pad.removeLast()
                    werk.removeLast()
                    klaar(knoop)
                }
            }
        }
    }
}
