// Fixtures (`regelwerk test`): passing and failing fixtures, articles without one, rows no fixture
// reached, and mistakes in fixture files reported like mistakes in rules.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI
import Foundation

@Suite struct ProevenTests {
    /// Art. 1: a bracket table (10% below € 1.000, 20% from it); art. 2: the amount, rounded by rule
    /// only in art. 3; art. 4 computes nothing.
    static let regels = """
        regeling "Proefregeling"
        geval
          benadeling: bedrag
          norm: bedrag
        einde
        uitvoer verlaging: percentage, bedrag, in_centen
        artikel 1 "Schijven"
          regel percentage volgens tabel op benadeling
            onderdeel a: tot €1.000 -> 10%
            onderdeel b: vanaf €1.000 -> 20%
          einde
        artikel 2 "Bedrag"
          regel bedrag: bedrag = norm * percentage
        artikel 3 "Afronding"
          regel in_centen: bedrag = bedrag afgerond op centen
        artikel 4 "Tekst"
          "Dit artikel rekent niets."
        """

    func verslag(_ proeven: String, regels: String = ProevenTests.regels, taal: Taal = .nl) -> (Proefverslag, Compilatie) {
        let bestanden = [("regels.regels", regels), ("proeven.regels", proeven)].map { ($0.0, Array($0.1.utf8)) }
        let uit = Proefloop.voerUit(bestanden, taal: taal)
        #expect(uit.count == 1)
        return uit[0]
    }

    // By hand: norm € 1.234,57 × 20% = € 246,914; rounded to cents € 246,91.
    static let goed = """
        proeven voor "Proefregeling"
        proef "Vanaf € 1.000: 20%" artikel 1 onderdeel b
          geval
            benadeling = € 1.000
            norm = € 1.234,57
          verwacht
            percentage = 20%
        einde
        proef "Het bedrag exact" artikel 2
          geval
            benadeling = € 1.000
            norm = € 1.234,57
          verwacht
            bedrag = € 246,914
        einde
        proef "Afgerond op centen" artikel 3
          geval
            benadeling = € 1.000
            norm = € 1.234,57
          verwacht
            in_centen = € 246,91
        einde
        """

    @Test func alleProevenGeslaagd() {
        let (v, c) = verslag(Self.goed)
        #expect(!c.diagnostics.heeftFouten)
        #expect(v.resultaten.map(\.isGeslaagd) == [true, true, true])
        #expect(v.artikelenZonderProef.isEmpty) // article 4 computes nothing
        #expect(v.isGeslaagd)
        // Row a (below € 1.000) was never taken.
        #expect(v.nietBereikt == ["artikel 1 onder a: rij 'tot €1.000' (percentage)"])
    }

    @Test func eenVerkeerdeVerwachtingMislukt() throws {
        // € 246,91 is what is shown, not what art. 2 computes: the report gives the exact amount.
        let (v, _) = verslag(Self.goed.replacingOccurrences(of: "bedrag = € 246,914", with: "bedrag = € 246,91")
            .replacingOccurrences(of: "percentage = 20%", with: "percentage = 10%"))
        #expect(v.resultaten.map(\.isGeslaagd) == [false, false, true])
        guard case .mislukt(let x) = v.resultaten[0].uitslag, case .mislukt(let y) = v.resultaten[1].uitslag else {
            Issue.record("verwacht twee mislukte proeven")
            return
        }
        #expect(x.map(\.verwacht) == ["10%"])
        #expect(x.map(\.gekregen) == ["20%"])
        #expect(y.map(\.gekregen) == ["€ 246,914 (exact)"])
        #expect(v.resultaten[0].plaats == "proeven.regels:2")
        let tekst = ProefWeergave.tekst(v)
        #expect(tekst.contains("MISLUKT proeven.regels:2: \"Vanaf € 1.000: 20%\" (artikel 1 onder b)\n      percentage: verwacht 10%, gekregen 20%"))
        #expect(tekst.hasSuffix("3 proeven: 1 geslaagd, 2 mislukt.\n"))
    }

    @Test func eenArtikelDatRekentZonderProefMislukt() {
        let zonderArtikel3 = String(Self.goed[..<Self.goed.range(of: "proef \"Afgerond op centen\"")!.lowerBound])
        let (v, _) = verslag(zonderArtikel3)
        #expect(v.resultaten.allSatisfy { $0.isGeslaagd })
        #expect(v.artikelenZonderProef == [Citaat(artikel: "3")])
        #expect(!v.isGeslaagd)
        #expect(ProefWeergave.tekst(v).contains("artikel 3  geen proef  MISLUKT: dit artikel rekent, maar geen proef noemt het"))
    }

    @Test func eenTakVanAlsDieGeenProefNeemt() {
        let regels = """
            regeling "Takken"
            geval
              leeftijd: geheel getal
            einde
            uitvoer toeslag
            artikel 1
              regel toeslag: bedrag = als leeftijd < 21 dan €10 anders €20
            """
        let proeven = """
            proeven voor "Takken"
            proef "Jong" artikel 1
              geval
                leeftijd = 18
              verwacht
                toeslag = € 10
            einde
            """
        let (v, c) = verslag(proeven, regels: regels)
        #expect(!c.diagnostics.heeftFouten)
        #expect(v.isGeslaagd)
        #expect(v.nietBereikt == ["artikel 1: regel toeslag, 'als leeftijd < 21' onwaar"])
    }

    @Test func eenVerwachteFout() {
        let proeven = """
            proeven voor "Proefregeling"
            proef "Geen norm" artikel 2
              geval
                benadeling = € 1.000
              verwacht fout RW0701
            einde
            proef "Verkeerde code" artikel 2
              geval
                benadeling = € 1.000
              verwacht fout RW0705
            einde
            proef "Fout die niet komt" artikel 2
              geval
                benadeling = € 1.000
                norm = € 1
              verwacht fout RW0701
            einde
            """
        let (v, _) = verslag(proeven)
        #expect(v.resultaten.map(\.isGeslaagd) == [true, false, false])
        guard case .fout(let bericht) = v.resultaten[1].uitslag else { Issue.record("verwacht een fout"); return }
        #expect(bericht.hasPrefix("[RW0701] het geval mist het veld 'norm'"))
        // `regelwerk test --lang en`: the fixture's error and the report in English.
        let (en, _) = verslag(proeven, taal: .en)
        guard case .fout(let engels) = en.resultaten[1].uitslag else { Issue.record("verwacht een fout"); return }
        #expect(engels.hasPrefix("[RW0701] the case lacks the field 'norm'"))
        #expect(ProefWeergave.tekst(en, taal: .en).contains("FAILED ") && ProefWeergave.tekst(en, taal: .en).contains("3 fixtures: 1 passed, 2 failed"))
    }

    @Test func foutenInEenProefbestand() {
        let proeven = """
            proeven voor "Proefregeling"
            proef "Tikfout en verkeerde soort" artikel 2
              geval
                benadeling = € 1.000
                norm = € 1
              verwacht
                1️⃣bedarg = € 1
                bedrag = 2️⃣20%
            einde
            """
        let (tekst, plaatsen) = zonderMarkeringen(proeven)
        let (_, c) = verslag(tekst)
        let fouten = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }
        #expect(fouten.map(\.code) == ["RW0301", "RW0803"])
        #expect(fouten.map { $0.bereik?.start } == [plaatsen["1️⃣"], plaatsen["2️⃣"]])
        #expect(fouten.first?.suggestie == .bedoeldeU("bedrag"))
    }

    @Test func proevenEnRegelsStaanApart() {
        expectDiagnostics("""
            proeven voor "Proefregeling"
            1️⃣regel a = 1
            """, [.at("1️⃣", "RW0105", "een proevenbestand bevat alleen proeven")])
        expectDiagnostics("""
            regeling "Proefregeling"
            1️⃣proef "p" artikel 1
            einde
            """, [.at("1️⃣", "RW0105", "een proef hoort in een bestand 'proeven voor")])
    }

    @Test func proevenVoorEenOnbekendeRegeling() {
        let (_, c) = verslag("proeven voor \"Proefregelign\"\n")
        #expect(c.diagnostics.alle.map(\.code) == ["RW0308"])
        #expect(c.diagnostics.alle.first?.suggestie == .bedoeldeU("Proefregeling"))
    }

    /// The CLI: exit code 1 when a fixture fails, 0 when all pass, 2 when the files have errors.
    @Test func afsluitcodes() {
        let map = repoWortel.appendingPathComponent("Tests/RegelwerkTests/Golden/test").path
        #expect(voerUit(["test", map + "/geslaagd"]).2 == .ok)
        #expect(voerUit(["test", map + "/mislukt"]).2 == .testsMislukt)
        #expect(voerUit(["test", map + "/fout"]).2 == .regelfouten)
    }

    // MARK: - A green run can be trusted (issue "Reviewers can trust a green run")

    /// A model whose amount is filled in per version: € 100 from 2024, € 110 from 2025.
    static let versieModel = """
        regeling "M"
        geval
          datum: datum
        einde
        uitvoer toeslag op datum: toeslag
        artikel 1 "Toeslag"
          open hoogte: bedrag
          regel toeslag: bedrag = hoogte
        artikel 2 "Tekst"
          lid 1 "Dit lid rekent niets."
        """

    static func versies(_ proeven: String, hoogte2025: String = "€110") -> [(String, [UInt8])] {
        [("m.regels", versieModel),
         ("v2024.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2024-01-01\ninvulling hoogte = €100\n"),
         ("v2025.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2025-01-01\ninvulling hoogte = \(hoogte2025)\n"),
         ("p.regels", proeven)].map { ($0.0, Array($0.1.utf8)) }
    }

    static let proef2024 = """
        proeven voor "V"
        proef "2024: € 100" artikel 1
          geval
            datum = 2024-06-01
          verwacht
            toeslag = € 100
        einde
        """

    /// A version that changes an article's fill-in needs a fixture decided under that version: with only a
    /// 2024 fixture, the 2025 change of art. 1 fails the run, naming article and version.
    @Test func eenGewijzigdeVersieZonderProefMislukt() throws {
        let (v, c) = try #require(Proefloop.voerUit(Self.versies(Self.proef2024)).first)
        #expect(!c.diagnostics.heeftFouten)
        let allesGeslaagd = v.resultaten.allSatisfy(\.isGeslaagd)
        #expect(allesGeslaagd)
        #expect(v.gewijzigdZonderProef.map(\.artikel) == [Citaat(artikel: "1")])
        #expect(v.gewijzigdZonderProef.map(\.versie) == ["vanaf 1 januari 2025"])
        #expect(!v.isGeslaagd)
        #expect(ProefWeergave.tekst(v).contains("artikel 1  geen proef  MISLUKT: gewijzigd in de versie vanaf 1 januari 2025"))
        #expect(ProefWeergave.tekst(v, taal: .en).contains("artikel 1  no fixture  FAILED: changed in the version from 1 January 2025"))
        // With a 2025 fixture (by hand: the 2025 fill-in, € 110) the run passes.
        let beide = Self.proef2024 + "\nproef \"2025: € 110\" artikel 1\n  geval\n    datum = 2025-02-01\n  verwacht\n    toeslag = € 110\neinde\n"
        let (v2, _) = try #require(Proefloop.voerUit(Self.versies(beide)).first)
        #expect(v2.isGeslaagd, "\(ProefWeergave.tekst(v2))")
        // A version that changes nothing needs nothing new.
        let (v3, _) = try #require(Proefloop.voerUit(Self.versies(Self.proef2024, hoogte2025: "€100")).first)
        #expect(v3.isGeslaagd, "\(ProefWeergave.tekst(v3))")
    }

    /// A fixture must cite what exists: `artikel 99 lid 3` is an error (it used to count as coverage of
    /// "artikel 99"), as are a lid or onderdeel the article lacks; art. 2 lid 1 exists (it computes nothing).
    @Test(arguments: [("artikel 99 lid 3", true), ("artikel 1 lid 2", true), ("artikel 1 onderdeel c", true),
                      ("artikel 2 lid 1", false), ("artikel 1", false)])
    func eenProefDieNietsCiteert(_ citaat: String, _ fout: Bool) throws {
        let proeven = Self.proef2024.replacingOccurrences(of: "proef \"2024: € 100\" artikel 1", with: "proef \"2024: € 100\" \(citaat)")
        let (_, c) = try #require(Proefloop.voerUit(Self.versies(proeven)).first)
        #expect(c.diagnostics.alle.contains { $0.code == "RW0804" } == fout, "\(citaat)")
    }

    /// A failed amount shows both sides exactly: € 140,149 expected is not shown as € 140,15.
    @Test func eenMislukteWaardeExact() {
        let proef = """
            proeven voor "Proefregeling"
            proef "Exact" artikel 2
              geval
                benadeling = € 1.000
                norm = € 700,745
              verwacht
                bedrag = € 140,148
            einde
            """
        // By hand: € 700,745 × 20% = € 140,149 exactly.
        let (v, _) = verslag(proef)
        guard case .mislukt(let vs)? = v.resultaten.first?.uitslag else { Issue.record("verwacht mislukt"); return }
        #expect(vs.map(\.verwacht) == ["€ 140,148 (exact)"])
        #expect(vs.map(\.gekregen) == ["€ 140,149 (exact)"])
        // For machines, typed as in beslis --json: the exact decimals.
        let json = JSONSchrijver.schrijf(ProefWeergave.json([v]), inspringen: nil)
        #expect(json.contains(#""verwacht":"140.148","gekregen":"140.149","verwacht_tekst":"€ 140,148 (exact)""#), "\(json)")
    }

    /// No fixtures is no pass: an empty folder exits 1 with a message.
    @Test func geenProevenIsGeenSucces() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regelwerk-leeg-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let (uit, fout, code) = voerUit(["test", map.path])
        #expect(code == .testsMislukt)
        #expect(uit.isEmpty)
        #expect(fout.contains("geen proeven gevonden"))
    }

    /// Reports for CI: JSON that reads back, JUnit XML with one test case per fixture and the failures.
    @Test func verslagenVoorCI() throws {
        let map = repoWortel.appendingPathComponent("Tests/RegelwerkTests/Golden/test/mislukt").path
        let (json, _, code) = voerUit(["test", map, "--json"])
        #expect(code == .testsMislukt)
        guard case .object(let velden) = try JSONLezer.lees(json), case .array(let rs)? = velden.first?.1,
              case .object(let r)? = rs.first, case .array(let proeven)? = r.first(where: { $0.0 == "proeven" })?.1 else {
            Issue.record("geen verslag: \(json)"); return
        }
        #expect(proeven.count == 2)
        let (xml, _, _) = voerUit(["test", map, "--junit"])
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>"))
        #expect(xml.contains("tests=\"3\" failures=\"2\" errors=\"1\""))
        #expect(xml.contains("<failure message=\"percentage: verwacht 10%, gekregen 20%&#10;bedrag: verwacht € 123,46, gekregen € 246,91\">"))
        let (gefilterd, _, _) = voerUit(["test", map, "--proef", "grens", "--uitgebreid"])
        #expect(gefilterd.contains("1 proef: 0 geslaagd, 1 mislukt."))
    }

    /// `check` itself type-checks what fixtures expect (it used to be noticed only by `test`): a percentage
    /// expected as an amount, and a name no rule has.
    @Test func checkControleertVerwachtingen() {
        let proeven = """
            proeven voor "Proefregeling"
            proef "Verkeerd" artikel 1
              geval
                benadeling = € 1.000
              verwacht
                percentage = 1️⃣€ 10
                2️⃣percentge = 10%
            einde
            """
        let (tekst, plaatsen) = zonderMarkeringen(proeven)
        let c = Compilatie.compileer([("regels.regels", Self.regels), ("proeven.regels", tekst)])
        let fouten = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }
        #expect(fouten.map(\.code) == ["RW0803", "RW0301"])
        #expect(fouten.map { $0.bereik?.start } == [plaatsen["1️⃣"], plaatsen["2️⃣"]])
        #expect(fouten.last?.suggestie == .bedoeldeU("percentage"))
    }

    /// Issue 15: a rule of sort tekst expected as a text (`groet = "..."`) was refused with RW0803, because an
    /// expectation became a value and a text value is an index into a pool. Now compared by its characters:
    /// the text the case gives comes out unchanged; another text fails and shows both; a number is still RW0803.
    @Test func eenTekstVerwacht() {
        let regels = """
            regeling "Tekstregeling"
            geval
              naam_in: tekst
            einde
            uitvoer t: groet
            artikel 1 "Groet"
              regel groet: tekst = naam_in
            """
        func proef(_ verwacht: String) -> String {
            """
            proeven voor "Tekstregeling"
            proef "Tekst" artikel 1
              geval
                naam_in = "hallo"
              verwacht
                groet = \(verwacht)
            einde
            """
        }
        let (goed, c) = verslag(proef("\"hallo\""), regels: regels)
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics.alle.map(\.bericht))")
        #expect(goed.isGeslaagd)
        let (fout, _) = verslag(proef("\"dag\""), regels: regels)
        guard case .mislukt(let verschillen)? = fout.resultaten.first?.uitslag else {
            Issue.record("een andere tekst moet mislukken")
            return
        }
        #expect(verschillen.map(\.verwacht) == ["\"dag\""])
        #expect(verschillen.map(\.gekregen) == ["\"hallo\""])
        let c2 = Compilatie.compileer([("regels.regels", regels), ("proeven.regels", proef("12"))])
        #expect(c2.diagnostics.alle.filter { $0.ernst == .fout }.map(\.code) == ["RW0803"])
    }
}
