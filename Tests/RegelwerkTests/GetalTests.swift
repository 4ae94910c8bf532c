// Values: exact arithmetic and every rounding mode, with values worked out by hand.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

func g(_ s: String) -> Getal {
    guard let x = Getal.lees(Substring(s)) else { fatalError("ongeldig getal in test: \(s)") }
    return x
}

@Suite struct GetalTests {
    @Test(arguments: [
        ("1300.00", "1300"), ("0.10", "0.1"), ("-0.5", "-0.5"), ("007", "7"), ("+2.50", "2.5"),
    ])
    func leest(_ invoer: String, _ verwacht: String) {
        #expect(g(invoer).decimaleTekst() == verwacht)
    }

    @Test(arguments: ["", "-", "1.", ".5", "1e3", "1,5", "12a", "--1", "1.2.3"])
    func weigertOngeldig(_ invoer: String) {
        #expect(Getal.lees(Substring(invoer)) == nil)
    }

    @Test(arguments: [
        ("1.000", "1000"), ("1.000,50", "1000.5"), ("12,5", "12.5"), ("1.234.567,89", "1234567.89"),
    ])
    func leestNederlands(_ invoer: String, _ verwacht: String) {
        #expect(Getal.lees(Substring(invoer), decimaal: ",", duizendtal: ".")?.decimaleTekst() == verwacht)
    }

    @Test(arguments: ["1.5", "1.00", "1.0000", "1,"])
    func weigertVerkeerdeDuizendtallen(_ invoer: String) {
        #expect(Getal.lees(Substring(invoer), decimaal: ",", duizendtal: ".") == nil)
    }

    @Test func rekentExact() throws {
        // 0.1 + 0.2 is exactly 0.3: the classic floating-point trap.
        #expect(try g("0.1").plus(g("0.2")) == g("0.3"))
        // 20% of € 1.401,50 = 280,30 (artikel 51 lid 2 onder b in the example).
        #expect(try g("1401.50").maal(g("0.20")) == g("280.3"))
        // A third of € 100 stays exact until rounded: 3 × (100/3) = 100.
        let derde = try g("100").gedeeldDoor(g("3"))
        #expect(try derde.maal(g("3")) == g("100"))
        #expect(try g("5").min(g("7.25")) == g("-2.25"))
        #expect(try g("-3").negatief() == g("3"))
    }

    @Test func vergelijkt() throws {
        #expect(g("0.1") < g("0.11"))
        #expect(g("-1") < g("0"))
        #expect(try g("1").gedeeldDoor(g("3")) < g("0.3334"))
        #expect(!(try g("2").gedeeldDoor(g("3")) < g("0.6666")))
    }

    @Test func delingDoorNulIsFout() {
        #expect(throws: RekenFout.delingDoorNul) { try g("1").gedeeldDoor(.nul) }
    }

    @Test func overloopIsFoutNooitWrap() {
        let groot = Getal(geheel: Int128.max / 2 + 1)
        #expect(throws: RekenFout.overloop) { try groot.plus(groot) }
        #expect(throws: RekenFout.overloop) { try groot.maal(Getal(geheel: 3)) }
        #expect(throws: RekenFout.overloop) { try Getal(geheel: Int128.min).negatief() }
    }

    // Rounding to 2 decimals; each row worked by hand.
    @Test(arguments: [
        // value,     rekenkundig, naarBoven, naarBeneden, halfNaarEven
        ("104.198",   "104.2",    "104.2",   "104.19",    "104.2"),
        ("246.914",   "246.91",   "246.92",  "246.91",    "246.91"),
        ("0.005",     "0.01",     "0.01",    "0",         "0"),
        ("0.015",     "0.02",     "0.02",    "0.01",      "0.02"),
        ("0.025",     "0.03",     "0.03",    "0.02",      "0.02"),
        ("-0.005",    "-0.01",    "0",       "-0.01",     "0"),
        ("-1.234",    "-1.23",    "-1.23",   "-1.24",     "-1.23"),
        ("2.5",       "2.5",      "2.5",     "2.5",       "2.5"),
    ])
    func rondtAfOpCenten(_ w: String, _ rk: String, _ boven: String, _ beneden: String, _ even: String) throws {
        #expect(try g(w).afgerond(op: 2, wijze: .rekenkundig) == g(rk))
        #expect(try g(w).afgerond(op: 2, wijze: .naarBoven) == g(boven))
        #expect(try g(w).afgerond(op: 2, wijze: .naarBeneden) == g(beneden))
        #expect(try g(w).afgerond(op: 2, wijze: .halfNaarEven) == g(even))
    }

    @Test func rondtAfOpHeleEurosEnHonderdtallen() throws {
        #expect(try g("340.01").afgerond(op: 0, wijze: .naarBoven) == g("341"))
        #expect(try g("340.50").afgerond(op: 0, wijze: .rekenkundig) == g("341"))
        #expect(try g("340.49").afgerond(op: 0, wijze: .rekenkundig) == g("340"))
        #expect(try g("1250").afgerond(op: -2, wijze: .rekenkundig) == g("1300"))
        #expect(try g("1").gedeeldDoor(g("3")).afgerond(op: 4, wijze: .rekenkundig) == g("0.3333"))
        #expect(try g("2").gedeeldDoor(g("3")).afgerond(op: 4, wijze: .naarBeneden) == g("0.6666"))
    }

    @Test func schrijftDecimalen() throws {
        #expect(g("1300").decimaleTekst(minDecimalen: 2) == "1300.00")
        #expect(g("-0.05").decimaleTekst(minDecimalen: 2) == "-0.05")
        #expect(g("0.125").decimaleTekst(scheiding: ",") == "0,125")
        #expect(try g("1").gedeeldDoor(g("3")).exacteDecimalen() == nil)
    }

    @Test(arguments: [
        ("1401.5", "€ 1.401,50"), ("0", "€ 0,00"), ("1234567.891", "€ 1.234.567,89"), ("-12.5", "€ -12,50"), ("999", "€ 999,00"),
    ])
    func maaktBedragOp(_ w: String, _ verwacht: String) {
        #expect(Opmaak.bedrag(g(w)) == verwacht)
    }

    @Test func maaktPercentageOp() {
        #expect(Opmaak.percentage(g("0.125")) == "12,5%")
        #expect(Opmaak.percentage(g("1")) == "100%")
    }

    /// Property: on small fractions, every operation agrees with a plain reference (cross-multiplication
    /// and Euclid), and rounding to whole numbers with the definition of each rule. Deterministic.
    @Test func kloptMetEenEenvoudigeReferentie() throws {
        func ggd(_ a: Int128, _ b: Int128) -> Int128 { b == 0 ? Swift.abs(a) : ggd(b, a % b) }
        func breuk(_ t: Int128, _ n: Int128) -> (Int128, Int128) {
            let g = ggd(t, n), teken: Int128 = n < 0 ? -1 : 1
            return (teken * t / g, teken * n / g)
        }
        var t = Toeval(toestand: 1_401_50)
        func willekeurig() throws -> (Getal, Int128, Int128) {
            let teller = Int128(t.onder(2_000_001)) - 1_000_000, noemer = Int128(1 + t.onder(10_000))
            return (try Getal(teller: teller, noemer: noemer), teller, noemer)
        }
        for _ in 0..<2_000 {
            let (x, a, b) = try willekeurig()
            let (y, c, d) = try willekeurig()
            let som = breuk(a * d + c * b, b * d), verschil = breuk(a * d - c * b, b * d), product = breuk(a * c, b * d)
            #expect(try x.plus(y) == Getal(teller: som.0, noemer: som.1))
            #expect(try x.min(y) == Getal(teller: verschil.0, noemer: verschil.1))
            #expect(try x.maal(y) == Getal(teller: product.0, noemer: product.1))
            if c != 0 {
                let quotient = breuk(a * d, b * c)
                #expect(try x.gedeeldDoor(y) == Getal(teller: quotient.0, noemer: quotient.1))
            }
            #expect((x < y) == (a * d < c * b))
            // Whole numbers: floor, then the rest against one half (2·rest against the denominator).
            let (q, r) = (a / b, a % b)
            let vloer = r < 0 ? q - 1 : q, rest2 = 2 * (a - vloer * b)
            let rekenkundig = rest2 > b || (rest2 == b && vloer >= 0) ? vloer + 1 : vloer
            let even = rest2 > b || (rest2 == b && vloer % 2 != 0) ? vloer + 1 : vloer
            #expect(try x.afgerond(op: 0, wijze: .naarBeneden) == Getal(geheel: vloer))
            #expect(try x.afgerond(op: 0, wijze: .naarBoven) == Getal(geheel: a - vloer * b == 0 ? vloer : vloer + 1))
            #expect(try x.afgerond(op: 0, wijze: .rekenkundig) == Getal(geheel: rekenkundig))
            #expect(try x.afgerond(op: 0, wijze: .halfNaarEven) == Getal(geheel: even))
        }
    }

    /// Property: the fast paths (64-bit reduction and comparison, decimals read from case data without a gcd,
    /// digits written without a String) agree with the plain reference on both sides of the 64-bit border,
    /// where they hand over to the 128-bit arithmetic. Deterministic.
    @Test func deSnellePadenKloppenMetDeReferentie() throws {
        func ggd(_ a: Int128, _ b: Int128) -> Int128 { b == 0 ? Swift.abs(a) : ggd(b, a % b) }
        var t = Toeval(toestand: 2_094_63)
        func groot() -> Int128 {
            // From a few cents to past 2^64, either sign.
            let bits = t.onder(72)
            let m = (Int128(t.volgende()) << 8 | Int128(t.onder(256))) >> (72 - bits)
            return t.onder(2) == 0 ? m : -m
        }
        for _ in 0..<3_000 {
            let (a, b) = (groot(), Swift.max(1, Swift.abs(groot()) >> t.onder(40)))
            let (c, d) = (groot(), Swift.max(1, Swift.abs(groot()) >> t.onder(40)))
            let x = try Getal(teller: a, noemer: b), y = try Getal(teller: c, noemer: d)
            let gx = ggd(a, b)
            #expect(x.teller == a / gx && x.noemer == b / gx)
            // a/b < c/d with positive denominators, reduced first so the products stay within 128 bits.
            let (ra, rb, rc, rd) = (a / gx, b / gx, c / ggd(c, d), d / ggd(c, d))
            let (l, o1) = ra.multipliedReportingOverflow(by: rd), (r, o2) = rc.multipliedReportingOverflow(by: rb)
            if !o1 && !o2 { #expect((x < y) == (l < r)) }
            // A decimal from case data: any 64-bit mantissa, any scale a case may have.
            let m = Int64(truncatingIfNeeded: a), schaal = t.onder(19)
            #expect(Getal.decimaal(m, schaal: schaal) == (try Getal(mantisse: Int128(m), schaal: schaal)))
            let dec = try Getal(mantisse: Int128(m), schaal: schaal)
            for minimum in [0, 2] {
                var bytes: [UInt8] = []
                dec.schrijfDecimaal(minDecimalen: minimum, naar: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == dec.decimaleTekst(minDecimalen: minimum))
            }
        }
    }
}
