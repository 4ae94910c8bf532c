// Render: the consolidated ordinance, the model's text with the municipality's choices and fill-ins.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct VerordeningWeergaveTests {
    func render(_ peildatum: String) -> (String, String, Afsluitcode) {
        voerUit(["render"] + voorbeeldRegels + ["--peildatum", peildatum])
    }

    /// Voorbeeldstad 2024 has the 'lichte' regime of art. 48 and leaves art. 44 lid 2 out; 2025 has the
    /// 'zware' regime and adopts it. Art. 43 is shown in variant 1 (three years, in 2025 two), art. 49 in variant 1.
    @Test func deVersiesMetHunKeuzes() {
        let (tekst2024, fout, code) = render("2024-06-01")
        #expect(code == .ok, "\(fout)")
        #expect(tekst2024.contains("a. 10% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;"))
        #expect(!tekst2024.contains("met terugwerkende kracht"))
        #expect(tekst2024.contains("a. 1 maand, bij gedragingen als bedoeld in artikel 18, vierde lid, onderdeel b, f en g"))
        #expect(tekst2024.contains("b. de gedraging meer dan 3 jaar voor constatering daarvan door het college heeft plaatsgevonden."))
        #expect(!tekst2024.contains("voor die gedraging een verlaging van € 340 of minder kan worden opgelegd"))
        #expect(!tekst2024.contains("[aantal] jaar"))
        #expect(tekst2024.contains("Een persoon komt slechts eenmaal binnen een periode van 12 maanden in aanmerking"))
        let (tekst2025, _, _) = render("2025-06-01")
        #expect(tekst2025.contains("a. 50% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;"))
        #expect(tekst2025.contains("2. Een verlaging kan met terugwerkende kracht worden toegepast"))
        #expect(tekst2025.contains("b. de gedraging meer dan 2 jaar voor constatering daarvan door het college heeft plaatsgevonden."))
        #expect(!tekst2025.contains("## Artikel 18"))  // a law's article is not the ordinance's text
    }

    /// Art. 51 lid 2 onder b has four blanks and three open terms: its lower bound is onder a's. Each blank
    /// takes the open term with its example, else the place's next one of its kind. By hand from Voorbeeldstad
    /// 2024: 10/20/40/100 procent, each one month, bounds € 1.000, € 2.000 and € 4.000.
    @Test func elkeBlancoIngevuld() {
        let (tekst, _, _) = render("2024-06-01")
        #expect(tekst.contains("   a. 10 procent van de bijstandsnorm gedurende 1 maand bij een benadelingsbedrag tot € 1.000;\n"))
        #expect(tekst.contains("   b. 20 procent van de bijstandsnorm gedurende 1 maand bij een benadelingsbedrag vanaf € 1.000 tot € 2.000;\n"))
        #expect(tekst.contains("   c. 40 procent van de bijstandsnorm gedurende 1 maand bij een benadelingsbedrag vanaf € 2.000 tot € 4.000;\n"))
        #expect(tekst.contains("   d. 100 procent van de bijstandsnorm gedurende 1 maand bij een benadelingsbedrag van € 4.000 of hoger.\n"))
        // Art. 73's [drie OF vijf] jaar in the chosen words; art. 76's amounts without the period the text states.
        #expect(tekst.contains("referteperiode: periode van drie jaar voorafgaand aan de peildatum."))
        #expect(tekst.contains("   a. € 500 voor een alleenstaande;\n"))
        for versie in ["2024-06-01", "2025-06-01"] {
            let (t, _, _) = render(versie)
            for fout in ["[", "_", "€ €", "% %", "bijvoorbeeld", "(ingevuld"] { #expect(!t.contains(fout), "\(versie): \(fout)") }
        }
    }

    /// A blank no open term fills, and an open term no blank shows, are warnings of `check`: the council would
    /// otherwise adopt a text that differs from what is computed.
    @Test func blancoEnOpenTermDieNietPassen() {
        let c = compileer("""
            regeling "R"
            uitvoer x
            artikel 1 "Een"
              lid 1 "Binnen [aantal] weken, tot [bedrag]."
                open eerste: duur
                regel x: duur = eerste + tweede
              lid 2 "Zonder blanco."
                open tweede: duur
            invulling eerste = 6 weken
            invulling tweede = 2 weken
            """)
        let meldingen = c.diagnostics.alle.map { "\($0.code) \($0.bericht.tekst(.nl))" }
        #expect(meldingen.contains("RW0540 de blanco '[bedrag]' in de tekst van artikel 1 lid 1 wordt door geen open term ingevuld"), "\(meldingen)")
        #expect(meldingen.contains("RW0541 open term 'tweede' heeft geen blanco in de tekst van artikel 1 lid 2: de verordening toont de waarde niet"))
    }

    @Test func htmlIsEenZelfstandigePagina() {
        let (html, _, code) = voerUit(["render"] + voorbeeldRegels + ["--peildatum", "2025-06-01", "--html"])
        #expect(code == .ok)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h4>Paragraaf 1.2 – Niet nakomen van de niet geüniformeerde verplichtingen met betrekking tot de arbeidsinschakeling</h4>\n<h5>Artikel 46. Gedragingen Participatiewet</h5>"))
        #expect(html.contains("<h5>Artikel 48. Hoogte en duur van de verlaging</h5>"))
        #expect(html.contains("<li><span>a.</span> 50% van de bijstandsnorm gedurende 1 maand bij gedragingen van de eerste categorie;</li>"))
        #expect(html.contains("&#") == false && html.contains("'bijstandsnorm'"))  // quotes in text stay readable
    }

    @Test func meerVersiesVragenEenPeildatum() {
        let (_, fout, code) = voerUit(["render"] + voorbeeldRegels)
        #expect(code == .gebruik)
        // The one version rule: no peildatum and several versions is an error that names them.
        #expect(fout.contains("er zijn meer versies (vanaf 1 januari 2024 tot en met 31 december 2024; vanaf 1 januari 2025)"))
    }

    /// A duration in a blank followed by its unit: the number only ("binnen een periode van 12 maanden").
    @Test func eenDuurVoorZijnEenheid() throws {
        let c = compileer("""
            regeling "R"
            uitvoer x
            artikel 1 "Een"
              lid 1 "Binnen [aantal] weken, of binnen [termijn]."
                open eerste: duur
                open tweede: duur
                regel x: duur = eerste + tweede
            invulling eerste = 6 weken
            invulling tweede = 2 weken
            """)
        #expect(!c.diagnostics.heeftFouten)
        #expect(VerordeningWeergave.markdown(c.regelset).contains("1. Binnen 6 weken, of binnen 2 weken."))
    }

    /// The model's headings over its articles: a hoofdstuk, a paragraaf and a paragraaf within it ("1.1"),
    /// each written once, when it changes; a heading ends the article before it.
    @Test func hoofdstukkenEnParagrafen() {
        let c = compileer("""
            regeling "R"
            uitvoer x
            hoofdstuk 4 "werk en inkomen"
            paragraaf 1 "Afstemming"
            paragraaf 1.1 "Algemene bepalingen"
            artikel 1 "Een"
              "Tekst een."
              regel x: duur = 1 maand
            artikel 2 "Twee"
              "Tekst twee."
            paragraaf 1.2 "Verder"
            artikel 3 "Drie"
              "Tekst drie."
            """)
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics.alle.map { $0.bericht.tekst(.nl) })")
        let md = VerordeningWeergave.markdown(c.regelset)
        #expect(md.contains("""
            ## Hoofdstuk 4 – werk en inkomen

            ### Paragraaf 1 – Afstemming

            #### Paragraaf 1.1 – Algemene bepalingen

            ##### Artikel 1. Een

            Tekst een.

            ##### Artikel 2. Twee

            Tekst twee.

            #### Paragraaf 1.2 – Verder

            ##### Artikel 3. Drie

            """), "\(md)")
        #expect(VerordeningWeergave.html(c.regelset).contains("<h4>Paragraaf 1.1 – Algemene bepalingen</h4>\n<h5>Artikel 1. Een</h5>"))
        // "1.1" is a paragraph number only after 'paragraaf'; elsewhere it is still a wrongly written number.
        let fout = compileer("regeling \"R\"\nuitvoer x\nartikel 1\n  regel x = 1.1\n")
        #expect(fout.diagnostics.alle.map(\.code).contains("RW0103"))
    }

    /// A municipality that replaces a rule writes its own text for it; the council's text is that text, not the
    /// model's (else the council would adopt words that differ from what is computed).
    @Test func eigenTekstVanDeGemeente() {
        let model = """
            regeling "M" versie "1"
            uitvoer x
            artikel 1 "Hoogte"
              lid 1 "De toelage bedraagt [bedrag (bijvoorbeeld € 500)] per jaar."
                open toelage: bedrag, bijvoorbeeld €500
                regel x: bedrag = toelage
              lid 2 "Het college kan de toelage verhogen."
            """
        let gemeente = """
            verordening "V"
              volgt "M" versie "1"
              gemeente GM0001 geldig vanaf 2024-01-01
            invulling toelage = €600
            artikel 1
              lid 1 "De toelage bedraagt [bedrag (bijvoorbeeld € 500)] per jaar, en voor een alleenstaande ouder € 100 meer."
                regel x: bedrag in plaats van artikel 1 lid 1 = toelage + €100
            """
        let c = Compilatie.compileer([("m.regels", model), ("v.regels", gemeente)])
        #expect(!c.diagnostics.heeftFouten, "\(c.diagnostics.alle.map { $0.bericht.tekst(.nl) })")
        let md = VerordeningWeergave.markdown(c.regelset)
        #expect(md.contains("1. De toelage bedraagt € 600 per jaar, en voor een alleenstaande ouder € 100 meer.\n"), "\(md)")
        #expect(md.contains("2. Het college kan de toelage verhogen.\n"))
    }

    /// A blank that holds one runs to its own closing bracket (art. 80 lid 1); a facultative part is no blank.
    @Test func genesteBlanco() {
        let tekst = "per maand [het minimumloon OF [... (andere norm)]] en [*facultatief*] [bedrag]."
        #expect(Blancokoppeling.blanco(in: tekst).map { String(tekst[$0]) } == ["[het minimumloon OF [... (andere norm)]]", "[bedrag]"])
    }
}
