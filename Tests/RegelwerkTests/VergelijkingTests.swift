// Comparison of old and new rules over the same cases: Voorbeeldstad 2024 ('licht' regime of art. 48)
// against 2025 ('zwaar' regime, art. 44 lid 2 adopted). Every expected figure worked out by hand.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct VergelijkingTests {
    static func geval(_ schending: String) -> String {
        #"{"bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "#
            + #""datum_gedraging": "2024-03-04", "datum_constatering": "2024-03-11", "datum_bekendmaking": "2024-03-20", "#
            + #""eerdere_verlagingen": [], "schendingen": [\#(schending)]}"#
    }

    static func regels(_ jaar: String) throws -> Beslisser {
        try Beslisser(Compilatie.lees(paden: ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad/\(jaar)"].map { repoWortel.appendingPathComponent($0).path }))
    }

    static let gevallen = [
        geval(#"{"geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv"}"#),  // 10% → 50%
        geval(#"{"geschonden": "gedraging_participatiewet", "gedraging_46": "arbeid_verkrijgen"}"#), // 1 → 2 maanden
        geval(#"{"geschonden": "tekortschietend_besef", "benadelingsbedrag": 1500}"#),              // gelijk
        "{kapot",
    ]

    /// Block by block (as `regelwerk vergelijk` reads a large file) gives the same comparison, lines
    /// numbered through, as all cases at once.
    @Test func perBlokHetzelfde() throws {
        let vergelijker = try Vergelijker(oud: try Self.regels("2024"), nieuw: try Self.regels("2025"), beslissing: "afstemming")
        var eerste = Array((Self.gevallen[0...1].joined(separator: "\n") + "\n").utf8)
        var tweede = Array(Self.gevallen[2...].joined(separator: "\n").utf8)
        vergelijker.voegToe(regels: Batch.regels(&eerste, eindeInvoer: true), eersteNummer: 1)
        vergelijker.voegToe(regels: Batch.regels(&tweede, eindeInvoer: true), eersteNummer: 3)
        #expect(VergelijkingWeergave.tekst(vergelijker.vergelijking) == VergelijkingWeergave.tekst(try vergelijk()))
        #expect(vergelijker.vergelijking.fouten.map(\.regel) == [4])
    }

    func vergelijk() throws -> Vergelijking {
        var buffer = Array(Self.gevallen.joined(separator: "\n").utf8)
        return try Vergelijking.maak(oud: try Self.regels("2024"), nieuw: try Self.regels("2025"), beslissing: "afstemming",
                                 gevallen: Batch.gevallen(Batch.regels(&buffer, eindeInvoer: true)))
    }

    /// The page for the council: the figures of the text, a bar per distinct difference (one here:
    /// + € 560,60 in one case) and per article, the text changes marked, and names escaped.
    @Test func dePaginaMetGrafieken() throws {
        let html = VergelijkingWeergave.html(try vergelijk())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<p>4 gevallen, 3 onder beide regels beslist, 1 met een fout. Verschil = nieuw min oud.</p>"))
        #expect(html.contains("<tr><th>oud</th><td>Verordening sociaal domein Voorbeeldstad 2024, versie vanaf 1 januari 2024</td></tr>"))
        #expect(html.contains("<title>Aantal gevallen per verschil in verlagingsbedrag: rood lager, groen hoger</title>"))
        #expect(html.contains(">+€ 560,60 per maand</text><rect class=\"hoger\" "))
        #expect(html.contains("@media print"))
        #expect(html.contains(">artikel 48</text><rect "))
        #expect(html.contains("<del>a. 10% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;</del>"))
        #expect(!html.contains("<script"))
    }

    /// More than twelve distinct differences: ten equal brackets from the smallest to the largest. By hand,
    /// € 1 to € 13: width € 1,20, so the brackets start at 1; 2,20; 3,40; 4,60; 5,80; 7; 8,20; 9,40; 10,60
    /// and 11,80, and hold 1 and 2 | 3 | 4 | 5 | 6 | 7 and 8 | 9 | 10 | 11 | 12 and 13.
    @Test func tienSchijvenBijVeelVerschillen() {
        var u = Vergelijking.Uitkomstverschil(naam: "x", soort: .bedrag)
        for k in 1...13 { u.verdeling[Getal(geheel: Int128(k))] = 1 }
        let staven = VergelijkingWeergave.verdeling(u)
        #expect(staven.map(\.aantal) == [2, 1, 1, 1, 1, 2, 1, 1, 1, 2])
        #expect(staven.first?.label == "+€ 1,00 tot +€ 2,20")
        #expect(staven.last?.label == "+€ 11,80 tot en met +€ 13,00")
        #expect(HTML.tekst("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
    }

    /// The same cases from a spreadsheet (';', Dutch numbers): the same figures, and a row that cannot be
    /// read is counted as not decided, by the line it is on.
    @Test func gevallenUitCSV() throws {
        let csv = """
            bijstandsnorm;schendingen;verwijtbaarheid_ontbreekt;boete_voor_dezelfde_gedraging;datum_gedraging;datum_constatering;datum_bekendmaking;eerdere_verlagingen
            1.401,50;"[{""geschonden"": ""gedraging_participatiewet"", ""gedraging_46"": ""registratie_uwv""}]";nee;nee;2024-03-04;2024-03-11;2024-03-20;[]
            1.401,50;[];nee
            1.401,50;"[{""geschonden"": ""tekortschietend_besef"", ""benadelingsbedrag"": 1500}]";nee;nee;2024-03-04;2024-03-11;2024-03-20;[]

            """
        var buffer = Array(csv.utf8)
        var lezer = CSVLezer(regelset: try Self.regels("2024").compilatie.regelset)
        let v = try Vergelijking.maak(oud: try Self.regels("2024"), nieuw: try Self.regels("2025"), beslissing: "afstemming",
                                  gevallen: lezer.gevallen(CSV.records(&buffer, eindeInvoer: true)))
        #expect(v.gevallen == 3 && v.beideBeslist == 2)
        #expect(v.fouten.map(\.regel) == [3])
        let bedrag = v.uitkomsten.first { $0.naam == "verlagingsbedrag" }
        #expect(bedrag?.totaalVerschil == Getal.lees("560.60"))
        #expect(bedrag?.grootste?.regel == 2)
    }

    @Test func wieHetRaaktEnMetHoeveel() throws {
        let v = try vergelijk()
        #expect(v.gevallen == 4 && v.beideBeslist == 3)
        #expect(v.fouten.map(\.regel) == [4])
        func uitkomst(_ naam: String) -> Vergelijking.Uitkomstverschil? { v.uitkomsten.first { $0.naam == naam } }
        // Registratie: 10% of € 1.401,50 = € 140,15 → 50% = € 700,75: + € 560,60. The others: the same amount.
        #expect(uitkomst("verlagingsbedrag")?.gewijzigd == 1)
        #expect(uitkomst("verlagingsbedrag")?.totaalVerschil == Getal.lees("560.60"))
        #expect(uitkomst("verlagingsbedrag")?.grootste?.regel == 1)
        #expect(uitkomst("verlagingsbedrag")?.hoger == 1 && uitkomst("verlagingsbedrag")?.lager == 0)
        #expect(uitkomst("verlagingsbedrag")?.totaalOverDuur == Getal.lees("1962.10"))
        #expect(uitkomst("verlagingsbedrag")?.grootsteOverDuur?.regel == 2)
        #expect(uitkomst("verlagingspercentage")?.gewijzigd == 1)
        // Derde categorie: one month → two; the period then ends on 31 mei 2024 instead of 30 april.
        #expect(uitkomst("verlagingsduur")?.gewijzigd == 1)
        #expect(uitkomst("laatste_dag_verlaging")?.voorbeelden.map(\.nieuw.tekst) == ["31 mei 2024"])
        #expect(uitkomst("ingangsdatum_verlaging")?.gewijzigd == 0)
        let perArtikel = Dictionary(uniqueKeysWithValues: v.perArtikel.map { ($0.artikel.description, $0.gevallen) })
        #expect(perArtikel["artikel 48"] == 2)
        #expect(perArtikel["artikel 44"] == 1)
        #expect(perArtikel["artikel 51"] == nil)
        // Artikel 30: 30% korting under lid 2 onder b instead of 25%; artikel 43: a verjaringstermijn of two years
        // instead of three.
        #expect(v.tekstverschillen.map(\.artikel) == ["Artikel 30. Bijdrage in de kosten van algemene voorzieningen",
                                                     "Artikel 43. Afzien van verlaging", "Artikel 44. Ingangsdatum en tijdvak van een verlaging",
                                                     "Artikel 48. Hoogte en duur van de verlaging", "Artikel 50. Verrekenen verlaging"])
    }

    /// Artikel 43 reads the verjaringstermijn of the version in force on the constatering; `vergelijk` compares two
    /// rule sets, so each side reads its own (with the 2025 rules alone, no version was in force in 2024). By hand:
    /// gedraging 1 maart 2022, constatering 11 maart 2024. Old: 11 maart 2024 − 3 jaar = 11 maart 2021, not verjaard:
    /// registratie, 10% of € 1.401,50 = € 140,15. New: − 2 jaar = 11 maart 2022, 1 maart 2022 lies before it:
    /// verjaard, € 0. A difference of − € 140,15.
    @Test func elkeKantLeestHaarEigenTermijn() throws {
        let geval = Self.geval(#"{"geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv"}"#)
            .replacingOccurrences(of: "\"datum_gedraging\": \"2024-03-04\"", with: "\"datum_gedraging\": \"2022-03-01\"")
        var buffer = Array(geval.utf8)
        let v = try Vergelijking.maak(oud: try Self.regels("2024"), nieuw: try Self.regels("2025"), beslissing: "afstemming",
                                      gevallen: Batch.gevallen(Batch.regels(&buffer, eindeInvoer: true)))
        #expect(v.beideBeslist == 1 && v.fouten.isEmpty)
        #expect(v.uitkomsten.first { $0.naam == "verlagingsbedrag" }?.totaalVerschil == Getal.lees("-140.15"))
    }

    @Test func hetVerslag() throws {
        let tekst = VergelijkingWeergave.tekst(try vergelijk())
        #expect(tekst.hasPrefix("""
            Vergelijking van de regels
              oud:      Verordening sociaal domein Voorbeeldstad 2024, versie vanaf 1 januari 2024
              nieuw:    Verordening sociaal domein Voorbeeldstad 2024, versie vanaf 1 januari 2025
              gevallen: standaardinvoer, elk beslist onder de nieuwste versie van beide

            4 gevallen, 3 onder beide regels beslist, 1 met een fout.

            """))
        // By hand: regel 1 +€ 560,60 × 1 maand; regel 2 (derde categorie) € 1.401,50 × 1 → × 2 maanden: per
        // month the same, over the whole duration +€ 1.401,50; together +€ 1.962,10.
        #expect(tekst.contains("""
              verlagingsbedrag (bedrag per maand): 1 geval anders (1 hoger), 2 gelijk
                samen +€ 560,60 per maand
                samen over de hele duur (bedrag × duur): +€ 1.962,10
                grootste: regel 1, € 140,15 per maand → € 700,75 per maand (+€ 560,60 per maand)
                grootste over de hele duur: regel 2 (+€ 1.401,50)
            """))
        #expect(tekst.contains("    - a. 10% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;"))
        #expect(tekst.contains("    + a. 50% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;"))
        // Typed for machines: exact amounts with their period apart, by hand as above.
        let json = JSONSchrijver.schrijf(VergelijkingWeergave.json(try vergelijk()), inspringen: nil)
        #expect(json.contains(#""naam":"verlagingsbedrag","soort":"bedrag per maand","per":"maand""#), "\(json)")
        #expect(json.contains(#""totaal_verschil":"560.60""#))
        #expect(json.contains(#""grootste":{"regel":1,"oud":"140.15","nieuw":"700.75","verschil":"560.60"}"#))
        #expect(json.contains(#""nieuw":"2024-05-31""#))
    }

    /// One sign convention: "+€ 165,55" and "−€ 392,42" (a real minus sign), never "€ -392,42".
    @Test func eenTekenconventie() throws {
        #expect(VergelijkingWeergave.bedrag(try #require(Getal.lees("-392.42")), .bedrag, teken: true) == "\u{2212}€ 392,42")
        #expect(VergelijkingWeergave.bedrag(try #require(Getal.lees("165.55")), .bedrag, teken: true) == "+€ 165,55")
        #expect(VergelijkingWeergave.bedrag(Getal(geheel: 0), .bedrag, teken: true) == "€ 0,00")
    }

    /// More than twelve distinct differences, some down and some up: no bracket holds both (by hand: the
    /// five brackets of the decreases end at −€ 1, the five of the increases start at +€ 1).
    @Test func geenStaafOverNul() {
        var u = Vergelijking.Uitkomstverschil(naam: "b", soort: .bedrag)
        for k in 1...8 { u.verdeling[Getal(geheel: Int128(-k)), default: 0] += 1; u.verdeling[Getal(geheel: Int128(k)), default: 0] += 1 }
        let staven = VergelijkingWeergave.verdeling(u)
        #expect(staven.count == 10)
        #expect(staven.prefix(5).allSatisfy(\.negatief) && !staven.suffix(5).contains(where: \.negatief))
        #expect(staven.map(\.aantal).reduce(0, +) == 16)
        #expect(staven[4].label == "\u{2212}€ 2,40 tot en met \u{2212}€ 1,00")
        #expect(staven[5].label == "+€ 1,00 tot +€ 2,40")
    }

    /// The full list of changed values for sampling: one CSV row per changed outcome of each case, with the
    /// difference per period and over the whole duration (by hand, as in `hetVerslag`).
    @Test func deLijstVanWijzigingen() throws {
        let lijst = FileManager.default.temporaryDirectory.appendingPathComponent("wijzigingen-\(UInt32.random(in: 0...UInt32.max)).csv")
        defer { try? FileManager.default.removeItem(at: lijst) }
        let mappen = ["Examples/model", "Examples/landelijk"].map { repoWortel.appendingPathComponent($0).path }
        let (_, fout, code) = voerUit(["vergelijk", "--oud"] + mappen + [repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024").path,
                                       "--nieuw"] + mappen + [repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2025").path,
                                       "--beslissing", "afstemming", "--gevallen", "-", "--lijst", lijst.path],
                                      stdin: Self.gevallen.joined(separator: "\n"))
        #expect(code == .ok, "\(fout)")
        let regels = try String(contentsOf: lijst, encoding: .utf8).split(separator: "\n")
        #expect(regels.first == "regel,uitkomst,oud,nieuw,verschil,verschil_over_duur")
        #expect(regels.contains("1,verlagingsbedrag,\"€ 140,15 per maand\",\"€ 700,75 per maand\",560.6,560.6"))
        #expect(regels.contains("2,verlagingsduur,1 maand,2 maanden,,"))
    }

    /// Cases that cannot be read to their end give no comparison: a report over part of them would read as one
    /// over all. The read error is said, and the exit code is 66.
    @Test func eenLeesfoutGeeftGeenVerslag() {
        let mappen = ["Examples/model", "Examples/landelijk"].map { repoWortel.appendingPathComponent($0).path }
        let args = ["vergelijk", "--oud"] + mappen + [repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024").path,
                    "--nieuw"] + mappen + [repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2025").path,
                    "--beslissing", "afstemming", "--gevallen", "-"]
        let invoer = Self.gevallen.joined(separator: "\n") + "\n"
        let (goedUit, _, goedCode) = voerUit(args, stdin: invoer, blokken: 64)
        #expect(goedCode == .ok && !goedUit.isEmpty)
        let (uit, fout, code) = voerUit(args, stdin: invoer, blokken: 64, leesfoutNa: 128)
        #expect(code == .bestandOnleesbaar && uit.isEmpty && fout.contains("fout: kan '<standaardinvoer>' niet verder lezen"), "\(fout)")
    }
}
