// The `regelwerk` executable as a process: what only a real process shows (a full disk, a closed standard
// input, a folder where a file belongs). Each case used to end in a signal (SIGILL) instead of an exit code.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkCLI

@Suite struct ProcesTests {
    /// The executable that `swift test` built beside the test bundle.
    static let programma = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("regelwerk").path

    /// Runs `regelwerk` through the shell (`opdracht` follows the program's path, with its redirections) and
    /// gives the exit status and standard error.
    static func voerUit(_ opdracht: String) throws -> (code: Int32, fout: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\"$0\" " + opdracht, programma]
        p.currentDirectoryURL = repoWortel
        let fout = Pipe()
        p.standardError = fout
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let tekst = String(decoding: fout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        // A signal would show as an uncaught-signal termination: that is what these tests rule out.
        #expect(p.terminationReason == .exit, "\(opdracht): beëindigd door een signaal")
        return (p.terminationStatus, tekst)
    }

    static let mappen = "Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"
    static let regels = "--regels " + mappen

    @Test func hetProgrammaIsGebouwd() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.programma), "\(Self.programma)")
    }

    /// A full disk: one line on standard error and exit 74, for every command that writes.
    @Test(arguments: ["help batch", "beslis \(regels) --beslissing afstemming --geval Examples/gevallen/benadeling-1500.json",
                      "beslis \(regels) --beslissing afstemming --geval Examples/gevallen/benadeling-1500.json --json",
                      "render \(mappen) --peildatum 2025-01-01", "plan \(mappen) --beslissing afstemming --peildatum 2025-01-01"])
    func eenVolleSchijf(_ opdracht: String) throws {
        let (code, fout) = try Self.voerUit(opdracht + " > /dev/full")
        #expect(code == Afsluitcode.schrijffout.rawValue)
        #expect(fout.hasPrefix("fout: kan de uitvoer niet schrijven") && fout.split(separator: "\n").count == 1, "\(fout)")
    }

    /// The same in English with `--lang en`, as every message.
    @Test func eenVolleSchijfInHetEngels() throws {
        let (code, fout) = try Self.voerUit("plan \(Self.mappen) --beslissing afstemming --peildatum 2025-01-01 --lang en > /dev/full")
        #expect(code == Afsluitcode.schrijffout.rawValue)
        #expect(fout.hasPrefix("error: cannot write the output: ") && fout.split(separator: "\n").count == 1, "\(fout)")
    }

    /// batch with standard input redirected from a file: read ahead on a thread of its own through the
    /// executable's reader, which stopped every such run with SIGILL while it was isolated to the main actor: both
    /// cases are decided. And standard input that cannot be read (a folder): exit 66 with a message.
    @Test func batchVanStandaardInvoer() throws {
        let geval = try String(contentsOf: repoWortel.appendingPathComponent("Examples/gevallen/benadeling-1500.json"), encoding: .utf8)
        let bestand = FileManager.default.temporaryDirectory.appendingPathComponent("gevallen-\(UInt32.random(in: 0...UInt32.max)).jsonl")
        defer { try? FileManager.default.removeItem(at: bestand) }
        let regel = geval.filter { $0 != "\n" } + "\n"
        try (regel + regel).write(to: bestand, atomically: true, encoding: .utf8)
        let (code, fout) = try Self.voerUit("batch \(Self.regels) --beslissing afstemming < '\(bestand.path)'")
        #expect(code == 0 && fout.contains("2 gevallen, 2 beslist, 0 met een fout"), "\(fout)")
        // vergelijk reads standard input through the same reader.
        let versie = { (jaar: String) in "Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/\(jaar)" }
        let (vCode, vFout) = try Self.voerUit("vergelijk --oud \(versie("2024")) --nieuw \(versie("2025")) --beslissing afstemming "
                                              + "--gevallen - < '\(bestand.path)'")
        #expect(vCode == 0, "\(vFout)")
        let (mapCode, mapFout) = try Self.voerUit("batch \(Self.regels) --beslissing afstemming < Examples")
        #expect(mapCode == Afsluitcode.bestandOnleesbaar.rawValue
                && mapFout.contains("fout: kan '<standaardinvoer>' niet verder lezen: " + String(cString: strerror(EISDIR))), "\(mapFout)")
    }

    /// Diagnostics that cannot be written are an error too, not a success.
    @Test func meldingenNaarEenVolleSchijf() throws {
        let (code, _) = try Self.voerUit("check Tests/RegelwerkTests/Golden/check/syntax.regels 2> /dev/full")
        #expect(code == Afsluitcode.schrijffout.rawValue)
    }

    /// A closed standard input cannot be read: exit 66 with a message.
    @Test func eenGeslotenStandaardInvoer() throws {
        let (code, fout) = try Self.voerUit("beslis \(Self.regels) --beslissing afstemming --geval - <&-")
        #expect(code == Afsluitcode.bestandOnleesbaar.rawValue)
        #expect(fout.contains("kan '<standaardinvoer>' niet lezen"))
    }

    /// A folder where a file belongs: exit 66 with a message.
    @Test func eenMapAlsGevallen() throws {
        let (code, fout) = try Self.voerUit("batch \(Self.regels) --beslissing afstemming --invoer Examples")
        #expect(code == Afsluitcode.bestandOnleesbaar.rawValue)
        #expect(fout.contains("'Examples' is een map"))
    }
}
