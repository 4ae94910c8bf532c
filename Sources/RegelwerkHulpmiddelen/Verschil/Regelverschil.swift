// Tools: the difference between two texts line by line (Myers' O((N+M)·D) algorithm, without recursion),
// printed as a unified diff: `fmt --verschil` shows what the layout would change.

public enum Regelverschil {
    /// One line of the difference: kept, removed from the old text, or added in the new one.
    public enum Bewerking: Equatable, Sendable {
        case zelfde(String)
        case weg(String)
        case bij(String)
    }

    /// The shortest edit turning `oud` into `nieuw`, as a sequence of kept, removed and added lines.
    public static func bewerkingen(_ oud: [String], _ nieuw: [String]) -> [Bewerking] {
        let (n, m) = (oud.count, nieuw.count)
        let maximum = n + m
        guard maximum > 0 else { return [] }
        // v[k + maximum]: the furthest x on diagonal k; one copy per step d, to walk the path back.
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        var sporen: [[Int]] = []
        zoek: for d in 0...maximum {
            sporen.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[k - 1 + maximum] < v[k + 1 + maximum])) ? v[k + 1 + maximum] : v[k - 1 + maximum] + 1
                var y = x - k
                while x < n && y < m && oud[x] == nieuw[y] { x += 1; y += 1 }
                v[k + maximum] = x
                if x >= n && y >= m { break zoek }
            }
        }
        // Back along the stored steps, from the end to the start.
        var uit: [Bewerking] = []
        var (x, y) = (n, m)
        for d in stride(from: sporen.count - 1, through: 0, by: -1) {
            let w = sporen[d]
            let k = x - y
            let vorigeK = (k == -d || (k != d && w[k - 1 + maximum] < w[k + 1 + maximum])) ? k + 1 : k - 1
            let vorigeX = d == 0 ? 0 : w[vorigeK + maximum]
            let vorigeY = vorigeX - vorigeK
            while x > vorigeX && y > vorigeY {
                x -= 1; y -= 1
                uit.append(.zelfde(oud[x]))
            }
            if d > 0 {
                if x == vorigeX { uit.append(.bij(nieuw[y - 1])); y -= 1 } else { uit.append(.weg(oud[x - 1])); x -= 1 }
            }
        }
        while x > 0 && y > 0 { x -= 1; y -= 1; uit.append(.zelfde(oud[x])) }
        return uit.reversed()
    }

    /// A unified diff (`--- a/pad`, `+++ b/pad`, hunks with three lines of context), empty when equal.
    public static func unified(_ oud: String, _ nieuw: String, pad: String, context: Int = 3) -> String {
        let a = regels(oud), b = regels(nieuw)
        let bw = bewerkingen(a, b)
        guard bw.contains(where: { if case .zelfde = $0 { false } else { true } }) else { return "" }
        var uit = "--- a/\(pad)\n+++ b/\(pad)\n"
        // Positions in both texts before each operation.
        var posities: [(Int, Int)] = []
        var (i, j) = (0, 0)
        for x in bw {
            posities.append((i, j))
            switch x {
            case .zelfde: i += 1; j += 1
            case .weg: i += 1
            case .bij: j += 1
            }
        }
        let veranderd = bw.indices.filter { if case .zelfde = bw[$0] { false } else { true } }
        var k = 0
        while k < veranderd.count {
            let begin = max(0, veranderd[k] - context)
            var eind = min(bw.count, veranderd[k] + context + 1)
            while k + 1 < veranderd.count && veranderd[k + 1] - context <= eind {
                k += 1
                eind = min(bw.count, veranderd[k] + context + 1)
            }
            let stuk = bw[begin..<eind]
            let oudAantal = stuk.count { if case .bij = $0 { false } else { true } }
            let nieuwAantal = stuk.count { if case .weg = $0 { false } else { true } }
            let (o, n) = posities[begin]
            uit += "@@ -\(o + (oudAantal > 0 ? 1 : 0)),\(oudAantal) +\(n + (nieuwAantal > 0 ? 1 : 0)),\(nieuwAantal) @@\n"
            for x in stuk {
                switch x {
                case .zelfde(let r): uit += " \(r)\n"
                case .weg(let r): uit += "-\(r)\n"
                case .bij(let r): uit += "+\(r)\n"
                }
            }
            k += 1
        }
        return uit
    }

    static func regels(_ s: String) -> [String] {
        var r = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if r.last == "" { r.removeLast() }
        return r
    }
}
