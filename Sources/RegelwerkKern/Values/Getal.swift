// Values: the exact number behind every bedrag, getal and percentage (DESIGN §3: never binary floating point).

/// An exact rational number: `teller / noemer`, always reduced, `noemer > 0`.
///
/// Money, percentages and decimals are all `Getal`. Addition, subtraction, multiplication and
/// division are exact; rounding happens only through ``afgerond(op:wijze:)``, which a rule asks for
/// explicitly (or the one documented output default, see `Opmaak`). The numerator has 128 bits, the reduced
/// denominator 63 (every decimal of up to 18 places, and far more than any amount, percentage or share of an
/// ordinance needs): every operation whose result would not fit throws ``RekenFout/overloop`` instead of wrapping.
/// (A denominator of 64 bits makes a value 24 bytes, and so a slot of the plan 32 instead of 48: a fifth less
/// time per decision on the reference workload, whose cases are mostly amounts. Benchmarks/README.md, ninth round.)
public struct Getal: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var teller: Int128
    /// The reduced denominator, positive.
    private var n: Int64
    public var noemer: Int128 { Int128(n) }

    public static let nul = Getal(geheel: 0)
    public static let een = Getal(geheel: 1)
    public static let honderd = Getal(geheel: 100)

    /// A whole number.
    public init(geheel: Int128) {
        teller = geheel
        n = 1
    }

    /// Builds `teller / noemer` and reduces it. Throws on a zero denominator, and when the reduced denominator does
    /// not fit 63 bits.
    public init(teller: Int128, noemer: Int128) throws(RekenFout) {
        guard noemer != 0 else { throw .delingDoorNul }
        if noemer < 0 {
            guard teller != .min, noemer != .min else { throw .overloop }
            self = try Getal.gereduceerd(-teller, -noemer)
        } else {
            self = try Getal.gereduceerd(teller, noemer)
        }
    }

    /// `mantisse × 10^-schaal`, e.g. `(130000, 2)` is 1300.00.
    public init(mantisse: Int128, schaal: Int) throws(RekenFout) {
        guard schaal >= 0, schaal <= 36 else { throw .overloop }
        try self.init(teller: mantisse, noemer: Getal.machtVanTien(schaal))
    }

    /// `mantisse × 10^-schaal` for a decimal read from case data ("1297.19" is (129719, 2)), reduced without a
    /// gcd: the denominator is 2^schaal · 5^schaal, so reducing only ever divides out twos and fives, in 64-bit
    /// arithmetic. The same reduced number as ``init(mantisse:schaal:)`` (a reduced fraction is unique); nil
    /// for a scale no 64-bit power of ten holds, for the general path to handle.
    package static func decimaal(_ mantisse: Int64, schaal: Int) -> Getal? {
        guard schaal >= 0, schaal <= 18 else { return nil }
        if mantisse == 0 { return Getal(gereduceerd: 0, n: 1) }
        var t = mantisse, twee = schaal, vijf = schaal
        let nullen = Swift.min(t.trailingZeroBitCount, twee)
        t >>= nullen
        twee -= nullen
        while vijf > 0, t % 5 == 0 {
            t /= 5
            vijf -= 1
        }
        // 2^twee · 5^vijf, at most 10^18.
        return Getal(gereduceerd: Int128(t), n: (1 << twee) &* vijfmacht(vijf))
    }

    /// `teller / n`, reduced already, `n` positive.
    private init(gereduceerd teller: Int128, n: Int64) {
        self.teller = teller
        self.n = n
    }

    /// `teller / noemer` (`noemer` positive) reduced; throws when the reduced denominator does not fit 63 bits.
    private static func gereduceerd(_ teller: Int128, _ noemer: Int128) throws(RekenFout) -> Getal {
        if noemer == 1 { return Getal(gereduceerd: teller, n: 1) }
        if teller == 0 { return Getal(gereduceerd: 0, n: 1) }
        // Amounts are cents and the like: both parts fit 64 bits, and there a 64-bit gcd is several times
        // cheaper than a 128-bit one (same result: the reduced fraction is unique).
        if let t = UInt64(exactly: teller.magnitude), let n = UInt64(exactly: noemer) {
            let g = Getal.ggd(t, n)
            guard let r = Int64(exactly: n / g) else { throw .overloop }
            return Getal(gereduceerd: g > 1 ? teller / Int128(g) : teller, n: r)
        }
        let g = Getal.ggd(teller.magnitude, noemer.magnitude)
        guard let r = Int64(exactly: noemer / Int128(g)) else { throw .overloop }
        return Getal(gereduceerd: g > 1 ? teller / Int128(g) : teller, n: r)
    }

    /// 10^n for n in 0...18.
    @inline(__always)
    static func machtVanTien64(_ n: Int) -> Int64 { (1 << n) &* vijfmacht(n) }

    static func machtVanTien(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// 5^k for k in 0...18, the only k its caller asks (a table the compiler makes of the switch: no loop, no
    /// global to initialise).
    @inline(__always)
    static func vijfmacht(_ k: Int) -> Int64 {
        switch k {
        case 0: 1
        case 1: 5
        case 2: 25
        case 3: 125
        case 4: 625
        case 5: 3_125
        case 6: 15_625
        case 7: 78_125
        case 8: 390_625
        case 9: 1_953_125
        case 10: 9_765_625
        case 11: 48_828_125
        case 12: 244_140_625
        case 13: 1_220_703_125
        case 14: 6_103_515_625
        case 15: 30_517_578_125
        case 16: 152_587_890_625
        case 17: 762_939_453_125
        default: 3_814_697_265_625
        }
    }

    /// Binary gcd: no division in the loop, which matters on the hot path of plan evaluation. In 128 bits, and
    /// in 64 where both fit.
    static func ggd<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        var a = a, b = b
        if a == 0 { return b }
        if b == 0 { return a }
        // The common case of the cross-reduction in `maal`: a whole number or a numerator of one.
        if a == 1 || b == 1 { return 1 }
        // One step of Euclid first, in 64 bits: an amount meets a small denominator (gcd(209463, 5) for € 2.094,63
        // × 20%), where the binary loop below subtracts the small one from the large one some twenty times.
        if T.bitWidth <= 64 {
            if a > b { swap(&a, &b) }
            b %= a
            if b == 0 { return a }
        }
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }

    /// Both parts as 64-bit numbers, when they fit (nearly always: the fast path of comparing).
    var klein: (teller: Int64, noemer: Int64)? {
        guard let t = Int64(exactly: teller) else { return nil }
        return (t, n)
    }

    // MARK: - Arithmetic

    private static func mul(_ a: Int128, _ b: Int128) throws(RekenFout) -> Int128 {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw .overloop }
        return r
    }

    private static func add(_ a: Int128, _ b: Int128) throws(RekenFout) -> Int128 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw .overloop }
        return r
    }

    public func plus(_ o: Getal) throws(RekenFout) -> Getal {
        if n == o.n { return try Getal.gereduceerd(try Getal.add(teller, o.teller), noemer) }
        // a/b + c/d = (a·(d/g) + c·(b/g)) / (b·(d/g)) with g = gcd(b, d): keeps intermediates small.
        // All four parts in 64 bits (amounts nearly always): the gcd in 64 bits, and the products cannot leave
        // 128 (each below 2^126, their sum below 2^127), so no overflow check either.
        if let x = klein, let y = o.klein {
            let g = Int64(Getal.ggd(UInt64(x.noemer), UInt64(y.noemer)))
            let db = y.noemer / g
            return try Getal.gereduceerd(Int128(x.teller) * Int128(db) + Int128(y.teller) * Int128(x.noemer / g),
                                         Int128(x.noemer) * Int128(db))
        }
        let g = Int128(Getal.ggd(noemer.magnitude, o.noemer.magnitude))
        let db = o.noemer / g
        let t = try Getal.add(try Getal.mul(teller, db), try Getal.mul(o.teller, noemer / g))
        return try Getal.gereduceerd(t, try Getal.mul(noemer, db))
    }

    public func min(_ o: Getal) throws(RekenFout) -> Getal {
        try plus(o.negatief())
    }

    public func negatief() throws(RekenFout) -> Getal {
        guard teller != .min else { throw .overloop }
        return Getal(gereduceerd: -teller, n: n)
    }

    public func maal(_ o: Getal) throws(RekenFout) -> Getal {
        if n == 1 && o.n == 1 {
            return Getal(gereduceerd: try Getal.mul(teller, o.teller), n: 1)
        }
        // Cross-reduce first so that, e.g., 1300.00 × 10% never leaves 128 bits. All four parts in 64 bits: the
        // gcds in 64 bits and the products exact in 128 (the same reduced result, without 128-bit divisions).
        if let x = klein, let y = o.klein {
            // Times a whole number (an amount per month times the months of a duration): one gcd, not two.
            if y.noemer == 1 {
                let g = Int64(Getal.ggd(y.teller.magnitude, UInt64(x.noemer)))
                return Getal(gereduceerd: Int128(x.teller) * Int128(y.teller / g), n: x.noemer / g)
            }
            if x.noemer == 1 {
                let g = Int64(Getal.ggd(x.teller.magnitude, UInt64(y.noemer)))
                return Getal(gereduceerd: Int128(x.teller / g) * Int128(y.teller), n: y.noemer / g)
            }
            let g1 = Int64(Getal.ggd(x.teller.magnitude, UInt64(y.noemer)))
            let g2 = Int64(Getal.ggd(y.teller.magnitude, UInt64(x.noemer)))
            // Cross-reduced, so reduced: only the denominator's size is left to check.
            let (noemer, over) = (x.noemer / g2).multipliedReportingOverflow(by: y.noemer / g1)
            if over { throw .overloop }
            return Getal(gereduceerd: Int128(x.teller / g1) * Int128(y.teller / g2), n: noemer)
        }
        let g1 = Int128(Getal.ggd(teller.magnitude, o.noemer.magnitude))
        let g2 = Int128(Getal.ggd(o.teller.magnitude, noemer.magnitude))
        let t = try Getal.mul(teller / Swift.max(g1, 1), o.teller / Swift.max(g2, 1))
        guard let n = Int64(exactly: try Getal.mul(noemer / Swift.max(g2, 1), o.noemer / Swift.max(g1, 1))) else { throw .overloop }
        return Getal(gereduceerd: t, n: n)
    }

    public func gedeeldDoor(_ o: Getal) throws(RekenFout) -> Getal {
        guard o.teller != 0 else { throw .delingDoorNul }
        let omgekeerd = try Getal(teller: o.noemer, noemer: o.teller)
        return try maal(omgekeerd)
    }

    public static func < (a: Getal, b: Getal) -> Bool {
        if a.n == b.n { return a.teller < b.teller }
        // 64-bit parts: a·d and c·b exactly as full-width products, no overflow check needed.
        if let x = a.klein, let y = b.klein {
            let l = x.teller.multipliedFullWidth(by: y.noemer), r = y.teller.multipliedFullWidth(by: x.noemer)
            return l.high < r.high || (l.high == r.high && l.low < r.low)
        }
        return kleinerGroot(a, b)
    }

    /// `a < b` for parts past 64 bits: a call of its own, so that the common comparison above needs no stack frame for
    /// this one's 128-bit divisions (its entry and exit were a third of its cost, and the reference workload of
    /// `../shared/bench` compares some thirty amounts a case: 36 monthly incomes with 110% of the norm, art. 75).
    @inline(never)
    static func kleinerGroot(_ a: Getal, _ b: Getal) -> Bool {
        // Compare a/b < c/d as a·d < c·b, falling back to continued fractions when the products overflow.
        let (l, o1) = a.teller.multipliedReportingOverflow(by: b.noemer)
        let (r, o2) = b.teller.multipliedReportingOverflow(by: a.noemer)
        if !o1 && !o2 { return l < r }
        return kleinerInBreuken(a.teller, a.noemer, b.teller, b.noemer)
    }

    /// p/q < r/s (q, s positive) without a product: the whole parts first; when they are equal, the remainders
    /// p'/q < r'/s, which is s/r' < q/p' (both positive), and so on. Each round is a step of Euclid's algorithm on
    /// both fractions, so the loop ends (within some 190 rounds for 128-bit numbers). It used to recurse on the
    /// remainders without taking their reciprocals: two fractions just below 1 with denominators past 2^64
    /// recursed on themselves until the stack ran out.
    static func kleinerInBreuken(_ p: Int128, _ q: Int128, _ r: Int128, _ s: Int128) -> Bool {
        var (p, q, r, s) = (p, q, r, s)
        while true {
            // Whole parts and remainders, rounded down (a remainder in 0..<divisor).
            let (gp, rp) = naarBeneden(p, q), (gr, rr) = naarBeneden(r, s)
            if gp != gr { return gp < gr }
            if rp == 0 || rr == 0 { return rp == 0 && rr != 0 }
            (p, q, r, s) = (s, rr, q, rp)
        }
    }

    public var isGeheel: Bool { n == 1 }
    public var isNul: Bool { teller == 0 }
    public var isNegatief: Bool { teller < 0 }

    /// Floor as a whole number.
    func naarBeneden() -> Int128 { Getal.naarBeneden(teller, noemer).deel }

    /// p / q (q positive) rounded down, and the remainder in 0..<q: from one division, no product, so nothing
    /// overflows (the quotient is one less than the truncated one only when the remainder was negative, so never
    /// below Int128.min).
    static func naarBeneden(_ p: Int128, _ q: Int128) -> (deel: Int128, rest: Int128) {
        let (d, r) = p.quotientAndRemainder(dividingBy: q)
        return r < 0 ? (d - 1, r + q) : (d, r)
    }

    // MARK: - Rounding

    /// The rounding rules a rule can ask for.
    public enum Afronding: String, Sendable, CaseIterable {
        /// Half away from zero: the Dutch "rekenkundig afronden" (0,005 → 0,01; −0,005 → −0,01).
        case rekenkundig
        /// Towards +∞ ("naar boven").
        case naarBoven
        /// Towards −∞ ("naar beneden").
        case naarBeneden
        /// Half to even ("bankiersafronding").
        case halfNaarEven
    }

    /// What a rule rounds to: a number of places (`centen` is 2, `hele euro's` 0, `4 decimalen`), or a
    /// multiple of a positive value of the rounded value's kind (`een veelvoud van € 0,20`, Model Verordening
    /// art. 30 lid 3). For a percentage the places count in percent, the multiple is a percentage itself.
    public enum Afrondingsmaat: Sendable, Hashable {
        case decimalen(Int)
        case veelvoud(Getal)
    }

    /// This number rounded to `decimalen` places (may be negative: −2 rounds to hundreds).
    public func afgerond(op decimalen: Int, wijze: Afronding) throws(RekenFout) -> Getal {
        guard decimalen >= -30, decimalen <= 30 else { throw .overloop }
        // Both parts in 64 bits and up to 18 places (an amount to cents): x·10^d in 128 bits cannot overflow, one
        // division gives the whole part and the remainder, and the rounded mantissa over 10^d reduces without a gcd
        // (``decimaal(_:schaal:)``). The same number as the general way below (a reduced fraction is unique).
        if decimalen >= 0, decimalen <= 18, let x = klein {
            // x·10^d mostly fits 64 bits (cents of an amount: a 64-bit division, where a 128-bit one is a library call).
            let (p, over) = x.teller.multipliedReportingOverflow(by: Getal.machtVanTien64(decimalen))
            if !over {
                let (q, rest) = p.quotientAndRemainder(dividingBy: x.noemer)
                let (vloer, r) = rest < 0 ? (q - 1, rest + x.noemer) : (q, rest)
                let omhoog = Getal.omhoog(vloer: Int128(vloer), rest: Int128(r), noemer: Int128(x.noemer), wijze)
                // Cannot overflow: with a remainder the denominator is at least 2, so |vloer| ≤ |p| / 2 + 1.
                if let g = Getal.decimaal(vloer + (omhoog ? 1 : 0), schaal: decimalen) { return g }
            }
            let (vloer, r) = Getal.naarBeneden(Int128(x.teller) * Int128(Getal.machtVanTien64(decimalen)), Int128(x.noemer))
            let m = vloer + (Getal.omhoog(vloer: vloer, rest: r, noemer: Int128(x.noemer), wijze) ? 1 : 0)
            if let m = Int64(exactly: m), let g = Getal.decimaal(m, schaal: decimalen) { return g }
        }
        // Scale to a whole-number problem: x·10^d rounded, then divided by 10^d.
        let schaal = decimalen >= 0
            ? try Getal(teller: Getal.machtVanTien(decimalen), noemer: 1)
            : try Getal(teller: 1, noemer: Getal.machtVanTien(-decimalen))
        return try Getal(geheel: try maal(schaal).heel(wijze)).gedeeldDoor(schaal)
    }

    /// This number rounded to a multiple of `veelvoud` (> 0): "naar beneden afgerond op een veelvoud van
    /// € 0,20" (Model Verordening art. 30 lid 3). The same whole-number problem as decimals, with x / veelvoud:
    /// so the directions mean what they mean there, for negative numbers too (naar beneden towards −∞:
    /// −3,47 → −3,60; rekenkundig the nearest multiple, a tie away from zero: −3,50 → −3,60). Rounding to a
    /// multiple of 0,01 is rounding to cents.
    public func afgerond(opVeelvoudVan veelvoud: Getal, wijze: Afronding) throws(RekenFout) -> Getal {
        // The checker refuses a multiple that is not positive; a plan built some other way still gets no answer.
        guard veelvoud > .nul else { throw .delingDoorNul }
        return try Getal(geheel: try gedeeldDoor(veelvoud).heel(wijze)).maal(veelvoud)
    }

    /// This number rounded to a whole number, the way `wijze` says.
    private func heel(_ wijze: Afronding) -> Int128 {
        // The whole part rounded down and the remainder, from one division: vloer · noemer can leave 128 bits
        // near the limits (it stopped the program), the remainder cannot.
        let (vloer, r) = Getal.naarBeneden(teller, noemer)
        return Getal.omhoog(vloer: vloer, rest: r, noemer: noemer, wijze) ? vloer + 1 : vloer
    }

    /// Whether `vloer + r/noemer` (r in 0..<noemer, the fraction reduced or not) rounds up to `vloer + 1` the way
    /// `wijze` says. r/noemer is above one half when r > noemer − r, one half when they are equal (no product, so
    /// nothing overflows).
    static func omhoog(vloer: Int128, rest r: Int128, noemer: Int128, _ wijze: Afronding) -> Bool {
        guard r != 0 else { return false }
        let tegen = noemer - r
        switch wijze {
        case .naarBeneden: return false
        case .naarBoven: return true
        case .rekenkundig: return r > tegen || (r == tegen && vloer >= 0)
        case .halfNaarEven: return r > tegen || (r == tegen && vloer % 2 != 0)
        }
    }

    // MARK: - Text

    /// The decimal expansion if it terminates within `maxDecimalen`, else nil.
    public func exacteDecimalen(max maxDecimalen: Int = 30) -> (mantisse: Int128, schaal: Int)? {
        // The factor that makes the denominator 10^schaal is at most 5^schaal: up to 27 decimals it fits 64 bits,
        // where a denominator of 64 bits (cents and the like: nearly always) is taken apart with multiplications
        // instead of 128-bit division, a library call; up to 54 decimals it fits 128 bits.
        let tienmacht: (factor: Int128, schaal: Int)?
        if maxDecimalen <= 27, let n = UInt64(exactly: noemer) {
            tienmacht = Getal.tienmacht(n, grens: maxDecimalen).map { (Int128($0.factor), $0.schaal) }
        } else {
            tienmacht = Getal.tienmacht(noemer, grens: Swift.min(maxDecimalen, 54))
        }
        guard let (factor, schaal) = tienmacht else { return nil }
        let (m, o) = teller.multipliedReportingOverflow(by: factor)
        guard !o else { return nil }
        return (m, schaal)
    }

    /// `noemer` (positive) as 10^schaal / factor, when it has no prime factor but 2 and 5 and `schaal` stays
    /// within `grens`; nil otherwise. The factor is at most 5^grens: the caller picks `grens` so that it fits `T`
    /// (a denominator of 2^60 once overflowed 128 bits here and stopped the program).
    static func tienmacht<T: FixedWidthInteger>(_ noemer: T, grens: Int) -> (factor: T, schaal: Int)? {
        var n = noemer, factor: T = 1, schaal = 0
        while n % 10 == 0 { n /= 10; schaal += 1 }
        while n % 2 == 0 {
            guard schaal < grens else { return nil }
            n /= 2; factor *= 5; schaal += 1
        }
        while n % 5 == 0 {
            guard schaal < grens else { return nil }
            n /= 5; factor *= 2; schaal += 1
        }
        guard n == 1, schaal <= grens else { return nil }
        return (factor, schaal)
    }

    /// Plain decimal text with a point and at least `minDecimalen` places, e.g. "1300.00";
    /// a non-terminating fraction is shown rounded to 12 places.
    public func decimaleTekst(minDecimalen: Int = 0, scheiding: Character = ".") -> String {
        let (m, s): (Int128, Int)
        if let exact = exacteDecimalen(max: 30) {
            (m, s) = exact
        } else {
            let r = (try? afgerond(op: 12, wijze: .rekenkundig)) ?? self
            (m, s) = r.exacteDecimalen(max: 30) ?? (r.naarBeneden(), 0)
        }
        // The places up to `minDecimalen` are zeros after the digits: written as text, since the mantissa times a
        // power of ten can leave 128 bits (an amount past 10^36 with two decimals stopped the program here).
        let negatief = m < 0
        var cijfers = String(m.magnitude), schaal = s
        if schaal < minDecimalen {
            cijfers += String(repeating: "0", count: minDecimalen - schaal)
            schaal = minDecimalen
        }
        if schaal > 0 {
            if cijfers.count <= schaal { cijfers = String(repeating: "0", count: schaal - cijfers.count + 1) + cijfers }
            cijfers.insert(scheiding, at: cijfers.index(cijfers.endIndex, offsetBy: -schaal))
        }
        return (negatief ? "-" : "") + cijfers
    }

    public var description: String { decimaleTekst() }

    /// ``decimaleTekst(minDecimalen:scheiding:)`` with a point, appended as bytes: what a batch record writes
    /// for every amount, so without a `String` in between when the digits fit 64 bits.
    package func schrijfDecimaal(minDecimalen: Int = 0, naar uit: inout [UInt8]) {
        // An amount in cents or coarser (a denominator that divides 100) with two decimals: the digits of
        // teller × 100/noemer, the same as below without taking the denominator apart.
        if minDecimalen == 2, noemer <= 100, 100 % noemer == 0, let t = Int64(exactly: teller),
           case let (c, o) = t.multipliedReportingOverflow(by: Int64(100 / noemer)), !o {
            Getal.schrijfCijfers(c.magnitude, punt: 2, negatief: c < 0, naar: &uit)
            return
        }
        guard let (m, s) = exacteDecimalen(max: 18), s <= 18, let klein = Int64(exactly: m) else {
            uit += decimaleTekst(minDecimalen: minDecimalen).utf8
            return
        }
        var mant = klein.magnitude, schaal = s
        while schaal < minDecimalen {
            let (x, o) = mant.multipliedReportingOverflow(by: 10)
            if o { uit += decimaleTekst(minDecimalen: minDecimalen).utf8; return }
            mant = x
            schaal += 1
        }
        guard schaal <= 18 else { uit += decimaleTekst(minDecimalen: minDecimalen).utf8; return }
        Getal.schrijfCijfers(mant, punt: schaal, negatief: klein < 0, naar: &uit)
    }

    /// Appends the decimal digits of `n`, with leading zeros up to `minstens` digits (decimals, a month).
    package static func schrijfCijfers(_ n: UInt64, minstens: Int = 1, naar uit: inout [UInt8]) {
        schrijfCijfers(n, minstens: minstens, punt: 0, negatief: false, naar: &uit)
    }

    /// `n` with a point before its last `punt` digits (at least one digit before it), after a minus sign if
    /// `negatief`: written backwards into a buffer on the stack, then appended at once (one capacity check,
    /// not one per digit). 20 digits hold any `UInt64`; with the point, the sign and up to 18 leading zeros
    /// the text stays within 48 bytes.
    static func schrijfCijfers(_ n: UInt64, minstens: Int = 1, punt: Int, negatief: Bool, naar uit: inout [UInt8]) {
        var buf: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buf) { b in
            var k = b.count, m = n, geschreven = 0
            let minstens = Swift.max(Swift.min(minstens, 20), punt + 1)
            repeat {
                k -= 1
                b[k] = UInt8(truncatingIfNeeded: 0x30 &+ m % 10)
                m /= 10
                geschreven += 1
                if geschreven == punt {
                    k -= 1
                    b[k] = 0x2E
                }
            } while m > 0 || geschreven < minstens
            if negatief {
                k -= 1
                b[k] = 0x2D
            }
            uit.append(contentsOf: UnsafeRawBufferPointer(rebasing: b[k...]))
        }
    }

    /// Parses "1300", "1300.00", "-0.5", "1e3" style is refused: only plain decimals are exact input.
    /// Also accepts Dutch notation with `decimaal: ","` and `.` as thousands separator.
    public static func lees(_ tekst: Substring, decimaal: Character = ".", duizendtal: Character? = nil) -> Getal? {
        // Byte by byte: every character that can belong to a number is ASCII (reading case data is hot).
        guard let punt = decimaal.asciiValue else { return nil }
        if let g = tekst.utf8.withContiguousStorageIfAvailable({ lees(bytes: $0, punt: punt, groepteken: duizendtal?.asciiValue) }) {
            return g
        }
        return Array(tekst.utf8).withUnsafeBufferPointer { lees(bytes: $0, punt: punt, groepteken: duizendtal?.asciiValue) }
    }

    package static func lees(bytes b: UnsafeBufferPointer<UInt8>, punt: UInt8, groepteken: UInt8?) -> Getal? {
        func isCijfer(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        var mant: Int128 = 0, schaal = 0, negatief = false, zagCijfer = false, naKomma = false
        var i = 0
        if i < b.count, b[i] == 0x2D || b[i] == 0x2B {
            negatief = b[i] == 0x2D
            i += 1
        }
        while i < b.count {
            let c = b[i]
            if isCijfer(i) {
                let (m1, o1) = mant.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(Int128(c - 0x30))
                if o1 || o2 { return nil }
                mant = m2
                zagCijfer = true
                if naKomma { schaal += 1; if schaal > 36 { return nil } }
            } else if c == punt, !naKomma, zagCijfer {
                naKomma = true
            } else if let g = groepteken, c == g, !naKomma, zagCijfer {
                // thousands separator: must be followed by exactly three digits
                guard isCijfer(i + 1), isCijfer(i + 2), isCijfer(i + 3), !isCijfer(i + 4) else { return nil }
            } else {
                return nil
            }
            i += 1
        }
        guard zagCijfer, !(naKomma && schaal == 0) else { return nil }
        guard let g = try? Getal(mantisse: negatief ? -mant : mant, schaal: schaal) else { return nil }
        return g
    }
}

/// An arithmetic failure. Never a wrap, never a silent approximation.
public enum RekenFout: Error, Sendable, Equatable {
    case overloop
    case delingDoorNul
}
