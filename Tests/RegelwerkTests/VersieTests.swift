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

    // MARK: - The version on another date of the case (`open_term op datum`)

    /// Artikel 43 in small: the decision follows the version of the gedraging; the verjaringstermijn is read as
    /// the version of the constatering filled it in. Variant 2 fills in nothing.
    static let verjaringsmodel = """
    regeling "M"
    geval
      datum_gedraging "de dag van de gedraging": datum
      datum_constatering "de dag van constatering": datum
    einde
    uitvoer afstemming op datum_gedraging: verjaard
    artikel 43 "Afzien van verlaging"
      variant 1 "een vaste termijn"
        lid 1 "Na [aantal] jaar."
          open verjaringstermijn_43 "de verjaringstermijn": duur, bijvoorbeeld 3 jaar
          regel verjaard "de gedraging is verjaard" = datum_gedraging < datum_constatering - verjaringstermijn_43 op datum_constatering
      variant 2 "drie jaar"
        lid 1 "Na drie jaar."
          regel verjaard "de gedraging is verjaard" = datum_gedraging < datum_constatering - 3 jaar
    """

    static func verjaring(_ vanaf: String, _ keuze: String) -> String {
        "verordening \"V\" volgt \"M\" geldig vanaf \(vanaf)\n" + keuze + "\n"
    }

    func verjaard(_ c: Compilatie, gedraging: String, constatering: String) -> Result<Beslissing, Beslisfout>? {
        guard let b = try? Beslisser(c) else { return nil }
        return b.beslis(.object([("datum_gedraging", .tekst(gedraging)), ("datum_constatering", .tekst(constatering))]), metMotivering: true)
    }

    /// 2024: three years; 2025: two. Gedraging 3 June 2024 (decided under 2024). By hand: constatering 10 June 2026
    /// − 2 years (2025's) = 10 June 2024, and 3 June 2024 lies before it: verjaard. Under 2024's three years the
    /// bound would be 10 June 2023: not verjaard. Constatering 2 June 2025 − 2 years = 2 June 2023: not verjaard.
    @Test func invullingVanDeVersieOpEenAndereDatum() throws {
        let c = Compilatie.compileer([("m.regels", Self.verjaringsmodel),
                                      ("2024.regels", Self.verjaring("2024-01-01", "artikel 43 variant 1\ninvulling verjaringstermijn_43 = 3 jaar")),
                                      ("2025.regels", Self.verjaring("2025-01-01", "artikel 43 variant 1\ninvulling verjaringstermijn_43 = 2 jaar"))])
        #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        let ja = try #require(try verjaard(c, gedraging: "2024-06-03", constatering: "2026-06-10")?.get())
        #expect(ja.versie.index == 0 && ja.waarde("verjaard") == .waarheid(true))
        #expect(try verjaard(c, gedraging: "2024-06-03", constatering: "2025-06-02")?.get().waarde("verjaard") == .waarheid(false))
        // The motivation says whose fill-in it was, and why that version's.
        let besluit = try #require(ja.besluit)
        let tekst = BesluitWeergave.tekst(besluit)
        #expect(tekst.contains("- de verjaringstermijn: 2 jaar, ingevuld door de gemeente in artikel 43, eerste lid, in de versie vanaf 1 januari 2025: "
                               + "de regel leest de invulling van de versie die gold op de dag van constatering (10 juni 2026)."), "\(tekst)")
    }

    /// No version on the date, or one that does not fill the term in (another variant): an error that names the
    /// rule's article, the term and the field, never another version's value.
    @Test func geenInvullingOpDieDatum() throws {
        let c = Compilatie.compileer([("m.regels", Self.verjaringsmodel),
                                      ("2024.regels", Self.verjaring("2024-01-01", "artikel 43 variant 1\ninvulling verjaringstermijn_43 = 3 jaar")),
                                      ("2025.regels", Self.verjaring("2025-01-01", "artikel 43 variant 2"))])
        #expect(!c.diagnostics.heeftFouten)
        guard case .failure(.berekening(let voor))? = verjaard(c, gedraging: "2024-06-03", constatering: "2023-12-01") else {
            Issue.record("beslist zonder versie op de constatering"); return
        }
        #expect(voor.bericht.code == "RW0742" && voor.citaat == Citaat(artikel: "43", lid: "1"))
        #expect(voor.bericht.tekst(.nl) == "'verjaringstermijn_43 op datum_constatering' leest de invulling van de versie die gold op 1 december 2023, maar op die dag was geen versie van de verordening van kracht; geladen: vanaf 1 januari 2024 tot en met 31 december 2024; vanaf 1 januari 2025")
        #expect(voor.bericht.tekst(.en).contains("in force on 1 December 2023"))
        guard case .failure(.berekening(let ander))? = verjaard(c, gedraging: "2024-06-03", constatering: "2025-06-02") else {
            Issue.record("beslist met een versie die de term niet invult"); return
        }
        #expect(ander.bericht == .invullingNietInVersie("verjaringstermijn_43", veld: "datum_constatering", datum: "2 juni 2025", versie: "vanaf 1 januari 2025"))
        #expect(ander.bericht.code == "RW0743")
    }

    /// `check`: the date must be a date; a text or list fill-in cannot be read from another version. (The model
    /// alone fills in nothing: its open terms are reported too.)
    @Test func opEenDatumControle() {
        expectDiagnostics("""
            regeling "M"
            geval
              d: datum
              n: getal
            einde
            uitvoer x op d: a, b
            artikel 1
              open 3️⃣termijn: duur
              open 4️⃣naam: tekst
              regel a = d + termijn op 1️⃣n
              regel b = 2️⃣naam op d
            """, [.at("3️⃣", "RW0506", "termijn"), .at("4️⃣", "RW0506", "naam"), .at("1️⃣", "RW0401", "datum"),
                  .at("2️⃣", "RW0577", "'naam' is een tekst")])
    }
}
