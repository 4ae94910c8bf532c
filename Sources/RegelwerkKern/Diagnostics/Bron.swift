// Diagnostics: source files and byte ranges; line and column are derived only when a message is shown.

/// Identifies a loaded source file within a ``Bronnen`` set.
public struct BestandID: Sendable, Hashable {
    public let waarde: UInt32
    package init(waarde: UInt32) { self.waarde = waarde }
}

/// A span in a source file: UTF-8 byte offsets, cheap to carry on every token and node.
public struct SourceRange: Sendable, Hashable {
    public var bestand: BestandID
    public var start: UInt32
    public var eind: UInt32

    public init(bestand: BestandID, start: UInt32, eind: UInt32) {
        self.bestand = bestand
        self.start = start
        self.eind = eind
    }

    /// The range from the start of `self` to the end of `other`.
    public func tot(_ other: SourceRange) -> SourceRange {
        SourceRange(bestand: bestand, start: start, eind: Swift.max(eind, other.eind))
    }
}

/// One source file's text and its line table.
public struct Bronbestand: Sendable {
    public let pad: String
    public let bytes: [UInt8]
    let regelbegin: [Int]

    public init(pad: String, tekst: String) {
        self.init(pad: pad, bytes: Array(tekst.utf8))
    }

    /// Raw bytes: invalid UTF-8 is kept so that the lexer can point at the first bad byte.
    public init(pad: String, bytes: [UInt8]) {
        self.pad = pad
        self.bytes = bytes
        var begin = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { begin.append(i + 1) }
        self.regelbegin = begin
    }

    /// 1-based line and column; the column counts characters, not bytes, so carets line up under é.
    public func positie(_ offset: UInt32) -> (regel: Int, kolom: Int) {
        let o = Swift.min(Int(offset), bytes.count)
        var lo = 0, hi = regelbegin.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if regelbegin[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        let prefix = String(decoding: bytes[regelbegin[lo]..<o], as: UTF8.self)
        return (lo + 1, prefix.count + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func regel(_ n: Int) -> String {
        guard n >= 1, n <= regelbegin.count else { return "" }
        let s = regelbegin[n - 1]
        var e = n < regelbegin.count ? regelbegin[n] - 1 : bytes.count
        if e > s, bytes[e - 1] == UInt8(ascii: "\r") { e -= 1 }
        return String(decoding: bytes[s..<Swift.max(s, e)], as: UTF8.self)
    }

    public func tekst(_ r: SourceRange) -> String {
        let s = Swift.min(Int(r.start), bytes.count), e = Swift.min(Int(r.eind), bytes.count)
        return String(decoding: bytes[s..<Swift.max(s, e)], as: UTF8.self)
    }
}

/// All source files of one run, addressed by ``BestandID``.
public struct Bronnen: Sendable {
    public private(set) var bestanden: [Bronbestand] = []

    public init() {}

    public mutating func voegToe(pad: String, tekst: String) -> BestandID {
        voegToe(pad: pad, bytes: Array(tekst.utf8))
    }

    public mutating func voegToe(pad: String, bytes: [UInt8]) -> BestandID {
        bestanden.append(Bronbestand(pad: pad, bytes: bytes))
        return BestandID(waarde: UInt32(bestanden.count - 1))
    }

    public subscript(id: BestandID) -> Bronbestand { bestanden[Int(id.waarde)] }

    /// "pad:regel:kolom" of the start of a range.
    public func plaats(_ r: SourceRange) -> String {
        let b = self[r.bestand]
        let (l, c) = b.positie(r.start)
        return "\(b.pad):\(l):\(c)"
    }
}
