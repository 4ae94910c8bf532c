// Taaldienst: bytes from the editor → whole JSON-RPC messages. The Language Server Protocol frames every
// message with a header block (`Content-Length: N`, a blank line) and then N bytes of JSON. Input arrives in
// pieces of any size, so the reader keeps what it has and hands out a message only when it is complete.

/// Why a header block or a body could not be used. Each is answered with a JSON-RPC error (id null), and
/// reading goes on with the next message: a client's mistake never ends the server.
package enum Kaderfout: Error, Sendable, Equatable {
    /// A header block without a usable `Content-Length`.
    case geenLengte(String)
    /// A `Content-Length` larger than ``Kaderlezer/maximumLengte``: its body is skipped unread.
    case teLang(Int)
    /// A header block longer than ``Kaderlezer/maximumKop`` without its blank line.
    case kopTeLang
}

/// Splits the incoming byte stream into message bodies. A value type: what it holds is what it has read.
package struct Kaderlezer: Sendable {
    /// The largest body accepted. A rule file is at most 8 MiB (``Lexer/maximumGrootte``); as JSON text,
    /// with escapes, it can grow, so the limit is four times that.
    package static let maximumLengte = 32 << 20
    /// A header block is a line or two; more than this without a blank line is no header.
    package static let maximumKop = 8 << 10

    var buffer: [UInt8] = []
    /// Bytes still to drop: the body of a message refused for its length.
    var overslaan = 0

    package init() {}

    /// Adds bytes as they came in.
    package mutating func voegToe(_ bytes: [UInt8]) {
        if overslaan > 0 {
            let weg = Swift.min(overslaan, bytes.count)
            overslaan -= weg
            buffer += bytes[weg...]
        } else {
            buffer += bytes
        }
    }

    /// The next complete message body, or a framing error; nil when more bytes are needed.
    package mutating func volgende() -> Result<[UInt8], Kaderfout>? {
        // Blank lines between messages (some clients send them) are no header.
        while let b = buffer.first, b == 13 || b == 10 { buffer.removeFirst() }
        guard !buffer.isEmpty else { return nil }
        guard let (kopEinde, bodyBegin) = Kaderlezer.eindeVanKop(buffer) else {
            if buffer.count > Kaderlezer.maximumKop {
                buffer.removeAll()
                return .failure(.kopTeLang)
            }
            return nil
        }
        let kop = String(decoding: buffer[..<kopEinde], as: UTF8.self)
        guard let lengte = Kaderlezer.lengte(kop) else {
            buffer.removeFirst(bodyBegin)
            return .failure(.geenLengte(kop.count > 80 ? String(kop.prefix(80)) + "…" : kop))
        }
        guard lengte <= Kaderlezer.maximumLengte else {
            let beschikbaar = buffer.count - bodyBegin
            let weg = Swift.min(lengte, beschikbaar)
            buffer.removeFirst(bodyBegin + weg)
            overslaan = lengte - weg
            return .failure(.teLang(lengte))
        }
        guard buffer.count - bodyBegin >= lengte else { return nil }
        let body = Array(buffer[bodyBegin..<(bodyBegin + lengte)])
        buffer.removeFirst(bodyBegin + lengte)
        return .success(body)
    }

    /// Where the header block ends and the body begins: after `\r\n\r\n` as the protocol says, or after
    /// `\n\n` (typed by hand in a terminal).
    static func eindeVanKop(_ b: [UInt8]) -> (Int, Int)? {
        var i = 0
        while i + 1 < b.count {
            if b[i] == 10, b[i + 1] == 10 { return (i, i + 2) }
            if i + 3 < b.count, b[i] == 13, b[i + 1] == 10, b[i + 2] == 13, b[i + 3] == 10 { return (i, i + 4) }
            i += 1
        }
        return nil
    }

    /// The value of `Content-Length` (the header name in any case), when it is a plain decimal number.
    static func lengte(_ kop: String) -> Int? {
        for regel in kop.split(whereSeparator: \.isNewline) {
            let delen = regel.split(separator: ":", maxSplits: 1)
            guard delen.count == 2, delen[0].trimmingSpaties().lowercased() == "content-length" else { continue }
            let waarde = delen[1].trimmingSpaties()
            guard !waarde.isEmpty, waarde.count <= 12, waarde.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(waarde)
        }
        return nil
    }

    /// A message body with its header, ready to write.
    package static func kader(_ body: String) -> String {
        "Content-Length: \(body.utf8.count)\r\n\r\n" + body
    }
}

extension StringProtocol {
    func trimmingSpaties() -> Substring {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
