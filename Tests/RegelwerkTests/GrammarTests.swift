// Grammar: Grammar/regelwerk.ebnf and the lexer must name the same words, so they cannot drift apart.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct GrammarTests {
    /// Every double-quoted terminal in the EBNF, comments removed.
    func terminals() throws -> Set<String> {
        let pad = repoWortel.appendingPathComponent("Grammar/regelwerk.ebnf")
        var tekst = try String(contentsOf: pad, encoding: .utf8)
        while let begin = tekst.range(of: "(*"), let eind = tekst.range(of: "*)", range: begin.upperBound..<tekst.endIndex) {
            tekst.removeSubrange(begin.lowerBound..<eind.upperBound)
        }
        var uit = Set<String>()
        var rest = Substring(tekst)
        while let open = rest.firstIndex(of: "\"") {
            let na = rest[rest.index(after: open)...]
            guard let dicht = na.firstIndex(of: "\"") else { break }
            uit.insert(String(na[..<dicht]))
            rest = na[na.index(after: dicht)...]
        }
        return uit
    }

    @Test func woordenInGrammaticaEnLexerZijnGelijk() throws {
        let woorden = try terminals().filter { $0.first?.isLetter == true }
        let lexer = Set(Sleutelwoord.allCases.map(\.rawValue)).union(Token.contextueleWoorden)
        #expect(woorden.subtracting(lexer).sorted() == [], "in de EBNF, niet in de lexer")
        #expect(lexer.subtracting(woorden).sorted() == [], "in de lexer, niet in de EBNF")
    }

    @Test func symbolenInGrammaticaEnLexerZijnGelijk() throws {
        let symbolen = try terminals().filter { $0.first?.isLetter == false }
        #expect(symbolen == Set(Token.symbolen))
    }

    @Test func elkVoorbeeldVolgtDeGrammatica() throws {
        // The examples parse without a syntax error (RW01xx).
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        #expect(c.diagnostics.alle.filter { $0.code.hasPrefix("RW01") }.isEmpty)
    }
}
