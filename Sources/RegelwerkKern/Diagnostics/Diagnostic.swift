// Diagnostics: what a pass reports, collected so that every error of a file is shown at once.

/// The language in which messages are shown: Dutch by default, `--lang en` for English.
public enum Taal: String, Sendable, CaseIterable {
    case nl, en
}

public enum Ernst: Sendable, Hashable {
    case fout, waarschuwing, opmerking

    package func label(_ taal: Taal) -> String {
        switch (self, taal) {
        case (.fout, .nl): "fout"
        case (.fout, .en): "error"
        case (.waarschuwing, .nl): "waarschuwing"
        case (.waarschuwing, .en): "warning"
        case (.opmerking, .nl): "opmerking"
        case (.opmerking, .en): "note"
        }
    }
}

/// A secondary location with its own message, e.g. where a name was declared.
public struct Notitie: Sendable, Hashable {
    public var bericht: Bericht
    public var bereik: SourceRange?
}

/// One finding of the compiler, with a stable code, a location and optional help.
public struct Diagnostic: Sendable, Hashable {
    public var ernst: Ernst
    public var bericht: Bericht
    public var bereik: SourceRange?
    /// Context lines, e.g. "in artikel 51 lid 2" (shown as `= ...`).
    public var context: [Bericht] = []
    /// "bedoelde u ...?" and similar help (shown as `= ...`).
    public var suggestie: Bericht?
    public var notities: [Notitie] = []

    public init(_ ernst: Ernst, _ bericht: Bericht, _ bereik: SourceRange?, suggestie: Bericht? = nil) {
        self.ernst = ernst
        self.bericht = bericht
        self.bereik = bereik
        self.suggestie = suggestie
    }

    public var code: String { bericht.code }
}

/// Collects diagnostics across passes; later passes skip what an earlier one marked in error.
public struct Diagnostics: Sendable {
    public private(set) var alle: [Diagnostic] = []

    public init() {}

    public var heeftFouten: Bool { alle.contains { $0.ernst == .fout } }
    public var aantalFouten: Int { alle.filter { $0.ernst == .fout }.count }

    public mutating func meld(_ d: Diagnostic) { alle.append(d) }

    public mutating func fout(_ b: Bericht, _ r: SourceRange?, suggestie: Bericht? = nil,
                              context: [Bericht] = [], notities: [Notitie] = []) {
        var d = Diagnostic(.fout, b, r, suggestie: suggestie)
        d.context = context
        d.notities = notities
        alle.append(d)
    }

    public mutating func waarschuwing(_ b: Bericht, _ r: SourceRange?, suggestie: Bericht? = nil,
                                      context: [Bericht] = [], notities: [Notitie] = []) {
        var d = Diagnostic(.waarschuwing, b, r, suggestie: suggestie)
        d.context = context
        d.notities = notities
        alle.append(d)
    }

    public mutating func voegToe(_ andere: Diagnostics) { alle += andere.alle }

    /// Sorted by file and position, so output is deterministic whatever order passes ran in.
    public var gesorteerd: [Diagnostic] {
        alle.enumerated().sorted { a, b in
            let ra = a.element.bereik, rb = b.element.bereik
            switch (ra, rb) {
            case let (x?, y?):
                if x.bestand.waarde != y.bestand.waarde { return x.bestand.waarde < y.bestand.waarde }
                if x.start != y.start { return x.start < y.start }
                return a.offset < b.offset
            case (nil, _?): return false
            case (_?, nil): return true
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment): "Modle" is one typo from
/// "Model". Used for "bedoelde u ...?" suggestions.
func bewerkingsafstand(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let kosten = a[i - 1] == b[j - 1] ? 0 : 1
            d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + kosten)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
            }
        }
    }
    return d[a.count][b.count]
}

/// The candidate closest to `naam`, if it is close enough to be a likely typo.
public func dichtstbijzijnde(_ naam: String, in kandidaten: some Sequence<String>) -> String? {
    let a = Array(naam.lowercased())
    var beste: (String, Int)?
    for k in kandidaten {
        let b = Array(k.lowercased())
        if abs(a.count - b.count) > 3 { continue }
        let d = bewerkingsafstand(a, b)
        let grens = Swift.max(1, Swift.min(3, a.count / 3))
        guard d <= grens else { continue }
        if let (bk, bd) = beste, bd < d || (bd == d && bk <= k) { continue }
        beste = (k, d)
    }
    return beste?.0
}
