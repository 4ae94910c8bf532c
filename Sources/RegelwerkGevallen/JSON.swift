// Evaluate: our own JSON reader for case data. Numbers stay text until a typed field reads them
// exactly; depth, duplicate keys and malformed UTF-8 are reported with line and column.

import RegelwerkKern

/// A parsed JSON value. Numbers keep their source text so that 1300.00 is read exactly.
public indirect enum JSONWaarde: Sendable, Equatable {
    case object([(String, JSONWaarde)])
    case array([JSONWaarde])
    case tekst(String)
    case getal(String)
    case waarheid(Bool)
    case null

    public static func == (a: JSONWaarde, b: JSONWaarde) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): x == y
        case let (.tekst(x), .tekst(y)), let (.getal(x), .getal(y)): x == y
        case let (.waarheid(x), .waarheid(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// How a value is described in "veld 'x' moet een bedrag zijn, maar is ...".
    public var beschrijving: String {
        switch self {
        case .object: "een object"
        case .array: "een lijst"
        case .tekst(let s): "de tekst \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .getal(let g): "het getal \(g)"
        case .waarheid(let b): b ? "true" : "false"
        case .null: "null"
        }
    }
}

/// A JSON syntax error with its 1-based position.
public struct JSONFout: Error, Sendable {
    public var bericht: Bericht
    public var regel: Int
    public var kolom: Int

    package init(bericht: Bericht, regel: Int, kolom: Int) {
        self.bericht = bericht
        self.regel = regel
        self.kolom = kolom
    }
}

public struct JSONLezer {
    let bytes: [UInt8]
    var i = 0
    var diepte = 0
    public static let maximumDiepte = 64

    public static func lees(_ bytes: [UInt8]) throws(JSONFout) -> JSONWaarde {
        var l = JSONLezer(bytes: bytes)
        if let fout = Lexer.eersteOngeldigeUTF8(bytes) {
            l.i = fout
            throw l.fout(.ongeldigeUTF8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { l.i = 3 }
        let w = try l.waarde()
        l.spaties()
        if l.i < bytes.count { throw l.fout(.ongeldigeJSON("onverwachte tekens na het einde")) }
        return w
    }

    public static func lees(_ s: String) throws(JSONFout) -> JSONWaarde { try lees(Array(s.utf8)) }

    func fout(_ b: Bericht) -> JSONFout {
        var regel = 1, kolom = 1
        var k = 0
        while k < Swift.min(i, bytes.count) {
            if bytes[k] == 10 { regel += 1; kolom = 1 } else if bytes[k] & 0xC0 != 0x80 { kolom += 1 }
            k += 1
        }
        return JSONFout(bericht: b, regel: regel, kolom: kolom)
    }

    mutating func spaties() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }

    mutating func waarde() throws(JSONFout) -> JSONWaarde {
        spaties()
        guard i < bytes.count else { throw fout(.ongeldigeJSON("onverwacht einde")) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            diepte += 1
            if diepte > JSONLezer.maximumDiepte { throw fout(.jsonTeDiep(JSONLezer.maximumDiepte)) }
            defer { diepte -= 1 }
            i += 1
            var velden: [(String, JSONWaarde)] = []
            // Duplicate keys: a case has few, so a scan; a set only for a large object.
            var sleutels: Set<String>?
            spaties()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(velden) }
            while true {
                spaties()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fout(.ongeldigeJSON("verwacht een sleutel tussen aanhalingstekens")) }
                let begin = i
                let k = try tekst()
                if velden.count >= 16, sleutels == nil { sleutels = Set(velden.map(\.0)) }
                let dubbel = if let s = sleutels { s.contains(k) } else { velden.contains { $0.0 == k } }
                guard !dubbel else {
                    i = begin
                    throw fout(.jsonDubbeleSleutel(k))
                }
                sleutels?.insert(k)
                spaties()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fout(.ongeldigeJSON("verwacht ':'")) }
                i += 1
                velden.append((k, try waarde()))
                spaties()
                guard i < bytes.count else { throw fout(.ongeldigeJSON("onverwacht einde; verwacht ',' of '}'")) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(velden) }
                throw fout(.ongeldigeJSON("verwacht ',' of '}'"))
            }
        case UInt8(ascii: "["):
            diepte += 1
            if diepte > JSONLezer.maximumDiepte { throw fout(.jsonTeDiep(JSONLezer.maximumDiepte)) }
            defer { diepte -= 1 }
            i += 1
            var elementen: [JSONWaarde] = []
            spaties()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elementen) }
            while true {
                elementen.append(try waarde())
                spaties()
                guard i < bytes.count else { throw fout(.ongeldigeJSON("onverwacht einde; verwacht ',' of ']'")) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elementen) }
                throw fout(.ongeldigeJSON("verwacht ',' of ']'"))
            }
        case UInt8(ascii: "\""):
            return .tekst(try tekst())
        case UInt8(ascii: "t"): try woord("true"); return .waarheid(true)
        case UInt8(ascii: "f"): try woord("false"); return .waarheid(false)
        case UInt8(ascii: "n"): try woord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .getal(try getal())
        default:
            throw fout(.ongeldigeJSON("onverwacht teken '\(String(decoding: [bytes[i]], as: UTF8.self))'"))
        }
    }

    mutating func woord(_ w: String) throws(JSONFout) {
        guard bytes[i...].starts(with: w.utf8) else { throw fout(.ongeldigeJSON("onbekend woord; verwacht \(w)")) }
        i += w.utf8.count
    }

    /// A number as JSON (RFC 8259) writes it. Errors point at the number's first character.
    mutating func getal() throws(JSONFout) -> String {
        let begin = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func cijfers() -> Int {
            let s = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            return i - s
        }
        func tekst() -> String { Lexer.ingekort(bytes[begin..<i], maximum: 60) }
        let heel = i
        guard cijfers() > 0 else { throw fout(.ongeldigeJSON("ongeldig getal")) }
        // "01" is no JSON: a leading zero stands alone.
        if bytes[heel] == UInt8(ascii: "0"), i - heel > 1 {
            let t = tekst()
            i = begin
            throw fout(.jsonVoorloopnul(t))
        }
        var exponent = false
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard cijfers() > 0 else { throw fout(.ongeldigeJSON("ongeldig getal")) }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            exponent = true
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard cijfers() > 0 else { throw fout(.ongeldigeJSON("ongeldig getal")) }
        }
        // A plain decimal is read exactly later (exponents are refused there, with a hint); one that no
        // Getal holds is refused here, where its place is known.
        if !exponent, bytes[begin..<i].withUnsafeBufferPointer({ Getal.lees(bytes: $0, punt: UInt8(ascii: "."), groepteken: nil) }) == nil {
            let t = tekst()
            i = begin
            throw fout(.jsonGetalTeGroot(t))
        }
        if i - begin > 60 { i = begin; throw fout(.ongeldigeJSON("getal te lang")) }
        return String(decoding: bytes[begin..<i], as: UTF8.self)
    }

    mutating func tekst() throws(JSONFout) -> String {
        let begin = i
        i += 1
        // Most text has no escapes: then it is the bytes up to the closing quote (already valid UTF-8).
        var j = i
        while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"), bytes[j] >= 0x20 { j += 1 }
        if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
            defer { i = j + 1 }
            return String(decoding: bytes[i..<j], as: UTF8.self)
        }
        var uit: [UInt8] = Array(bytes[i..<j])
        i = j
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: uit, as: UTF8.self) }
            if b < 0x20 { throw fout(.ongeldigeJSON("stuurteken in tekst")) }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""): uit.append(34)
                case UInt8(ascii: "\\"): uit.append(92)
                case UInt8(ascii: "/"): uit.append(47)
                case UInt8(ascii: "b"): uit.append(8)
                case UInt8(ascii: "f"): uit.append(12)
                case UInt8(ascii: "n"): uit.append(10)
                case UInt8(ascii: "r"): uit.append(13)
                case UInt8(ascii: "t"): uit.append(9)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), bytes[(i + 1)...].starts(with: "\\u".utf8) {
                        i += 2
                        let laag = try hex4()
                        guard (0xDC00..<0xE000).contains(laag) else { throw fout(.ongeldigeJSON("ongeldig surrogaatpaar")) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (laag - 0xDC00)
                    }
                    guard let s = Unicode.Scalar(code) else { throw fout(.ongeldigeJSON("ongeldige \\u-code")) }
                    uit += Array(String(Character(s)).utf8)
                default: throw fout(.ongeldigeJSON("ongeldige escape"))
                }
                i += 1
                continue
            }
            uit.append(b)
            i += 1
        }
        i = begin
        throw fout(.ongeldigeJSON("tekst zonder afsluitend '\"'"))
    }

    /// Reads the four hex digits after `\u`; leaves `i` on the last one.
    mutating func hex4() throws(JSONFout) -> UInt32 {
        guard i + 4 < bytes.count else { throw fout(.ongeldigeJSON("onvolledige \\u-code")) }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = bytes[i + k]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw fout(.ongeldigeJSON("ongeldige \\u-code"))
            }
            v = v * 16 + d
        }
        i += 4
        return v
    }
}

/// Writes JSON text; keys in the order given, so output is byte-identical across runs.
public enum JSONSchrijver {
    public static func tekst(_ s: String) -> String {
        var uit = ""
        tekst(s, in: &uit)
        return uit
    }

    /// Appends `s` as a JSON string. Most text needs no escaping: it is then copied whole.
    static func tekst(_ s: String, in uit: inout String) {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            uit += "\""
            uit += s
            uit += "\""
            return
        }
        uit += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": uit += "\\\""
            case "\\": uit += "\\\\"
            case "\n": uit += "\\n"
            case "\r": uit += "\\r"
            case "\t": uit += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    uit += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    uit.unicodeScalars.append(u)
                }
            }
        }
        uit += "\""
    }

    /// The JSON text of `w`: indented by `inspringen` spaces a level, or on one line when nil.
    public static func schrijf(_ w: JSONWaarde, inspringen: Int? = 2) -> String {
        var uit = ""
        schrijf(w, inspringen: inspringen, niveau: 0, in: &uit)
        return uit
    }

    static func schrijf(_ w: JSONWaarde, inspringen: Int?, niveau: Int, in uit: inout String) {
        func regel(_ n: Int) {
            guard let inspringen else { return }
            uit += "\n"
            uit += String(repeating: " ", count: inspringen * n)
        }
        switch w {
        case .object(let velden):
            if velden.isEmpty { uit += "{}"; return }
            uit += "{"
            for (k, (sleutel, waarde)) in velden.enumerated() {
                if k > 0 { uit += "," }
                regel(niveau + 1)
                tekst(sleutel, in: &uit)
                uit += inspringen == nil ? ":" : ": "
                schrijf(waarde, inspringen: inspringen, niveau: niveau + 1, in: &uit)
            }
            regel(niveau)
            uit += "}"
        case .array(let es):
            if es.isEmpty { uit += "[]"; return }
            uit += "["
            for (k, e) in es.enumerated() {
                if k > 0 { uit += "," }
                regel(niveau + 1)
                schrijf(e, inspringen: inspringen, niveau: niveau + 1, in: &uit)
            }
            regel(niveau)
            uit += "]"
        case .tekst(let s): tekst(s, in: &uit)
        case .getal(let g): uit += g
        case .waarheid(let b): uit += b ? "true" : "false"
        case .null: uit += "null"
        }
    }
}
