// The motivation in prose (issue 14): labels, citations in legal form, calculations with their rounding,
// where values come from, and only what mattered. Expected texts are written by hand from the rules.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen

@Suite struct MotiveringTests {
    static let kop = """
    regeling "R"
    geval
      norm "de norm": bedrag per maand
      deel "het deel": percentage
      bedrag "het bedrag": bedrag
      getroffen "de belanghebbende is getroffen": waarheidswaarde
    einde
    """

    /// Decides `regel` (a rule named `x` in artikel 7 lid 2 onder b) over a case and returns the prose.
    func proza(_ regel: String, uitvoer: String = "x", geval: String) throws -> String {
        let bron = Self.kop + "\nuitvoer \(uitvoer)\nartikel 7\n  lid 2\n    onderdeel b\n" + regel
        return BesluitWeergave.tekst(try beslisRegels([bron], geval: geval))
    }

    /// Each calculation by hand: 20% of € 1.234,57 is € 246,914 (rounded to cents: € 246,91); € 150 capped at
    /// € 100 is € 100; € 10,01 rounded up to whole euros is € 11; € 10 : 3 is € 3,333333…, shown at cents.
    @Test(arguments: [
        ("regel x \"de verlaging\": bedrag per maand = norm * deel afgerond op centen",
         "Berekening: 20% van € 1.234,57 per maand = € 246,914 per maand, rekenkundig afgerond op centen: € 246,91 per maand."),
        ("regel x: bedrag = bedrag ten hoogste €100",
         "Berekening: € 150,00, ten hoogste € 100,00 = € 100,00."),
        ("regel x: bedrag = bedrag - €139,99 naar boven afgerond op hele euro's",
         "Berekening: € 150,00 − € 139,99 = € 10,01, naar boven afgerond op hele euro's: € 11,00."),
        ("regel x: bedrag = als getroffen dan bedrag * deel anders €0",
         "Berekening: 20% van € 150,00 = € 30,00."),
        ("regel x: bedrag = (bedrag - €140) / 3",
         "Berekening: (€ 150,00 − € 140,00) : 3 = € 3,333333…, voor de weergave rekenkundig afgerond op centen: € 3,33."),
        // Art. 30 lid 3: € 150 × 2,314% = € 3,471; 17,355 times € 0,20, so down € 3,40 and up € 3,60.
        ("regel x: bedrag = bedrag * 2,314% naar beneden afgerond op een veelvoud van €0,20",
         "Berekening: 2,314% van € 150,00 = € 3,471, naar beneden afgerond op een veelvoud van € 0,20: € 3,40."),
        ("regel x: bedrag per maand = norm * deel naar boven afgerond op een veelvoud van €0,25",
         "Berekening: 20% van € 1.234,57 per maand = € 246,914 per maand, naar boven afgerond op een veelvoud van € 0,25: € 247,00 per maand."),
        // 22,5% is 4,5 times 5%: exactly between 20% and 25%, so away from zero.
        ("regel x: percentage = deel + 2,5% afgerond op een veelvoud van 5%",
         "Berekening: 20% + 2,5% = 22,5%, rekenkundig afgerond op een veelvoud van 5%: 25%."),
    ])
    func deBerekeningStaatErbij(_ regel: String, _ verwacht: String) throws {
        let tekst = try proza(regel, geval: #"{"norm": "1234.57", "deel": "20%", "bedrag": "150", "getroffen": true}"#)
        #expect(tekst.contains("     " + verwacht + "\n"), "\(tekst)")
    }

    /// The sentence: legal citation, the label, the value; a yes/no by its statement; the source of a value.
    @Test func eenZinInDeTaalVanDeBeschikking() throws {
        let tekst = try proza("regel x \"de verlaging\": bedrag per maand = norm * deel afgerond op centen",
                              geval: #"{"norm": "1234.57", "deel": "20%", "bedrag": "0", "getroffen": true}"#)
        #expect(tekst.contains("  Verlaging  € 246,91 per maand  artikel 7, tweede lid, onder b\n"), "\(tekst)")
        #expect(tekst.contains("  1. Op grond van artikel 7, tweede lid, onder b, is de verlaging € 246,91 per maand.\n"))
        #expect(tekst.contains("     - de norm: € 1.234,57 per maand, gegeven in het geval;\n     - het deel: 20%, gegeven in het geval.\n"))
        let ja = try proza("regel x \"de regel is van toepassing\" = getroffen", geval: #"{"getroffen": true}"#)
        #expect(ja.contains("  1. Op grond van artikel 7, tweede lid, onder b, geldt: de regel is van toepassing.\n"), "\(ja)")
        let nee = try proza("regel x \"de regel is van toepassing\" = getroffen", geval: #"{"getroffen": false}"#)
        #expect(nee.contains("geldt niet: de regel is van toepassing.\n"), "\(nee)")
    }

    /// Only what mattered: an exception that did not apply, and a rule that only reads what one did, are left
    /// out of the prose, but stay in the trace; an exception that applied gives the sentence its "in afwijking van".
    @Test func alleenWatErtoeDeed() throws {
        let regels = """
        regel x "het bedrag": bedrag = bedrag
        regel vrijgesteld "de belanghebbende is vrijgesteld" = getroffen
        artikel 8
          uitzondering op x in afwijking van artikel 7 als vrijgesteld dan €0
        """
        let niet = try proza(regels, geval: #"{"bedrag": "150", "getroffen": false}"#)
        #expect(!niet.contains("vrijgesteld"), "\(niet)")
        #expect(!niet.contains("artikel 8"))
        let spoor = BesluitWeergave.spoor(try beslisRegels([Self.kop + "\nuitvoer x\nartikel 7\n  lid 2\n    onderdeel b\n" + regels],
                                                           geval: #"{"bedrag": "150", "getroffen": false}"#))
        #expect(spoor.contains("Niet van toepassing: artikel 8, want vrijgesteld onwaar"))
        let wel = try proza(regels, geval: #"{"bedrag": "150", "getroffen": true}"#)
        #expect(wel.contains("Op grond van artikel 8, in afwijking van artikel 7, tweede lid, onder b, is het bedrag € 0,00.\n"), "\(wel)")
        #expect(wel.contains("geldt: de belanghebbende is vrijgesteld.\n"))
    }

    /// A value a municipality filled in says where: "ingevuld door de gemeente in artikel …".
    @Test func eenInvullingNoemtHaarArtikel() throws {
        let model = """
        regeling "M" versie "1"
        geval
          bedrag "het bedrag": bedrag
        einde
        uitvoer x
        artikel 3
          lid 1
            open grens "de grens": bedrag, ten minste €0
            regel x "het toegekende bedrag": bedrag = bedrag ten hoogste grens
        """
        let gemeente = """
        verordening "V"
          volgt "M" versie "1"
          gemeente GM0001 geldig vanaf 2024-01-01
        invulling grens = €100
        """
        let tekst = BesluitWeergave.tekst(try beslisRegels([model, gemeente], geval: #"{"bedrag": "150"}"#))
        #expect(tekst.contains("     - de grens: € 100,00, ingevuld door de gemeente in artikel 3, eerste lid.\n"), "\(tekst)")
        #expect(tekst.contains("     Berekening: € 150,00, ten hoogste € 100,00 = € 100,00.\n"))
    }

    /// Citations in the form of legislative drafting.
    @Test(arguments: [
        (Citaat(artikel: "51", lid: "2", onderdeel: "b"), "artikel 51, tweede lid, onder b"),
        (Citaat(artikel: "73"), "artikel 73"),
        (Citaat(artikel: "18", lid: "7", wet: "Participatiewet"), "artikel 18, zevende lid, van de Participatiewet"),
        (Citaat(artikel: "4", lid: "2a"), "artikel 4, lid 2a"),
    ])
    func juridischeVerwijzing(_ c: Citaat, _ verwacht: String) {
        #expect(c.juridisch == verwacht)
    }

    /// Every example decision's motivation reads without identifiers: no underscore, no "onwaar", no
    /// "artikel N lid M" (the trace's form) — the labels of the Examples cover every name that shows.
    @Test func deVoorbeeldenLezenZonderIdentifiers() throws {
        let gevallen: [(String, String)] = [
            ("benadeling-1500", "afstemming"), ("dringende-redenen", "afstemming"), ("geen-verwijtbaarheid", "afstemming"),
            ("inkomenstoelage-alleenstaande", "inkomenstoelage"), ("jeugdhulp-rond-kerst", "jeugdhulp_termijnen"),
            ("jongere-artikel-12", "afstemming"), ("registratie-rond-de-jaarwisseling", "afstemming"),
            ("samenloop-tegenprestatie-en-misdraging", "afstemming"), ("tegenprestatie", "afstemming"),
            ("wmo-melding-voor-pasen", "wmo_termijnen"),
        ]
        for (naam, beslissing) in gevallen {
            let pad = repoWortel.appendingPathComponent("Examples/gevallen/\(naam).json").path
            let (uit, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", beslissing, "--geval", pad])
            #expect(code == .ok, "\(naam): \(fout)")
            let tekst = uit.components(separatedBy: "\nUitkomst\n").last ?? ""
            #expect(!tekst.contains("_"), "\(naam):\n\(tekst)")
            #expect(!tekst.contains("onwaar"), "\(naam)")
            #expect(tekst.range(of: #"artikel \d+ lid"#, options: .regularExpression) == nil, "\(naam)")
        }
    }
}
