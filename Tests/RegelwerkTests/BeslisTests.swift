// Evaluate: decisions under the example ordinance (Voorbeeldstad, the handbook's fill-ins). Every
// expected amount is worked out by hand from the article text, shown in the comment beside it.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

func uitkomst(_ b: Besluit, _ naam: String) -> String? { b.uitkomsten.first { $0.naam == naam }?.tekst }

@Suite struct BeslisTests {
    /// Art. 46 and 48 (licht regime): category → percentage; art. 45 lid 1: over the bijstandsnorm.
    @Test(arguments: [
        // gedraging_46,                     bijstandsnorm, percentage, bedrag (hand: norm × pct, rounded to cents)
        ("registratie_uwv",                  "1401.50", "10%", "€ 140,15"),   // 46 a → eerste → 48 a: 10%
        ("plan_van_aanpak",                  "1401.50", "20%", "€ 280,30"),   // 46 b 1° → tweede → 48 b: 20%
        ("inspanningen_jonger_dan_27",       "1234.57", "20%", "€ 246,91"),   // 246,914 → 246,91
        ("ontheffing_alleenstaande_ouder",   "1000.05", "20%", "€ 200,01"),   // 200,010
        ("tegenprestatie",                   "999.99",  "20%", "€ 200,00"),   // 199,998 → 200,00
        ("arbeid_verkrijgen",                "1401.50", "100%", "€ 1.401,50"), // 46 c → derde → 48 c: 100%
    ])
    func artikel46En48(_ gedraging: String, _ norm: String, _ pct: String, _ bedrag: String) throws {
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "\(norm)", "schendingen": [{"geschonden": "gedraging_participatiewet", "gedraging_46": "\(gedraging)"}], "verwijtbaarheid_ontbreekt": false}
        """)
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsduur") == "1 maand")
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
    }

    /// Art. 51 lid 2: brackets on the benadelingsbedrag, "tot" exclusive, "vanaf" inclusive.
    @Test(arguments: [
        ("0",       "10%", "a", "€ 140,15"),
        ("999.99",  "10%", "a", "€ 140,15"),  // tot € 1.000
        ("1000",    "20%", "b", "€ 280,30"),  // vanaf € 1.000 (onderdeel b)
        ("1999.99", "20%", "b", "€ 280,30"),
        ("2000",    "40%", "c", "€ 560,60"),  // 1401,50 × 40% = 560,60
        ("3999.99", "40%", "c", "€ 560,60"),
        ("4000",    "100%", "d", "€ 1.401,50"), // € 4.000 of hoger
        ("250000",  "100%", "d", "€ 1.401,50"),
    ])
    func artikel51Schijven(_ benadeling: String, _ pct: String, _ onderdeel: String, _ bedrag: String) throws {
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": 1401.50, "schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": \(benadeling)}], "verwijtbaarheid_ontbreekt": false}
        """)
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
        let stap51 = try #require(b.motivering.first { $0.waarden.contains { $0.naam == "percentage_51" } })
        #expect(stap51.citaat == Citaat(artikel: "51", lid: "2", onderdeel: onderdeel))
    }

    /// Art. 52 (variant 1, 50%) and art. 53 a–d (20%, 20%, 40%, 100%).
    @Test(arguments: [
        ("zeer_ernstige_misdraging", nil,                      "50%", "€ 700,75"),   // 1401,50 / 2
        ("overige_verplichting", "arbeidsinschakeling",        "20%", "€ 280,30"),
        ("overige_verplichting", "aard_en_doel_bijstand",      "20%", "€ 280,30"),
        ("overige_verplichting", "vermindering_bijstand",      "40%", "€ 560,60"),
        ("overige_verplichting", "beeindiging_bijstand",       "100%", "€ 1.401,50"),
    ])
    func artikel52En53(_ geschonden: String, _ verplichting: String?, _ pct: String, _ bedrag: String) throws {
        let v53 = verplichting.map { ", \"verplichting_53\": \"\($0)\"" } ?? ""
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "\(geschonden)"\(v53)}],
         "verwijtbaarheid_ontbreekt": false}
        """)
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
    }

    /// Art. 45 lid 3 and 4: the grondslag read differently, in afwijking van lid 1.
    /// Lid 2 is a power of the college: applied only where the case says so, with a reason.
    @Test(arguments: [
        (#""bevoegdheden": {"verlagen_inclusief_artikel_12": "artikel 12"}"#, "€ 104,20", "3"),  // (289,32 + 752,66) × 10% = 104,198 → 104,20
        (#""bevoegdheden": {"verlagen_over_bijzondere_bijstand": "onder b"}"#, "€ 75,27", "4"),  // 752,66 × 10% = 75,266 → 75,27
        (#""bevoegdheden": {}"#, "€ 28,93", "1"),                                              // 289,32 × 10% = 28,932 → 28,93
    ])
    func artikel45Grondslag(_ bevoegdheden: String, _ bedrag: String, _ lid: String) throws {
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "289.32", "bijzondere_bijstand": "752.66", \(bevoegdheden),
         "schendingen": [{"geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv"}], "verwijtbaarheid_ontbreekt": false}
        """)
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
        let stap = try #require(b.motivering.first { $0.waarden.contains { $0.naam == "grondslag" } })
        #expect(stap.citaat == Citaat(artikel: "45", lid: lid))
    }

    /// Both powers of art. 45 lid 2 applied: two different grondslagen, a conflict, never a silent choice.
    @Test func beideBevoegdhedenVanArtikel45Botsen() throws {
        #expect {
            try beslisVoorbeeld("""
            {"bijstandsnorm": "289.32", "bijzondere_bijstand": "752.66",
             "bevoegdheden": {"verlagen_inclusief_artikel_12": "a", "verlagen_over_bijzondere_bijstand": "b"},
             "schendingen": [{"geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv"}], "verwijtbaarheid_ontbreekt": false}
            """)
        } throws: { e in
            (e as? Beslisfout)?.bericht == .uitzonderingenBotsen(regel: "grondslag", eerste: "artikel 45 lid 3", tweede: "artikel 45 lid 4")
        }
    }

    /// Art. 43 lid 1 onder a: no verlaging when every form of verwijtbaarheid is absent.
    @Test func artikel43GeenVerwijtbaarheid() throws {
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "zeer_ernstige_misdraging"}],
         "verwijtbaarheid_ontbreekt": true}
        """)
        #expect(uitkomst(b, "verlagingspercentage") == "0%")
        #expect(uitkomst(b, "verlagingsduur") == "0 maanden")
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 0,00 per maand")
        #expect(b.uitkomsten[0].citaat == Citaat(artikel: "43", lid: "1"))
        let a = try #require(b.motivering.first { $0.waarden.contains { $0.naam == "verwijtbaarheid_afwezig" } })
        #expect(a.citaat == Citaat(artikel: "43", lid: "1", onderdeel: "a"))
        #expect(a.waarden[0].tekst == "waar")
    }

    @Test func ontbrekendVeldNoemtVeldEnArtikel() throws {
        // Art. 51 needs the benadelingsbedrag; the case lacks it.
        do {
            _ = try beslisVoorbeeld("""
            {"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "tekortschietend_besef"}],
             "verwijtbaarheid_ontbreekt": false}
            """)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .veldOntbreekt(veld: "schendingen[0].benadelingsbedrag", soort: "bedrag", nodigVoor: "'percentage_51' (artikel 51 lid 2)"))
        }
    }

    @Test func velden46En53ZijnNietNodigBijArtikel51() throws {
        // Lazy evaluation: only what the decision needs is read (gedraging_46 and verplichting_53 are absent).
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": "1500"}], "verwijtbaarheid_ontbreekt": false}
        """)
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 280,30 per maand")
    }

    @Test func verkeerdeSoortInGeval() throws {
        do {
            _ = try beslisVoorbeeld("""
            {"bijstandsnorm": "veel", "schendingen": [{"geschonden": "tekortschietend_besef"}]}
            """)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .veldVerkeerdeSoort(veld: "bijstandsnorm", verwacht: "bedrag per maand", gevonden: "de tekst \"veel\""))
        }
    }

    @Test func onbekendeKeuzeInGevalMetSuggestie() throws {
        do {
            _ = try beslisVoorbeeld("""
            {"bijstandsnorm": "1", "schendingen": [{"geschonden": "tekortschietend_beseff"}]}
            """)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.suggestie == .bedoeldeU("tekortschietend_besef"))
        }
    }

    @Test func motiveringCiteertElkeStap() throws {
        let b = try beslisVoorbeeld("""
        {"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": "1500"}], "verwijtbaarheid_ontbreekt": false}
        """)
        // Each step comes after the steps it relies on, each with its article.
        func plaats(_ naam: String) -> Int? { b.motivering.firstIndex { $0.waarden.contains { $0.naam == naam } } }
        let keten = ["percentage_51", "oorspronkelijk_percentage", "op_te_leggen_percentage", "verlagingspercentage", "verlagingsbedrag"]
        let plaatsen = keten.compactMap(plaats)
        #expect(plaatsen.count == keten.count)
        #expect(plaatsen == plaatsen.sorted())
        #expect(b.motivering[plaatsen[0]].citaat.description == "artikel 51 lid 2 onder b")
        #expect(b.motivering[plaatsen[4]].citaat.description == "artikel 41 onder c")
        let tekst = BesluitWeergave.spoor(b)
        #expect(tekst.contains("want schending.benadelingsbedrag € 1.500,00 valt in 'van benadeling_grens_a tot benadeling_grens_b' (vanaf € 1.000,00 tot € 2.000,00)"))
    }
}

/// Art. 43 lid 1 (variant 2), 44 lid 1 and 55 leden 1 en 2: the articles that need time.
@Suite struct AfstemmingInDeTijdTests {
    static let basis = #""bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false"#

    func geval(_ velden: String, gedraging: String = "2024-03-04", constatering: String = "2024-03-11",
               bekendmaking: String = "2024-03-20", eerder: String = "[]") -> String {
        """
        {\(Self.basis), "schendingen": [{\(velden)}], "datum_gedraging": "\(gedraging)", "datum_constatering": "\(constatering)",
         "datum_bekendmaking": "\(bekendmaking)", "eerdere_verlagingen": \(eerder)}
        """
    }

    static let besef = #""geschonden": "tekortschietend_besef", "benadelingsbedrag": 1500"#
    static func eerder(_ schending: String, _ bekendmaking: String, extra: String = "", ontbrak: Bool = false) -> String {
        #"{"geschonden": "\#(schending)", "bekendmaking": "\#(bekendmaking)", "verwijtbaarheid_ontbrak": \#(ontbrak)\#(extra)}"#
    }

    /// Art. 55 lid 1: the duration of the original verlaging doubles; art. 51 b: 20%, 1 maand.
    @Test(arguments: [
        ("[]", "1 maand"),                                                                        // geen eerder besluit
        ("[\(eerder("tekortschietend_besef", "2023-06-01"))]", "2 maanden"),                       // binnen twaalf maanden
        ("[\(eerder("tekortschietend_besef", "2023-03-04"))]", "2 maanden"),                       // 4 maart 2023 + 12 maanden = 4 maart 2024
        ("[\(eerder("tekortschietend_besef", "2023-03-01"))]", "1 maand"),                         // 1 maart 2024 < 4 maart 2024
        ("[\(eerder("tekortschietend_besef", "2023-01-10")), \(eerder("tekortschietend_besef", "2023-09-01"))]", "2 maanden"), // telkens: geen 4
        ("[\(eerder("zeer_ernstige_misdraging", "2023-09-01"))]", "1 maand"),                     // andere gedraging
        ("[\(eerder("tekortschietend_besef", "2023-09-01", ontbrak: true))]", "1 maand"),        // verwijtbaarheid ontbrak: telt niet
        ("[\(eerder("tekortschietend_besef", "2024-03-05"))]", "1 maand"),                         // besluit na de gedraging
    ])
    func recidiveVerdubbeltDeDuur(_ eerder: String, _ duur: String) throws {
        let b = try beslisVoorbeeld(geval(Self.besef, eerder: eerder))
        #expect(uitkomst(b, "verlagingsduur") == duur)
        #expect(uitkomst(b, "verlagingspercentage") == "20%")
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 280,30 per maand")
    }

    @Test func recidiveTijdvakLooptTweeMaanden() throws {
        // Art. 44: bekendmaking 20 maart 2024 → 1 april 2024; twee maanden → tot en met 31 mei 2024.
        let b = try beslisVoorbeeld(geval(Self.besef, eerder: "[\(Self.eerder("tekortschietend_besef", "2023-06-01"))]"))
        #expect(uitkomst(b, "ingangsdatum_verlaging") == "1 april 2024")
        #expect(uitkomst(b, "laatste_dag_verlaging") == "31 mei 2024")
        let stap = try #require(b.motivering.first { $0.waarden.contains { $0.naam == "op_te_leggen_duur" } })
        #expect(stap.citaat == Citaat(artikel: "55", lid: "1"))
    }

    /// Art. 55 lid 2: the height doubles, for 46 onder a and 52.
    @Test(arguments: [
        (#""geschonden": "zeer_ernstige_misdraging""#, "zeer_ernstige_misdraging", "", "100%", "€ 1.401,50"),  // 2 × 50%
        (#""geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv""#, "gedraging_participatiewet",
         #", "gedraging_46": "registratie_uwv""#, "20%", "€ 280,30"),                                          // 2 × 10%
    ])
    func recidiveVerdubbeltDeHoogte(_ velden: String, _ schending: String, _ extra: String, _ pct: String, _ bedrag: String) throws {
        let b = try beslisVoorbeeld(geval(velden, eerder: "[\(Self.eerder(schending, "2023-06-01", extra: extra))]"))
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsduur") == "1 maand")
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
    }

    @Test func eenzelfdeGedragingIsDezelfdeVerplichting() throws {
        // Art. 46 b 1° then b 4°: both tweede categorie, but not the same obligation (toelichting art. 55).
        let nu = #""geschonden": "gedraging_participatiewet", "gedraging_46": "tegenprestatie""#
        let anders = Self.eerder("gedraging_participatiewet", "2023-06-01", extra: #", "gedraging_46": "plan_van_aanpak""#)
        #expect(uitkomst(try beslisVoorbeeld(geval(nu, eerder: "[\(anders)]")), "verlagingsduur") == "1 maand")
        let zelfde = Self.eerder("gedraging_participatiewet", "2023-06-01", extra: #", "gedraging_46": "tegenprestatie""#)
        #expect(uitkomst(try beslisVoorbeeld(geval(nu, eerder: "[\(zelfde)]")), "verlagingsduur") == "2 maanden")
    }

    @Test func hoogteNooitBovenHonderdProcent() throws {
        // A municipality with 60% for art. 52: doubled would be 120%, capped at 100% (toelichting art. 55).
        let model = try String(contentsOf: repoWortel.appendingPathComponent("Examples/model/afstemming.regels"), encoding: .utf8)
        let gemeente = try String(contentsOf: repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024/afstemming.regels"), encoding: .utf8)
            .replacingOccurrences(of: "invulling percentage_52 = 50%", with: "invulling percentage_52 = 60%")
        let landelijk = try String(contentsOf: repoWortel.appendingPathComponent("Examples/landelijk/bedragen.regels"), encoding: .utf8)
        let json = geval(#""geschonden": "zeer_ernstige_misdraging""#, eerder: "[\(Self.eerder("zeer_ernstige_misdraging", "2023-06-01"))]")
        // The model has only the afstemming decision: its outputs are all outputs.
        let b = try beslisRegels([model, landelijk, gemeente], geval: json)
        #expect(uitkomst(b, "verlagingspercentage") == "100%")
    }

    /// Art. 43 lid 1 onder b, variant 1 (Voorbeeldstad): verjaring after the term of the version in force on the
    /// constatering, 11 maart 2024: three years (2024), whatever the amount. 11 maart 2024 − 3 jaar = 11 maart 2021.
    /// (Variant 2, three or five years by the amount, is Tweestroom's: its fixtures.)
    @Test(arguments: [
        // velden,                                                                      gedraging,    percentage
        (#""geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv""#, "2020-01-10", "0%"),   // > 3 jaar
        (#""geschonden": "gedraging_participatiewet", "gedraging_46": "registratie_uwv""#, "2021-03-11", "10%"),  // precies 3 jaar: niet "meer dan"
        (#""geschonden": "tekortschietend_besef", "benadelingsbedrag": 5000"#,           "2021-03-10", "0%"),   // > 3 jaar, ook boven € 340
        (#""geschonden": "tekortschietend_besef", "benadelingsbedrag": 5000"#,           "2021-03-11", "100%"), // art. 51 onder d: 100%
    ])
    func verjaring(_ velden: String, _ gedraging: String, _ pct: String) throws {
        // No Voorbeeldstad version was in force in 2019-2021: decided, deliberately, under the 2024 version.
        let b = try beslisVoorbeeld(geval(velden, gedraging: gedraging, constatering: "2024-03-11"), peildatum: "2024-03-11")
        #expect(uitkomst(b, "verlagingspercentage") == pct)
    }

    /// Art. 49 (variant 1): 100% for one month (onder b, f, g) or two (onder a, c, d, e, h); art. 55 lid 3:
    /// any earlier geüniformeerde schending within twelve months gives three months (not 2 × 2).
    @Test(arguments: [
        ("onder_b", "[]", "1 maand"),
        ("onder_g", "[]", "1 maand"),
        ("onder_a", "[]", "2 maanden"),
        ("onder_h", "[]", "2 maanden"),
        ("onder_c", "[\(eerder("geuniformeerde_arbeidsverplichting", "2023-06-01", extra: gedraging("2023-05-10")))]", "3 maanden"),
        ("onder_b", "[\(eerder("geuniformeerde_arbeidsverplichting", "2023-06-01", extra: gedraging("2023-05-10")))]", "3 maanden"),
        ("onder_a", "[\(eerder("geuniformeerde_arbeidsverplichting", "2023-03-01", extra: gedraging("2023-02-01")))]", "2 maanden"), // buiten twaalf maanden
        ("onder_a", "[\(eerder("tekortschietend_besef", "2023-06-01"))]", "2 maanden"),               // geen 18-4-gedraging
    ])
    func geuniformeerdeArbeidsverplichting(_ onderdeel: String, _ eerder: String, _ duur: String) throws {
        let velden = #""geschonden": "geuniformeerde_arbeidsverplichting", "arbeidsverplichting": "\#(onderdeel)""#
        let b = try beslisVoorbeeld(geval(velden, eerder: eerder))
        #expect(uitkomst(b, "verlagingspercentage") == "100%")
        #expect(uitkomst(b, "verlagingsduur") == duur)
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 1.401,50 per maand")
    }

    static func gedraging(_ d: String) -> String { #", "datum_gedraging": "\#(d)""# }

    /// Artikel 18 lid 7 Participatiewet: the third and later geüniformeerde schending, each within twelve
    /// months of the previous verlaging, gives three months, whatever the municipality chose for the
    /// second (artikel 55 lid 3). Here a municipality with one month for artikel 49 and two for 55 lid 3.
    /// Gedraging now 4 maart 2024, onder a.
    @Test(arguments: [
        // A: gedraging 1 feb 2023, besluit 1 mrt 2023; B: gedraging 10 mei 2023 (binnen twaalf maanden na A),
        // besluit 1 jun 2023 (binnen twaalf maanden voor nu): derde schending.
        ([("2023-02-01", "2023-03-01"), ("2023-05-10", "2023-06-01")], "3 maanden", "artikel 18 lid 7 van de Participatiewet"),
        // A's besluit 10 jan 2022: B's gedraging valt er niet binnen twaalf maanden na; tweede schending.
        ([("2021-12-01", "2022-01-10"), ("2023-05-10", "2023-06-01")], "2 maanden", "artikel 55 lid 3"),
        ([("2023-05-10", "2023-06-01")], "2 maanden", "artikel 55 lid 3"),
        // B's besluit 15 jan 2023: nu valt niet binnen twaalf maanden daarna; geen recidive.
        ([("2022-09-01", "2022-10-03"), ("2022-12-20", "2023-01-15")], "1 maand", "artikel 41 onder c"),
    ])
    func derdeEnVolgendeSchending(_ eerder: [(gedraging: String, besluit: String)], _ duur: String, _ grond: String) throws {
        let model = try String(contentsOf: repoWortel.appendingPathComponent("Examples/model/afstemming.regels"), encoding: .utf8)
        let landelijk = try String(contentsOf: repoWortel.appendingPathComponent("Examples/landelijk/bedragen.regels"), encoding: .utf8)
        let gemeente = try String(contentsOf: repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024/afstemming.regels"), encoding: .utf8)
            .replacingOccurrences(of: "invulling duur_49_b = 2 maanden", with: "invulling duur_49_b = 1 maand")
            .replacingOccurrences(of: "invulling duur_recidive_55_3 = 3 maanden", with: "invulling duur_recidive_55_3 = 2 maanden")
        let lijst = eerder.map { Self.eerder("geuniformeerde_arbeidsverplichting", $0.besluit, extra: Self.gedraging($0.gedraging)) }
        let json = geval(#""geschonden": "geuniformeerde_arbeidsverplichting", "arbeidsverplichting": "onder_a""#,
                         eerder: "[\(lijst.joined(separator: ", "))]")
        let b = try beslisRegels([model, landelijk, gemeente], geval: json)
        #expect(uitkomst(b, "verlagingsduur") == duur)
        #expect(uitkomst(b, "verlagingspercentage") == "100%")
        let stap = try #require(b.motivering.first { $0.waarden.contains { $0.naam == "op_te_leggen_duur" } })
        #expect(stap.citaat.description == grond)
        if duur == "3 maanden" {
            #expect(BesluitWeergave.zin(stap).hasSuffix("in afwijking van artikel 55 lid 3."))
        }
    }

    @Test func recidiveTermijnMoetLangerDanArtikel49() throws {
        // The council fills in 2 months for recidive while art. 49 onder b is 2 months: art. 18 lid 6 Pw broken.
        let model = try String(contentsOf: repoWortel.appendingPathComponent("Examples/model/afstemming.regels"), encoding: .utf8)
        let landelijk = try String(contentsOf: repoWortel.appendingPathComponent("Examples/landelijk/bedragen.regels"), encoding: .utf8)
        let gemeente = try String(contentsOf: repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024/afstemming.regels"), encoding: .utf8)
            .replacingOccurrences(of: "invulling duur_recidive_55_3 = 3 maanden", with: "invulling duur_recidive_55_3 = 2 maanden")
        let c = Compilatie.compileer([("model.regels", model), ("landelijk.regels", landelijk), ("gemeente.regels", gemeente)])
        #expect(c.diagnostics.alle.map(\.code) == ["RW0513"])
        #expect(c.diagnostics.alle.first?.context == [.inArtikel("artikel 55 lid 3")])
    }

    /// Art. 54 lid 3: no verlaging where a bestuurlijke boete is imposed for the same gedraging; together
    /// with art. 43 (also 0) that is no conflict, and art. 43 (first in the ordinance) is cited.
    @Test func boeteInPlaatsVanVerlaging() throws {
        let boete = try beslisVoorbeeld(#"{"schendingen": [{\#(Self.besef)}], "bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": true}"#)
        #expect(uitkomst(boete, "verlagingspercentage") == "0%")
        #expect(boete.uitkomsten[0].citaat == Citaat(artikel: "54", lid: "3"))
        let beide = try beslisVoorbeeld(#"{"schendingen": [{\#(Self.besef)}], "bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": true, "boete_voor_dezelfde_gedraging": true}"#)
        #expect(uitkomst(beide, "verlagingspercentage") == "0%")
        #expect(uitkomst(beide, "verlagingsduur") == "0 maanden")
        #expect(beide.uitkomsten[0].citaat == Citaat(artikel: "43", lid: "1"))
    }

    @Test func ingangsdatumIsDeMaandNaBekendmaking() throws {
        let b = try beslisVoorbeeld(geval(Self.besef, bekendmaking: "2024-12-15"))
        #expect(uitkomst(b, "ingangsdatum_verlaging") == "1 januari 2025")
        #expect(uitkomst(b, "laatste_dag_verlaging") == "31 januari 2025")
    }
}

/// Art. 54 lid 1: one gedraging that breaks several obligations gets one verlaging, that of the
/// obligation with the highest verlaging (percentage × months × grondslag; of equals, the first listed).
@Suite struct SamenloopTests {
    static let tegenprestatie = #"{"geschonden": "gedraging_participatiewet", "gedraging_46": "tegenprestatie"}"#
    static let misdraging = #"{"geschonden": "zeer_ernstige_misdraging"}"#
    static let vermindering53 = #"{"geschonden": "overige_verplichting", "verplichting_53": "vermindering_bijstand"}"#
    static let arbeid18a = #"{"geschonden": "geuniformeerde_arbeidsverplichting", "arbeidsverplichting": "onder_a"}"#
    static let eerdereTegenprestatie = #"{"geschonden": "gedraging_participatiewet", "gedraging_46": "tegenprestatie", "bekendmaking": "2023-09-01", "verwijtbaarheid_ontbrak": false}"#

    func beslis(_ schendingen: [String], eerder: [String] = [], verwijtbaarheidOntbreekt: Bool = false) throws -> Besluit {
        try beslisVoorbeeld("""
        {"bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": \(verwijtbaarheidOntbreekt),
         "schendingen": [\(schendingen.joined(separator: ", "))], "eerdere_verlagingen": [\(eerder.joined(separator: ", "))]}
        """)
    }

    // Voorbeeldstad 2024, norm € 1.401,50. By hand, the whole verlaging (the verlagingsbedrag is per month):
    //   tegenprestatie (46 b 4°, tweede categorie, 48 b): 20% × 1 maand = € 280,30
    //   zeer ernstige misdraging (52): 50% × 1 maand = € 700,75
    //   vermindering van de bijstand (53 c): 40% × 1 maand = € 560,60
    //   art. 18 lid 4 onder a Pw (49 b): 100% × 2 maanden = € 2.803,00, per month € 1.401,50
    @Test(arguments: [
        ([tegenprestatie, misdraging], "50%", "1 maand", "€ 700,75"),
        ([misdraging, tegenprestatie], "50%", "1 maand", "€ 700,75"),
        ([tegenprestatie, vermindering53], "40%", "1 maand", "€ 560,60"),
        ([misdraging, arbeid18a, tegenprestatie], "100%", "2 maanden", "€ 1.401,50"),
    ])
    func deHoogsteVerlagingTelt(_ schendingen: [String], _ pct: String, _ duur: String, _ bedrag: String) throws {
        let b = try beslis(schendingen)
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsduur") == duur)
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag + " per maand")
    }

    /// Recidive counts per obligation: a tegenprestatie refused again within twelve months doubles its
    /// duration (art. 55 lid 1): 20% × 2 maanden = € 560,60, as much as 53 c (40% × 1 maand). Of equals,
    /// the first listed obligation counts.
    @Test(arguments: [
        ([tegenprestatie, vermindering53], "20%", "2 maanden"),
        ([vermindering53, tegenprestatie], "40%", "1 maand"),
    ])
    func recidivePerVerplichting(_ schendingen: [String], _ pct: String, _ duur: String) throws {
        let b = try beslis(schendingen, eerder: [Self.eerdereTegenprestatie])
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsduur") == duur)
    }

    /// Art. 43 still applies to the one verlaging: no verwijtbaarheid, no verlaging.
    @Test func afzienGeldtVoorDeEneVerlaging() throws {
        let b = try beslis([Self.tegenprestatie, Self.misdraging], verwijtbaarheidOntbreekt: true)
        #expect(uitkomst(b, "verlagingspercentage") == "0%")
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 0,00 per maand")
    }

    @Test func zonderSchendingGeenVerlaging() throws {
        #expect { try beslis([]) } throws: { ($0 as? Beslisfout)?.bericht == .geenElement("schending") }
    }
}

/// Powers of the college ("het college kan ..."): listed in every decision whose rules use them, applied
/// only by the case, with a reason.
@Suite struct BevoegdheidTests {
    static let regels = """
        regeling "T"
        geval
          norm: bedrag
        einde
        uitvoer verlaging
        artikel 1
          regel verlaging: bedrag = norm * 10%
        artikel 2
          lid 1 "Het college kan afzien van een verlaging als het daarvoor dringende redenen aanwezig acht."
            bevoegdheid afzien "afzien wegens dringende redenen"
            uitzondering op verlaging als afzien dan €0
        """

    @Test func nietToegepastWordtTochGenoemd() throws {
        let b = try beslisRegels([Self.regels], geval: #"{"norm": "1000"}"#)
        #expect(uitkomst(b, "verlaging") == "€ 100,00")
        #expect(b.bevoegdheden.map(\.naam) == ["afzien"])
        #expect(b.bevoegdheden.first?.reden == nil)
        #expect(b.bevoegdheden.first?.citaat == Citaat(artikel: "2", lid: "1"))
        #expect(BesluitWeergave.spoor(b).contains("Bevoegdheden van het college\n  Artikel 2 lid 1: afzien wegens dringende redenen: niet toegepast.\n"))
    }

    @Test func toegepastMetReden() throws {
        let b = try beslisRegels([Self.regels], geval: #"{"norm": "1000", "bevoegdheden": {"afzien": "De woning gaat verloren."}}"#)
        #expect(uitkomst(b, "verlaging") == "€ 0,00")
        #expect(b.uitkomsten[0].citaat == Citaat(artikel: "2", lid: "1"))
        #expect(b.bevoegdheden.first?.reden == "De woning gaat verloren.")
        let stap = try #require(b.motivering.first)
        #expect(stap.gebruikt.contains { $0.naam == "afzien" && $0.tekst == "toegepast" && $0.citaat == Citaat(artikel: "2", lid: "1") })
        let json = JSONSchrijver.schrijf(BesluitWeergave.json(b))
        #expect(json.contains(#""toegepast": true"#) && json.contains(#""reden": "De woning gaat verloren.""#))
    }

    @Test(arguments: [
        (#"{"norm": "1000", "bevoegdheden": {"afzien": ""}}"#, Bericht.bevoegdheidZonderReden("afzien")),
        (#"{"norm": "1000", "bevoegdheden": {"afzien": true}}"#, Bericht.bevoegdheidZonderReden("afzien")),
        (#"{"norm": "1000", "bevoegdheden": {"afzein": "reden"}}"#, Bericht.bevoegdheidOnbekend("afzein")),
        (#"{"norm": "1000", "afzien": true}"#, Bericht.bevoegdheidBuitenBevoegdheden("afzien")),
    ])
    func toepassenVraagtEenReden(_ geval: String, _ bericht: Bericht) throws {
        #expect { try beslisRegels([Self.regels], geval: geval) } throws: { ($0 as? Beslisfout)?.bericht == bericht }
    }
}

@Suite struct RegelsZonderVoorbeeldTests {
    func beslis(_ regels: String, _ geval: String) throws -> Besluit { try beslisRegels([regels], geval: geval) }

    @Test func somOverEenLijst() throws {
        let regels = """
        regeling "Huishouden"
        gegevens Lid
          leeftijd: geheel getal
          inkomen: bedrag
        einde
        geval
          leden: lijst van Lid
        einde
        uitvoer inkomen_volwassenen, aantal_kinderen, heeft_inkomen
        artikel 1
          regel inkomen_volwassenen = som van l.inkomen voor elke l in leden waarvoor l.leeftijd >= 18
          regel aantal_kinderen = aantal l in leden waarvoor l.leeftijd < 18
          regel heeft_inkomen = bestaat l in leden waarvoor l.inkomen > €0
        """
        let b = try beslis(regels, """
        {"leden": [{"leeftijd": 40, "inkomen": "1200.10"}, {"leeftijd": 17, "inkomen": "0"}, {"leeftijd": 18, "inkomen": 300}]}
        """)
        #expect(uitkomst(b, "inkomen_volwassenen") == "€ 1.500,10") // 1200,10 + 300
        #expect(uitkomst(b, "aantal_kinderen") == "1")
        #expect(uitkomst(b, "heeft_inkomen") == "waar")
    }

    /// Rule x (€ 10) in artikel 1, and the conditions a and b of its exceptions.
    static let regelMetTweeVoorwaarden = """
        regeling "T"
        geval
          a: waarheidswaarde
          b: waarheidswaarde
        einde
        uitvoer x
        artikel 1
          regel x = €10

        """

    @Test func botsendeUitzonderingenZijnEenFout() throws {
        let regels = Self.regelMetTweeVoorwaarden + """
        artikel 2
          uitzondering op x als a dan €1
        artikel 3
          uitzondering op x als b dan €2
        """
        #expect(uitkomst(try beslis(regels, #"{"a": true, "b": false}"#), "x") == "€ 1,00")
        #expect(uitkomst(try beslis(regels, #"{"a": false, "b": true}"#), "x") == "€ 2,00")
        #expect(uitkomst(try beslis(regels, #"{"a": false, "b": false}"#), "x") == "€ 10,00")
        // Two grounds that give the same value are no conflict: the first one cited gives it.
        let eens = regels.replacingOccurrences(of: "als b dan €2", with: "als b dan €1")
        let b = try beslis(eens, #"{"a": true, "b": true}"#)
        #expect(uitkomst(b, "x") == "€ 1,00")
        #expect(b.uitkomsten[0].citaat == Citaat(artikel: "2"))
        do {
            _ = try beslis(regels, #"{"a": true, "b": true}"#)
            Issue.record("verwacht een botsing")
        } catch let f as Beslisfout {
            #expect(f.bericht == .uitzonderingenBotsen(regel: "x", eerste: "artikel 2", tweede: "artikel 3"))
        }
    }

    /// A table with two outputs (artikel 1) and an exception to one of them (artikel 2).
    static let tabelMetUitzondering = """
        regeling "T"
        geval
          b: bedrag
          herhaald: waarheidswaarde
        einde
        uitvoer p, d
        artikel 1 "Schijven"
          regel p, d volgens tabel op b
            onderdeel a: tot €1.000 -> 10%, 1 maand
            onderdeel b: vanaf €1.000 -> 20%, 1 maand
          einde
        artikel 2 "Herhaling"
          uitzondering op d in afwijking van artikel 1 als herhaald dan 2 maanden
        """

    /// An exception to one output of a table replaces that output only: the other keeps its row, and the
    /// motivation shows the row's own value and then the exception.
    @Test func uitzonderingOpEenUitvoerVanEenTabel() throws {
        let regels = Self.tabelMetUitzondering
        let b = try beslis(regels, #"{"b": "1500", "herhaald": true}"#)
        #expect(b.uitkomsten.map(\.tekst) == ["20%", "2 maanden"])
        #expect(b.uitkomsten.map(\.citaat) == [Citaat(artikel: "1", onderdeel: "b"), Citaat(artikel: "2")])
        #expect(b.motivering.map(\.citaat) == [Citaat(artikel: "1", onderdeel: "b"), Citaat(artikel: "2")])
        #expect(b.motivering[0].waarden.map(\.tekst) == ["20%", "1 maand"])
        #expect(b.motivering[1].waarden.map(\.tekst) == ["2 maanden"])
        let zonder = try beslis(regels, #"{"b": "1500", "herhaald": false}"#)
        #expect(zonder.uitkomsten.map(\.citaat) == [Citaat(artikel: "1", onderdeel: "b"), Citaat(artikel: "1", onderdeel: "b")])
        #expect(zonder.motivering.count == 1)
    }

    /// An amount per month over a duration: € 1.401,50 per maand over 2 maanden is € 2.803,00; over a
    /// duration in weeks it is an error, never a guess at how many weeks a month has.
    @Test func bedragPerMaandOverEenDuur() throws {
        let regels = """
        regeling "T"
        geval
          norm: bedrag per maand
          looptijd: duur
        einde
        uitvoer totaal
        artikel 1
          regel totaal: bedrag = norm * looptijd
        """
        let b = try beslis(regels, #"{"norm": "1401.50", "looptijd": "2 maanden"}"#)
        #expect(uitkomst(b, "totaal") == "€ 2.803,00")
        #expect(BesluitWeergave.spoor(b).contains("norm € 1.401,50 per maand (gegeven)"))
        #expect { try beslis(regels, #"{"norm": "1401.50", "looptijd": "6 weken"}"#) } throws: { e in
            (e as? Beslisfout)?.bericht == .eenhedenVerschillen("totaal")
        }
    }

    /// An exception `in afwijking van` another exception takes precedence where both apply: no conflict.
    @Test func uitzonderingOpEenUitzonderingGaatVoor() throws {
        let regels = Self.regelMetTweeVoorwaarden + """
        artikel 2
          uitzondering op x in afwijking van artikel 1 als a dan €1
        artikel 3 van de Participatiewet
          lid 7
            uitzondering op x in afwijking van artikel 2 als b dan €2
        """
        #expect(uitkomst(try beslis(regels, #"{"a": true, "b": false}"#), "x") == "€ 1,00")
        let beide = try beslis(regels, #"{"a": true, "b": true}"#)
        #expect(uitkomst(beide, "x") == "€ 2,00")
        #expect(beide.uitkomsten[0].citaat == Citaat(artikel: "3", lid: "7", wet: "Participatiewet"))
        #expect(BesluitWeergave.spoor(beide).contains("Artikel 3 lid 7 van de Participatiewet: x is € 2,00, in afwijking van artikel 2."))
        #expect(uitkomst(try beslis(regels, #"{"a": false, "b": true}"#), "x") == "€ 2,00")
    }

    /// The motivation separates the grounds of the value from the exceptions weighed: those whose condition
    /// did not hold, with what settled that; one that held and agreed; one that held and gave way.
    @Test func motiveringNoemtDeGetoetsteUitzonderingen() throws {
        let regels = Self.regelMetTweeVoorwaarden + """
        artikel 2
          uitzondering op x in afwijking van artikel 1 als a dan €1
        artikel 3
          uitzondering op x in afwijking van artikel 1 als b en a dan €1
        """
        // Neither holds: the rule gives € 10; b onwaar alone settles artikel 3's condition (a not needed).
        let geen = try beslis(regels, #"{"a": false, "b": false}"#)
        #expect(geen.motivering.count == 1)
        #expect(geen.motivering[0].gebruikt.isEmpty)
        #expect(geen.motivering[0].getoetst.map(\.citaat) == [Citaat(artikel: "2"), Citaat(artikel: "3")])
        #expect(geen.motivering[0].getoetst.map(\.uitkomst) == [.geldtNiet, .geldtNiet])
        #expect(geen.motivering[0].getoetst.map { $0.gebruikt.map(\.naam) } == [["a"], ["b"]])
        #expect(BesluitWeergave.spoor(geen).contains(
            "     Niet van toepassing: artikel 2, want a onwaar (gegeven); artikel 3, want b onwaar (gegeven).\n"))
        // Both hold with the same value: artikel 2 gives it, artikel 3 agrees.
        let beide = try beslis(regels, #"{"a": true, "b": true}"#)
        #expect(beide.motivering[0].citaat == Citaat(artikel: "2"))
        #expect(beide.motivering[0].gebruikt.map(\.naam) == ["a"])
        #expect(BesluitWeergave.spoor(beide).contains(
            "     Ook van toepassing, met dezelfde uitkomst: artikel 3, want b waar (gegeven) en a waar (gegeven).\n"))
        // Artikel 4 deviates from artikel 2: where both hold, artikel 2 gives way to it.
        let voorrang = Self.regelMetTweeVoorwaarden + """
        artikel 2
          uitzondering op x in afwijking van artikel 1 als a dan €1
        artikel 4
          uitzondering op x in afwijking van artikel 2 als b dan €2
        """
        let b = try beslis(voorrang, #"{"a": true, "b": true}"#)
        #expect(uitkomst(b, "x") == "€ 2,00")
        #expect(b.motivering[0].getoetst.map(\.uitkomst) == [.wijktVoor(Citaat(artikel: "4"))])
        #expect(BesluitWeergave.spoor(b).contains("     Van toepassing, maar wijkt voor artikel 4: artikel 2, want a waar (gegeven).\n"))
        let json = JSONSchrijver.schrijf(BesluitWeergave.json(b)).filter { !$0.isWhitespace }
        #expect(json.contains(#""uitzonderingen_getoetst":[{"citaat":{"artikel":"2","tekst":"artikel2"},"uitkomst":"wijkt","wijkt_voor":{"artikel":"4","tekst":"artikel4"}"#))
    }

    /// An exception to a table output that did not apply is weighed on the table's step; one that did gets
    /// its own step, which weighs the others.
    @Test func getoetsteUitzonderingOpEenTabeluitvoer() throws {
        let regels = Self.tabelMetUitzondering
        let zonder = try beslis(regels, #"{"b": "1500", "herhaald": false}"#)
        #expect(zonder.motivering.count == 1)
        #expect(zonder.motivering[0].getoetst.map(\.citaat) == [Citaat(artikel: "2")])
        let met = try beslis(regels, #"{"b": "1500", "herhaald": true}"#)
        #expect(met.motivering.map { $0.getoetst.count } == [0, 0])
        #expect(met.motivering[1].gebruikt.map(\.naam) == ["herhaald"])
    }

    /// A rule with no value (`geen`): an outcome shown as "geen" (JSON null) whose step says it has no
    /// value; a rule that computes with it stops with an error naming both, never a made-up number.
    @Test func eenRegelZonderWaarde() throws {
        let regels = Self.regelMetTweeVoorwaarden + """
        artikel 2
          regel einde_termijn: datum = als a dan geen anders 2024-01-31
        artikel 3
          regel later: datum = einde_termijn + 1 dag
        """
        let zonder = try beslisRegels([regels], geval: #"{"a": true, "b": false}"#, uitvoer: ["einde_termijn"])
        #expect(zonder.uitkomsten.map(\.tekst) == ["geen"])
        #expect(BesluitWeergave.spoor(zonder).contains("  1. Artikel 2: einde_termijn heeft geen waarde.\n"))
        #expect(JSONSchrijver.schrijf(BesluitWeergave.json(zonder)).filter { !$0.isWhitespace }.contains(#""einde_termijn":{"waarde":null"#))
        let met = try beslisRegels([regels], geval: #"{"a": false, "b": false}"#, uitvoer: ["later"])
        #expect(met.uitkomsten.map(\.tekst) == ["1 februari 2024"])
        #expect { try beslisRegels([regels], geval: #"{"a": true, "b": false}"#, uitvoer: ["later"]) } throws: { e in
            (e as? Beslisfout)?.bericht == .geenWaarde(regel: "einde_termijn", citaat: "artikel 2", nodigVoor: "'later' (artikel 3)")
        }
    }

    @Test func afwijkingVanEenArtikelZonderUitzonderingIsEenFout() {
        expectDiagnostics("""
            regeling "T"
            uitvoer x
            artikel 1
              regel x = €10
            artikel 2
              uitzondering op x 1️⃣in afwijking van artikel 4 als waar dan €1
            """, [.at("1️⃣", "RW0503", "artikel 4")])
    }

    @Test func afrondingsregels() throws {
        let regels = """
        regeling "T"
        geval
          b: bedrag
        einde
        uitvoer centen, boven, beneden, heel
        artikel 1
          regel centen = b / 3 afgerond op centen
          regel boven = b / 3 naar boven afgerond op centen
          regel beneden = b / 3 naar beneden afgerond op centen
          regel heel = b naar boven afgerond op hele euro's
        """
        let b = try beslis(regels, #"{"b": "100.01"}"#)
        // 100,01 / 3 = 33,33666…
        #expect(uitkomst(b, "centen") == "€ 33,34")
        #expect(uitkomst(b, "boven") == "€ 33,34")
        #expect(uitkomst(b, "beneden") == "€ 33,33")
        #expect(uitkomst(b, "heel") == "€ 101,00")
    }

    @Test func datumEnDuur() throws {
        let regels = """
        regeling "T"
        geval
          besluit: datum
        einde
        uitvoer ingang, termijn
        artikel 1
          regel ingang = besluit + 1 maand
          regel termijn = besluit + 10 werkdagen
        """
        let b = try beslis(regels, #"{"besluit": "2024-01-31"}"#)
        #expect(uitkomst(b, "ingang") == "29 februari 2024")
        // wo 31 jan + 10 werkdagen: 1,2,5,6,7,8,9,12,13,14 februari
        #expect(uitkomst(b, "termijn") == "14 februari 2024")
    }

    @Test func ontbrekendVeldInDeAndereTak() throws {
        // The field's first use is in the branch not taken; the second use must still say it is missing.
        let regels = """
        regeling "T"
        geval
          c: waarheidswaarde
          inkomen: bedrag
        einde
        uitvoer x
        artikel 1
          regel x = als c dan inkomen anders inkomen * 2
        """
        do {
            _ = try beslis(regels, #"{"c": false}"#)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .veldOntbreekt(veld: "inkomen", soort: "bedrag", nodigVoor: "'x' (artikel 1)"))
        }
    }

    /// A list element's field read in a loop (taken with the element by the interpreter) that the case does not
    /// give still stops the decision, naming the element: in the first element and in a later one. By hand, the
    /// first month is € 500 (not above € 1.000), so the second is looked at and has no inkomen.
    @Test(arguments: [(#"{"maanden": [{}]}"#, "maanden[0].inkomen"), (#"{"maanden": [{"inkomen": "500"}, {}]}"#, "maanden[1].inkomen")])
    func ontbrekendVeldVanEenElement(_ geval: String, _ veld: String) throws {
        let regels = """
        regeling "T"
        gegevens Maand
          inkomen: bedrag
        einde
        geval
          maanden: lijst van Maand
        einde
        uitvoer x
        artikel 1
          regel x = bestaat m in maanden waarvoor m.inkomen > €1.000
        """
        #expect(uitkomst(try beslis(regels, #"{"maanden": [{"inkomen": "500"}, {"inkomen": "1000.01"}]}"#), "x") == "waar")
        do {
            _ = try beslis(regels, geval)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .veldOntbreekt(veld: veld, soort: "bedrag", nodigVoor: "'x' (artikel 1)"))
        }
    }

    @Test func geenTabelrijIsGeenStilleNul() throws {
        // With `anders` missing the checker demands full coverage; with 'eerste treffer' and an
        // interval that the checker accepts, every value still lands in a row.
        let regels = """
        regeling "T"
        geval
          n: geheel getal
        einde
        uitvoer x
        artikel 1
          regel x volgens tabel op n met eerste treffer
            tot 0 -> 1
            van 0 tot en met 10 -> 2
            meer dan 10 -> 3
          einde
        """
        #expect(uitkomst(try beslis(regels, #"{"n": -5}"#), "x") == "1")
        #expect(uitkomst(try beslis(regels, #"{"n": 10}"#), "x") == "2")
        #expect(uitkomst(try beslis(regels, #"{"n": 11}"#), "x") == "3")
    }
}
