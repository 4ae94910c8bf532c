// Editors: the TextMate grammar names exactly the lexer's words (like the EBNF drift test in GrammarTests),
// the VS Code extension carries the same grammar, and its files say what the extension promises.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen

@Suite struct EditorsTests {
    static let grammatica = repoWortel.appendingPathComponent("Editors/regelwerk.tmLanguage.json")

    func lees(_ url: URL) throws -> JSONWaarde {
        try JSONLezer.lees([UInt8](try Data(contentsOf: url)))
    }

    /// The words of the `(?:a|b|c)` alternations in the patterns of one repository entry of the grammar.
    func woorden(_ g: JSONWaarde, _ ingang: String) -> Set<String> {
        var uit = Set<String>()
        for p in g["repository"]?[ingang]?["patterns"]?.lijst ?? [] {
            guard let m = p["match"]?.tekst, let begin = m.range(of: "(?:"),
                  let eind = m.range(of: ")", range: begin.upperBound..<m.endIndex) else { continue }
            for w in m[begin.upperBound..<eind.lowerBound].split(separator: "|") { uit.insert(String(w)) }
        }
        return uit
    }

    @Test func sleutelwoordenVanGrammaticaEnLexerZijnGelijk() throws {
        let g = try lees(EditorsTests.grammatica)
        let sleutelwoorden = woorden(g, "sleutelwoorden")
        let lexer = Set(Sleutelwoord.allCases.map(\.rawValue))
        #expect(sleutelwoorden.subtracting(lexer).sorted() == [], "in de TextMate-grammatica, niet in de lexer")
        #expect(lexer.subtracting(sleutelwoorden).sorted() == [], "in de lexer, niet in de TextMate-grammatica")
        let contextueel = woorden(g, "contextuele-woorden")
        #expect(contextueel.subtracting(Token.contextueleWoorden).sorted() == [], "in de TextMate-grammatica, niet in de lexer")
        #expect(Token.contextueleWoorden.subtracting(contextueel).sorted() == [], "in de lexer, niet in de TextMate-grammatica")
        #expect(g["scopeName"]?.tekst == "source.regelwerk")
    }

    @Test func deExtensieDraagtDezelfdeGrammatica() throws {
        let kopie = repoWortel.appendingPathComponent("Editors/vscode/syntaxes/regelwerk.tmLanguage.json")
        #expect(try Data(contentsOf: kopie) == (try Data(contentsOf: EditorsTests.grammatica)),
                "Editors/vscode/syntaxes/ is een kopie van Editors/regelwerk.tmLanguage.json: kopieer hem opnieuw")
    }

    @Test func deExtensieStartRegelwerkLsp() throws {
        let map = repoWortel.appendingPathComponent("Editors/vscode")
        let pakket = try lees(map.appendingPathComponent("package.json"))
        let taal = pakket["contributes"]?["languages"]?.lijst?.first
        #expect(taal?["id"]?.tekst == "regelwerk")
        #expect(taal?["extensions"] == .array([.tekst(".regels")]))
        #expect(pakket["dependencies"]?["vscode-languageclient"] != nil)
        // Every file the manifest names exists.
        for pad in [pakket["main"]?.tekst, taal?["configuration"]?.tekst,
                    pakket["contributes"]?["grammars"]?.lijst?.first?["path"]?.tekst].compactMap({ $0 }) {
            #expect(FileManager.default.fileExists(atPath: map.appendingPathComponent(pad).path), "\(pad)")
        }
        let client = try String(contentsOf: map.appendingPathComponent("extension.js"), encoding: .utf8)
        #expect(client.contains("vscode-languageclient/node"))
        #expect(client.contains("['lsp']"))
        let configuratie = try lees(map.appendingPathComponent("language-configuration.json"))
        #expect(configuratie["comments"]?["lineComment"]?.tekst == "#")
        #expect(configuratie["brackets"]?.lijst?.count == 3)
        #expect(configuratie["indentationRules"]?["decreaseIndentPattern"]?.tekst?.contains("einde") == true)
    }
}
