// Reliability (DESIGN §8, issue 18 "Never a crash"): one regression test per fault found by hand and by the
// fuzzers. Each failed (or crashed) on the code before its fix.

import Foundation
import Testing
@testable import Regelwerk

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
}
