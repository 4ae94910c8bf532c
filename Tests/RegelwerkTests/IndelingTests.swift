// The canonical layout (`regelwerk fmt`): only whitespace changes, the structure sets the indentation,
// the examples are in it, and formatting twice changes nothing.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct IndelingTests {
    static func opgemaakt(_ tekst: String) throws -> String {
        try Indeling.canoniek(Array(tekst.utf8)).get()
    }

    static let voorbeeldbestanden: [String] = (try? Compilatie.regelbestanden([repoWortel.appendingPathComponent("Examples").path])) ?? []

    static let goudenFmt: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: repoWortel.appendingPathComponent("Tests/RegelwerkTests/Golden/fmt").path)) ?? [])
        .filter { $0.hasSuffix(".regels") }.map { String($0.dropLast(".regels".count)) }.sorted()

    /// Golden/fmt/<naam>.regels laid out is Golden/fmt/<naam>.opgemaakt (written by hand from the rules):
    /// a messy file, and the README's replacement rule (`in plaats van`, its `=` on the next line), which
    /// fmt used to move to column 0.
    @Test(arguments: goudenFmt)
    func goudenOpmaak(_ naam: String) throws {
        let map = repoWortel.appendingPathComponent("Tests/RegelwerkTests/Golden/fmt")
        let invoer = try String(contentsOf: map.appendingPathComponent(naam + ".regels"), encoding: .utf8)
        let verwacht = try String(contentsOf: map.appendingPathComponent(naam + ".opgemaakt"), encoding: .utf8)
        #expect(try Self.opgemaakt(invoer) == verwacht)
        #expect(try Self.opgemaakt(verwacht) == verwacht)
    }

    @Test func erZijnVoorbeelden() {
        #expect(Self.voorbeeldbestanden.count >= 10)
    }

    /// The examples are in the canonical layout (CI checks it with `regelwerk fmt --controleer Examples`).
    @Test(arguments: voorbeeldbestanden)
    func voorbeeldIsCanoniek(_ pad: String) throws {
        let tekst = try String(contentsOfFile: pad, encoding: .utf8)
        #expect(try Self.opgemaakt(tekst) == tekst, "\(pad)")
    }

    /// Without any indentation, an example gets its structure back: every line that opens or belongs to a
    /// part of the ordinance stands where it stood. (Continuation lines cannot know their author's
    /// alignment any more; they stand two deeper than their statement.) Formatting again changes nothing.
    /// (That the tokens stay the same, Indeling checks itself on every file before it gives a result.)
    @Test(arguments: voorbeeldbestanden)
    func structuurKomtTerug(_ pad: String) throws {
        let tekst = try String(contentsOfFile: pad, encoding: .utf8)
        let plat = tekst.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }.joined(separator: "\n")
        let terug = try Self.opgemaakt(plat)
        #expect(try Self.opgemaakt(terug) == terug)
        let origineel = tekst.split(separator: "\n", omittingEmptySubsequences: false)
        let hersteld = terug.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(origineel.count == hersteld.count)
        let structuur = ["artikel", "lid ", "onderdeel", "variant", "regel ", "open ", "uitzondering", "bevoegdheid", "einde",
                         "proef ", "beslissing", "geval", "verwacht", "parameter", "vanaf", "gegevens", "invulling"]
        for (o, h) in zip(origineel, hersteld) where structuur.contains(where: { o.drop { $0 == " " }.hasPrefix($0) }) {
            #expect(o == h, "\(pad)")
        }
    }

    /// A text over more lines is one token: its inner lines stay exactly as they are.
    @Test func tekstOverRegelsBlijftStaan() throws {
        let tekst = "regeling \"x\"\nartikel 1 \"Een\"\n    lid 1 \"eerste regel\n   tweede regel\"\n"
        #expect(try Self.opgemaakt(tekst) == "regeling \"x\"\nartikel 1 \"Een\"\n  lid 1 \"eerste regel\n   tweede regel\"\n")
    }

    /// Brackets left open: the next lines continue the value, even when they look like a field.
    @Test func openHaakjesZettenVoort() throws {
        let tekst = """
            proeven voor "x"
            proef "p" artikel 1
            geval
            eerdere = [{datum = 2024-01-01,
                        aard = a}]
            einde

            """
        #expect(try Self.opgemaakt(tekst) == """
            proeven voor "x"
            proef "p" artikel 1
              geval
                eerdere = [{datum = 2024-01-01,
                            aard = a}]
            einde

            """)
    }

    /// A rule whose `volgens tabel op` stands on a continuation line (artikel 30 lid 1, the labels of several
    /// outcomes before it): its rows stand two deeper than the rule and `einde` under the rule, as when the
    /// table opens on the rule's line (fmt put that `einde` at column 0, and the next line followed it there).
    /// Formatting again changes nothing, and the text still means the same rules: the same plan, the same
    /// decision. Also from a file without any indentation.
    @Test func tabelOpEenVervolgregel() throws {
        let tekst = """
            regeling "T"
            geval
              inkomen: bedrag
            einde
            uitvoer korting, bijdrage
            artikel 30
              lid 2
                regel korting "de korting"
                  volgens tabel op inkomen
                  tot € 1.000 -> 20%
                anders -> 0%
            einde
                regel bijdrage = € 10 * (100% - korting) naar beneden afgerond op een veelvoud van € 0,20
              lid 3
                regel x = 1

            """
        let verwacht = """
            regeling "T"
            geval
              inkomen: bedrag
            einde
            uitvoer korting, bijdrage
            artikel 30
              lid 2
                regel korting "de korting"
                  volgens tabel op inkomen
                  tot € 1.000 -> 20%
                  anders      -> 0%
                einde
                regel bijdrage = € 10 * (100% - korting) naar beneden afgerond op een veelvoud van € 0,20
              lid 3
                regel x = 1

            """
        let plat = tekst.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }.joined(separator: "\n")
        for invoer in [tekst, plat] {
            let opgemaakt = try Self.opgemaakt(invoer)
            #expect(opgemaakt == verwacht)
            #expect(try Self.opgemaakt(opgemaakt) == opgemaakt)
            let voor = compileer(invoer), na = compileer(opgemaakt)
            #expect(!voor.diagnostics.heeftFouten && !na.diagnostics.heeftFouten)
            #expect(PlanWeergave.tekst(Planner.maak(voor.regelset)) == PlanWeergave.tekst(Planner.maak(na.regelset)))
            // € 10 × 80% = € 8,00; € 10 × 100% = € 10,00.
            for (inkomen, bijdrage) in [("900", "€ 8,00"), ("1000", "€ 10,00")] {
                let b = try beslisRegels([opgemaakt], geval: #"{"inkomen": "\#(inkomen)"}"#)
                #expect(uitkomst(b, "bijdrage") == bijdrage)
            }
        }
    }

    /// A file that cannot be read as tokens is not laid out; the diagnostics say why.
    @Test func onleesbaarBlijftStaan() {
        guard case .failure(.onleesbaar(let d)) = Indeling.canoniek(Array("regel x = \"open".utf8)) else {
            Issue.record("verwacht: onleesbaar")
            return
        }
        #expect(d.alle.map(\.code) == ["RW0102"])
    }

    /// The command: --controleer writes nothing and fails on a file out of layout; without it, the file is
    /// rewritten and a second run finds nothing to do.
    @Test func deOpdracht() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regelwerk-fmt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let pad = map.appendingPathComponent("a.regels")
        try "regeling \"T\"\nartikel 1\nregel x = 1\n".write(to: pad, atomically: true, encoding: .utf8)
        let (uit, _, code) = voerUit(["fmt", "--controleer", map.path])
        #expect(code == .testsMislukt)
        #expect(uit.contains("niet in de vaste opmaak: \(pad.path)"))
        #expect(try String(contentsOf: pad, encoding: .utf8) == "regeling \"T\"\nartikel 1\nregel x = 1\n")
        #expect(voerUit(["fmt", map.path]).2 == .ok)
        #expect(try String(contentsOf: pad, encoding: .utf8) == "regeling \"T\"\nartikel 1\n  regel x = 1\n")
        let (nogEens, _, code2) = voerUit(["fmt", "--controleer", map.path])
        #expect(code2 == .ok)
        #expect(nogEens == "1 bestand, 0 niet in de vaste opmaak\n")
    }

    /// `fmt -` lays out standard input to standard output and nothing else (format on save); a text that
    /// does not parse is refused with its diagnostics and exit 2, and nothing on standard output.
    @Test func vanStandaardInvoer() {
        let (uit, fout, code) = voerUit(["fmt", "-"], stdin: "regeling \"x\"\nartikel 1\n regel a = 1\n")
        #expect(code == .ok && fout.isEmpty)
        #expect(uit == "regeling \"x\"\nartikel 1\n  regel a = 1\n")
        let (uit2, fout2, code2) = voerUit(["fmt", "-"], stdin: "regeling \"x\"\nartikel 1\n regel a = \n")
        #expect(code2 == .regelfouten && uit2.isEmpty && fout2.contains("<standaardinvoer>:4:1: fout[RW0105]"))
    }

    /// Hand-worked: the shortest edit, and its unified form with context.
    @Test(arguments: [
        (["a", "b", "c"], ["a", "c"], [Regelverschil.Bewerking.zelfde("a"), .weg("b"), .zelfde("c")]),
        (["a"], ["a", "b"], [.zelfde("a"), .bij("b")]),
        ([], ["x"], [.bij("x")]),
        (["x", "y"], ["y", "x"], [.weg("x"), .zelfde("y"), .bij("x")]),
        (["a", "b"], ["a", "b"], [.zelfde("a"), .zelfde("b")]),
    ])
    func regelverschil(_ oud: [String], _ nieuw: [String], _ verwacht: [Regelverschil.Bewerking]) {
        #expect(Regelverschil.bewerkingen(oud, nieuw) == verwacht)
    }

    @Test func unifiedVerschil() {
        let oud = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        let nieuw = "1\n2\n3\n4\nvijf\n6\n7\n8\n9\n"
        #expect(Regelverschil.unified(oud, nieuw, pad: "x.regels") == "--- a/x.regels\n+++ b/x.regels\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+vijf\n 6\n 7\n 8\n")
        #expect(Regelverschil.unified(oud, oud, pad: "x.regels").isEmpty)
    }
}
