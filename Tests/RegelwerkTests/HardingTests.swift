// Reliability (DESIGN §8, issue 18 "Never a crash"): one regression test per fault found by hand and by the
// fuzzers. Each failed (or crashed) on the code before its fix.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct HardingTests {
    /// Writes `bytes` to a fresh file and runs the CLI on it: (stdout, stderr, exit code).
    static func opBestand(_ bytes: [UInt8], _ args: [String], naam: String = "x.regels") throws -> (String, String, Afsluitcode) {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regelwerk-harding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let pad = map.appendingPathComponent(naam).path
        #expect(FileManager.default.createFile(atPath: pad, contents: Data(bytes)))
        return voerUit(args + [pad])
    }

    // MARK: - Lexer

    /// 20 000 unknown characters in a row: the lexer recursed once per character and overflowed the stack.
    /// Now it loops, and the run is one diagnostic.
    @Test func rijOnbekendeTekensIsEenMelding() {
        let bron = "regeling \"x\" versie \"1\"\n" + String(repeating: "@", count: 20_000)
        var lexer = Lexer(Bronbestand(pad: "x.regels", tekst: bron), id: BestandID(waarde: 0))
        let tokens = lexer.tokens()
        #expect(tokens.count == 5)
        #expect(lexer.diagnostics.alle.count == 1)
        let d = lexer.diagnostics.alle.first
        #expect(d?.code == "RW0101")
        #expect(d?.bereik?.eind == UInt32(bron.utf8.count))
        // The message quotes the run, cut short.
        #expect((d?.bericht.tekst(.nl).count ?? .max) < 80)
    }

    @Test(arguments: ["check", "fmt"])
    func rijOnbekendeTekensViaDeCLI(_ opdracht: String) throws {
        let bron = "regeling \"x\" versie \"1\"\n" + String(repeating: "@", count: 20_000)
        let (_, fout, code) = try Self.opBestand(Array(bron.utf8), [opdracht])
        #expect(code == .regelfouten)
        #expect(fout.contains("onverwachte tekens '@@@"))
        #expect(fout.utf8.count < 2_000)
    }

    // MARK: - Diagnostics output

    /// A 40 KB line of `@a`: every one of its 40 000 diagnostics echoed the whole line (more than 1 GB on
    /// stderr). Now a line is cut around the caret and a file shows at most 100 diagnostics.
    @Test func uitvoerBlijftLineair() throws {
        let bron = "regeling \"x\" versie \"1\"\n" + String(repeating: "@a", count: 20_000) + "\n"
        let (_, fout, code) = try Self.opBestand(Array(bron.utf8), ["check"])
        #expect(code == .regelfouten)
        #expect(fout.utf8.count < 20 * bron.utf8.count)
        #expect(fout.contains("en nog 19901 meldingen in "))
        // No echoed line is wider than the cut (120 characters, a '…' on each side, the gutter).
        let breedste = fout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(breedste < 300)
    }

    @Test func afgekapteRegelHoudtDeCaretOnderHetTeken() {
        var bronnen = Bronnen()
        let regel = String(repeating: "a", count: 500) + "@" + String(repeating: "b", count: 500)
        let id = bronnen.voegToe(pad: "x.regels", tekst: regel)
        let d = Diagnostic(.fout, .onverwachtTeken("@"), SourceRange(bestand: id, start: 500, eind: 501))
        let regels = DiagnosticWeergave(bronnen: bronnen, taal: .nl).tekst(d).split(separator: "\n", omittingEmptySubsequences: false)
        let bron = Array(regels[2]), caret = Array(regels[3])
        let k = try? #require(caret.firstIndex(of: "^"))
        #expect(k.map { bron[$0] } == "@")
        #expect(bron.count <= 130)
        #expect(regels[2].hasPrefix("1 | …") && regels[2].hasSuffix("…"))
    }

    @Test(arguments: [(Taal.nl, "en nog 3 meldingen in x.regels"), (Taal.en, "and 3 more diagnostics in x.regels")])
    func tenHoogsteNMeldingenPerBestand(_ taal: Taal, _ slot: String) {
        var bronnen = Bronnen()
        let id = bronnen.voegToe(pad: "x.regels", tekst: "@@@@@")
        let ds = (0..<5).map { Diagnostic(.fout, .onverwachtTeken("@"), SourceRange(bestand: id, start: UInt32($0), eind: UInt32($0 + 1))) }
        let tekst = DiagnosticWeergave(bronnen: bronnen, taal: taal, maximumPerBestand: 2).tekst(ds)
        #expect(tekst.components(separatedBy: "[RW0101]").count == 3)
        #expect(tekst.hasSuffix(slot + "\n"))
    }

    // MARK: - Nesting and chains

    static let kop = "regeling \"x\"\ngeval\n  x: getal\n  d: datum\neinde\nuitvoer y\nartikel 1\n"

    /// A flat sum was refused as "te diep genest" at 201 terms: a chain is read in a loop and is no nesting.
    /// Its tree is as high as it is long, and the planner walks it recursively, so up to `maximumHoogte`
    /// it is checked, planned and run (in a debug build, on a test thread's stack).
    @Test func platteSomVan250TermenIsGoed() throws {
        let som = Array(repeating: "x", count: Parser.maximumHoogte).joined(separator: " + ")
        let c = compileer(Self.kop + "regel y = \(som)\n")
        #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        var w = Werker(plan: Planner.maak(c.regelset))
        w.nieuwGeval()
        _ = GevalLezer.laad(try JSONLezer.lees(#"{"x": 2}"#), in: &w)
        try w.beslis()
        #expect(w.waarde(definitie: 0) == .getal(Getal(geheel: Int128(2 * Parser.maximumHoogte))))
    }

    /// Each way an expression can nest or grow, far beyond the limits: a diagnostic, never a stack overflow.
    /// Nested chains (50 brackets of 140 terms each) passed the old count and crashed the checker.
    @Test(arguments: [
        ("haakjes", String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000), "RW0106"),
        ("min", String(repeating: "- ", count: 10_000) + "x", "RW0106"),
        ("niet", String(repeating: "niet ", count: 10_000) + "waar", "RW0106"),
        ("als", String(repeating: "als waar dan ", count: 5_000) + "x" + String(repeating: " anders x", count: 5_000), "RW0106"),
        ("parameter op", "x" + String(repeating: " op x", count: 10_000), "RW0106"),
        ("waarbij", String(repeating: "y waarbij x = ", count: 5_000) + "x", "RW0106"),
        ("termijn", String(repeating: "termijn van 1 dag na ", count: 5_000) + "d", "RW0106"),
        ("platte som", Array(repeating: "x", count: 20_000).joined(separator: " + "), "RW0110"),
        ("platte en", Array(repeating: "waar", count: 20_000).joined(separator: " en "), "RW0110"),
        ("velden", "x" + String(repeating: ".v", count: 20_000), "RW0110"),
        ("geneste reeksen", (0..<50).reduce("x") { e, _ in "(" + e + String(repeating: " + 1", count: 140) + ")" }, "RW0110"),
    ])
    func diepeUitdrukkingGeeftEenMelding(_ naam: String, _ uitdrukking: String, _ code: String) {
        let c = compileer(Self.kop + "regel y = \(uitdrukking)\n")
        #expect(c.diagnostics.alle.filter { $0.ernst == .fout }.map(\.code) == [code], "\(naam)")
    }

    /// A fixture's value `[[[[...`: the parser recursed once per bracket without a limit.
    @Test func diepeProefwaardeGeeftEenMelding() {
        let waarde = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let bron = "proeven voor \"x\"\nproef \"p\" artikel 1\n geval x = \(waarde)\neinde\n"
        let (_, ds) = Parser.parse(Bronbestand(pad: "p.regels", tekst: bron), id: BestandID(waarde: 0))
        #expect(ds.alle.map(\.code) == ["RW0106"])
    }

    /// A requirement looks through up to 20 rules whose bodies are constant. Each rule reading the next
    /// three times was 3^18 evaluations (a hang); nineteen rules of 240 levels overflowed the stack.
    @Test func eisDoorVeelRegelsIsSnelEnZonderOverloop() {
        var bron = "regeling \"x\"\nuitvoer r0\nartikel 1\n"
        for i in 0..<18 { bron += " regel r\(i) = r\(i + 1) + r\(i + 1) + r\(i + 1)\n" }
        bron += " regel r18 = 1\n eis r0 > 0\n eis r0 < 0 \"te groot\"\n"
        let c = compileer(bron)
        #expect(c.diagnostics.alle.filter { $0.ernst == .fout }.map(\.bericht) == [.eisNietVoldaan("te groot")])

        var diep = "regeling \"x\"\nuitvoer r0\nartikel 1\n"
        for i in 0..<19 { diep += " regel r\(i) = r\(i + 1)" + String(repeating: " + 0", count: 240) + "\n" }
        diep += " regel r19 = 1\n eis r0 > 0\n"
        #expect(!compileer(diep).diagnostics.heeftFouten)
    }

    /// A duration too large for its count was reported at the token after it (on the next line).
    @Test func teGroteDuurStaatOpZijnRegel() {
        expectDiagnostics(Self.kop + "regel y = d + 1️⃣123456789012345678901234567890 dagen\nregel z = 1\n",
                          [.at("1️⃣", "RW0112", "duur '123456789012345678901234567890' is te groot")])
    }

    // MARK: - Numbers

    /// `01` is no JSON (a leading zero stands alone); it was read as 1. The error points at the number.
    @Test(arguments: ["01", "-01", "00.5", "0012"])
    func jsonVoorloopnulIsFout(_ getal: String) {
        #expect(throws: JSONFout.self) { try JSONLezer.lees("{\"x\": \(getal)}") }
        do {
            _ = try JSONLezer.lees("{\"x\": \(getal)}")
        } catch {
            #expect(error.bericht.code == "RW0726")
            #expect((error.regel, error.kolom) == (1, 7))
        }
        #expect((try? JSONLezer.lees("{\"x\": 0, \"y\": -0.5, \"z\": 10}")) != nil)
    }

    /// A well-formed number with more digits than a Getal holds: said to be too large, with the limit.
    @Test func jsonGetalTeGrootNoemtDeGrens() {
        do {
            _ = try JSONLezer.lees("{\"x\": 123456789012345678901234567890123456789012345}")
            Issue.record("te groot getal gelezen")
        } catch {
            #expect(error.bericht.code == "RW0727")
            #expect(error.bericht.tekst(.nl).contains("ten hoogste 38 cijfers"))
            #expect(error.kolom == 7)
        }
        #expect((try? JSONLezer.lees("{\"x\": 12345678901234567890123456789012345678}")) != nil)
    }

    @Test(arguments: [
        ("1️⃣1234567890123456789012345678901234567890", "RW0111", "ten hoogste 38 cijfers"),
        ("1️⃣1,0000000000000000000000000000000000000001", "RW0111", "waarvan ten hoogste 18 na de komma"),
        // 1234567890123456789 / 10^19: the numerator has no factor 2 or 5, and 10^19 is past 2^63 (9.2 · 10^18).
        ("1️⃣0,1234567890123456789", "RW0111", "waarvan ten hoogste 18 na de komma"),
        ("1️⃣1.5", "RW0103", "ongeldig getal '1.5'"),
    ])
    func teGrootGetalInRegelsNoemtDeGrens(_ getal: String, _ code: String, _ bericht: String) {
        expectDiagnostics("regeling \"x\"\nuitvoer y\nartikel 1\nregel y = \(getal)\n", [.at("1️⃣", code, bericht)])
    }

    @Test func teGrootGetalInCSVNoemtDeGrens() {
        guard case .failure(let p) = CSV.veld("x", "1.234.567.890.123.456.789.012.345.678.901.234.567.890", soort: .getal, scheiding: 0x3B) else {
            Issue.record("te groot getal gelezen")
            return
        }
        #expect(p.suggestie?.code == "RW0111")
    }

    // MARK: - fmt

    /// `x = 1 .00` and `€1. 00`: the layout glued the '.' to the numbers around it, which re-lexed as one
    /// number, and fmt stopped with an internal error (exit 70). These do not parse: now they are refused
    /// as such, and the layout itself keeps them apart.
    @Test(arguments: ["regeling \"x\"\n  x = 1 .00\n", "regeling \"x\"\nregel x = €1. 00\n", "regeling \"x\"\nregel x = 1 . 5\n",
                      "regeling \"x\"\nregel x = ( - > 1)\n", "regeling \"x\"\nregel x = a °\n"])
    func fmtVeranderdGeenTokens(_ bron: String) throws {
        switch Indeling.canoniek(Array(bron.utf8)) {
        case .success, .failure(.onleesbaar): break
        case .failure(.betekenisVeranderd): Issue.record("fmt zou de tokens veranderen: \(bron)")
        }
        // The layout alone (as if the file parsed) gives the same tokens.
        let bytes = Array(bron.utf8)
        var lexer = Lexer(Bronbestand(pad: "", bytes: bytes), id: BestandID(waarde: 0))
        let tokens = lexer.tokens().dropLast()
        let uit = Array(Opmaker(bytes: bytes, tokens: Array(tokens)).tekst().utf8)
        var opnieuw = Lexer(Bronbestand(pad: "", bytes: uit), id: BestandID(waarde: 0))
        #expect(opnieuw.tokens().dropLast().map(\.soort) == tokens.map(\.soort), "\(String(decoding: uit, as: UTF8.self))")
        #expect(!opnieuw.diagnostics.heeftFouten)

        let (_, fout, code) = try Self.opBestand(bytes, ["fmt"])
        #expect(code == .regelfouten, "\(fout)")
    }

    /// `artikel 8a` is one article number because the two tokens touch; fmt wrote `artikel 8 a`, which does
    /// not parse.
    @Test func fmtHoudtArtikelnummerBijElkaar() throws {
        let bron = "regeling \"x\"\nartikel 8a\n  regel y = 1\nuitvoer y\n"
        #expect(try Indeling.canoniek(Array(bron.utf8)).get() == bron)
    }

    /// A file that does not parse (here: `gegevens` without `einde`) was laid out anyway and fmt reported
    /// success; its structure is broken, so the layout would be guesswork. Now it is refused (exit 2) and left.
    @Test func fmtWeigertBestandDatNietParseert() throws {
        let bron = "regeling \"x\"\ngegevens Persoon\n    leeftijd: geheel getal\nartikel 1\n    regel y = 1\n"
        guard case .failure(.onleesbaar(let ds)) = Indeling.canoniek(Array(bron.utf8)) else {
            Issue.record("fmt maakte een bestand op dat niet parseert")
            return
        }
        #expect(ds.heeftFouten)
        let (_, fout, code) = try Self.opBestand(Array(bron.utf8), ["fmt"])
        #expect(code == .regelfouten)
        #expect(fout.contains("fout[RW0105]"))
    }

    // MARK: - Case data

    /// Deep JSON is refused at the reader's limit, before its recursion could overflow: as a case, and as
    /// a list in a CSV cell.
    @Test(arguments: ["[", "{\"a\":"])
    func diepeJSONGeeftEenFout(_ open: String) {
        let diep = String(repeating: open, count: 100_000)
        do {
            _ = try JSONLezer.lees(diep)
            Issue.record("diepe JSON gelezen")
        } catch {
            #expect(error.bericht == .jsonTeDiep(JSONLezer.maximumDiepte))
        }
        let c = compileer("regeling \"x\"\ngegevens E\n  a: getal\neinde\ngeval\n  l: lijst van E\neinde\nuitvoer y\nartikel 1\nregel y = aantal e in l\n")
        guard case .failure(let p) = CSV.veld("l", diep, soort: c.regelset.invoer.first?.soort, scheiding: 0x3B) else {
            Issue.record("diepe JSON in een cel gelezen")
            return
        }
        #expect(p.bericht.code == "RW0702")
    }
}
