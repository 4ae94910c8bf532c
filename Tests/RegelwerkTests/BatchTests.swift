// Batch: many cases, one record per line, in order; a bad line never stops or shifts the others.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct BatchTests {
    /// A case of art. 51 with a given benadelingsbedrag, on one line.
    static func geval(_ benadeling: String) -> String {
        #"{"bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "#
            + #""datum_gedraging": "2024-03-04", "datum_constatering": "2024-03-11", "datum_bekendmaking": "2024-03-20", "#
            + #""eerdere_verlagingen": [], "schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": \#(benadeling)}]}"#
    }

    /// 1.000 lines over four threads: every third line is broken; the others alternate between the
    /// brackets of art. 51 lid 2 (by hand: € 500 → 10%, € 1.500 → 20%, € 2.500 → 40%, € 5.000 → 100%).
    @Test func volgordeEnFoutenPerRegel() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let batch = try maakBatch(c, "afstemming", draden: 4)
        let bedragen = [("500", "10%"), ("1500", "20%"), ("2500", "40%"), ("5000", "100%")]
        var invoer: [String] = []
        var verwacht: [String?] = []
        for k in 0..<1_000 {
            if k % 3 == 2 {
                invoer.append(Self.geval("500").replacingOccurrences(of: #""1401.50""#, with: #""veel""#))
                verwacht.append(nil)
            } else {
                let (bedrag, pct) = bedragen[k % 4]
                invoer.append(Self.geval(bedrag))
                verwacht.append(pct)
            }
        }
        var buffer = Array((invoer.joined(separator: "\n") + "\n").utf8)
        let regels = Batch.regels(&buffer, eindeInvoer: true)
        #expect(regels.count == 1_000)
        let records = batch.beslis(regels, eersteNummer: 1)
        #expect(records.count == 1_000)
        for (k, record) in records.enumerated() {
            guard case .object(let velden) = try JSONLezer.lees(record) else { Issue.record("geen object: \(record)"); continue }
            #expect(velden.first?.0 == "regel" && velden.first?.1 == .getal("\(k + 1)"), "\(record)")
            if let pct = verwacht[k] {
                guard case .object(let uitkomsten)? = velden.first(where: { $0.0 == "uitkomsten" })?.1 else {
                    Issue.record("regel \(k + 1): \(record)")
                    continue
                }
                #expect(uitkomsten.first { $0.0 == "verlagingspercentage" }?.1 == .object([("waarde", .tekst(pct))]))
            } else {
                #expect(record.contains(#""fout":{"code":"RW0702""#), "\(record)")
            }
        }
        #expect(batch.beslist == 667 && batch.fouten == 333)
    }

    /// DESIGN §8: the same rules and cases give byte-identical output on every run and thread count.
    @Test func dezelfdeUitvoerBijElkAantalDraden() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let bedragen = ["500", "1500", "2500", "5000", "veel"]
        let invoer = (0..<200).map { Self.geval(bedragen[$0 % bedragen.count]) }.joined(separator: "\n")
        var uitvoer: [[String]] = []
        for draden in [1, 2, 3, 4] {
            var buffer = Array(invoer.utf8)
            uitvoer.append(try maakBatch(c, "afstemming", draden: draden).beslis(Batch.regels(&buffer, eindeInvoer: true), eersteNummer: 1))
        }
        #expect(uitvoer.allSatisfy { $0 == uitvoer[0] })
        #expect(uitvoer[0].count == 200)
    }

    @Test(arguments: [
        ("a\nb\n", true, ["a", "b"], ""),
        ("a\r\nb", true, ["a", "b"], ""),
        ("a\nb", false, ["a"], "b"),       // the last line may still be on its way
        ("a\n\nb\n", true, ["a", "", "b"], ""),  // an empty line is a line (and gets its record)
    ])
    func regelsSplitsen(_ tekst: String, _ einde: Bool, _ verwacht: [String], _ rest: String) {
        var buffer = Array(tekst.utf8)
        let regels = Batch.regels(&buffer, eindeInvoer: einde)
        #expect(regels.map { String(decoding: $0, as: UTF8.self) } == verwacht)
        #expect(String(decoding: buffer, as: UTF8.self) == rest)
    }

    /// A line larger than the limit (an endless line, or a file that is no JSON Lines) is one error record,
    /// whether it arrives whole or in pieces; the cases around it are decided and keep their numbers.
    @Test(arguments: [nil, 1 << 12])
    func eenTeGroteRegel(blokken: Int?) {
        let groot = String(repeating: "x", count: Self.grens + 10)
        let invoer = Self.geval("1500") + "\n" + groot + "\n" + Self.geval("500") + "\n"
        let (uit, fout, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming"], stdin: invoer, blokken: blokken,
                                        gevalgrens: Self.grens)
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n")
        #expect(regels.count == 3)
        #expect(regels.first?.contains(#""verlagingspercentage":{"waarde":"20%"}"#) == true)
        #expect(regels.dropFirst().first?.hasPrefix(#"{"regel":2,"zaaknummer":null,"fout":{"code":"RW0725""#) == true)
        #expect(regels.last?.hasPrefix(#"{"regel":3,"zaaknummer":null,"uitkomsten""#) == true)
        #expect(fout.contains("3 gevallen, 2 beslist, 1 met een fout"))
    }

    /// The case size limit in these tests: the CLI's limit is injectable, so crossing it does not push 16 MiB
    /// through a debug build (``Gevalgrens/bytes`` is the real one).
    static let grens = 1 << 16

    /// A CSV cell whose quote never closes would swallow the rest of the file: past the limit it is one error
    /// record, and reading goes on at the next line.
    @Test func eenCSVCelZonderEinde() {
        let kop = "bijstandsnorm,schendingen,verwijtbaarheid_ontbreekt,boete_voor_dezelfde_gedraging,datum_gedraging,"
            + "datum_constatering,datum_bekendmaking,eerdere_verlagingen\n"
        let rij = "1401.50,\"[{\"\"geschonden\"\": \"\"zeer_ernstige_misdraging\"\"}]\",false,false,2024-03-04,2024-03-11,2024-03-20,[]\n"
        let open = "1401.50,\"" + String(repeating: "y", count: Self.grens + 10) + "\n"
        let (uit, _, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--formaat", "csv"],
                                     stdin: kop + rij + open + rij, blokken: 1 << 12, gevalgrens: Self.grens)
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n")
        #expect(regels.count == 4)
        #expect(regels.dropFirst().first?.hasPrefix("2,,50%,") == true)
        #expect(regels.dropFirst(2).first?.hasPrefix("3,,,,,,,,RW0725,") == true)
        #expect(regels.last?.hasPrefix("4,,50%,") == true)
    }

    @Test func deOpdracht() {
        let invoer = Self.geval("1500") + "\n{kapot\n" + Self.geval("500") + "\n"
        let (uit, fout, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming"], stdin: invoer)
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n")
        #expect(regels.count == 3)
        #expect(regels[0].contains(#""verlagingspercentage":{"waarde":"20%"}"#))
        #expect(regels[1].hasPrefix(#"{"regel":2,"zaaknummer":null,"fout":{"code":"RW0708""#))
        #expect(regels[2].contains(#""verlagingspercentage":{"waarde":"10%"}"#))
        #expect(fout.contains("3 gevallen, 2 beslist, 1 met een fout"))
    }

    /// Standard input that cannot be read on ends the input with a message and exit 66, in either language: the
    /// cases read before it are decided and written, but the run does not end as if it had read everything. Here
    /// the pipe fails in pieces of 100 bytes just past the middle of the fourth line: three records, and the cut
    /// fourth line is no case (it was decided as broken JSON). Read whole and unreadable, nothing is decided.
    @Test(arguments: [(Taal.nl, "fout: kan '<standaardinvoer>' niet verder lezen", "3 gevallen, 3 beslist"),
                      (Taal.en, "error: cannot read '<standard input>' to its end", "3 cases, 3 decided")])
    func standaardinvoerOnleesbaar(taal: Taal, melding: String, samenvatting: String) {
        let regel = Self.geval("1500") + "\n"
        let args = ["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--lang", taal.rawValue]
        let invoer = String(repeating: regel, count: 10)
        let (uit, fout, code) = voerUit(args, stdin: invoer, blokken: 100, leesfoutNa: 3 * regel.utf8.count + regel.utf8.count / 2)
        #expect(code == .bestandOnleesbaar && uit.split(separator: "\n").count == 3 && !uit.contains("RW0708"), "\(uit)")
        // The system's reason for the error the test's pipe gives (EIO).
        #expect(fout.contains(melding + ": " + String(cString: strerror(EIO)) + "\n") && fout.contains(samenvatting), "\(fout)")
        let (heelUit, heelFout, heelCode) = voerUit(args, stdin: invoer, leesfoutNa: 0)
        #expect(heelCode == .bestandOnleesbaar && heelUit.isEmpty && heelFout.contains(melding), "\(heelFout)")
    }

    /// The case identifier the rules declare (`zaaknummer: kenmerk`) is in every record right after the line,
    /// also in the record of a case that could not be decided, and null when the case gives none; it is never
    /// an unknown field.
    @Test func hetKenmerkVanElkGeval() throws {
        let met = #"{"zaaknummer": "Z-1", "# + Self.geval("1500").dropFirst()
        let fout = #"{"zaaknummer": "Z-2", "# + Self.geval("1500").dropFirst().replacingOccurrences(of: #""1401.50""#, with: #""veel""#)
        let (uit, _, code) = voerUit(["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming"],
                                     stdin: [met, fout, Self.geval("500")].joined(separator: "\n") + "\n")
        #expect(code == .gevalfouten)
        let regels = uit.split(separator: "\n")
        #expect(regels.count == 3)
        #expect(regels[0].hasPrefix(#"{"regel":1,"zaaknummer":"Z-1","uitkomsten":"#) && !regels[0].contains("waarschuwingen"))
        #expect(regels[1].hasPrefix(#"{"regel":2,"zaaknummer":"Z-2","fout":"#))
        #expect(regels[2].hasPrefix(#"{"regel":3,"zaaknummer":null,"uitkomsten":"#))
        let (tekst, _, _) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"], stdin: met)
        #expect(tekst.contains("\nZaak: Z-1\n"))
    }

    /// On a terminal a long run shows a progress line on standard error (here from the first block on: the
    /// wait is injectable), rewritten in place and erased before the summary; `--stil` and a standard error
    /// that is no terminal show none. Standard output is the same either way.
    @Test func voortgangOpEenTerminal() {
        let invoer = (0..<300).map { _ in Self.geval("1500") }.joined(separator: "\n") + "\n"
        let args = ["batch", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming"]
        let (uit, fout, _) = voerUit(args, stdin: invoer, blokken: 1 << 12, terminal: true, voortgangNa: 0)
        #expect(fout.hasPrefix("\rregelwerk batch: ") && fout.contains(" per seconde, 0 met een fout"), "\(fout)")
        #expect(fout.contains("\r\u{1B}[Kregelwerk batch: 300 gevallen, 300 beslist, 0 met een fout;"), "\(fout)")
        let (stilUit, stil, _) = voerUit(args + ["--stil"], stdin: invoer, blokken: 1 << 12, terminal: true, voortgangNa: 0)
        #expect(!stil.contains("\r") && stil.hasPrefix("regelwerk batch: 300 gevallen"))
        let (_, pijp, _) = voerUit(args, stdin: invoer, blokken: 1 << 12, terminal: false, voortgangNa: 0)
        #expect(!pijp.contains("\r"))
        #expect(uit == stilUit && uit.split(separator: "\n").count == 300)
    }

    /// The time left on the progress line, from the share of the input read so far (by hand: after 1,260 ms,
    /// 430 of 1,108 MB read, 1,260 × 678 / 430 = 1,986.7 ms remain, about 2 s; 2,333 ms is 2 s, not 3; 2,500 ms
    /// exactly rounds up to 3; nothing left still says 1 s, as the run is not over).
    @Test(arguments: [
        (1260, 430, 1108, 2 as Int?), (1000, 300, 1000, 2), (500, 10, 100, 5), (1000, 400, 1400, 3),
        (1000, 100, 100, 1), (10, 1, 1_000_000, 10_000), (100, 0, 100, nil), (100, 200, 100, nil),
    ])
    func resterendeTijd(ms: Int, gelezen: Int, totaal: Int, seconden: Int?) {
        #expect(Voortgang.resterend(ms: ms, gelezen: gelezen, totaal: totaal) == seconden)
    }

    /// A batch counts in millions: its summary and progress line group the digits as people write them, with
    /// points in Dutch and commas in English (by hand, from the counts below).
    @Test(arguments: [
        (Taal.nl, "regelwerk batch: 1.000.000 gevallen, 999.998 beslist, 2 met een fout; 2.122 ms",
         "regelwerk batch: 382.252 gevallen, 303.615 per seconde, 0 met een fout, nog ongeveer 3 s"),
        (Taal.en, "regelwerk batch: 1,000,000 cases, 999,998 decided, 2 with an error; 2,122 ms",
         "regelwerk batch: 382,252 cases, 303,615 per second, 0 with an error, about 3 s left"),
    ])
    func groteAantallen(taal: Taal, samenvatting: String, voortgang: String) {
        #expect(CLIBericht.batchSamenvatting(gevallen: 1_000_000, beslist: 999_998, fouten: 2, ms: 2122).tekst(taal) == samenvatting)
        #expect(CLIBericht.batchVoortgang(gevallen: 382_252, perSeconde: 303_615, fouten: 0, resterend: 3).tekst(taal) == voortgang)
        #expect(CLIBericht.batchSamenvatting(gevallen: 1, beslist: 1, fouten: 0, ms: 999).tekst(taal).contains(taal == .nl ? " 1 geval, " : " 1 case, "))
    }
}
