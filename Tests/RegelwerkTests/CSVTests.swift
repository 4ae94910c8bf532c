// CSV case data: cells (RFC 4180), records over line ends in quotes, the header, cells read as their
// field's sort (Dutch numbers in a file separated by ';'), and `regelwerk batch` over a CSV file.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct CSVTests {
    static func cellen(_ s: String, _ scheiding: Character = ",") -> [String]? {
        try? CSV.cellen(ArraySlice(s.utf8), scheiding: scheiding.asciiValue ?? 0).get()
    }

    @Test(arguments: [
        ("a,b", ["a", "b"]),
        ("\"a,b\",c", ["a,b", "c"]),
        ("\"zei \"\"ja\"\"\",x", ["zei \"ja\"", "x"]),
        ("a,", ["a", ""]),
        ("", [""]),
        (",,", ["", "", ""]),
        ("\"twee\nregels\",3", ["twee\nregels", "3"]),
        ("€ 1.401,50", ["€ 1.401", "50"]),
    ])
    func cellenVanEenRecord(_ record: String, _ verwacht: [String]) {
        #expect(Self.cellen(record) == verwacht)
    }

    @Test func puntkommaAlsScheiding() {
        #expect(Self.cellen("€ 1.401,50;\"a;b\";x", ";") == ["€ 1.401,50", "a;b", "x"])
        #expect(CSV.scheiding(kop: ArraySlice("a;b;\"c,d,e\"".utf8)) == 0x3B)
        #expect(CSV.scheiding(kop: ArraySlice("a,b;c,d".utf8)) == 0x2C)
        #expect(CSV.scheiding(kop: ArraySlice("enkel".utf8)) == 0x2C)
    }

    /// A quote inside a cell that does not start with one, text after a closing quote, an unclosed quote and
    /// bytes that are not UTF-8: errors, never a guess.
    @Test(arguments: ["a\"b,c", "\"a\"b,c", "\"open", "x,\"open"])
    func aanhalingstekensVerkeerd(_ record: String) {
        #expect(throws: GevalProbleem.self) { try CSV.cellen(ArraySlice(record.utf8), scheiding: 0x2C).get() }
    }

    @Test func geenUTF8() {
        let bytes: [UInt8] = [0x61, 0x2C, 0xFF, 0x62]
        #expect(throws: GevalProbleem.self) { try CSV.cellen(bytes[...], scheiding: 0x2C).get() }
    }

    /// Records end at a line end outside quotes; `\r\n` is one line end; an incomplete record waits for the
    /// next block unless the input has ended.
    @Test func recordsOverRegeleinden() {
        var buffer = Array("a,b\r\n\"x\ny\",2\nlaatste,\"open\n".utf8)
        let records = CSV.records(&buffer, eindeInvoer: false)
        #expect(records.map { String(decoding: $0.record, as: UTF8.self) } == ["a,b", "\"x\ny\",2"])
        #expect(records.map(\.regeleinden) == [0, 1])
        #expect(String(decoding: buffer, as: UTF8.self) == "laatste,\"open\n")
        buffer += Array("rest\"\n".utf8)
        let verder = CSV.records(&buffer, eindeInvoer: true)
        #expect(verder.map { String(decoding: $0.record, as: UTF8.self) } == ["laatste,\"open\nrest\""])
        #expect(buffer.isEmpty)
    }

    @Test func deKop() throws {
        #expect(try CSV.kop(["\u{FEFF}naam", " leeftijd "]).get() == ["naam", "leeftijd"])
        #expect(throws: GevalProbleem.self) { try CSV.kop(["a", "a"]).get() }
        #expect(throws: GevalProbleem.self) { try CSV.kop(["a", " "]).get() }
    }

    static let regels = """
        regeling "T"
        soort Ernst is een van licht, zwaar
        gegevens Item
          ernst: Ernst
        einde
        geval
          norm: bedrag
          pct: percentage
          stuks: geheel getal
          ja: waarheidswaarde
          items: lijst van Item
        einde
        uitvoer x
        artikel 1
          regel x = norm * pct * stuks
        """

    /// Each cell read as its field: with ';' Dutch numbers (1.401 is one thousand four hundred and one, and
    /// 1.5 is no Dutch number at all, so an error); with ',' the cell goes to the case reader as written.
    @Test func cellenAlsHunVeld() throws {
        let c = compileer(Self.regels)
        #expect(!c.diagnostics.heeftFouten)
        let set = c.regelset
        let kop = ["norm", "pct", "stuks", "ja", "items", "onbekend"]
        let nl = try CSV.geval(kop: kop, cellen: ["€ 1.401,50", "12,5%", "1.401", "nee", "[{\"ernst\": \"zwaar\"}]", "x"],
                               regelset: set, scheiding: 0x3B).get()
        #expect(nl == .object([("norm", .tekst("1401.5")), ("pct", .tekst("12.5%")), ("stuks", .tekst("1401")),
                               ("ja", .waarheid(false)), ("items", .array([.object([("ernst", .tekst("zwaar"))])])),
                               ("onbekend", .tekst("x"))]))
        #expect(throws: GevalProbleem.self) {
            try CSV.geval(kop: ["norm"], cellen: ["1.5"], regelset: set, scheiding: 0x3B).get()
        }
        let en = try CSV.geval(kop: ["norm", "ja", "pct"], cellen: ["1401.50", "waar", ""], regelset: set, scheiding: 0x2C).get()
        #expect(en == .object([("norm", .tekst("1401.50")), ("ja", .waarheid(true))]))
        #expect(throws: GevalProbleem.self) {
            try CSV.geval(kop: ["items"], cellen: ["[kapot"], regelset: set, scheiding: 0x2C).get()
        }
        #expect(throws: GevalProbleem.self) {
            try CSV.geval(kop: ["norm", "pct"], cellen: ["1"], regelset: set, scheiding: 0x2C).get()
        }
    }

    @Test func eenCelMetScheidingOfAanhalingsteken() {
        #expect(CSV.cel("a;b", scheiding: 0x3B) == "\"a;b\"")
        #expect(CSV.cel("a;b", scheiding: 0x2C) == "a;b")
        #expect(CSV.cel("zei \"ja\"", scheiding: 0x2C) == "\"zei \"\"ja\"\"\"")
    }

    /// Voorbeeldstad 2024 over a CSV file. By hand (art. 51 lid 2, norm € 1.401,50, bekendmaking 20 maart
    /// 2024, so the verlaging runs from 1 april to 30 april 2024): € 1.500 benadeling → 20% for one month,
    /// € 280,30; € 500 → 10%, € 140,15. The second case spans two lines (a line end in its quoted list), so
    /// the third starts on line 5; the fourth misses a cell; every case keeps its place.
    @Test func deOpdrachtOverCSV() {
        let kop = "bijstandsnorm;schendingen;verwijtbaarheid_ontbreekt;boete_voor_dezelfde_gedraging;datum_gedraging;"
            + "datum_constatering;datum_bekendmaking;eerdere_verlagingen"
        func rij(_ benadeling: String, _ schendingScheiding: String = " ") -> String {
            "€ 1.401,50;\"[{\"\"geschonden\"\": \"\"tekortschietend_besef\"\",\(schendingScheiding)\"\"benadelingsbedrag\"\": \(benadeling)}]\";"
                + "nee;nee;2024-03-04;2024-03-11;2024-03-20;[]"
        }
        let invoer = kop + "\r\n" + rij("1500") + "\r\n" + rij("500", "\n") + "\r\n" + rij("1500") + "\r\n1401,50;[]\r\n"
        let (uit, fout, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--formaat", "csv"],
                                        stdin: invoer)
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n").map(String.init)
        #expect(regels.count == 5)
        #expect(regels.first == "regel;zaaknummer;verlagingspercentage;verlagingsduur;verlagingsbedrag;ingangsdatum_verlaging;"
            + "laatste_dag_verlaging;versie_vanaf;fout_code;fout_melding;fout_artikel;waarschuwingen")
        #expect(regels.dropFirst().first == "2;;20%;1 maand;280,30;2024-04-01;2024-04-30;2024-01-01;;;;")
        #expect(regels.dropFirst(2).first == "3;;10%;1 maand;140,15;2024-04-01;2024-04-30;2024-01-01;;;;")
        #expect(regels.dropFirst(3).first?.hasPrefix("5;;20%;") == true)
        #expect(regels.last?.hasPrefix("6;;;;;;;;RW0720;deze regel heeft 2 cellen, de kop 8") == true)
        #expect(fout.contains("4 gevallen, 3 beslist, 1 met een fout"))
    }

    @Test func eenKapotteKopGeeftElkeRegelEenFout() {
        let (uit, _, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--formaat", "csv"],
                                     stdin: "a,a\n1,2\n3,4\n")
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n")
        #expect(regels.count == 3)
        #expect(regels.dropFirst().allSatisfy { $0.contains("RW0723") })
        #expect(regels.dropFirst().map { $0.prefix(2) } == ["2,", "3,"])
    }

    @Test func onbekendFormaat() {
        let (_, fout, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--formaat", "xml"], stdin: "")
        #expect(code == .gebruik)
        #expect(fout.contains("onbekend formaat 'xml'"))
    }
}
