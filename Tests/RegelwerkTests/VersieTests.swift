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
        #expect(uit.contains("Beslist volgens de versie vanaf 1 januari 2024 tot en met 31 december 2024, die gold op de peildatum 30 december 2024 (de dag van de gedraging)."))
        #expect(uit.contains("  Verlagingspercentage   ") && uit.contains("   10%   "))
    }

    /// A model whose table of art. 1 has the given rows, bounded by two open terms; `verder` follows the table.
    static func tabelmodel(_ rijen: [String], verder: String = "") -> String {
        "regeling \"M\"\ngeval\n  inkomen: bedrag\neinde\nuitvoer p\nartikel 1\n  open grens_a: bedrag\n  open grens_b: bedrag\n"
            + "  regel p volgens tabel op inkomen\n" + rijen.map { "    \($0)\n" }.joined() + "  einde\n" + verder
    }

    static let tabelmodel = tabelmodel(["tot grens_a -> 10%", "vanaf grens_a -> 20%"], verder: "  regel q = grens_b\n")

    /// A fill-in that breaks the model's table in one version: the error stands at the municipality's line
    /// and names the version, the model's row is a note; a fill-in missing in one version is reported at that
    /// version's ordinance. A model problem common to both versions is reported once.
    @Test func eenInvullingFoutInEenVersie() {
        let c = Compilatie.compileer([
            ("model.regels", Self.tabelmodel),
            ("2024.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2024-01-01\ninvulling grens_a = €1.000\ninvulling grens_b = €5\n"),
            ("2025.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2025-01-01\ninvulling grens_a = €1.000\n"),
        ])
        let tekst = DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.gesorteerd)
        #expect(tekst == """
        model.regels:13:9: waarschuwing[RW0509]: regel 'q' draagt aan geen uitvoer bij
           |
        13 |   regel q = grens_b
           |         ^
           = in artikel 1
        2025.regels:1:1: fout[RW0506]: open term 'grens_b' is niet ingevuld
          |
        1 | verordening "V" volgt "M" geldig vanaf 2025-01-01
          | ^~~~~~~~~~~
          = in artikel 1
          = in de versie vanaf 1 januari 2025
          = vul in met 'invulling grens_b = ...'
        model.regels:8:8: opmerking: de open term staat hier

        """, "\(tekst)")
    }

    /// The issue's case: `invulling benadeling_grens_b = €800` below grens_a in the 2025 files. The errors stand
    /// at the 2025 fill-ins (not at the model's table) and name the version.
    @Test func grenzenInDeVerkeerdeVolgorde() {
        let model = Self.tabelmodel(["tot grens_a -> 10%", "van grens_a tot grens_b -> 20%", "vanaf grens_b -> 30%"])
        let c = Compilatie.compileer([
            ("model.regels", model),
            ("2024.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2024-01-01\ninvulling grens_a = €1.000\ninvulling grens_b = €2.000\n"),
            ("2025.regels", "verordening \"V\" volgt \"M\" geldig vanaf 2025-01-01\ninvulling grens_a = €1.000\ninvulling grens_b = €800\n"),
        ])
        let fouten = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }
        let plaats = fouten.map { d in d.bereik.map { "\(c.bronnen[$0.bestand].pad):\(c.bronnen[$0.bestand].positie($0.start).regel)" } ?? "?" }
        #expect(fouten.map(\.code) == ["RW0603", "RW0602"], "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(fouten))")
        #expect(plaats == ["2025.regels:2", "2025.regels:3"])
        #expect(fouten.allSatisfy { $0.context.contains(.inDeVersie("vanaf 1 januari 2025")) })
        #expect(fouten.allSatisfy { $0.notities.contains { $0.bericht == .rijStaatHier } })
    }
}
