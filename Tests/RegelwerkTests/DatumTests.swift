// Values: dates, the Dutch month rule, Easter and the holidays of the Algemene termijnenwet.
// Every expected date was checked against a printed calendar.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

func d(_ s: String) -> Datum {
    guard let x = Datum.lees(Substring(s)) else { fatalError("ongeldige datum in test: \(s)") }
    return x
}

@Suite struct DatumTests {
    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024-1-01", "0000-01-01"])
    func weigertOngeldigeDatum(_ s: String) {
        #expect(Datum.lees(Substring(s)) == nil)
    }

    @Test func rekentHeenEnTerug() {
        for s in ["1970-01-01", "2000-02-29", "1900-03-01", "2024-12-31", "0001-01-01", "9999-12-31"] {
            #expect(d(s).description == s)
        }
        #expect(d("1970-01-01").dagnummer == 0)
        #expect(d("2024-01-01").weekdag == 1) // maandag
        #expect(d("2024-04-27").weekdag == 6) // zaterdag
    }

    /// Every day of the calendar, 0001-01-01 to 9999-12-31, and some around it: the same year, month and day both
    /// ways as Hinnant's algorithm in signed arithmetic (the reference), and back to the same day.
    @Test func elkeDagAlsHetAlgoritmeMetTeken() {
        var fout = 0
        for n in (Int(Datum.min.dagnummer) - 800)...(Int(Datum.max.dagnummer) + 800) {
            let c = Datum(dagnummer: Int32(n)).civiel, r = Datum.civielMetTeken(n)
            if c.jaar != r.jaar || c.maand != r.maand || c.dag != r.dag || Datum.dagenVanafCivil(c.jaar, c.maand, c.dag) != n { fout += 1 }
        }
        #expect(fout == 0)
        #expect(Datum.dagenVanafCivil(0, 3, 0) == Datum.dagenVanafCivil(0, 2, 29))   // day 0: the signed way
        // Day numbers at the borders of the unsigned way and beyond.
        for n in [Int(Int32.min), -12_699_423, -12_699_422, -12_699_421, (1 << 29) - 1, 1 << 29, Int(Int32.max)] {
            let c = Datum(dagnummer: Int32(n)).civiel, r = Datum.civielMetTeken(n)
            #expect(c.jaar == r.jaar && c.maand == r.maand && c.dag == r.dag, "dag \(n)")
        }
        // A day past the month's end counts on into the next month, both ways alike; years far outside the calendar.
        for j in [-40_000, -32_001, -32_000, -1, 0, 1, 1970, 2024, 9999, 999_999, 1_000_000] {
            for m in 1...12 {
                for d in [1, 28, 29, 31, 45, 400, 65_535] where Datum.dagenVanafCivil(j, m, d) != Datum.dagenVanafCivilMetTeken(j, m, d) {
                    Issue.record("\(j)-\(m)-\(d)")
                }
            }
        }
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"),   // schrikkeljaar: laatste dag van februari
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-03-31", -1, "2024-02-29"),
        ("2024-08-31", 1, "2024-09-30"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-11-15", 3, "2025-02-15"),
    ])
    func telMaandenOp(_ van: String, _ n: Int, _ tot: String) {
        #expect(d(van).plusMaanden(n) == d(tot))
    }

    @Test(arguments: [
        (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
        (2000, "2000-04-23"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func berekentPasen(_ jaar: Int, _ pasen: String) {
        #expect(Kalender.paaszondag(jaar) == d(pasen))
    }

    /// Every general holiday of the Algemene termijnenwet, per year, from the calendar: Pasen 31 maart 2024,
    /// 20 april 2025, 5 april 2026; Hemelvaart is Pasen + 39 dagen, Tweede Pinksterdag Pasen + 50;
    /// Koningsdag 2025 on Saturday 26 April because 27 April is a Sunday.
    @Test(arguments: [
        (2024, ["2024-01-01 Nieuwjaarsdag", "2024-04-01 Tweede Paasdag", "2024-04-27 Koningsdag",
                "2024-05-05 Bevrijdingsdag", "2024-05-09 Hemelvaartsdag", "2024-05-20 Tweede Pinksterdag",
                "2024-12-25 Eerste Kerstdag", "2024-12-26 Tweede Kerstdag"]),
        (2025, ["2025-01-01 Nieuwjaarsdag", "2025-04-21 Tweede Paasdag", "2025-04-26 Koningsdag",
                "2025-05-05 Bevrijdingsdag", "2025-05-29 Hemelvaartsdag", "2025-06-09 Tweede Pinksterdag",
                "2025-12-25 Eerste Kerstdag", "2025-12-26 Tweede Kerstdag"]),
        (2026, ["2026-01-01 Nieuwjaarsdag", "2026-04-06 Tweede Paasdag", "2026-04-27 Koningsdag",
                "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag", "2026-05-25 Tweede Pinksterdag",
                "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag"]),
    ])
    func kentDeFeestdagen(_ jaar: Int, _ verwacht: [String]) {
        #expect(Kalender.feestdagen(jaar).map { "\($0.0) \($0.1)" } == verwacht)
    }

    @Test(arguments: [(2014, "2014-04-26"), (2025, "2025-04-26"), (2024, "2024-04-27"), (2026, "2026-04-27")])
    func verschuiftKoningsdagVanZondag(_ jaar: Int, _ dag: String) {
        #expect(Kalender.feestdagen(jaar).first { $0.1 == "Koningsdag" }?.0 == d(dag))
    }

    @Test(arguments: [
        ("2024-12-20", 3, "2024-12-27"),   // vr; ma 23, di 24, kerstdagen 25-26 tellen niet, vr 27
        ("2024-05-08", 1, "2024-05-10"),   // wo; do 9 mei is Hemelvaartsdag
        ("2024-03-28", 1, "2024-03-29"),   // do; Goede Vrijdag is geen feestdag in de Atw
        ("2024-03-29", 1, "2024-04-02"),   // vr; za, zo, Tweede Paasdag
        ("2024-01-02", -1, "2023-12-29"),  // terug over Nieuwjaarsdag en het weekend
    ])
    func telWerkdagen(_ van: String, _ n: Int, _ tot: String) {
        #expect(Kalender.plusWerkdagen(d(van), n) == d(tot))
    }

    /// A date plus the most negative duration is outside the calendar (an error), as is any duration of four
    /// million days or more; the absolute value it was checked with does not exist for it (that stopped the program).
    @Test func duurAanDeGrens() {
        for duur in [Duur(.min, .dagen), Duur(.max, .dagen), Duur(.min, .werkdagen), Duur(-4_000_000, .maanden), Duur(4_000_000, .jaren)] {
            #expect(throws: RekenFoutSoort.buitenKalender) { try Rekenen.plus(d("2024-01-31"), duur, teken: 1) }
        }
        #expect(throws: RekenFoutSoort.buitenKalender) { try Rekenen.plus(d("2024-01-31"), Duur(.min + 1, .dagen), teken: -1) }
        #expect((try? Rekenen.plus(d("2024-01-31"), Duur(1, .maanden), teken: 1)) == d("2024-02-29"))
    }

    /// Working days counted with the holidays of each year worked out once agree with the definition, day by day
    /// (``Kalender/geenWerkdag(_:)``), across years, Easter and Koningsdag on a Sunday, both ways; a count that
    /// passes the calendar's end is outside it. Deterministic.
    @Test func werkdagenZoalsDeDefinitie() {
        func volgensDefinitie(_ d: Datum, _ n: Int) -> Datum? {
            var x = d, rest = abs(n)
            while rest > 0 {
                guard let v = x.plusDagen(n >= 0 ? 1 : -1) else { return nil }
                x = v
                if Kalender.geenWerkdag(x) == nil { rest -= 1 }
            }
            return x
        }
        var t = Toeval(toestand: 2026)
        for _ in 0..<200 {
            let d = Datum(dagnummer: d("2010-01-01").dagnummer + Int32(t.onder(8000)))
            let n = Int(t.onder(1500)) - 750
            #expect(Kalender.plusWerkdagen(d, n) == volgensDefinitie(d, n), "\(d) + \(n) werkdagen")
        }
        #expect(Kalender.plusWerkdagen(d("2024-01-31"), 3_999_999) == nil)
        #expect(Kalender.plusWerkdagen(d("9999-12-30"), 2) == nil)
        #expect(Kalender.plusWerkdagen(d("0001-01-02"), -2) == nil)
        #expect(d("2024-01-31").plusDagen(.max) == nil && d("2024-01-31").plusDagen(.min) == nil)
    }
}
