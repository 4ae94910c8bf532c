// Test support: location markers in rule text, in-process runs of the CLI, golden files.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

let markeringen = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

/// Removes the markers from `bron` and returns the clean text with each marker's UTF-8 offset.
func zonderMarkeringen(_ bron: String) -> (String, [String: UInt32]) {
    var tekst = bron
    var plaatsen: [String: UInt32] = [:]
    while let (m, r) = markeringen.compactMap({ m in tekst.range(of: m).map { (m, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
        plaatsen[m] = UInt32(tekst.utf8.distance(from: tekst.startIndex, to: r.lowerBound))
        tekst.removeSubrange(r)
    }
    return (tekst, plaatsen)
}

/// Compiles rule text (one file, "test.regels"); more files may follow.
func compileer(_ bron: String, _ meer: String...) -> Compilatie {
    Compilatie.compileer([("test.regels", bron)] + meer.enumerated().map { ("extra\($0.offset).regels", $0.element) })
}

/// What a test expects of one diagnostic: its marker, code and (part of) its message.
struct Verwacht {
    var markering: String
    var code: String
    var bericht: String
    static func at(_ m: String, _ code: String, _ bericht: String) -> Verwacht { Verwacht(markering: m, code: code, bericht: bericht) }
}

/// Checks that compiling `bron` gives exactly these errors, each at its marker.
func expectDiagnostics(_ bron: String, _ verwacht: [Verwacht], waarschuwingen: Bool = false,
                       sourceLocation: SourceLocation = #_sourceLocation) {
    let (tekst, plaatsen) = zonderMarkeringen(bron)
    let c = compileer(tekst)
    let gevonden = c.diagnostics.gesorteerd.filter { waarschuwingen || $0.ernst == .fout }
    let weergave = DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(gevonden)
    #expect(gevonden.count == verwacht.count, "aantal meldingen:\n\(weergave)", sourceLocation: sourceLocation)
    for (d, v) in zip(gevonden, verwacht) {
        #expect(d.code == v.code, "\(weergave)", sourceLocation: sourceLocation)
        #expect(d.bericht.tekst(.nl).contains(v.bericht), "\(d.bericht.tekst(.nl)) bevat niet '\(v.bericht)'", sourceLocation: sourceLocation)
        #expect(d.bereik?.start == plaatsen[v.markering], "\(v.markering): \(weergave)", sourceLocation: sourceLocation)
    }
}

/// Runs the CLI in-process and returns (stdout, stderr, exit code). With `blokken`, standard input comes
/// in pieces of that many bytes, as from a pipe. With `leesfoutNa`, reading standard input fails once that
/// many bytes were given (read whole, it fails at once).
func voerUit(_ args: [String], stdin: String = "", blokken: Int? = nil, leesfoutNa: Int? = nil, gevalgrens: Int? = nil,
             project: [String]? = nil, terminal: Bool = false, voortgangNa: Int? = nil) -> (String, String, Afsluitcode) {
    final class Buffer: @unchecked Sendable { var uit = ""; var fout = ""; var gelezen = 0 }
    let b = Buffer()
    let invoer = Array(stdin.utf8)
    var blok: (() throws(Standaardinvoerfout) -> [UInt8]?)?
    if let n = blokken {
        blok = { () throws(Standaardinvoerfout) -> [UInt8]? in
            if let f = leesfoutNa, b.gelezen >= f { throw Standaardinvoerfout(nummer: 5) }
            guard b.gelezen < invoer.count else { return nil }
            let eind = min(invoer.count, b.gelezen + n)
            let stuk = Array(invoer[b.gelezen..<eind])
            b.gelezen = eind
            return stuk
        }
    }
    var io = InUit(schrijf: { b.uit += $0 }, schrijfFout: { b.fout += $0 }, leesStandaardInvoer: { leesfoutNa == nil ? invoer : nil },
                   leesBlok: blok)
    if let g = gevalgrens { io.gevalgrens = g }
    // Standard input a line at a time, for `beslis` in conversation.
    var regels = stdin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    if regels.last == "" { regels = regels.dropLast() }
    final class Regels: @unchecked Sendable { var rest: ArraySlice<String> = [] }
    let r = Regels()
    r.rest = regels
    io.leesRegel = { r.rest.popFirst() }
    io.foutIsTerminal = terminal
    if let v = voortgangNa { io.voortgangNa = v }
    io.projectRegels = { project }
    let code = RegelwerkCLI.voerUit(args, io)
    return (b.uit, b.fout, code)
}

/// The repository root, found from this file's path, so tests run from any working directory.
let repoWortel: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Decides a case (JSON text) with the example rule set, through the ``Beslisser`` as `regelwerk beslis`
/// does (the same version rule), and returns the decision or throws the ``Beslisfout``.
func beslisVoorbeeld(_ json: String, uitvoer: [String]? = nil, beslissing: String = "afstemming",
                     peildatum: String? = nil) throws -> Besluit {
    let c = try Compilatie.lees(paden: voorbeeldRegels)
    #expect(!c.diagnostics.heeftFouten)
    // Fields a test does not care about get neutral values: no history, recent dates.
    guard case .object(var velden) = try JSONLezer.lees(json) else { throw Beslisfout.geval([GevalProbleem(bericht: .jsonGeenObject)], waarschuwingen: []) }
    let standaard: [(String, JSONWaarde)] = [
        ("datum_gedraging", .tekst("2024-03-04")), ("datum_constatering", .tekst("2024-03-11")),
        ("datum_bekendmaking", .tekst("2024-03-20")), ("eerdere_verlagingen", .array([])),
        ("boete_voor_dezelfde_gedraging", .waarheid(false)),
    ]
    for (k, v) in standaard where !velden.contains(where: { $0.0 == k }) { velden.append((k, v)) }
    let beslisser = try Beslisser(c, uitvoer: uitvoer ?? [], peildatumVan: beslissing)
    return try beslis(beslisser, .object(velden), beslissing: beslissing, peildatum: peildatum.flatMap { Datum.lees(Substring($0)) })
}

/// Decides through the ``Beslisser`` with the motivation; throws the ``Beslisfout``.
func beslis(_ beslisser: Beslisser, _ geval: JSONWaarde, beslissing: String? = nil, peildatum: Datum? = nil) throws -> Besluit {
    let b = try beslisser.beslis(geval, beslissing: beslissing, peildatum: peildatum, metMotivering: true).get()
    return try #require(b.besluit)
}

/// Compiles rule texts (expecting no errors), and decides a case (JSON text) for all their outputs, or
/// for `uitvoer` (rule names) when given. Throws the ``Beslisfout``.
func beslisRegels(_ bronnen: [String], geval: String, uitvoer: [String]? = nil,
                  sourceLocation: SourceLocation = #_sourceLocation) throws -> Besluit {
    let c = Compilatie.compileer(bronnen.enumerated().map { ("regels\($0.offset).regels", $0.element) })
    #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))",
            sourceLocation: sourceLocation)
    let set = c.versies[0].regelset
    let beslisser = try Beslisser(c, uitvoer: uitvoer ?? set.uitvoer.map { set.definities[$0].naam })
    return try beslis(beslisser, try JSONLezer.lees(geval))
}

/// A batch for one decision of the rules, deciding on `draden` threads.
func maakBatch(_ c: Compilatie, _ beslissing: String, draden: Int) throws -> Batch {
    let beslisser = try Beslisser(c)
    return Batch(beslisser: beslisser, beslissing: try beslisser.kies(beslissing: beslissing).get(), draden: draden)
}
