// The two layers (DESIGN §2): the municipality's choices in the model. Variants of an article (one is
// chosen), facultative leden (adopted or not), and rules it replaces with a citation.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct LagenTests {
    static func lees(_ pad: String) throws -> String {
        try String(contentsOf: repoWortel.appendingPathComponent(pad), encoding: .utf8)
    }

    /// Voorbeeldstad 2024 with its choices replaced.
    static func gemeente(_ vervangingen: [(String, String)]) throws -> String {
        var tekst = try lees("Examples/gemeenten/voorbeeldstad/2024/afstemming.regels")
        for (oud, nieuw) in vervangingen {
            #expect(tekst.contains(oud), "\(oud)")
            tekst = tekst.replacingOccurrences(of: oud, with: nieuw)
        }
        return tekst
    }

    static func beslis(_ gemeente: String, _ velden: String, gedraging: String = "2024-03-04") throws -> Besluit {
        let geval = #"{"bijstandsnorm": "1401.50", "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "#
            + #""datum_gedraging": "\#(gedraging)", "datum_constatering": "2024-03-11", "datum_bekendmaking": "2024-03-20", "#
            + #""eerdere_verlagingen": [], \#(velden)}"#
        return try beslisRegels([try lees("Examples/model/afstemming.regels"), try lees("Examples/landelijk/bedragen.regels"), gemeente],
                                geval: geval)
    }

    static let variant49Twee = [("artikel 49 variant 1", "artikel 49 variant 2"),
                                ("invulling duur_49_a = 1 maand\ninvulling duur_49_b = 2 maanden", "invulling duur_49_alle = 2 maanden")]

    /// Art. 49 variant 2: one duration for every geüniformeerde arbeidsverplichting. Onder b is one month
    /// in variant 1 (Voorbeeldstad), two months here.
    @Test func artikel49ZonderOnderscheid() throws {
        let b = try Self.beslis(try Self.gemeente(Self.variant49Twee),
                                #""schendingen": [{"geschonden": "geuniformeerde_arbeidsverplichting", "arbeidsverplichting": "onder_b"}]"#)
        #expect(uitkomst(b, "verlagingsduur") == "2 maanden")
        #expect(b.motivering.contains { $0.citaat == Citaat(artikel: "49") && $0.waarden.first?.naam == "duur_49" })
    }

    /// Art. 52 variant 2: a percentage and a duration per kind of zeer ernstige misdraging. By hand, with
    /// 100% for three months (onder a) and 50% for one month (onder b) of € 1.401,50: € 1.401,50 and
    /// € 700,75 a month. Without the kind the case cannot be decided, and the error says which field.
    static let variant52Twee = [("artikel 52 variant 1\ninvulling percentage_52 = 50%\ninvulling duur_52 = 1 maand",
                                 "artikel 52 variant 2\ninvulling percentage_52_a = 100%\ninvulling duur_52_a = 3 maanden\n"
                                     + "invulling percentage_52_b = 50%\ninvulling duur_52_b = 1 maand")]

    @Test(arguments: [("fysiek_geweld_tegen_personen", "100%", "3 maanden", "€ 1.401,50 per maand", "a"),
                      ("geweld_tegen_zaken_of_bedreiging", "50%", "1 maand", "€ 700,75 per maand", "b")])
    func artikel52PerSoortMisdraging(_ soort: String, _ pct: String, _ duur: String, _ bedrag: String, _ onderdeel: String) throws {
        let b = try Self.beslis(try Self.gemeente(Self.variant52Twee),
                                #""schendingen": [{"geschonden": "zeer_ernstige_misdraging", "misdraging_52": "\#(soort)"}]"#)
        #expect(uitkomst(b, "verlagingspercentage") == pct)
        #expect(uitkomst(b, "verlagingsduur") == duur)
        #expect(uitkomst(b, "verlagingsbedrag") == bedrag)
        #expect(b.motivering.contains { $0.citaat == Citaat(artikel: "52", onderdeel: onderdeel) && $0.waarden.first?.naam == "percentage_52" })
    }

    @Test func artikel52ZonderSoortMisdraging() throws {
        #expect { try Self.beslis(try Self.gemeente(Self.variant52Twee), #""schendingen": [{"geschonden": "zeer_ernstige_misdraging"}]"#) }
            throws: { e in
                guard case .veldOntbreekt(let veld, _, _)? = (e as? Beslisfout)?.bericht else { return false }
                return veld == "schendingen[0].misdraging_52"
            }
    }

    /// Art. 73 "[drie OF vijf] jaar": with five years the referteperiode is March 2019 up to February 2024,
    /// 60 months, of which the basis case gives 37 (February 2021 up to February 2024): 23 are missing, so
    /// art. 75 has no answer and there is no toelage.
    @Test func referteperiodeVanVijfJaar() throws {
        var gemeente = try Self.lees("Examples/gemeenten/voorbeeldstad/2024/inkomenstoelage.regels")
        #expect(gemeente.contains("keuze_referteperiode = drie_jaar"))
        gemeente = gemeente.replacingOccurrences(of: "keuze_referteperiode = drie_jaar", with: "keuze_referteperiode = vijf_jaar")
        let b = try beslisRegels([try Self.lees("Examples/model/inkomenstoelage.regels"), gemeente,
                                  try Self.lees("Examples/landelijk/bedragen.regels")],  // the CPI of art. 76 lid 4
                                 geval: try Self.lees("Examples/gemeenten/voorbeeldstad/proeven/inkomenstoelage-basis.json"))
        #expect(b.uitkomsten.map(\.tekst) == ["23", "0", "geen", "geen"])
        #expect(b.motivering.contains { $0.waarden.first?.naam == "begin_referteperiode" && $0.waarden.first?.tekst == "1 maart 2019" })
    }

    /// Art. 43 variant 1 (Voorbeeldstad 2024): a fixed verjaringstermijn of three years whatever the amount.
    /// Benadeling € 5.000 (100%, more than € 340), gedraging 10 januari 2020, constatering 11 maart 2024: more
    /// than three years, so no verlaging (under variant 2 it would take five years).
    @Test func artikel43MetEenVasteTermijn() throws {
        let gemeente = try Self.gemeente([("artikel 43 variant 1\ninvulling verjaringstermijn_43 = 3 jaar", "artikel 43 variant 1\ninvulling verjaringstermijn_43 = 3 jaar")])
        let velden = #""schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": 5000}]"#
        let b = try Self.beslis(gemeente, velden, gedraging: "2020-01-10")
        #expect(uitkomst(b, "verlagingspercentage") == "0%")
        let stap = try #require(b.motivering.first { $0.waarden.first?.naam == "verjaard" })
        #expect(stap.citaat == Citaat(artikel: "43", lid: "1", onderdeel: "b"))
    }

    /// A requirement across articles follows the variant: with one duration of two months for art. 49,
    /// a recidive duration of two months is not longer (art. 18 lid 6 Participatiewet).
    @Test func eisVolgtDeVariant() throws {
        let gemeente = try Self.gemeente(Self.variant49Twee + [("invulling duur_recidive_55_3 = 3 maanden", "invulling duur_recidive_55_3 = 2 maanden")])
        let c = Compilatie.compileer([("model.regels", try Self.lees("Examples/model/afstemming.regels")),
                                      ("landelijk.regels", try Self.lees("Examples/landelijk/bedragen.regels")), ("gemeente.regels", gemeente)])
        #expect(c.diagnostics.alle.map(\.code) == ["RW0513"])
    }

    /// A model "M" with a case field x and output y, up to its first article's heading.
    static let modelkop = """
        regeling "M"
        geval
          x: getal
        einde
        uitvoer y
        artikel 1 "Een"

        """

    static let model = modelkop + """
          variant 1 "eerste"
            regel y = x + 1
          variant 2 "tweede"
            regel y = x + 2
            open extra: getal
        """

    func diagnostiek(_ gemeente: String) -> [(String, String)] {
        let c = Compilatie.compileer([("model.regels", Self.model), ("gemeente.regels", gemeente)])
        return c.diagnostics.gesorteerd.map { ($0.code, $0.bericht.tekst(.nl)) }
    }

    static let kop = """
        verordening "G"
          volgt "M"

        """

    @Test func deGekozenVariantTelt() throws {
        let b = try beslisRegels([Self.model, Self.kop + "artikel 1 variant 1"], geval: #"{"x": 5}"#)
        #expect(uitkomst(b, "y") == "6")
        let c = try beslisRegels([Self.model, Self.kop + "artikel 1 variant 2\ninvulling extra = 0"], geval: #"{"x": 5}"#)
        #expect(uitkomst(c, "y") == "7")
    }

    @Test(arguments: [
        ("", [("RW0517", "de verordening kiest geen variant van artikel 1; het model biedt variant 1, 2")]),
        ("artikel 1 variant 3", [("RW0517", "de verordening kiest geen variant van artikel 1; het model biedt variant 1, 2"),
                                 ("RW0518", "artikel 1 heeft geen variant 3")]),
        ("artikel 2 variant 1\nartikel 1 variant 1", [("RW0520", "het model biedt voor artikel 2 geen varianten")]),
        ("artikel 1 variant 1\nartikel 1 variant 2", [("RW0521", "voor artikel 1 is al een variant gekozen")]),
        ("artikel 1 variant 1\ninvulling extra = 3", [("RW0522", "'extra' hoort bij variant 2 van artikel 1, maar de verordening kiest variant 1")]),
    ])
    func keuzesDieNietKloppen(_ keuzes: String, _ verwacht: [(String, String)]) {
        let gevonden = diagnostiek(Self.kop + keuzes).filter { $0.0 != "RW0505" }
        #expect(gevonden.map(\.0) == verwacht.map(\.0), "\(gevonden)")
        #expect(gevonden.map(\.1) == verwacht.map(\.1))
    }

    @Test func hetModelKiestGeenVariant() {
        let c = Compilatie.compileer([("model.regels", Self.model + "\nartikel 1 variant 1")])
        #expect(c.diagnostics.alle.map(\.code).contains("RW0519"))
    }

    /// A facultative lid (the model's `[*...*]`) counts only where the ordinance adopts it.
    static let modelMetFacultatiefLid = modelkop + """
          lid 1
            regel y = x + 1
          lid 2 facultatief "Het college kan ..."
            uitzondering op y in afwijking van artikel 1 lid 1 als x > 10 dan 0
            regel toeslag = 5
        artikel 2 "Twee"
          regel z = x
        """

    @Test func eenFacultatiefLidTeltAlsHetIsOpgenomen() throws {
        let zonder = try beslisRegels([Self.modelMetFacultatiefLid, Self.kop], geval: #"{"x": 20}"#)
        #expect(uitkomst(zonder, "y") == "21")
        let met = try beslisRegels([Self.modelMetFacultatiefLid, Self.kop + "artikel 1 lid 2 opgenomen"], geval: #"{"x": 20}"#)
        #expect(uitkomst(met, "y") == "0")
        #expect(met.uitkomsten[0].citaat == Citaat(artikel: "1", lid: "2"))
    }

    @Test(arguments: [
        ("artikel 1 lid 1 opgenomen", "RW0523", "artikel 1 lid 1 is in het model geen facultatief lid"),
        ("artikel 2\n  regel w = toeslag\nuitvoer w", "RW0524", "'toeslag' hoort bij het facultatieve artikel 1 lid 2, dat de verordening niet opneemt"),
    ])
    func facultatieveLedenDieNietKloppen(_ tekst: String, _ code: String, _ bericht: String) {
        let c = Compilatie.compileer([("model.regels", Self.modelMetFacultatiefLid), ("gemeente.regels", Self.kop + tekst)])
        let fouten = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }
        #expect(fouten.map(\.code) == [code])
        #expect(fouten.first?.bericht.tekst(.nl).hasPrefix(bericht) == true, "\(fouten.map { $0.bericht.tekst(.nl) })")
    }

    static let afrondenOpHeleEuros = """

        artikel 41
          onderdeel c
            regel verlagingsbedrag: bedrag per maand in plaats van artikel 41 onder c
              = grondslag * verlagingspercentage naar beneden afgerond op hele euro's
        """

    /// A municipality that rounds the monthly amount down to whole euros: 20% of € 1.401,50 = € 280,30
    /// becomes € 280,00, cited where the municipality's ordinance has it.
    @Test func eenGemeenteVervangtEenRegel() throws {
        let b = try Self.beslis(try Self.gemeente([]) + Self.afrondenOpHeleEuros,
                                #""schendingen": [{"geschonden": "tekortschietend_besef", "benadelingsbedrag": 1500}]"#)
        #expect(uitkomst(b, "verlagingsbedrag") == "€ 280,00 per maand")
        #expect(b.uitkomsten.first { $0.naam == "verlagingsbedrag" }?.citaat == Citaat(artikel: "41", onderdeel: "c"))
    }

    @Test(arguments: [
        (afrondenOpHeleEuros.replacingOccurrences(of: " in plaats van artikel 41 onder c", with: ""), "RW0525",
         "regel 'verlagingsbedrag' staat al in het model (artikel 41 onder c)"),
        (afrondenOpHeleEuros.replacingOccurrences(of: "artikel 41 onder c\n", with: "artikel 45\n"), "RW0503", "artikel 45"),
        (afrondenOpHeleEuros.replacingOccurrences(of: "regel verlagingsbedrag", with: "regel verlagingsbedrg"), "RW0526",
         "het model heeft geen regel 'verlagingsbedrg' om te vervangen"),
    ])
    func eenRegelVervangenZegtWelke(_ tekst: String, _ code: String, _ bericht: String) throws {
        let c = Compilatie.compileer([("model.regels", try Self.lees("Examples/model/afstemming.regels")),
                                      ("landelijk.regels", try Self.lees("Examples/landelijk/bedragen.regels")),
                                      ("gemeente.regels", try Self.gemeente([]) + tekst)])
        let fouten = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }
        #expect(fouten.first?.code == code, "\(fouten.map { $0.bericht.tekst(.nl) })")
        #expect(fouten.first?.bericht.tekst(.nl).contains(bericht) == true, "\(fouten.map { $0.bericht.tekst(.nl) })")
    }
}
