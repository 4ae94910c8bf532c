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
    /// A denominator of only twos (or fives) has exact decimals as long as the limit allows; beyond it there are none,
    /// whatever the power (a denominator of 2^60 made the 128-bit factor overflow and stopped the program). By hand:
    /// 1/2^20 = 5^20 / 10^20, and 5^20 = 95.367.431.640.625: twenty decimals; 3/2^62 has 62, and 3 · 5^62 (about
    /// 6.5 · 10^43) is beyond 128 bits; a denominator of 2^63 does not fit a number at all (63 bits): an overflow.
    @Test func decimalenVanTweemachten() throws {
        let twintig = try Getal(teller: 1, noemer: 1 << 20)
        for max in [30, 27, 20] {
            #expect(twintig.exacteDecimalen(max: max).map { $0.mantisse == 95_367_431_640_625 && $0.schaal == 20 } == true)
        }
        #expect(twintig.exacteDecimalen(max: 19) == nil)
        let zestig = try Getal(teller: 1, noemer: 1 << 60)
        #expect(zestig.exacteDecimalen(max: 30) == nil)
        #expect(zestig.exacteDecimalen(max: 18) == nil)
        #expect(zestig.decimaleTekst() == "0")                 // rounded to 12 places: 8.7 · 10^-19
        let tweeënzestig = try Getal(teller: 3, noemer: Int128(1) << 62)
        #expect(tweeënzestig.exacteDecimalen(max: 100) == nil)
        #expect(throws: RekenFout.overloop) { try Getal(teller: 3, noemer: Int128(1) << 63) }
        #expect(throws: RekenFout.overloop) { try Getal(teller: 3, noemer: Int128(1) << 100) }
        var bytes: [UInt8] = []
        zestig.schrijfDecimaal(naar: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "0")
    }

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

    /// Rounding to a multiple (art. 30 lid 3: "naar beneden afgerond op een veelvoud van € 0,20"), worked out by
    /// hand: value ÷ multiple, that rounded to a whole number, times the multiple. Naar beneden is towards −∞
    /// and naar boven towards +∞, also below zero (as for cents); rekenkundig takes the nearest multiple and a
    /// value exactly between two (3,50: 3,40 and 3,60) away from zero.
    @Test(arguments: [
        // value,    multiple, rekenkundig, naarBoven, naarBeneden, halfNaarEven
        ("3.47",     "0.2",    "3.4",       "3.6",     "3.4",       "3.4"),     // 17,35 multiples
        ("3.5",      "0.2",    "3.6",       "3.6",     "3.4",       "3.6"),     // 17,5: a tie
        ("3.3",      "0.2",    "3.4",       "3.4",     "3.2",       "3.2"),     // 16,5: a tie, 16 is even
        ("3.4",      "0.2",    "3.4",       "3.4",     "3.4",       "3.4"),     // a multiple stays
        ("0",        "0.2",    "0",         "0",       "0",         "0"),
        ("0.1",      "0.2",    "0.2",       "0.2",     "0",         "0"),
        ("25.3085",  "0.2",    "25.4",      "25.4",    "25.2",      "25.4"),    // 126,5425 (the model's reading)
        ("-3.47",    "0.2",    "-3.4",      "-3.4",    "-3.6",      "-3.4"),    // −17,35
        ("-3.5",     "0.2",    "-3.6",      "-3.4",    "-3.6",      "-3.6"),    // −17,5: away from zero
        ("-3.3",     "0.2",    "-3.4",      "-3.2",    "-3.4",      "-3.2"),
        ("-0.1",     "0.2",    "-0.2",      "0",       "-0.2",      "0"),
        ("6.94",     "0.25",   "7",         "7",       "6.75",      "7"),       // 27,76
        ("0.125",    "0.25",   "0.25",      "0.25",    "0",         "0"),       // 0,5
        ("0.375",    "0.25",   "0.5",       "0.5",     "0.25",      "0.5"),     // 1,5
        ("-0.125",   "0.25",   "-0.25",     "0",       "-0.25",     "0"),
        ("7.5",      "5",      "10",        "10",      "5",         "10"),      // a number, 1,5
        ("12.5",     "5",      "15",        "15",      "10",        "10"),      // 2,5
        ("0.125",    "0.05",   "0.15",      "0.15",    "0.1",       "0.1"),     // 12,5% to 5%: 2,5
        ("1340",     "1000",   "1000",      "2000",    "1000",      "1000"),
    ])
    func rondtAfOpEenVeelvoud(_ w: String, _ m: String, _ rk: String, _ boven: String, _ beneden: String, _ even: String) throws {
        #expect(try g(w).afgerond(opVeelvoudVan: g(m), wijze: .rekenkundig) == g(rk))
        #expect(try g(w).afgerond(opVeelvoudVan: g(m), wijze: .naarBoven) == g(boven))
        #expect(try g(w).afgerond(opVeelvoudVan: g(m), wijze: .naarBeneden) == g(beneden))
        #expect(try g(w).afgerond(opVeelvoudVan: g(m), wijze: .halfNaarEven) == g(even))
    }

    /// A multiple that is not a positive number has no answer (the checker refuses it first), and one too
    /// small for the value overflows: an error, never a wrapped number. (2^126 / 10^-18 needs some 186 bits.)
    @Test func veelvoudZonderAntwoord() throws {
        #expect(throws: RekenFout.delingDoorNul) { try g("3.47").afgerond(opVeelvoudVan: .nul, wijze: .naarBeneden) }
        #expect(throws: RekenFout.delingDoorNul) { try g("3.47").afgerond(opVeelvoudVan: g("-0.2"), wijze: .naarBeneden) }
        let klein = try Getal(teller: 1, noemer: Getal.machtVanTien(18))
        #expect(throws: RekenFout.overloop) { try Getal(geheel: Int128.max / 2).afgerond(opVeelvoudVan: klein, wijze: .rekenkundig) }
    }

    /// Property: the result is a multiple, within one multiple of the value on the side each rule says (half of
    /// one for rekenkundig); a multiple of 0,01 rounds as cents and of 1 as whole numbers. Deterministic.
    @Test func veelvoudKloptMetDeDefinitie() throws {
        var t = Toeval(toestand: 30_3)
        for _ in 0..<2_000 {
            let x = try Getal(teller: Int128(t.onder(2_000_001)) - 1_000_000, noemer: Int128(1 + t.onder(1_000)))
            let m = try Getal(teller: Int128(1 + t.onder(1_000)), noemer: Int128(1 + t.onder(100)))
            let half = try m.gedeeldDoor(Getal(geheel: 2))
            for wijze in Getal.Afronding.allCases {
                let r = try x.afgerond(opVeelvoudVan: m, wijze: wijze)
                #expect(try r.gedeeldDoor(m).isGeheel)
                let verschil = try r.min(x)    // r − x
                switch wijze {
                case .naarBeneden:
                    let terug = try verschil.negatief()
                    #expect(verschil <= .nul && terug < m)
                case .naarBoven: #expect(verschil >= .nul && verschil < m)
                case .rekenkundig, .halfNaarEven:
                    let afstand = verschil.isNegatief ? try verschil.negatief() : verschil
                    #expect(afstand <= half)
                    // A tie goes away from zero (rekenkundig), or to an even multiple.
                    if afstand == half, wijze == .rekenkundig { #expect(x.isNegatief ? r < x : r > x) }
                    if afstand == half, wijze == .halfNaarEven {
                        let k = try r.gedeeldDoor(m)
                        #expect(try k.gedeeldDoor(Getal(geheel: 2)).isGeheel)
                    }
                }
                #expect(try x.afgerond(opVeelvoudVan: g("0.01"), wijze: wijze) == x.afgerond(op: 2, wijze: wijze))
                #expect(try x.afgerond(opVeelvoudVan: .een, wijze: wijze) == x.afgerond(op: 0, wijze: wijze))
            }
        }
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

    /// Two fractions whose cross products leave 128 bits are compared by continued fractions. By hand:
    /// a = 2^63 + 1/(2^62 − 1) and b = 2^63 + 1/(2^62 − 3) (numerators near 2^125, so a numerator times the other
    /// denominator needs some 187 bits): the whole parts are equal and 1/(2^62 − 1) < 1/(2^62 − 3), so a < b;
    /// c = a + 1 lies above both; −a lies below b, and −b < −a (whole parts −2^63 − 1 for both, the remainders
    /// 1 − 1/(2^62 − 1) > 1 − 1/(2^62 − 3)). (The comparison used to recurse on a and b themselves until the stack
    /// ran out.)
    @Test func vergelijktBreukenVoorbijDe128Bits() throws {
        let k: Int128 = 1 << 63, n1: Int128 = (1 << 62) - 1, n2: Int128 = (1 << 62) - 3
        let a = try Getal(teller: k * n1 + 1, noemer: n1), b = try Getal(teller: k * n2 + 1, noemer: n2)
        #expect(a.noemer == n1 && b.noemer == n2)
        #expect(a < b)
        #expect(!(b < a))
        #expect(!(a < a))
        let c = try a.plus(.een)
        #expect(a < c && b < c && !(c < b))
        let minA = try a.negatief()
        #expect(minA < b && !(b < minA))
        let minB = try b.negatief()
        #expect(minB < minA && !(minA < minB))
    }

    /// At the limits of 128 bits a number is written or rounded, or the operation reports an overflow; it never
    /// stops the program. By hand: 2^127 − 1 = 170141183460469231731687303715884105727 with two decimals (the
    /// mantissa times 100 left 128 bits); −(2^127 − 1)/3 = −(3q + 1)/3 with q = (2^127 − 2)/3 =
    /// 56713727820156410577229101238628035242, so rounded down −q − 1 and rounded to the nearest −q (floor × 3
    /// left 128 bits).
    @Test func grenzenVan128Bits() throws {
        let max = Getal(geheel: .max)
        #expect(max.decimaleTekst(minDecimalen: 2) == "170141183460469231731687303715884105727.00")
        var bytes: [UInt8] = []
        max.schrijfDecimaal(minDecimalen: 2, naar: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "170141183460469231731687303715884105727.00")
        let derde = try Getal(teller: .min + 1, noemer: 3)
        let q: Int128 = 56_713_727_820_156_410_577_229_101_238_628_035_242
        #expect(try derde.afgerond(op: 0, wijze: .naarBeneden) == Getal(geheel: -q - 1))
        #expect(try derde.afgerond(op: 0, wijze: .rekenkundig) == Getal(geheel: -q))
        #expect(try derde.afgerond(opVeelvoudVan: .een, wijze: .naarBoven) == Getal(geheel: -q))
        // And a sweep near the limits: every operation answers or throws (deterministic).
        var t = Toeval(toestand: 99)
        func groot() -> Int128 {
            switch t.onder(6) {
            case 0: return Int128.max - Int128(t.onder(3))
            case 1: return Int128.min + 1 + Int128(t.onder(3))
            case 2: return (Int128(t.volgende()) << 64) | Int128(t.volgende())
            case 3: return Int128(t.onder(1000)) - 500
            case 4: return Int128(1) << Int128(t.onder(126))
            default: return -((Int128(t.volgende()) << 60) | Int128(t.volgende()))
            }
        }
        // Denominators up to the largest a number has (63 bits), and now and then past it (no number then).
        func noemer() -> Int128 {
            switch t.onder(5) {
            case 0: return Int128(Int64.max) - Int128(t.onder(3))
            case 1: return Int128(1) << Int128(t.onder(63))
            case 2: return Int128(t.volgende() >> 1) | 1
            case 3: return Int128(t.onder(1000)) - 500
            default: return groot()
            }
        }
        var gedaan = 0
        for _ in 0..<1_500 {
            let (a, b, c, d) = (groot(), noemer(), groot(), noemer())
            guard b != 0, d != 0, let x = try? Getal(teller: a, noemer: b), let y = try? Getal(teller: c, noemer: d) else { continue }
            _ = (try? x.plus(y), try? x.min(y), try? x.maal(y), try? x.gedeeldDoor(y), x < y, y < x)
            for w in Getal.Afronding.allCases {
                _ = (try? x.afgerond(op: 2, wijze: w), try? x.afgerond(op: -3, wijze: w), try? x.afgerond(opVeelvoudVan: y, wijze: w))
            }
            var uit: [UInt8] = []
            x.schrijfDecimaal(minDecimalen: 2, naar: &uit)
            _ = (x.decimaleTekst(minDecimalen: 2), Opmaak.bedrag(x), Opmaak.bedragExact(x), Opmaak.percentage(x))
            gedaan += 1
        }
        #expect(gedaan > 500)
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

    /// Property: rounding to 1 to 18 places and multiplying by a whole number (the fast paths of a rule's
    /// `afgerond op centen` and of an amount per month over a duration) agree with the definitions: x·10^d
    /// rounded down, the rest against one half (2·rest against the denominator), over 10^d; and the plain
    /// product. Around the 64-bit border too. Deterministic.
    @Test func afrondenOpDecimalenEnMaalHeelKloppenMetDeDefinitie() throws {
        func ggd(_ a: Int128, _ b: Int128) -> Int128 { b == 0 ? Swift.abs(a) : ggd(b, a % b) }
        var t = Toeval(toestand: 3_400_01)
        for ronde in 0..<3_000 {
            // Small fractions, amounts in cents, and numerators near 2^63 (where x·10^d needs the 128 bits).
            let a: Int128 = switch ronde % 3 {
            case 0: Int128(t.onder(2_000_001)) - 1_000_000
            case 1: Int128(t.onder(100_000_000)) - 50_000_000
            default: (t.onder(2) == 0 ? 1 : -1) * (Int128(Int64.max) - Int128(t.onder(1_000)))
            }
            let b = Int128(1 + t.onder(ronde % 2 == 0 ? 10_000 : 1_000_000))
            let x = try Getal(teller: a, noemer: b)
            let (ra, rb) = (a / ggd(a, b), b / ggd(a, b))
            let d = 1 + t.onder(18)
            var tien: Int128 = 1
            for _ in 0..<d { tien *= 10 }
            let p = ra * tien
            let (q, r) = (p / rb, p % rb)
            let vloer = r < 0 ? q - 1 : q, rest2 = 2 * (p - vloer * rb)
            let rekenkundig = rest2 > rb || (rest2 == rb && vloer >= 0) ? vloer + 1 : vloer
            let even = rest2 > rb || (rest2 == rb && vloer % 2 != 0) ? vloer + 1 : vloer
            let boven = p - vloer * rb == 0 ? vloer : vloer + 1
            #expect(try x.afgerond(op: d, wijze: .naarBeneden) == Getal(teller: vloer, noemer: tien))
            #expect(try x.afgerond(op: d, wijze: .naarBoven) == Getal(teller: boven, noemer: tien))
            #expect(try x.afgerond(op: d, wijze: .rekenkundig) == Getal(teller: rekenkundig, noemer: tien))
            #expect(try x.afgerond(op: d, wijze: .halfNaarEven) == Getal(teller: even, noemer: tien))
            // Times a whole number, on either side.
            let n = Int128(t.onder(40)) - 20
            let product = try Getal(teller: ra * n, noemer: rb)
            #expect(try x.maal(Getal(geheel: n)) == product)
            #expect(try Getal(geheel: n).maal(x) == product)
        }
    }

    /// Property: the fast paths (64-bit reduction and comparison, decimals read from case data without a gcd,
    /// digits written without a String) agree with the plain reference on both sides of the 64-bit border,
    /// where they hand over to the 128-bit arithmetic. Deterministic.
    @Test func deSnellePadenKloppenMetDeReferentie() throws {
        func ggd(_ a: Int128, _ b: Int128) -> Int128 { b == 0 ? Swift.abs(a) : ggd(b, a % b) }
        var t = Toeval(toestand: 2_094_63)
        var gereduceerd = 0, voorbij = 0
        func groot() -> Int128 {
            // From a few cents to past 2^64, either sign.
            let bits = t.onder(72)
            let m = (Int128(t.volgende()) << 8 | Int128(t.onder(256))) >> (72 - bits)
            return t.onder(2) == 0 ? m : -m
        }
        for _ in 0..<3_000 {
            let (a, b) = (groot(), Swift.max(1, Swift.abs(groot()) >> t.onder(40)))
            let (c, d) = (groot(), Swift.max(1, Swift.abs(groot()) >> t.onder(40)))
            // A reduced denominator past 63 bits is no number: an overflow, never a wrapped one.
            let gx = ggd(a, b), gy = ggd(c, d)
            guard b / gx <= Int128(Int64.max), d / gy <= Int128(Int64.max) else {
                #expect(throws: RekenFout.overloop) { _ = (try Getal(teller: a, noemer: b), try Getal(teller: c, noemer: d)) }
                continue
            }
            let x = try Getal(teller: a, noemer: b), y = try Getal(teller: c, noemer: d)
            #expect(x.teller == a / gx && x.noemer == b / gx)
            gereduceerd += 1
            // a/b < c/d with positive denominators, reduced first so the products stay within 128 bits.
            let (ra, rb, rc, rd) = (a / gx, b / gx, c / ggd(c, d), d / ggd(c, d))
            let (l, o1) = ra.multipliedReportingOverflow(by: rd), (r, o2) = rc.multipliedReportingOverflow(by: rb)
            if !o1 && !o2 { #expect((x < y) == (l < r)) }
            // Product and sum (64-bit paths where all four parts fit, 128-bit ones past that) against plain
            // cross-multiplication, wherever that stays within 128 bits.
            // (A result whose reduced denominator leaves 63 bits is an overflow.)
            func zelfde(_ uitkomst: () throws(RekenFout) -> Getal, _ teller: Int128, _ noemer: Int128) throws {
                if noemer / ggd(teller, noemer) <= Int128(Int64.max) {
                    #expect(try uitkomst() == Getal(teller: teller, noemer: noemer))
                } else {
                    #expect(throws: RekenFout.overloop) { try uitkomst() }
                    voorbij += 1
                }
            }
            let (pt, p1) = ra.multipliedReportingOverflow(by: rc), (pn, p2) = rb.multipliedReportingOverflow(by: rd)
            if !p1 && !p2 { try zelfde({ () throws(RekenFout) in try x.maal(y) }, pt, pn) }
            let (st, s1) = l.addingReportingOverflow(r)
            if !o1 && !o2 && !p2 && !s1 { try zelfde({ () throws(RekenFout) in try x.plus(y) }, st, pn) }
            // A decimal from case data: any 64-bit mantissa, any scale a case may have.
            let m = Int64(truncatingIfNeeded: a), schaal = t.onder(19)
            #expect(Getal.decimaal(m, schaal: schaal) == (try Getal(mantisse: Int128(m), schaal: schaal)))
            let dec = try Getal(mantisse: Int128(m), schaal: schaal)
            // Its exact decimals (taken apart in 64 bits here): the same number, with no trailing zero to spare.
            if let (mantisse, s) = dec.exacteDecimalen() {
                #expect(try Getal(mantisse: mantisse, schaal: s) == dec)
                #expect(s == 0 || mantisse % 10 != 0)
                #expect(s <= schaal)
            } else {
                Issue.record("\(m) / 10^\(schaal) heeft geen exacte decimalen")
            }
            for minimum in [0, 2] {
                var bytes: [UInt8] = []
                dec.schrijfDecimaal(minDecimalen: minimum, naar: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == dec.decimaleTekst(minDecimalen: minimum))
            }
        }
        // Both sides of the 63-bit border were reached.
        #expect(gereduceerd > 1_000 && voorbij > 10, "\(gereduceerd) gereduceerd, \(voorbij) voorbij")
    }
}
