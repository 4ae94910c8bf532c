// Time in the law: deadlines under the Algemene termijnenwet, month arithmetic, age and case history.
// Every expected date was checked by hand against the calendar of its year.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

/// Evaluates one expression over a case with the dates `a` and `b` (and a history list).
func tijd(_ uitdrukking: String, a: String = "2024-01-01", b: String = "2024-01-01", historie: String = "[]") throws -> Besluit {
    let regels = """
    regeling "Tijd"
    gegevens Besluit
      bekendmaking: datum
      gedraging: tekst
    einde
    geval
      a: datum
      b: datum
      historie: lijst van Besluit
    einde
    uitvoer x
    artikel 1
      regel x = \(uitdrukking)
    """
    return try beslisRegels([regels], geval: #"{"a": "\#(a)", "b": "\#(b)", "historie": \#(historie)}"#)
}

func tijdTekst(_ uitdrukking: String, a: String = "2024-01-01", b: String = "2024-01-01", historie: String = "[]") throws -> String? {
    try tijd(uitdrukking, a: a, b: b, historie: historie).uitkomsten.first?.tekst
}

@Suite struct TijdTests {
    /// Art. 1 Atw: a period ending on a Saturday, Sunday or general holiday ends on the next day that is none.
    @Test(arguments: [
        ("6 weken", "2024-02-18", "2 april 2024"),      // 31 maart Eerste Paasdag (zondag), 1 april Tweede Paasdag
        ("2 weken", "2024-12-11", "27 december 2024"),  // 25 en 26 december: Kerstdagen
        ("2 weken", "2024-04-25", "10 mei 2024"),       // 9 mei 2024: Hemelvaartsdag
        ("1 week",  "2026-04-20", "28 april 2026"),     // 27 april 2026 (maandag): Koningsdag
        ("1 week",  "2025-04-28", "6 mei 2025"),        // 5 mei 2025 (maandag): Bevrijdingsdag
        ("1 week",  "2024-12-25", "2 januari 2025"),    // 1 januari 2025: Nieuwjaarsdag
        ("2 weken", "2024-05-06", "21 mei 2024"),       // 20 mei 2024: Tweede Pinksterdag
        ("6 weken", "2024-03-04", "15 april 2024"),     // 15 april 2024 is een maandag: niets te verschuiven
        ("1 maand", "2024-01-31", "29 februari 2024"),  // donderdag, schrikkeljaar
        ("1 maand", "2023-12-31", "31 januari 2024"),
        ("2 weken", "2024-03-16", "2 april 2024"),      // 30 maart za, 31 maart zo, 1 april Tweede Paasdag
    ])
    func termijnenwetArtikel1(_ duur: String, _ start: String, _ eind: String) throws {
        #expect(try tijdTekst("termijn van \(duur) na a", a: start) == eind)
    }

    /// A date plus or minus a duration, within the calendar and past its end: by hand, 31 januari 2024 + 1 maand is
    /// 29 februari (leap year), 31 maart 2024 - 1 maand is 29 februari, 1 juni 9999 + 1 jaar is no date (an error
    /// naming the rule, never a number), 15 januari 0001 - 1 maand neither.
    @Test(arguments: [
        ("a + 1 maand", "2024-01-31", "29 februari 2024"), ("a - 1 maand", "2024-03-31", "29 februari 2024"),
        ("a + 2 weken", "2024-12-25", "8 januari 2025"), ("a - 1 dag", "2024-03-01", "29 februari 2024"),
        ("a + 1 jaar", "9999-06-01", nil), ("a - 1 maand", "0001-01-15", nil),
    ] as [(String, String, String?)])
    func datumPlusDuur(_ uitdrukking: String, _ a: String, _ verwacht: String?) throws {
        if let verwacht {
            #expect(try tijdTekst(uitdrukking, a: a) == verwacht)
        } else {
            #expect { try tijd(uitdrukking, a: a) } throws: { "\($0)".contains("datumBuitenBereik") }
        }
    }

    /// Art. 2 Atw: a period of at least three days includes at least two working days.
    @Test(arguments: [
        ("3 dagen", "2024-12-20", "24 december 2024"),  // za, zo, ma 23 = één werkdag; verlengd tot di 24
        ("3 dagen", "2024-12-24", "30 december 2024"),  // 25, 26 Kerst, vr 27 = één werkdag; za, zo, dan ma 30
        ("3 dagen", "2024-04-24", "29 april 2024"),     // do 25, vr 26, za 27 (Koningsdag); ma 29 (art. 1)
    ])
    func termijnenwetArtikel2(_ duur: String, _ start: String, _ eind: String) throws {
        #expect(try tijdTekst("termijn van \(duur) na a", a: start) == eind)
    }

    @Test func motiveringNoemtDeTermijnenwet() throws {
        let b = try tijd("termijn van 6 weken na a", a: "2024-02-18")
        let tekst = BesluitWeergave.spoor(b)
        #expect(tekst.contains("De termijn zou eindigen op zondag 31 maart 2024; op grond van artikel 1 (zondag) van de Algemene termijnenwet eindigt hij op dinsdag 2 april 2024."))
        let v = try #require(b.motivering.first?.termijnverlengingen.first)
        #expect(v.voor == d("2024-03-31"))
        // Without a move, no line.
        #expect(try tijd("termijn van 6 weken na a", a: "2024-03-04").motivering.first?.termijnverlengingen.isEmpty == true)
    }

    @Test(arguments: [
        ("eerste dag van de maand na a", "2024-01-31", "1 februari 2024"),
        ("eerste dag van de maand na a", "2024-12-15", "1 januari 2025"),
        ("eerste dag van de maand na a", "2024-02-01", "1 maart 2024"),
        ("eerste dag van de maand van a", "2024-02-17", "1 februari 2024"),
        ("laatste dag van de maand van a", "2024-02-10", "29 februari 2024"),
        ("laatste dag van de maand van a", "2023-02-10", "28 februari 2023"),
        ("laatste dag van de maand van a", "2024-04-30", "30 april 2024"),
    ])
    func maandgrenzen(_ uitdrukking: String, _ a: String, _ verwacht: String) throws {
        #expect(try tijdTekst(uitdrukking, a: a) == verwacht)
    }

    @Test(arguments: [
        ("leeftijd van a op b", "1990-06-15", "2024-06-14", "33"),
        ("leeftijd van a op b", "1990-06-15", "2024-06-15", "34"),
        ("leeftijd van a op b", "2000-02-29", "2018-02-27", "17"),
        ("leeftijd van a op b", "2000-02-29", "2018-02-28", "18"),  // maandregel: 29 februari + 18 jaar = 28 februari
        ("leeftijd van a op b", "2000-02-29", "2020-02-29", "20"),
        ("maanden tussen a en b", "2024-01-31", "2024-02-29", "1"),
        ("maanden tussen a en b", "2024-01-31", "2024-02-28", "0"),
        ("maanden tussen a en b", "2023-03-15", "2024-03-14", "11"),
        ("maanden tussen a en b", "2024-03-15", "2024-01-20", "-1"),
        ("jaren tussen a en b", "2021-01-01", "2024-01-01", "3"),
        ("jaren tussen a en b", "2021-01-02", "2024-01-01", "2"),
        ("dagen tussen a en b", "2024-01-01", "2024-03-01", "60"),   // 31 + 29
        ("dagen tussen a en b", "2023-01-01", "2023-03-01", "59"),
    ])
    func verschillen(_ uitdrukking: String, _ a: String, _ b: String, _ verwacht: String) throws {
        #expect(try tijdTekst(uitdrukking, a: a, b: b) == verwacht)
    }

    @Test func vensterOverDeHistorie() throws {
        let historie = """
        [{"bekendmaking": "2023-03-10", "gedraging": "tegenprestatie"},
         {"bekendmaking": "2023-11-20", "gedraging": "tegenprestatie"},
         {"bekendmaking": "2024-01-05", "gedraging": "registratie"}]
        """
        // "binnen twaalf maanden na bekendmaking": decisions made public at most 12 months before a.
        let binnen = "aantal h in historie waarvoor h.gedraging = \"tegenprestatie\" en a > h.bekendmaking en a <= h.bekendmaking + 12 maanden"
        #expect(try tijdTekst(binnen, a: "2024-03-10", historie: historie) == "2")  // 10 maart 2023 + 12 maanden = 10 maart 2024
        #expect(try tijdTekst(binnen, a: "2024-03-11", historie: historie) == "1")
        let recentst = "hoogste van h.bekendmaking voor elke h in historie waarvoor h.gedraging = \"tegenprestatie\""
        #expect(try tijdTekst(recentst, historie: historie) == "20 november 2023")
        #expect(try tijdTekst("laagste van h.bekendmaking voor elke h in historie", historie: historie) == "10 maart 2023")
    }

    @Test func hoogsteVanEenLegeLijstIsEenFout() throws {
        do {
            _ = try tijd("hoogste van h.bekendmaking voor elke h in historie")
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            #expect(f.bericht == .geenElement("x"))
        }
        // Guarded by 'bestaat', the empty history is fine.
        #expect(try tijdTekst("als bestaat h in historie waarvoor waar dan hoogste van h.bekendmaking voor elke h in historie anders a") == "1 januari 2024")
    }

    /// Two durations of one unit compare by their counts (the interpreter's fast path, as the general one); of different
    /// units the comparison is an error, never a guess at how many weeks a month has. By hand: 2 < 3 maanden, 3 ≥ 3
    /// maanden, not 2 > 3 maanden, 1 maand = 1 maand, 0 ≠ 0 maanden is false; 2 weken against 1 maand is refused.
    @Test(arguments: [
        ("2 maanden", "<", "3 maanden", "waar"), ("3 maanden", ">=", "3 maanden", "waar"), ("2 maanden", ">", "3 maanden", "onwaar"),
        ("1 maand", "=", "1 maand", "waar"), ("0 maanden", "<>", "0 maanden", "onwaar"), ("2 weken", "<", "1 maand", nil),
    ] as [(String, String, String, String?)])
    func duurVergelijken(_ p: String, _ op: String, _ q: String, _ verwacht: String?) throws {
        let regels = """
        regeling "Duur"
        geval
          p: duur
          q: duur
        einde
        uitvoer x
        artikel 1
          regel x = p \(op) q
        """
        let geval = #"{"p": "\#(p)", "q": "\#(q)"}"#
        if let verwacht {
            #expect(try beslisRegels([regels], geval: geval).uitkomsten.first?.tekst == verwacht)
        } else {
            #expect { try beslisRegels([regels], geval: geval) } throws: { ($0 as? Beslisfout)?.bericht == .eenhedenVerschillen("x") }
        }
    }

    @Test func duurGedeeldDoorDuur() throws {
        #expect(try tijdTekst("3 maanden / 1 maand") == "3")
    }
}
