// National parameters: dated values in a file of their own, read by rules at an explicit date.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct ParameterTests {
    static let parameters = """
    parameters "Landelijk"
    parameter norm: bedrag "Een norm."
      vanaf 2024-01-01: €1.283,83
      vanaf 2024-07-01: €1.308,45
    """

    static let regels = """
    regeling "R"
    geval
      peildag: datum
    einde
    uitvoer x
    artikel 1
      regel x = norm op peildag
    """

    func beslis(_ datum: String) throws -> Besluit {
        try beslisRegels([Self.regels, Self.parameters], geval: #"{"peildag": "\#(datum)"}"#)
    }

    @Test(arguments: [("2024-01-01", "€ 1.283,83"), ("2024-06-30", "€ 1.283,83"), ("2024-07-01", "€ 1.308,45"), ("2030-01-01", "€ 1.308,45")])
    func waardeOpDeDatum(_ datum: String, _ verwacht: String) throws {
        #expect(try beslis(datum).uitkomsten.first?.tekst == verwacht)
    }

    @Test func motiveringNoemtHetLandelijkeBedrag() throws {
        let tekst = BesluitWeergave.spoor(try beslis("2024-08-01"))
        #expect(tekst.contains("norm € 1.308,45 (landelijk, geldend vanaf 1 juli 2024)"))
    }

    @Test func geenWaardeVoorDeEersteDatum() {
        do {
            _ = try beslis("2023-12-31")
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .geenParameterwaarde("norm", datum: "31 december 2023"))
        } catch {
            Issue.record("onverwachte fout \(error)")
        }
    }

    @Test func parameterZonderDatumIsEenFout() {
        let c = compileer(Self.regels.replacingOccurrences(of: "norm op peildag", with: "norm"), Self.parameters)
        #expect(c.diagnostics.alle.map(\.code) == ["RW0313"])
    }

    @Test func parameterHoortNietInDeRegels() {
        let c = compileer(Self.regels + "\nparameter p: bedrag\n  vanaf 2024-01-01: €1\n", Self.parameters)
        #expect(c.diagnostics.alle.map(\.code) == ["RW0314"])
    }

    @Test func datumsMoetenOplopen() {
        let c = compileer(Self.regels, "parameters \"L\"\nparameter norm: bedrag\n vanaf 2024-07-01: €2\n vanaf 2024-01-01: €1\n")
        #expect(c.diagnostics.alle.map(\.code) == ["RW0315"])
    }

    @Test func opBijGeenParameter() {
        let c = compileer(Self.regels.replacingOccurrences(of: "norm op peildag", with: "peildag op peildag"), Self.parameters)
        #expect(c.diagnostics.alle.map(\.code).contains("RW0316"))
    }

    /// The national amounts of the examples, read the way rules read them. By hand: born 15 March 1961,
    /// 67 years (804 months) later is 15 March 2028, but in 2028 the age is 67 years and 3 months:
    /// 15 June 2028. The last minimum hourly wage in the file (€ 14,40 from 1 July 2025) still answers in
    /// 2028: a parameter holds until its next date.
    @Test func landelijkeBedragenVanDeVoorbeelden() throws {
        let landelijk = try String(contentsOf: repoWortel.appendingPathComponent("Examples/landelijk/bedragen.regels"), encoding: .utf8)
        let regels = """
        regeling "R"
        geval
          peildag: datum
          geboren: datum
        einde
        uitvoer uurloon, pensioendatum
        artikel 1
          regel uurloon: bedrag = minimumuurloon_21 op peildag
          regel pensioendatum: datum = geboren + aow_leeftijd op peildag
        """
        let b = try beslisRegels([regels, landelijk], geval: #"{"peildag": "2028-06-01", "geboren": "1961-03-15"}"#)
        #expect(b.uitkomsten.map(\.tekst) == ["€ 14,40", "15 juni 2028"])
        let eerder = try beslisRegels([regels, landelijk], geval: #"{"peildag": "2024-03-01", "geboren": "1957-03-15"}"#)
        #expect(eerder.uitkomsten.map(\.tekst) == ["€ 13,27", "15 maart 2024"])
    }

    @Test func leeftijdOpBlijftLeeftijd() throws {
        // "op" in "leeftijd van G op P" is not a parameter lookup.
        let c = compileer("regeling \"R\"\ngeval\n g: datum\n p: datum\neinde\nuitvoer x\nartikel 1\n regel x = leeftijd van g op p\n")
        #expect(!c.diagnostics.heeftFouten)
    }
}
