// Bytelezer: reading a line straight from its bytes gives the same record as the general path (JSONLezer
// + GevalLezer), for good cases and for every kind of bad one, because it declines whatever it is not sure
// of. Held here line by line, over every decision of the Examples.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen

@Suite struct BytelezerTests {
    /// The Examples' case files, each on one line.
    static func gevallen() throws -> [JSONWaarde] {
        let map = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/gevallen")
        return try FileManager.default.contentsOfDirectory(atPath: map.path).filter { $0.hasSuffix(".json") }.sorted().map {
            try JSONLezer.lees(Array(try Data(contentsOf: map.appendingPathComponent($0))))
        }
    }

    /// Raw JSON put in place of a value: every kind a field may be given wrongly, or rightly in an unusual way.
    static let vervangers = [
        "null", "\"x\"", "1e3", "\"1e3\"", "01", "\"01\"", "\" 5 \"", "\"+5\"", "-1", "\"-0.00\"", "0", "1.5", "\"1.5\"",
        "12345678901234567890", "1234567890123456789", "\"10%\"", "\"10 %\"", "10", "true", "\"2024-02-30\"", "\"2024-02-29\"",
        "\"3 maanden\"", "\"3  maanden\"", "\"1 maand\"", "\"3 eeuwen\"", "\"é\"", "\"a\\u0041\"", "[]", "{}", "[{}]", "[null]",
        "\"tekortschietend_besef\"", "\"alleenstaande\"", "{\"onbekend\": 1}", "1.", "-", "\"\"",
    ]

    /// Every variant of `geval` with one value replaced (the value itself, not its key), as raw text.
    static func varianten(_ geval: JSONWaarde) -> [String] {
        var uit: [String] = []
        // The places of the leaves and containers, as paths of indices (a work list: no recursion).
        var paden: [[Int]] = [[]]
        var k = 0
        while k < paden.count {
            let pad = paden[k]
            k += 1
            switch waarde(geval, pad) {
            case .object(let velden)?: for i in velden.indices { paden.append(pad + [i]) }
            case .array(let es)?: for i in es.indices.prefix(2) { paden.append(pad + [i]) }
            default: break
            }
        }
        // Each place gets a third of the replacements, in turn, so every replacement meets every kind of field
        // across the files while the test stays quick in a debug build.
        for (k, pad) in paden.dropFirst().enumerated() {
            for (j, v) in vervangers.enumerated() where (j + k) % 3 == 0 {
                uit.append(JSONSchrijver.schrijf(vervang(geval, pad, .getal(v)), inspringen: nil))
            }
        }
        return uit
    }

    static func waarde(_ w: JSONWaarde, _ pad: [Int]) -> JSONWaarde? {
        var w = w
        for i in pad {
            switch w {
            case .object(let velden): w = velden[i].1
            case .array(let es): w = es[i]
            default: return nil
            }
        }
        return w
    }

    /// `w` with the value at `pad` replaced (`.getal` holds raw JSON text: the writer copies it as it is).
    static func vervang(_ w: JSONWaarde, _ pad: [Int], _ nieuw: JSONWaarde) -> JSONWaarde {
        guard let i = pad.first else { return nieuw }
        switch w {
        case .object(var velden):
            velden[i].1 = vervang(velden[i].1, Array(pad.dropFirst()), nieuw)
            return .object(velden)
        case .array(var es):
            es[i] = vervang(es[i], Array(pad.dropFirst()), nieuw)
            return .array(es)
        default: return w
        }
    }

    /// Whole-line variants: what is around and between the fields.
    static func regelvarianten(_ regel: String) -> [String] {
        let binnen = String(regel.dropFirst())
        return [
            regel, " " + regel + " \t", "\u{FEFF}" + regel, regel + "x", regel + "}", "", "{}", "[]", "{", "nul",
            "{\"onbekend_veld\": 1, " + binnen, "{\"bevoegdheden\": {}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"reden\"}, " + binnen,
            // Powers read straight from the bytes, and every way of giving them that the general path words.
            regel.dropLast() + ", \"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"reden\", \"verlagen_over_bijzondere_bijstand\": \"r\"}}",
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"  \"}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"\"}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": true}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenn\": \"reden\"}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"a\", \"afzien_wegens_dringende_redenen\": \"b\"}, " + binnen,
            "{\"bevoegdheden\": [], " + binnen, "{\"bevoegdheden\": {}, \"bevoegdheden\": {}, " + binnen,
            "{\"bevoegdheden\": {\"afzien_wegens_dringende_redenen\": \"re\\\"den\"}, " + binnen,
            "{\"afzien_wegens_dringende_redenen\": true, " + binnen,
            "{\"zaaknummer\": \"Z-1\", " + binnen, "{\"zaaknummer\": 17, " + binnen, "{\"zaaknummer\": \"Z\\\"1\", " + binnen,
            "{\"zaaknummer\": [1], " + binnen, "{\"zaaknummer\": null, " + binnen,
            regel.replacingOccurrences(of: ", ", with: ","), regel.replacingOccurrences(of: "\":", with: "\" :"),
            // As a program writes it: no spaces at all, so records in a list match their keys' bytes (Veld.sjabloon).
            regel.replacingOccurrences(of: ", ", with: ",").replacingOccurrences(of: "\": ", with: "\":"),
            "{\"x\u{301}\": 1, " + binnen, "{\"a\": {\"b\": 1, \"b\": 2}, " + binnen,
        ] + dubbel(regel, binnen)
    }

    /// The first key given twice (null first, then its own value), and alone.
    static func dubbel(_ regel: String, _ binnen: String) -> [String] {
        guard let r = regel.firstRange(of: "\":") else { return [] }
        let sleutel = regel[regel.index(after: regel.startIndex)..<r.upperBound]
        return ["{" + sleutel + " null, " + binnen, "{" + sleutel + " null}"]
    }

    /// The records of `regels` for decision `beslissing`, read from bytes first or only the general way.
    static func records(_ c: Compilatie, _ beslissing: String, _ regels: [String], bytes: Bool) throws -> (records: [String], rechtstreeks: Int, beslist: Int) {
        let batch = try maakBatch(c, beslissing, draden: 2)
        batch.bytesLezen = bytes
        var buffer = Array(regels.joined(separator: "\n").utf8) + [0x0A]
        // Invalid UTF-8 and a stray byte in a key, which no String can hold.
        buffer += [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D, 0x0A]
        buffer += Array(#"{"a":"\#u{0}"}"#.utf8) + [0x0A]
        let records = batch.beslis(Batch.regels(&buffer, eindeInvoer: true), eersteNummer: 1)
        return (records, batch.rechtstreeks, batch.beslist)
    }

    @Test func dezelfdeRecordsAlsDeAlgemeneWeg() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        var regels: [String] = []
        for geval in try Self.gevallen() {
            let regel = JSONSchrijver.schrijf(geval, inspringen: nil)
            regels += Self.regelvarianten(regel) + Self.varianten(geval)
        }
        #expect(Beslisser.namen(c).count >= 3)
        for b in ["afstemming", "inkomenstoelage", "wmo_termijnen"] {
            let (snel, rechtstreeks, beslist) = try Self.records(c, b, regels, bytes: true)
            let (algemeen, nul, _) = try Self.records(c, b, regels, bytes: false)
            #expect(snel.count == algemeen.count && nul == 0)
            // A good share of the decided cases went straight from the bytes (else this comparison would prove
            // little); the others were written unusually on purpose (a BOM, an unknown field, a power without a reason).
            #expect(rechtstreeks * 3 > beslist, "\(b): \(rechtstreeks) van \(beslist)")
            for (k, (x, y)) in zip(snel, algemeen).enumerated() where x != y {
                Issue.record("\(b), regel \(k + 1): \(k < regels.count ? regels[k] : "?")\nsnel:     \(x)\nalgemeen: \(y)")
            }
        }
    }

    /// Months of income, in a list of records.
    static let maanden = """
            regeling "S"
            gegevens Maand
              maand: datum
              inkomen: bedrag
              gewerkt: waarheidswaarde
            einde
            geval
              maanden: lijst van Maand
            einde
            uitvoer totaal, boven_grens
            artikel 1
              regel totaal: bedrag = som van m.inkomen voor elke m in maanden
              regel boven_grens = bestaat m in maanden waarvoor m.inkomen > €1.250
            """

    /// Records in a list written as a program writes them (schema order, no spaces) are read by matching their
    /// keys' bytes; every other way of writing them falls back to the general reading of the record. Each line
    /// gives the same record both ways; the first four are taken straight from the bytes. By hand, for the first
    /// line: totaal = 1297,19 + 1221,63 = 2518,82; hoogste: 1297,19 > 1250,00 so waar; laatste maand 2024-02-01.
    @Test func recordsVolgensHunSjabloon() throws {
        let c = Compilatie.compileer([("sjabloon.regels", Self.maanden)])
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics)")
        let regels = [
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":true},{"maand":"2024-02-01","inkomen":"1221.63","gewerkt":false}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":1297.19,"gewerkt":true}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":null}]}"#,
            #"{"maanden":[]}"#,
            // Other orders, spaces, a field missing or twice, an unknown key, a bad value: read again the general way.
            #"{"maanden":[{"inkomen":"1297.19","maand":"2024-01-01","gewerkt":true}]}"#,
            #"{"maanden":[{"maand":"2024-01-01", "inkomen":"1297.19","gewerkt":true}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19"}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","gewerkt":true}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":true,"gewerkt":false}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":true,"x":1}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"12a","gewerkt":true}]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":true]}"#,
            #"{"maanden":[{"maand":"2024-01-01","inkomen":"1297.19","gewerkt":tru}]}"#,
            #"{"maanden":[{"maand""#,
        ]
        let (snel, rechtstreeks, _) = try Self.records(c, "", regels, bytes: true)
        let (algemeen, _, _) = try Self.records(c, "", regels, bytes: false)
        #expect(snel == algemeen)
        #expect(rechtstreeks >= 4)
        #expect(snel.first == #"{"regel":1,"uitkomsten":{"totaal":{"waarde":"2518.82"},"boven_grens":{"waarde":true}}}"#)
    }

    /// A list of records that changes form part-way: the records written to their schema are read in one loop,
    /// the rest of the list the general way from the first that is not, all of it still straight from the bytes.
    /// By hand: 1 + 2 + 4 = € 7,00, no month above € 1.250; the last lines are no JSON the general path takes.
    @Test func eenLijstDieVanVormVerandert() throws {
        let c = Compilatie.compileer([("sjabloon.regels", Self.maanden)])
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics)")
        let m1 = #"{"maand":"2024-01-01","inkomen":"1","gewerkt":true}"#, m2 = #"{"maand":"2024-02-01","inkomen":"2","gewerkt":true}"#
        let m4 = #"{"maand":"2024-03-01","inkomen":"4","gewerkt":false}"#
        let goed = [
            #"{"maanden":[\#(m1),{"inkomen":"2","maand":"2024-02-01","gewerkt":true},\#(m4)]}"#,
            #"{"maanden":[\#(m1) , \#(m2),\#(m4)]}"#,
            #"{"maanden":[\#(m1),\#(m2), {"maand":"2024-03-01", "inkomen":"4","gewerkt":false}]}"#,
            #"{"maanden":[ \#(m1),\#(m2),\#(m4) ]}"#,
        ]
        let fout = [
            #"{"maanden":[\#(m1),]}"#, #"{"maanden":[\#(m1)x]}"#, #"{"maanden":[\#(m1),5]}"#, #"{"maanden":[\#(m1)"#,
            #"{"maanden":[\#(m1),{"maand":"2024-02-01","inkomen":"-","gewerkt":true}]}"#,
        ]
        let (snel, rechtstreeks, beslist) = try Self.records(c, "", goed + fout, bytes: true)
        let (algemeen, _, _) = try Self.records(c, "", goed + fout, bytes: false)
        #expect(snel == algemeen)
        #expect(beslist == goed.count && rechtstreeks == goed.count)
        for k in goed.indices {
            #expect(snel[k] == #"{"regel":\#(k + 1),"uitkomsten":{"totaal":{"waarde":"7.00"},"boven_grens":{"waarde":false}}}"#)
        }
    }

    /// Keys of every length the reader compares in words (up to 7 bytes, 8 to 15 in two overlapping words, longer
    /// byte by byte), two that share their first eight bytes, and lines whose order changes from line to line
    /// (the key expected next is the one that followed in the line before): the same records as the general
    /// path, and the clean lines straight from the bytes. By hand: 1 + 10 × 2 + 100 × 3 + 1.000 × 4 + 10.000 × 5
    /// = 54.321, and any two values swapped give another number.
    @Test func sleutelsInElkeVolgorde() throws {
        let c = Compilatie.compileer([("sleutels.regels", """
            regeling "S"
            geval
              kort: bedrag
              kostprijs: bedrag
              kostprijs_b: bedrag
              vijftien_tekens: bedrag
              langer_dan_vijftien: bedrag
            einde
            uitvoer controle
            artikel 1
              regel controle: bedrag = kort + kostprijs * 10 + kostprijs_b * 100 + vijftien_tekens * 1000 + langer_dan_vijftien * 10000
            """)])
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics)")
        let velden = [("kort", "1.00"), ("kostprijs", "2.00"), ("kostprijs_b", "3.00"), ("vijftien_tekens", "4.00"), ("langer_dan_vijftien", "5.00")]
        func regel(_ volgorde: [Int], _ naam: (Int) -> String = { velden[$0].0 }) -> String {
            "{" + volgorde.map { "\"\(naam($0))\":\"\(velden[$0].1)\"" }.joined(separator: ",") + "}"
        }
        let volgorden = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [0, 1, 2, 3, 4], [2, 1, 0, 4, 3], [2, 1, 0, 4, 3], [1, 0, 3, 2, 4]]
        var regels = volgorden.map { regel($0) }
        // A key one byte off at its end (its first eight bytes those of the key expected), and one too short.
        regels.append(regel([0, 1, 2, 3, 4]) { $0 == 2 ? "kostprijs_c" : velden[$0].0 })
        regels.append(regel([0, 1, 2, 3, 4]) { $0 == 3 ? "vijftien_teken" : velden[$0].0 })
        regels.append(regel([0, 1, 2, 3, 4]))
        let (snel, rechtstreeks, _) = try Self.records(c, "", regels, bytes: true)
        let (algemeen, _, _) = try Self.records(c, "", regels, bytes: false)
        #expect(snel == algemeen)
        #expect(rechtstreeks == volgorden.count + 1)
        for k in Array(volgorden.indices) + [regels.count - 1] {
            #expect(snel[k] == #"{"regel":\#(k + 1),"uitkomsten":{"controle":{"waarde":"54321.00"}}}"#)
        }
    }

    /// The path actually takes the clean lines (else the comparison above would hold trivially).
    @Test func eenSchoonGevalGaatRechtstreeks() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let beslisser = try Beslisser(c)
        let b = try beslisser.kies(beslissing: "afstemming").get()
        let regel = Array(BatchTests.geval("1500").utf8)
        let werkplaats = Werkplaats(beslisser)
        var uitkomst: Waarde?
        let gelukt = regel.withUnsafeBufferPointer { bytes in
            beslisser.beslis(bytes: bytes, beslissing: b, peildatum: nil, in: werkplaats) { w, _, _ in
                uitkomst = w.waarde(definitie: w.plan.uitvoer[0])
            }
        }
        #expect(gelukt)
        let l = werkplaats.snelpad(b, beslisser).lezer
        var lezing = Bytelezing()
        let gelezen = regel.withUnsafeBufferPointer { l.lees($0, in: &lezing) }
        #expect(l.bruikbaar == true)
        #expect(gelezen)
        #expect(uitkomst == .getal(try Getal(teller: 1, noemer: 5)))
    }

    /// A power applied under "bevoegdheden" is read straight from the bytes too, with its reason, and decides: by
    /// hand, afzien wegens dringende redenen (artikel 43 lid 2) makes the verlagingspercentage of the € 1.500 case
    /// 0% instead of 20%.
    @Test func eenBevoegdheidGaatRechtstreeks() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let beslisser = try Beslisser(c)
        let b = try beslisser.kies(beslissing: "afstemming").get()
        let regel = Array((BatchTests.geval("1500").dropLast() + #", "bevoegdheden": {"afzien_wegens_dringende_redenen": "ziekenhuisopname"}}"#).utf8)
        let werkplaats = Werkplaats(beslisser)
        var uitkomst: Waarde?, redenen: [String] = []
        let gelukt = regel.withUnsafeBufferPointer { bytes in
            beslisser.beslis(bytes: bytes, beslissing: b, peildatum: nil, in: werkplaats) { w, _, _ in
                uitkomst = w.waarde(definitie: w.plan.uitvoer[0])
                redenen = w.opslag.redenen.map(\.reden)
            }
        }
        #expect(gelukt)
        #expect(uitkomst == .getal(.nul))
        #expect(redenen == ["ziekenhuisopname"])
    }

    /// A decimal read from bytes is the same reduced number as the general reader's.
    @Test(arguments: [(Int64(129719), 2), (120000, 2), (-500, 2), (0, 3), (125, 3), (1, 18), (999_999_999_999_999_999, 18), (-7, 0)])
    func decimalen(_ m: Int64, _ s: Int) throws {
        #expect(Getal.decimaal(m, schaal: s) == (try Getal(mantisse: Int128(m), schaal: s)))
    }
}

extension Beslisser {
    /// The names of the decisions the rules take.
    static func namen(_ c: Compilatie) -> [String] { (try? Beslisser(c))?.beslissingen.map(\.naam) ?? [] }
}

