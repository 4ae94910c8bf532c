// Golden files: the exact text of diagnostics and decisions, compared byte for byte.
//
//   Golden/check/<naam>.regels     runs `regelwerk check <naam>.regels` (extra arguments on a first line
//                                  "# argumenten: ..."), expected output in <naam>.verwacht
//   Golden/test/<naam>/            runs `regelwerk test <naam>`, expected output in <naam>.verwacht
//   Golden/beslis/<naam>.json      runs `regelwerk beslis --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad
//                                  --geval <naam>.json` (extra arguments in <naam>.argumenten)
//
// Paths are shown relative to the repository. REGELWERK_UPDATE_GOLDEN=1 swift test rewrites the
// expected files; review them with `git diff` before committing.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct GoldenTests {
    static let map = repoWortel.appendingPathComponent("Tests/RegelwerkTests/Golden")

    static func gevallen(_ opdracht: String, _ extensie: String) -> [String] {
        let pad = map.appendingPathComponent(opdracht).path
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: pad)) ?? []
        return namen.filter { $0.hasSuffix("." + extensie) }.sorted()
    }

    /// A golden folder that is missing or empty fails: a parameterized test over no files would pass.
    @Test(arguments: [("check", "regels"), ("beslis", "json"), ("test", "verwacht"), ("fmt", "regels")])
    func goudenMapBestaat(_ opdracht: String, _ extensie: String) {
        #expect(!GoldenTests.gevallen(opdracht, extensie).isEmpty, "Golden/\(opdracht) ontbreekt of heeft geen .\(extensie)-bestanden")
    }

    static func relatief(_ url: URL) -> String {
        String(url.path.dropFirst(repoWortel.path.count + 1))
    }

    func vergelijk(_ invoer: URL, _ args: [String]) throws {
        let (uit, fout, code) = voerUit(args)
        let wortel = repoWortel.path + "/"
        let gekregen = "$ regelwerk " + args.map { $0.replacingOccurrences(of: wortel, with: "") }.joined(separator: " ") + "\n"
            + uit.replacingOccurrences(of: wortel, with: "")
            + (fout.isEmpty ? "" : "--- stderr\n" + fout.replacingOccurrences(of: wortel, with: ""))
            + "# afsluitcode \(code.rawValue)\n"
        let verwachtPad = invoer.deletingPathExtension().appendingPathExtension("verwacht")
        if ProcessInfo.processInfo.environment["REGELWERK_UPDATE_GOLDEN"] == "1" {
            try gekregen.write(to: verwachtPad, atomically: true, encoding: .utf8)
            return
        }
        let verwacht = try String(contentsOf: verwachtPad, encoding: .utf8)
        #expect(gekregen == verwacht, "\(GoldenTests.relatief(invoer)): verschil met \(verwachtPad.lastPathComponent)")
    }

    @Test(arguments: gevallen("check", "regels"))
    func check(_ naam: String) throws {
        let invoer = GoldenTests.map.appendingPathComponent("check").appendingPathComponent(naam)
        let eersteRegel = try String(contentsOf: invoer, encoding: .utf8).split(separator: "\n").first ?? ""
        var extra: [String] = []
        if eersteRegel.hasPrefix("# argumenten:") {
            extra = eersteRegel.dropFirst("# argumenten:".count).split(separator: " ").map(String.init)
        }
        try vergelijk(invoer, ["check"] + extra + [invoer.path])
    }

    @Test(arguments: gevallen("beslis", "json"))
    func beslis(_ naam: String) throws {
        let invoer = GoldenTests.map.appendingPathComponent("beslis").appendingPathComponent(naam)
        let argPad = invoer.deletingPathExtension().appendingPathExtension("argumenten")
        let extra = ((try? String(contentsOf: argPad, encoding: .utf8)) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        try vergelijk(invoer, ["beslis", "--regels"] + voorbeeldRegels + ["--geval", invoer.path] + extra)
    }

    /// Golden/test/<naam>/ is a folder of rules and fixtures, run as `regelwerk test <naam>`.
    static func proefmappen() -> [String] {
        let pad = map.appendingPathComponent("test").path
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: pad)) ?? []
        return namen.filter { !$0.contains(".") }.sorted()
    }

    @Test(arguments: proefmappen())
    func test(_ naam: String) throws {
        let invoer = GoldenTests.map.appendingPathComponent("test").appendingPathComponent(naam)
        try vergelijk(invoer.appendingPathExtension("map"), ["test", invoer.path])
    }

    @Test func elkeVoorbeeldGevalHeeftEenGolden() {
        // The README's cases in Examples/gevallen are decided in the golden set as well.
        let voorbeelden = (try? FileManager.default.contentsOfDirectory(atPath: repoWortel.appendingPathComponent("Examples/gevallen").path)) ?? []
        for v in voorbeelden where v.hasSuffix(".json") {
            #expect(GoldenTests.gevallen("beslis", "json").contains(v), "Golden/beslis/\(v) ontbreekt")
            let voorbeeld = try? String(contentsOf: repoWortel.appendingPathComponent("Examples/gevallen/\(v)"), encoding: .utf8)
            let kopie = try? String(contentsOf: GoldenTests.map.appendingPathComponent("beslis/\(v)"), encoding: .utf8)
            #expect(voorbeeld == kopie, "Golden/beslis/\(v) is niet gelijk aan Examples/gevallen/\(v)")
        }
    }
}
