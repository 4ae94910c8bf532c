// Syntax: the canonical layout of a rule file (DESIGN §5, `regelwerk fmt`). Only whitespace changes: every
// token and comment is kept as written, and the result is checked to give the same tokens, so formatting
// can never change what a file means. Line breaks stay where the author put them.

import RegelwerkKern
import RegelwerkGevallen

/// The canonical layout: two spaces per level of the ordinance's structure (artikel, lid, onderdeel,
/// variant; a table's rows; the fields of `gegevens`, `geval` and a fixture), one space between tokens
/// (none inside brackets and before `,` `:` `)` or a field's `.`), the arrows of a table's rows in one
/// column, at most one blank line in a row, no whitespace at the end of a line, a newline at the end.
/// A line that continues the one before keeps its indentation relative to it (an author's alignment of
/// `en ...` under an expression stays), at least two spaces deeper than the line that starts it.
public enum Indeling {
    public enum Fout: Error, Sendable {
        /// The file cannot be read as tokens, or does not parse (the diagnostics say why); it is left as it
        /// is: the layout follows the structure, so a file whose structure is broken (a missing `einde`)
        /// would be laid out wrongly.
        case onleesbaar(Diagnostics)
        /// The layout would change the tokens: a bug in Regelwerk, never written.
        case betekenisVeranderd
    }

    /// The file's text in canonical layout.
    public static func canoniek(_ bytes: [UInt8]) -> Result<String, Fout> {
        var lexer = Lexer(Bronbestand(pad: "", bytes: bytes), id: BestandID(waarde: 0))
        let tokens = lexer.tokens().filter { if case .einde = $0.soort { false } else { true } }
        guard !lexer.diagnostics.heeftFouten else { return .failure(.onleesbaar(lexer.diagnostics)) }
        let (_, syntax) = Parser.parse(Bronbestand(pad: "", bytes: bytes), id: BestandID(waarde: 0))
        guard !syntax.heeftFouten else { return .failure(.onleesbaar(syntax)) }
        let uit = Opmaker(bytes: bytes, tokens: tokens).tekst()
        // The guarantee: the same tokens, in the same order, with the same text.
        var controle = Lexer(Bronbestand(pad: "", bytes: Array(uit.utf8)), id: BestandID(waarde: 0))
        let opnieuw = controle.tokens().filter { if case .einde = $0.soort { false } else { true } }
        let oudeTeksten = tokens.map { String(decoding: bytes[Int($0.bereik.start)..<Int($0.bereik.eind)], as: UTF8.self) }
        let nieuweBytes = Array(uit.utf8)
        let nieuweTeksten = opnieuw.map { String(decoding: nieuweBytes[Int($0.bereik.start)..<Int($0.bereik.eind)], as: UTF8.self) }
        // And what the parser reads from where tokens touch: `artikel 8a` is not `artikel 8 a`.
        func aaneen(_ ts: [Token]) -> [Bool] { zip(ts, ts.dropFirst()).map { Opmaker.isAaneen($0, $1) } }
        guard !controle.diagnostics.heeftFouten, oudeTeksten == nieuweTeksten, tokens.map(\.soort) == opnieuw.map(\.soort),
              aaneen(tokens) == aaneen(opnieuw) else {
            return .failure(.betekenisVeranderd)
        }
        return .success(uit)
    }
}

/// Lays out one file: logical lines (a token that spans lines, a text with a line end, takes them along),
/// each indented by the structure it opens or continues.
struct Opmaker {
    let bytes: [UInt8]
    let tokens: [Token]

    /// What a line can open; its children stand two spaces deeper.
    enum Bak: Equatable {
        case kop, artikel, variant, lid, onderdeel, tabel, gegevens, geval, parameter, proef, proefdeel
    }

    struct Open {
        var bak: Bak
        var niveau: Int
    }

    /// One logical line as read.
    struct Regel {
        var tokens: [Token] = []
        var commentaar: String?
        /// The spaces before the commentaar in the original, when it follows tokens.
        var commentaarAfstand = 1
        var inspringing = 0
        var leeg: Bool { tokens.isEmpty && commentaar == nil }
    }

    func tekst(_ t: Token) -> String { String(decoding: bytes[Int(t.bereik.start)..<Int(t.bereik.eind)], as: UTF8.self) }

    /// The logical lines of the file, with their comments and original indentation.
    func regels() -> [Regel] {
        var begin = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { begin.append(i + 1) }
        var regels: [Regel] = []
        var t = 0
        var fysiek = 0
        while fysiek < begin.count {
            let start = begin[fysiek]
            var eind = fysiek + 1 < begin.count ? begin[fysiek + 1] - 1 : bytes.count
            var regel = Regel()
            var k = start
            while k < eind, bytes[k] == 0x20 || bytes[k] == 0x09 { regel.inspringing += bytes[k] == 0x09 ? 2 : 1; k += 1 }
            var laatsteEind = k
            // Tokens that start on this line; one that runs past its end takes the following lines along.
            while t < tokens.count, Int(tokens[t].bereik.start) < eind {
                regel.tokens.append(tokens[t])
                laatsteEind = Int(tokens[t].bereik.eind)
                while laatsteEind > eind, fysiek + 1 < begin.count {
                    fysiek += 1
                    eind = fysiek + 1 < begin.count ? begin[fysiek + 1] - 1 : bytes.count
                }
                t += 1
            }
            // Whatever follows the last token on the line is whitespace or a comment.
            var rest = bytes[Swift.min(laatsteEind, eind)..<eind]
            while let l = rest.last, l == 0x0D || l == 0x20 || l == 0x09 { rest = rest.dropLast() }
            if let h = rest.firstIndex(of: UInt8(ascii: "#")) {
                regel.commentaar = String(decoding: bytes[h..<rest.endIndex], as: UTF8.self)
                regel.commentaarAfstand = Swift.max(1, h - laatsteEind)
            }
            regels.append(regel)
            fysiek += 1
        }
        return regels
    }

    func tekst() -> String {
        var regels = regels()
        var stapel: [Open] = []
        var verordening = false
        // Per table: the lines of its rows, to put their arrows in one column.
        var tabellen: [[Int]] = []
        // The statement a continuation belongs to: (new indentation of the line that started it; and of the
        // line before, with its original indentation).
        var begonnen = 0
        var vorige: (nieuw: Int, oud: Int) = (0, 0)
        // Whether that statement is a rule: only a rule has a table, and its `volgens tabel op` may stand on a
        // continuation line (art. 30: a rule with several outcomes and their labels).
        var begonnenRegel = false

        func binnenste(_ bakken: [Bak]) -> Open? { stapel.last { bakken.contains($0.bak) } }
        func sluitTot(_ bakken: [Bak]) { while let o = stapel.last, !bakken.contains(o.bak) { stapel.removeLast() } }
        func inhoudNiveau() -> Int { binnenste([.onderdeel, .lid, .variant, .artikel]).map { $0.niveau + 2 } ?? 0 }

        // Brackets left open at the end of a line: the next line continues it, whatever it starts with.
        var haakjes = 0
        for r in regels.indices where !regels[r].tokens.isEmpty {
            let regel = regels[r]
            let binnenHaakjes = haakjes > 0
            for t in regel.tokens {
                if case .symbool(let h) = t.soort {
                    if ["(", "[", "{"].contains(h) { haakjes += 1 } else if [")", "]", "}"].contains(h) { haakjes = Swift.max(0, haakjes - 1) }
                }
            }
            let eerste = regel.tokens[0].soort
            let woord: String? = switch eerste {
            case .sleutelwoord(let s): s.rawValue
            case .naam(let n): n
            default: nil
            }
            let tweede = regel.tokens.count > 1 ? regel.tokens[1].soort : nil
            var niveau: Int?     // nil: the line continues a statement

            if binnenHaakjes {
                niveau = nil
            } else if let tabel = stapel.last, tabel.bak == .tabel {
                if woord == "einde" {
                    niveau = tabel.niveau
                    stapel.removeLast()
                } else {
                    niveau = tabel.niveau + 2
                    if regel.tokens.contains(where: { $0.soort == .symbool("->") }) { tabellen[tabellen.count - 1].append(r) }
                }
            } else if case .sleutelwoord(let s) = eerste {
                switch s {
                case .regeling, .verordening, .parameters, .proeven:
                    verordening = s == .verordening
                    stapel = [Open(bak: .kop, niveau: 0)]
                    niveau = 0
                case .volgt:
                    niveau = stapel.first?.bak == .kop && stapel.count == 1 ? 2 : nil
                case .soort, .uitvoer, .invulling:
                    sluitTot([.kop])
                    niveau = 0
                case .gegevens:
                    sluitTot([.kop])
                    stapel.append(Open(bak: .gegevens, niveau: 0))
                    niveau = 0
                case .geval:
                    if let proef = binnenste([.proef]) {
                        sluitTot([.proef])
                        niveau = proef.niveau + 2
                        stapel.append(Open(bak: .proefdeel, niveau: proef.niveau + 2))
                    } else {
                        sluitTot([.kop])
                        stapel.append(Open(bak: .geval, niveau: 0))
                        niveau = 0
                    }
                case .verwacht:
                    if let proef = binnenste([.proef]) {
                        sluitTot([.proef])
                        niveau = proef.niveau + 2
                        stapel.append(Open(bak: .proefdeel, niveau: proef.niveau + 2))
                    }
                case .parameter:
                    sluitTot([.kop])
                    stapel.append(Open(bak: .parameter, niveau: 0))
                    niveau = 0
                case .vanaf:
                    if let p = binnenste([.parameter]) { niveau = p.niveau + 2 }
                case .proef:
                    sluitTot([.kop])
                    stapel.append(Open(bak: .proef, niveau: 0))
                    niveau = 0
                case .artikel:
                    sluitTot([.kop])
                    // In an ordinance an article line may be a choice ('artikel 43 variant 2', 'artikel 44 lid 2
                    // opgenomen'), which holds nothing; otherwise it holds what follows, as in a model (a
                    // municipality's replacement rule: 'artikel 41', 'onderdeel c', 'regel x in plaats van ...').
                    let isKeuze = verordening && regel.tokens.dropFirst(2).first.map {
                        $0.soort == .sleutelwoord(.variant) || $0.soort == .sleutelwoord(.lid) || $0.soort == .naam("opgenomen")
                    } == true
                    if !isKeuze { stapel.append(Open(bak: .artikel, niveau: 0)) }
                    niveau = 0
                case .variant:
                    if let a = binnenste([.artikel]) {
                        sluitTot([.artikel])
                        stapel.append(Open(bak: .variant, niveau: a.niveau + 2))
                        niveau = a.niveau + 2
                    }
                case .lid:
                    if binnenste([.variant, .artikel]) != nil {
                        sluitTot([.variant, .artikel])
                        niveau = inhoudNiveau()
                        stapel.append(Open(bak: .lid, niveau: niveau ?? 0))
                    }
                case .onderdeel:
                    if binnenste([.lid, .variant, .artikel]) != nil {
                        sluitTot([.lid, .variant, .artikel])
                        niveau = inhoudNiveau()
                        stapel.append(Open(bak: .onderdeel, niveau: niveau ?? 0))
                    }
                case .regel, .open, .eis, .uitzondering, .bevoegdheid:
                    niveau = inhoudNiveau()
                    if s == .regel, Opmaker.opentTabel(regel.tokens) {
                        stapel.append(Open(bak: .tabel, niveau: niveau ?? 0))
                        tabellen.append([])
                    }
                case .einde:
                    if let o = binnenste([.gegevens, .geval, .proef]) {
                        niveau = o.niveau
                        sluitTot([.kop])
                    } else {
                        niveau = 0
                    }
                default:
                    break
                }
            } else if case .naam = eerste {
                if let o = stapel.last, [.gegevens, .geval, .proefdeel].contains(o.bak), tweede == .symbool(":") || tweede == .symbool("=") {
                    niveau = o.niveau + 2        // a field, or a value in a fixture
                } else if woord == "beslissing" || woord == "peildatum", let proef = binnenste([.proef]) {
                    sluitTot([.proef])
                    niveau = proef.niveau + 2
                } else if woord == "hoofdstuk" || woord == "paragraaf", binnenste([.gegevens, .geval, .proef, .tabel]) == nil {
                    sluitTot([.kop])      // a heading ends the article before it
                    niveau = 0
                } else if woord == "gemeente" || woord == "geldig" || woord == "vastgesteld", stapel.count == 1, stapel.first?.bak == .kop {
                    niveau = 2
                } else if (woord == "keuze" && tweede.map { if case .naam = $0 { true } else { false } } == true)
                            || (woord == "overgangsrecht" && (tweede == .sleutelwoord(.als) || tweede == .sleutelwoord(.voor))) {
                    // A choice of the model or its transitional law: a declaration like 'open'.
                    niveau = inhoudNiveau()
                }
            }

            if let niveau {
                regels[r].inspringing = niveau
                begonnen = niveau
                begonnenRegel = eerste == .sleutelwoord(.regel) && stapel.last?.bak != .tabel
                vorige = (niveau, regel.inspringing)
            } else {
                // A continuation: as far in from the line before as it was, at least two deeper than its start.
                let nieuw = Swift.max(begonnen + 2, vorige.nieuw + (regel.inspringing - vorige.oud))
                regels[r].inspringing = nieuw
                vorige = (nieuw, regel.inspringing)
                // `volgens tabel op` on a continuation of a rule: its rows and `einde` stand as if it stood on
                // the rule's own line (rows two deeper than the rule, `einde` under it), not at column 0.
                if begonnenRegel, !binnenHaakjes, Opmaker.opentTabel(regel.tokens) {
                    stapel.append(Open(bak: .tabel, niveau: begonnen))
                    tabellen.append([])
                    begonnenRegel = false
                }
            }
        }

        // A comment stands with the code it describes: as far in as the next line with code.
        var volgende = 0
        for r in regels.indices.reversed() {
            if !regels[r].tokens.isEmpty { volgende = regels[r].inspringing } else if regels[r].commentaar != nil { regels[r].inspringing = volgende }
        }

        var inhoud = regels.map { regel in regel.tokens.isEmpty ? [] : tokensTekst(regel.tokens) }
        // The arrows of a table's rows in one column; a row too long for that keeps one space.
        for rijen in tabellen where rijen.count > 1 {
            let breedtes = rijen.map { r in voorPijl(inhoud[r]).count }
            let breedste = breedtes.filter { $0 <= Opmaker.pijlkolom }.max() ?? 0
            for (r, b) in zip(rijen, breedtes) where b < breedste {
                if let p = pijl(inhoud[r]), p > 0 { inhoud[r][p - 1] += String(repeating: " ", count: breedste - b) }
            }
        }

        var uit = ""
        var leegGehad = true     // no blank lines at the start
        for (r, regel) in regels.enumerated() {
            if regel.leeg {
                if !leegGehad { uit += "\n" }
                leegGehad = true
                continue
            }
            leegGehad = false
            var tekst = String(repeating: " ", count: regel.inspringing) + inhoud[r].joined()
            if let c = regel.commentaar {
                tekst += regel.tokens.isEmpty ? c : String(repeating: " ", count: regel.commentaarAfstand) + c
            }
            uit += tekst + "\n"
        }
        while uit.hasSuffix("\n\n") { uit.removeLast() }
        return uit == "\n" ? "" : uit
    }

    /// Whether a line holds `volgens tabel`: the rule it belongs to continues with a table's rows.
    static func opentTabel(_ ts: [Token]) -> Bool {
        ts.indices.dropLast().contains { ts[$0].soort == .sleutelwoord(.volgens) && ts[$0 + 1].soort == .sleutelwoord(.tabel) }
    }

    /// Rows whose text before the arrow is longer than this do not push the arrows of the others out.
    static let pijlkolom = 60

    /// The part of a line that is a table row's arrow (a token's text starts each part).
    func pijl(_ delen: [String]) -> Int? { delen.firstIndex { $0.hasPrefix("->") } }

    /// The text before a row's arrow, as it will be written.
    func voorPijl(_ delen: [String]) -> String { pijl(delen).map { delen[..<$0].joined() } ?? "" }

    /// The tokens of a line with canonical spaces: each part is a token's text with the space after it, so
    /// that padding can be added before a given token.
    func tokensTekst(_ ts: [Token]) -> [String] {
        var delen: [String] = []
        for (k, t) in ts.enumerated() {
            var deel = tekst(t)
            if k + 1 < ts.count, spatie(na: t, voor: ts[k + 1], ervoor: k > 0 ? ts[k - 1] : nil) { deel += " " }
            delen.append(deel)
        }
        return delen
    }

    /// Whether a number and a name touch, as in `artikel 8a`: the parser reads them as one article number.
    static func isAaneen(_ a: Token, _ b: Token) -> Bool {
        guard case .getal = a.soort, case .naam = b.soort else { return false }
        return a.bereik.eind == b.bereik.start
    }

    /// Whether one space goes between `a` and `b` (`ervoor` is the token before `a`). Never none where the
    /// two would lex as other tokens: `1 .00` is not `1.00`, `- >` is not `->`, `x °` is not the name `x°`.
    func spatie(na a: Token, voor b: Token, ervoor: Token?) -> Bool {
        if Opmaker.isAaneen(a, b) { return false }
        if case .getal = a.soort, b.soort == .symbool("°") { return false }
        if case .symbool(let s) = b.soort, [",", ":", ")", "]", "}"].contains(s) { return false }
        if b.soort == .symbool(".") {
            // A '.' after a number would join it (1.000 is one thousand).
            switch a.soort {
            case .getal, .bedrag: return true
            default: return false
            }
        }
        if case .symbool(let s) = a.soort {
            if s == "-", tekst(b).hasPrefix(">") { return true }
            if ["(", "[", "{", "."].contains(s) { return false }
            // A minus that negates (after an operator, a bracket, a keyword or at the start) sticks to its operand.
            if s == "-" {
                switch ervoor?.soort {
                case nil: return false
                case .symbool(let v)?: return [")", "]", "}"].contains(v)
                case .sleutelwoord(let w)?: return w == .waar || w == .onwaar
                default: return true
                }
            }
        }
        // A function's bracket: minimum(a, b).
        if b.soort == .symbool("("), case .naam = a.soort { return false }
        return true
    }
}
