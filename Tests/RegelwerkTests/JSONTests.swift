// Evaluate: the JSON reader: exact numbers, nesting limits, duplicate keys, positions of errors.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct JSONTests {
    @Test func leestWaarden() throws {
        let j = try JSONLezer.lees(#"{"a": 1300.00, "b": "1300.00", "c": [true, false, null], "d": {"e": -0.5e1}, "f": "\u00e9\n"}"#)
        #expect(j == .object([
            ("a", .getal("1300.00")), ("b", .tekst("1300.00")), ("c", .array([.waarheid(true), .waarheid(false), .null])),
            ("d", .object([("e", .getal("-0.5e1"))])), ("f", .tekst("é\n")),
        ]))
    }

    @Test func getalEnTekstLezenExactGelijk() {
        // "1300.00" and 1300.00 are the same amount, read exactly.
        #expect(GevalLezer.getal(.getal("1300.00")) == GevalLezer.getal(.tekst("1300.00")))
        #expect(GevalLezer.getal(.getal("0.1")) == Getal.lees("0.1"))
        #expect(GevalLezer.getal(.getal("1e3")) == nil)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "verwacht een sleutel"),
        ("{\n  \"a\": tru\n}", 2, 8, "verwacht true"),
        (#"{"a": 1} x"#, 1, 10, "na het einde"),
        (#"{"a": 1, "a": 2}"#, 1, 10, "de sleutel 'a' komt twee keer voor"),
        (#"["#, 1, 2, "onverwacht einde"),
        (#"{"a": "x"#, 1, 7, "zonder afsluitend"),
        (#"{"a": 10.}"#, 1, 10, "ongeldig getal"),
    ])
    func meldtFoutenMetPlaats(_ tekst: String, _ regel: Int, _ kolom: Int, _ bericht: String) {
        do {
            _ = try JSONLezer.lees(tekst)
            Issue.record("verwacht een fout voor \(tekst)")
        } catch {
            #expect(error.regel == regel)
            #expect(error.kolom == kolom, "\(error.bericht.tekst(.nl))")
            #expect(error.bericht.tekst(.nl).contains(bericht), "\(error.bericht.tekst(.nl))")
        }
    }

    @Test func begrenstDiepte() {
        let diep = String(repeating: "[", count: 10_000)
        #expect(throws: JSONFout.self) { try JSONLezer.lees(diep) }
    }

    @Test func weigertOngeldigeUTF8() {
        #expect(throws: JSONFout.self) { try JSONLezer.lees([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]) }
    }

    @Test func schrijftTerug() throws {
        let j = JSONWaarde.object([("a", .tekst("\"x\"\n")), ("b", .array([.getal("1.50"), .null]))])
        let tekst = JSONSchrijver.schrijf(j, inspringen: nil)
        #expect(tekst == #"{"a":"\"x\"\n","b":[1.50,null]}"#)
        #expect(try JSONLezer.lees(tekst) == j)
    }
}
