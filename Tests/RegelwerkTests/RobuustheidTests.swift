// Reliability (DESIGN §8): mutated rule files and case data never crash the pipeline; every failure
// is a reported diagnostic. Deterministic: the same mutations every run.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct Toeval {
    var toestand: UInt64
    mutating func volgende() -> UInt64 {
        toestand &+= 0x9E37_79B9_7F4A_7C15
        var z = toestand
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func onder(_ n: Int) -> Int { Int(volgende() % UInt64(max(n, 1))) }
}

/// Deletes, duplicates, replaces or inserts a few bytes, sometimes with tokens of the language.
func muteer(_ bytes: [UInt8], _ t: inout Toeval) -> [UInt8] {
    var b = bytes
    let stukjes: [[UInt8]] = ["(", ")", "€", "%", "\"", "tot", "einde", "regel x =", "artikel", "9999999999999999999999999999",
                              "2024-02-30", ",", "->", "\u{FF}", "#", "als", "uitzondering op", ".", "°",
                              "waarbij schending = s", "de s in schendingen met de hoogste", "bevoegdheid", "per maand",
                              "in afwijking van artikel 55 lid 3", "[", "{", "proef"].map { Array($0.utf8) }
    for _ in 0..<(1 + t.onder(4)) {
        guard !b.isEmpty else { break }
        let i = t.onder(b.count)
        switch t.onder(4) {
        case 0: b.remove(at: i)
        case 1: b.insert(contentsOf: b[i..<min(b.count, i + t.onder(40))], at: i)
        case 2: b[i] = UInt8(truncatingIfNeeded: t.volgende())
        default: b.insert(contentsOf: stukjes[t.onder(stukjes.count)], at: i)
        }
    }
    return b
}

@Suite struct RobuustheidTests {
    /// How many mutations a sweep tries: `volledig` with REGELWERK_MUTATIES=volledig (a longer run, by hand or
    /// in a nightly job), else a quarter of it, so the debug-build suite stays quick on two cores.
    static func mutaties(_ volledig: Int) -> Int {
        ProcessInfo.processInfo.environment["REGELWERK_MUTATIES"] == "volledig" ? volledig : max(10, volledig / 4)
    }

    /// The first malformed UTF-8 byte is found wherever it stands: in the 32-byte steps, the 8-byte steps, the
    /// byte-by-byte tail, or after a valid multi-byte character; a text with only valid characters has none.
    @Test(arguments: 0..<75)
    func ongeldigeUTF8OpElkePlaats(_ k: Int) {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 75)
        bytes[k] = 0xFF
        #expect(Lexer.eersteOngeldigeUTF8(bytes) == k)
        bytes[k] = 0xC3                                        // the first byte of "é", cut off
        #expect(Lexer.eersteOngeldigeUTF8(bytes) == k)
        var geldig = Array(repeating: UInt8(ascii: "a"), count: 75)
        geldig.replaceSubrange(k..<k + 1, with: Array("é".utf8))
        #expect(Lexer.eersteOngeldigeUTF8(geldig) == nil)
        geldig.append(0x80)                                    // a continuation byte with nothing before it
        #expect(Lexer.eersteOngeldigeUTF8(geldig) == 76)
    }

    /// The check by the table of well-formed sequences finds the same first malformed byte as decoding with the
    /// standard library, over random texts built from ASCII, every kind of lead and continuation byte and the
    /// edges of the table (overlong forms, surrogates, beyond U+10FFFF), cut off anywhere.
    @Test func utf8ZoalsDeStandaardbibliotheek() {
        func verwacht(_ bytes: [UInt8]) -> Int? {
            var it = bytes.makeIterator(), decoder = UTF8(), offset = 0
            while true {
                switch decoder.decode(&it) {
                case .scalarValue(let s): offset += UTF8.width(s)
                case .emptyInput: return nil
                case .error: return offset
                }
            }
        }
        let stukken: [[UInt8]] = [
            [0x61], Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xDF, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xBF], [0xE2, 0x82], [0xF1, 0x80, 0x80],
        ]
        var t = Toeval(toestand: 0x0C7F_8BAD)
        var verschillend = 0
        for _ in 0..<Self.mutaties(20_000) {
            var bytes: [UInt8] = []
            for _ in 0..<t.onder(13) { bytes += stukken[t.onder(stukken.count)] }
            let gevonden = Lexer.eersteOngeldigeUTF8(bytes)
            if gevonden != verwacht(bytes) {
                verschillend += 1
                if verschillend == 1 { #expect(gevonden == verwacht(bytes), "\(bytes)") }
            }
        }
        #expect(verschillend == 0)
    }

    @Test func gemuteerdeRegelbestandenCrashenNiet() throws {
        let model = try [UInt8](Data(contentsOf: repoWortel.appendingPathComponent("Examples/model/afstemming.regels")))
        let gemeente = try [UInt8](Data(contentsOf: repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024/afstemming.regels")))
        let landelijk = try [UInt8](Data(contentsOf: repoWortel.appendingPathComponent("Examples/landelijk/bedragen.regels")))
        var t = Toeval(toestand: 20_261_123)
        var metFouten = 0
        for _ in 0..<Self.mutaties(300) {
            let c = Compilatie.compileer(bytes: [("model.regels", muteer(model, &t)), ("landelijk.regels", landelijk), ("gemeente.regels", gemeente)])
            // Every diagnostic renders, whatever its position.
            _ = DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.gesorteerd)
            if c.diagnostics.heeftFouten { metFouten += 1; continue }
            // A mutation that still checks is decided over a case, as `regelwerk beslis` does.
            let set = c.versies[0].regelset
            if let beslisser = try? Beslisser(c, uitvoer: set.uitvoer.map { set.definities[$0].naam }),
               case .success(let b) = beslisser.beslis(bytes: Array(#"{"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": 1500}], "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "datum_gedraging": "2024-03-04", "datum_constatering": "2024-03-11", "datum_bekendmaking": "2024-03-20", "eerdere_verlagingen": []}"#.utf8), metMotivering: true),
               let besluit = b.besluit {
                _ = BesluitWeergave.tekst(besluit)
            }
        }
        #expect(metFouten > 0)
    }

    /// Mutated fixture files: the runner reports diagnostics or failed fixtures, never crashes. The
    /// fixtures read their case file relative to their own path, so they are given their real path.
    @Test func gemuteerdeProevenCrashenNiet() throws {
        let voorbeeldstad = repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad")
        let regels = try Compilatie.leesBestanden([repoWortel.appendingPathComponent("Examples/model").path,
                                                   repoWortel.appendingPathComponent("Examples/landelijk").path,
                                                   voorbeeldstad.appendingPathComponent("2024").path])
        let pad = voorbeeldstad.appendingPathComponent("proeven/afstemming.regels").path
        let proeven = try [UInt8](Data(contentsOf: URL(fileURLWithPath: pad)))
        var t = Toeval(toestand: 7)
        var mislukt = 0
        for _ in 0..<Self.mutaties(60) {
            for (verslag, c) in Proefloop.voerUit(regels + [(pad, muteer(proeven, &t))]) {
                _ = DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.gesorteerd)
                _ = ProefWeergave.tekst(verslag)
                if c.diagnostics.heeftFouten || !verslag.isGeslaagd { mislukt += 1 }
            }
        }
        #expect(mislukt > 0)
    }

    @Test func gemuteerdeGevallenCrashenNiet() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let plan = Planner.maak(c.regelset, uitvoer: try #require(c.regelset.beslissingen.first { $0.naam == "afstemming" }).uitvoer)
        var w = Werker(plan: plan)
        let gevallen = try FileManager.default.contentsOfDirectory(atPath: repoWortel.appendingPathComponent("Examples/gevallen").path)
            .sorted().filter { !$0.hasPrefix("wmo") && !$0.hasPrefix("jeugdhulp") && !$0.hasPrefix("registratie-rond") }
            .map { try [UInt8](Data(contentsOf: repoWortel.appendingPathComponent("Examples/gevallen/\($0)"))) }
        var t = Toeval(toestand: 42)
        var beslist = 0
        for k in 0..<600 {
            let bytes = muteer(gevallen[k % gevallen.count], &t)
            w.nieuwGeval()
            guard let j = try? JSONLezer.lees(bytes) else { continue }
            let (fouten, _) = GevalLezer.laad(j, in: &w)
            guard fouten.isEmpty else { continue }
            do {
                try w.beslis()
                _ = JSONSchrijver.schrijf(BesluitWeergave.json(Besluit.maak(w)))
                beslist += 1
            } catch {
                _ = error.bericht.tekst(.nl)
            }
        }
        #expect(beslist > 0)
    }

    @Test func reuzeGetallenZijnEenFoutGeenOverloop() throws {
        let c = compileer("regeling \"T\"\ngeval\n b: bedrag\neinde\nuitvoer x\nartikel 1\n regel x = (b / €0,01) * (b / €0,01) * (b / €0,01) * (b / €0,01)")
        #expect(!c.diagnostics.heeftFouten)
        var w = Werker(plan: Planner.maak(c.regelset))
        w.nieuwGeval()
        _ = GevalLezer.laad(try JSONLezer.lees(#"{"b": "99999999999999999999.99"}"#), in: &w)
        // (10^22)^4 = 10^88 does not fit in 128 bits: an error naming the rule, never a wrapped number.
        do {
            try w.beslis()
            Issue.record("verwacht een overloopfout")
        } catch {
            #expect(error.bericht == .rekenOverloop("x"))
        }
    }

    /// A number too fine is an error too: 1 / 10^10 / 10^10 = 1/10^20, and 10^20 is past the 63 bits of a denominator
    /// (9.2 · 10^18). With a = 0 the same rules give 0.
    @Test func teFijneGetallenZijnEenFoutGeenAfronding() throws {
        let regels = "regeling \"T\"\ngeval\n a: getal\neinde\nuitvoer y\nartikel 1\n regel x: getal = a / 10000000000\n regel y: getal = x / 10000000000"
        do {
            _ = try beslisRegels([regels], geval: #"{"a": 1}"#)
            Issue.record("verwacht een overloopfout")
        } catch let fout as Beslisfout {
            guard case .berekening(let r) = fout else { Issue.record("\(fout)"); return }
            #expect(r.bericht == .rekenOverloop("y") && r.definitie == "y")
        }
        #expect(try beslisRegels([regels], geval: #"{"a": 0}"#).uitkomsten.map(\.tekst) == ["0"])
    }
}
