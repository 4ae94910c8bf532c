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
}
