// Versions in force: a case is decided under the version in force on its peildatum, never silently another.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct VersieTests {
    static let model = """
    regeling "M"
    geval
      datum_aanvraag: datum
    einde
    uitvoer bedrag op datum_aanvraag: toeslag
    artikel 1
      open hoogte: bedrag
      regel toeslag = hoogte
    """

    static func gemeente(_ vanaf: String, _ hoogte: String, tot: String? = nil, naam: String = "V") -> String {
        "verordening \"\(naam)\" volgt \"M\" geldig vanaf \(vanaf)" + (tot.map { " tot en met \($0)" } ?? "") + "\ninvulling hoogte = \(hoogte)\n"
    }

    /// Decides through the ``Beslisser`` with `datum` as the peildatum, as `regelwerk beslis --peildatum` does.
    func beslis(_ c: Compilatie, _ datum: String) -> (String?, Afsluitcode) {
        guard let beslisser = try? Beslisser(c),
              case .success(let b) = beslisser.beslis(.object([("datum_aanvraag", .tekst(datum))]), peildatum: d(datum)) else {
            return (nil, .gevalfouten)
        }
        return (b.uitkomsten.first?.tekst, .ok)
    }

    @Test func versieOpDePeildatum() {
        let c = compileer(Self.model, Self.gemeente("2024-01-01", "€100"), Self.gemeente("2024-07-01", "€110"))
        #expect(!c.diagnostics.heeftFouten)
        #expect(c.versies.map(\.periode) == ["vanaf 1 januari 2024 tot en met 30 juni 2024", "vanaf 1 juli 2024"])
        #expect(beslis(c, "2024-06-30").0 == "€ 100,00")
        #expect(beslis(c, "2024-07-01").0 == "€ 110,00")
        #expect(beslis(c, "2023-12-31").1 == .gevalfouten) // no version in force: an error, no fallback
    }

    @Test func versieMetEinddatumLaatEenGat() {
        let c = compileer(Self.model, Self.gemeente("2024-01-01", "€100", tot: "2024-03-31"), Self.gemeente("2024-07-01", "€110"))
        #expect(!c.diagnostics.heeftFouten)
        #expect(beslis(c, "2024-05-01").1 == .gevalfouten)
    }

    @Test func overlappendeVersiesZijnEenFout() {
        let c = compileer(Self.model, Self.gemeente("2024-01-01", "€100", tot: "2024-12-31"), Self.gemeente("2024-07-01", "€110"))
        #expect(c.diagnostics.alle.map(\.code) == ["RW0311"])
    }

    @Test func tweeVerordeningenTegelijkIsEenFout() {
        let c = compileer(Self.model, Self.gemeente("2024-01-01", "€100"), Self.gemeente("2024-07-01", "€110", naam: "W"))
        #expect(c.diagnostics.alle.map(\.code).contains("RW0310"))
    }

    @Test func elkeVersieWordtGecontroleerd() {
        // The second version leaves the open term unfilled: reported, with the version's file.
        let c = compileer(Self.model, Self.gemeente("2024-01-01", "€100"), "verordening \"V\" volgt \"M\" geldig vanaf 2024-07-01\n")
        #expect(c.diagnostics.alle.map(\.code) == ["RW0506"])
    }

    @Test func peildatumMoetEenDatumveldZijn() {
        let c = compileer(Self.model.replacingOccurrences(of: "op datum_aanvraag", with: "op datum_aanvrag"), Self.gemeente("2024-01-01", "€1"))
        #expect(c.diagnostics.alle.map(\.code) == ["RW0309"])
        #expect(c.diagnostics.alle.first?.suggestie == .bedoeldeU("datum_aanvraag"))
    }

    @Test func beslisNoemtDeVersie() {
        let regels = voorbeeldRegels
        let geval = #"{"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv"}], "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "datum_gedraging": "2024-12-30", "datum_constatering": "2025-01-13", "datum_bekendmaking": "2025-01-20", "eerdere_verlagingen": []}"#
        let (uit, fout, code) = voerUit(["beslis", "--regels"] + regels + ["--beslissing", "afstemming", "--geval", "-"], stdin: geval)
        #expect(code == .ok, "\(fout)")
        // The gedraging of 30 December 2024 falls under the 2024 version (10%), though decided in 2025.
        #expect(uit.contains("Beslist volgens de versie vanaf 1 januari 2024 tot en met 31 december 2024, die gold op de peildatum 30 december 2024 (datum_gedraging)."))
        #expect(uit.contains("verlagingspercentage    10%"))
    }
}
