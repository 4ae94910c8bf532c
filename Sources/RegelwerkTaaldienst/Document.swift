// Taaldienst: an open document's text and the two ways of pointing into it. Regelwerk points with UTF-8 byte
// offsets (``SourceRange``); the Language Server Protocol with a line and a character counted in UTF-16 code
// units. This file converts between them, on the bytes, so that 'é' (2 bytes, 1 unit) and '€' (3 bytes,
// 1 unit) and a character beyond the Basic Multilingual Plane (4 bytes, 2 units) land where the editor means.

import RegelwerkKern
import RegelwerkGevallen

/// A place in a document as LSP says it: a 0-based line and a 0-based UTF-16 offset within it.
package struct Positie: Sendable, Hashable {
    package var regel: Int
    package var teken: Int

    package init(regel: Int, teken: Int) {
        self.regel = regel
        self.teken = teken
    }

    /// `{"line": …, "character": …}`; nil when either is missing or negative.
    package init?(_ w: JSONWaarde?) {
        guard let r = w?["line"]?.geheel, let t = w?["character"]?.geheel, r >= 0, t >= 0 else { return nil }
        self.init(regel: r, teken: t)
    }

    package var json: JSONWaarde { .object([("line", .n(regel)), ("character", .n(teken))]) }
}

/// The line starts of a text, to turn byte offsets into positions and back.
package struct Regeltabel: Sendable {
    package let begin: [Int]

    package init(_ bytes: [UInt8]) {
        var begin = [0]
        for (i, b) in bytes.enumerated() where b == 10 { begin.append(i + 1) }
        self.begin = begin
    }

    /// The byte offset of a position. A line past the end is the end of the text; a character past the end
    /// of its line is the end of that line (as the protocol asks); an offset inside a character is its start.
    package func offset(_ p: Positie, in bytes: [UInt8]) -> Int {
        guard p.regel < begin.count else { return bytes.count }
        var i = begin[p.regel]
        let eind = p.regel + 1 < begin.count ? begin[p.regel + 1] - 1 : bytes.count
        var eenheden = 0
        while i < eind, eenheden < p.teken {
            let (lengte, units) = Regeltabel.teken(bytes, i)
            if eenheden + units > p.teken { break }
            eenheden += units
            i += lengte
        }
        return Swift.min(i, eind)
    }

    /// The position of a byte offset (clamped to the text).
    package func positie(_ offset: Int, in bytes: [UInt8]) -> Positie {
        let o = Swift.max(0, Swift.min(offset, bytes.count))
        var lo = 0, hi = begin.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if begin[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        var i = begin[lo], eenheden = 0
        while i < o {
            let (lengte, units) = Regeltabel.teken(bytes, i)
            eenheden += units
            i += lengte
        }
        return Positie(regel: lo, teken: eenheden)
    }

    /// The byte length and UTF-16 length of the character starting at `i`. A stray byte counts as one of
    /// each: the lexer reports invalid UTF-8, and positions must still go somewhere.
    static func teken(_ b: [UInt8], _ i: Int) -> (Int, Int) {
        let x = b[i]
        let lengte: Int
        switch x {
        case 0xF0...0xF7: lengte = 4
        case 0xE0...0xEF: lengte = 3
        case 0xC0...0xDF: lengte = 2
        default: return (1, 1)
        }
        guard i + lengte <= b.count, (1..<lengte).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }) else { return (1, 1) }
        return (lengte, lengte == 4 ? 2 : 1)
    }

    /// The LSP range of a byte range.
    package func bereik(_ start: Int, _ eind: Int, in bytes: [UInt8]) -> JSONWaarde {
        .object([("start", positie(start, in: bytes).json), ("end", positie(eind, in: bytes).json)])
    }
}

/// A text the editor has open: its URI, the version the editor gave it, and its content as UTF-8.
package struct Document: Sendable {
    package var uri: String
    package var pad: String
    package var versie: Int
    package private(set) var bytes: [UInt8]
    package private(set) var regels: Regeltabel

    package init(uri: String, pad: String, versie: Int, tekst: String) {
        self.uri = uri
        self.pad = pad
        self.versie = versie
        self.bytes = Array(tekst.utf8)
        self.regels = Regeltabel(bytes)
    }

    /// Applies one change of `textDocument/didChange`: the whole text, or a range replaced.
    package mutating func wijzig(van: Positie?, tot: Positie?, tekst: String) {
        guard let van, let tot else {
            bytes = Array(tekst.utf8)
            regels = Regeltabel(bytes)
            return
        }
        var a = regels.offset(van, in: bytes), b = regels.offset(tot, in: bytes)
        if b < a { swap(&a, &b) }
        bytes.replaceSubrange(a..<b, with: Array(tekst.utf8))
        regels = Regeltabel(bytes)
    }
}
