// Syntax: rule-file text (UTF-8 bytes) → tokens with byte ranges. Errors are reported, never thrown.

/// Splits a source file into ``Token``s.
///
/// Numbers are written the Dutch way: `1.000` is one thousand, `12,5` is twelve and a half; a comma
/// followed by a space is a list separator. `€ 1.000,50` is an amount, `12,5%` a percentage,
/// `2024-01-31` a date. `#` starts a comment to the end of the line.
public struct Lexer {
    let bytes: [UInt8]
    let bestand: BestandID
    var i = 0
    public private(set) var diagnostics = Diagnostics()

    /// Rule files are written by people; anything this large is a mistake or an attack.
    public static let maximumGrootte = 8 << 20

    public init(_ bron: Bronbestand, id: BestandID) {
        bytes = bron.bytes
        bestand = id
    }

    public mutating func tokens() -> [Token] {
        var uit: [Token] = []
        if bytes.count > Lexer.maximumGrootte {
            diagnostics.fout(.bestandTeGroot(Lexer.maximumGrootte), bereik(0, 0))
            return [Token(soort: .einde, bereik: bereik(0, 0))]
        }
        if let fout = Lexer.eersteOngeldigeUTF8(bytes) {
            diagnostics.fout(.ongeldigeUTF8, bereik(fout, fout + 1))
            return [Token(soort: .einde, bereik: bereik(0, 0))]
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 } // byte-order mark
        while let t = volgende() { uit.append(t) }
        uit.append(Token(soort: .einde, bereik: bereik(bytes.count, bytes.count)))
        return uit
    }

    /// Byte offset of the first invalid UTF-8 sequence, or nil when the text is valid.
    package static func eersteOngeldigeUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { eersteOngeldigeUTF8($0) }
    }

    /// The same over a buffer. ASCII, almost all of any case file or rule file, is passed over 32 bytes at a
    /// time (four words or'ed together, no high bit set), then eight; a multi-byte character is checked against
    /// the table of well-formed sequences (The Unicode Standard, table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF), and the next ASCII run is passed over quickly again. (Every line of a batch passes
    /// here: eight bytes at a time was 3% of a batch. Decoding everything after the first "é" of a rule file
    /// with the standard library's decoder was 6% of `beslis`.)
    package static func eersteOngeldigeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let basis = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = asciiEinde(basis, 0, n)
        while i < n {
            if basis[i] < 0x80 {
                i = asciiEinde(basis, i, n)
                continue
            }
            // The length of the sequence its first byte announces, and the range its second byte must lie in.
            let lengte: Int, laag: UInt8, hoog: UInt8
            switch basis[i] {
            case 0xC2...0xDF: (lengte, laag, hoog) = (2, 0x80, 0xBF)
            case 0xE0: (lengte, laag, hoog) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (lengte, laag, hoog) = (3, 0x80, 0xBF)
            case 0xED: (lengte, laag, hoog) = (3, 0x80, 0x9F)
            case 0xF0: (lengte, laag, hoog) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (lengte, laag, hoog) = (4, 0x80, 0xBF)
            case 0xF4: (lengte, laag, hoog) = (4, 0x80, 0x8F)
            default: return i
            }
            guard n - i >= lengte, basis[i + 1] >= laag, basis[i + 1] <= hoog else { return i }
            for k in 2..<lengte where basis[i + k] & 0xC0 != 0x80 { return i }
            i &+= lengte
        }
        return nil
    }

    /// Where the run of ASCII bytes from `i` ends (`n` when it reaches the end).
    @inline(__always)
    private static func asciiEinde(_ basis: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        var i = i
        while i &+ 32 <= n {
            let p = UnsafeRawPointer(basis + i)
            let woord = p.loadUnaligned(as: UInt64.self) | p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                | p.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            if woord & 0x8080_8080_8080_8080 != 0 { break }
            i &+= 32
        }
        while i &+ 8 <= n {
            if UnsafeRawPointer(basis + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i &+= 8
        }
        while i < n, basis[i] < 0x80 { i &+= 1 }
        return i
    }

    private func bereik(_ s: Int, _ e: Int) -> SourceRange {
        SourceRange(bestand: bestand, start: UInt32(s), eind: UInt32(e))
    }

    private func byte(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

    private static func isCijfer(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// ASCII letters, `_`, and any non-ASCII byte (é, ë, ï in Dutch names).
    private static func isNaamteken(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 0x80 || (b >= 48 && b <= 57)
    }

    /// The next token, or nil at the end. A loop, not recursion, over what it skips: a file may hold any
    /// number of unknown characters in a row (DESIGN §8).
    private mutating func volgende() -> Token? {
        while true {
            slaWitruimteOver()
            guard i < bytes.count else { return nil }
            if let t = token() { return t }
        }
    }

    private mutating func slaWitruimteOver() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 { i += 1; continue }
            if b == UInt8(ascii: "#") {
                while i < bytes.count, bytes[i] != 10 { i += 1 }
                continue
            }
            break
        }
    }

    /// The token at `i` (not whitespace), or nil when a run of unknown characters was skipped (and reported).
    private mutating func token() -> Token? {
        let start = i
        let b = bytes[i]

        if b == UInt8(ascii: "\"") { return tekst() }
        if Lexer.isCijfer(b) { return getal(start: start, bedrag: false) }
        // "€" is E2 82 AC in UTF-8.
        if b == 0xE2, byte(i + 1) == 0x82, byte(i + 2) == 0xAC {
            i += 3
            while byte(i) == 32 { i += 1 }
            guard Lexer.isCijfer(byte(i)) else {
                // Report once, and stand in an amount so the parser does not report it again.
                diagnostics.fout(.ongeldigGetal("€"), bereik(start, i))
                return Token(soort: .bedrag(.nul), bereik: bereik(start, i))
            }
            return getal(start: start, bedrag: true)
        }
        // "°" is C2 B0.
        if b == 0xC2, byte(i + 1) == 0xB0 {
            i += 2
            return Token(soort: .symbool("°"), bereik: bereik(start, i))
        }
        if Lexer.isNaamteken(b) {
            while Lexer.isNaamteken(byte(i)) || (byte(i) == UInt8(ascii: "'") && Lexer.isNaamteken(byte(i + 1)) && i > start) {
                i += 1
            }
            let woord = String(decoding: bytes[start..<i], as: UTF8.self)
            // ASCII letters, digits, "_" and "'" are all a name may hold of ASCII (the loop above took no other
            // ASCII byte): the Unicode properties are asked only of the rest (half of lexing, asked of every byte).
            guard bytes[start..<i].allSatisfy({ $0 < 0x80 }) || woord.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "'"
            }) else {
                diagnostics.fout(.onverwachtTeken(Lexer.ingekort(bytes[start..<i])), bereik(start, i))
                return Token(soort: .symbool("?"), bereik: bereik(start, i))
            }
            if let s = Lexer.sleutelwoorden[woord] {
                return Token(soort: .sleutelwoord(s), bereik: bereik(start, i))
            }
            return Token(soort: .naam(woord), bereik: bereik(start, i))
        }
        if let s = symbool(op: i) {
            i += s.utf8.count
            return Token(soort: .symbool(s), bereik: bereik(start, i))
        }
        // Unknown characters: the whole run is one diagnostic (20 000 '@' are one mistake, not 20 000), and
        // skipped, so that the parser does not report the same spot a second time.
        i += 1
        while i < bytes.count, isOnbekend(i) { i += 1 }
        diagnostics.fout(.onverwachtTeken(Lexer.ingekort(bytes[start..<i])), bereik(start, i))
        return nil
    }

    /// The keywords by their text: one hash, where `Sleutelwoord(rawValue:)` compared the word with the keywords one
    /// by one (4% of `beslis`, every word of every rule file).
    private static let sleutelwoorden = Dictionary(uniqueKeysWithValues: Sleutelwoord.allCases.map { ($0.rawValue, $0) })

    private func symbool(op k: Int) -> String? {
        guard let kandidaten = Lexer.symbolenPerEersteByte[bytes[k]] else { return nil }
        for (s, u) in kandidaten where k + u.count <= bytes.count {
            var gelijk = true
            for (j, x) in u.enumerated() where bytes[k + j] != x { gelijk = false; break }
            if gelijk { return s }
        }
        return nil
    }

    /// ``Token/symbolen`` by their first byte, longest first (`->` before `-`): every byte of a file is
    /// looked up here, so not every symbol is tried at every byte.
    private static let symbolenPerEersteByte: [UInt8: [(String, [UInt8])]] = {
        var tabel: [UInt8: [(String, [UInt8])]] = [:]
        for s in Token.symbolen.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let u = Array(s.utf8)
            tabel[u[0], default: []].append((s, u))
        }
        return tabel
    }()

    /// Whether the byte at `k` starts no token and no whitespace. Every non-ASCII byte can belong to a name
    /// (é, ë), so an unknown character is always one ASCII byte.
    private func isOnbekend(_ k: Int) -> Bool {
        let b = bytes[k]
        if b >= 0x80 || b == 32 || b == 9 || b == 10 || b == 13 || b == UInt8(ascii: "#") || b == UInt8(ascii: "\"") { return false }
        if Lexer.isCijfer(b) || Lexer.isNaamteken(b) { return false }
        return symbool(op: k) == nil
    }

    /// Source text quoted in a message, cut short: a message about a long run must not echo all of it.
    package static func ingekort(_ tekst: ArraySlice<UInt8>, maximum: Int = 40) -> String {
        let s = String(decoding: tekst, as: UTF8.self)
        return s.count <= maximum ? s : String(s.prefix(maximum)) + "…"
    }

    /// Whether digits with '.' and ',' are a number written the Dutch way: digits on both sides of every
    /// separator, groups of three digits after each '.', at most one ',' and no '.' after it.
    package static func isGoedGeschreven(_ tekst: ArraySlice<UInt8>) -> Bool {
        var naKomma = false, naPunt = false, groep = 0
        for b in tekst {
            if isCijfer(b) { groep += 1; continue }
            if groep == 0 || (naPunt && groep != 3) { return false }
            if b == UInt8(ascii: ",") {
                if naKomma { return false }
                naKomma = true
                naPunt = false
            } else {
                if naKomma { return false }
                naPunt = true
            }
            groep = 0
        }
        return groep > 0 && (!naPunt || groep == 3)
    }

    private mutating func tekst() -> Token {
        let start = i
        i += 1
        var inhoud: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return Token(soort: .tekst(String(decoding: inhoud, as: UTF8.self)), bereik: bereik(start, i))
            }
            if b == UInt8(ascii: "\\"), let n = byte(i + 1), n == UInt8(ascii: "\"") || n == UInt8(ascii: "\\") {
                inhoud.append(n)
                i += 2
                continue
            }
            inhoud.append(b)
            i += 1
        }
        diagnostics.fout(.onafgeslotenTekst, bereik(start, start + 1))
        return Token(soort: .tekst(String(decoding: inhoud, as: UTF8.self)), bereik: bereik(start, i))
    }

    /// Whether `woord` stands right before byte `k`, with only spaces between.
    private func volgtOp(_ woord: String, voor k: Int) -> Bool {
        var j = k
        while j > 0, bytes[j - 1] == 32 { j -= 1 }
        let w = Array(woord.utf8)
        guard j >= w.count, Array(bytes[(j - w.count)..<j]) == w else { return false }
        return j == w.count || !Lexer.isNaamteken(bytes[j - w.count - 1])
    }

    /// A number, amount, percentage or date starting at `i` (after "€ " for an amount).
    private mutating func getal(start: Int, bedrag: Bool) -> Token {
        let cijfersBegin = i
        // Date: exactly dddd-dd-dd.
        if !bedrag, i + 10 <= bytes.count, bytes[i + 4] == UInt8(ascii: "-"), bytes[i + 7] == UInt8(ascii: "-"),
           (0..<10).allSatisfy({ $0 == 4 || $0 == 7 || Lexer.isCijfer(bytes[i + $0]) }),
           !Lexer.isNaamteken(byte(i + 10)) {
            i += 10
            let tekst = String(decoding: bytes[cijfersBegin..<i], as: UTF8.self)
            if let d = Datum.lees(Substring(tekst)) {
                return Token(soort: .datum(d), bereik: bereik(start, i))
            }
            diagnostics.fout(.ongeldigeDatum(tekst), bereik(start, i))
            return Token(soort: .datum(Datum(dagnummer: 0)), bereik: bereik(start, i))
        }
        // Digits, '.' between digit groups, ',' directly followed by a digit.
        while i < bytes.count {
            let b = bytes[i]
            if Lexer.isCijfer(b) { i += 1; continue }
            if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")), Lexer.isCijfer(byte(i + 1)) { i += 1; continue }
            break
        }
        let tekst = String(decoding: bytes[cijfersBegin..<i], as: UTF8.self)
        // A paragraph number as the model writes it ("paragraaf 1.1"): a number only in name, read as one.
        if !bedrag, tekst.contains("."), !tekst.contains(","), volgtOp("paragraaf", voor: cijfersBegin) {
            return Token(soort: .naam(tekst), bereik: bereik(start, i))
        }
        let waarde = Getal.lees(Substring(tekst), decimaal: ",", duizendtal: ".")
        if waarde == nil, Lexer.isGoedGeschreven(bytes[cijfersBegin..<i]) {
            // Written right, but more digits than a Getal holds: say so, and what the limit is.
            diagnostics.fout(.getalTeGroot(Lexer.ingekort(bytes[cijfersBegin..<i])), bereik(cijfersBegin, i))
        } else if waarde == nil {
            // "1.5" is most likely an English decimal point: suggest the Dutch comma.
            let delen = tekst.split(separator: ".", omittingEmptySubsequences: false)
            let komma = delen.count == 2 && delen[1].count < 3 && !tekst.contains(",") ? "\(delen[0]),\(delen[1])" : nil
            diagnostics.fout(.ongeldigGetal(tekst), bereik(cijfersBegin, i), suggestie: komma.map { .bedoeldeU($0) })
        }
        let g = waarde ?? .nul
        if bedrag { return Token(soort: .bedrag(g), bereik: bereik(start, i)) }
        if byte(i) == UInt8(ascii: "%") {
            i += 1
            let fractie = (try? g.gedeeldDoor(.honderd)) ?? .nul
            return Token(soort: .percentage(fractie), bereik: bereik(start, i))
        }
        return Token(soort: .getal(g), bereik: bereik(start, i))
    }
}
