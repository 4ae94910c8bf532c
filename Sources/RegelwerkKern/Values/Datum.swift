// Values: calendar dates and durations, with the Dutch month rule (DESIGN §3 "Time, Dutch style").

/// A day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
public struct Datum: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var dagnummer: Int32

    public init(dagnummer: Int32) { self.dagnummer = dagnummer }

    /// nil when the day does not exist (2023-02-29) or the year is outside 1..9999.
    public init?(jaar: Int, maand: Int, dag: Int) {
        guard (1...9999).contains(jaar), (1...12).contains(maand),
              dag >= 1, dag <= Datum.dagenInMaand(jaar: jaar, maand: maand) else { return nil }
        dagnummer = Int32(Datum.dagenVanafCivil(jaar, maand, dag))
    }

    public static func < (a: Datum, b: Datum) -> Bool { a.dagnummer < b.dagnummer }

    public static func isSchrikkeljaar(_ j: Int) -> Bool { (j % 4 == 0 && j % 100 != 0) || j % 400 == 0 }

    public static func dagenInMaand(jaar: Int, maand: Int) -> Int {
        switch maand {
        case 2: return isSchrikkeljaar(jaar) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a year, month and day (a day past the month's end counts on into the next). Inlined, as
    /// ``civiel`` is: `+ 12 maanden` converts both ways some four times a decision of afstemming (artikel 55 per earlier
    /// verlaging, under each supposition), and a call of each cost nearly as much as the conversion.
    @inline(__always)
    static func dagenVanafCivil(_ j: Int, _ m: Int, _ d: Int) -> Int {
        // Neri and Schneider, "Euclidean affine functions and their application to calendar algorithms" (2022):
        // for a year from −32,000 to 1,000,000, a month of the calendar and a day below 2^16, in 32-bit unsigned
        // arithmetic by multiplications and shifts (a case converts dates some ten times: `+ 12 maanden` per
        // earlier verlaging). The year is counted from −32,800 (82 cycles of 400 years) so that nothing is negative;
        // every quantity stays below 2^32.
        if j >= -32_000, j < 1_000_000, m >= 1, m <= 12, d >= 1, d < 1 << 16 {
            let januariFebruari: UInt32 = m <= 2 ? 1 : 0
            let y = UInt32(j + 32_800) &- januariFebruari
            let mm = UInt32(m) &+ 12 &* januariFebruari
            let eeuw = y / 100
            let dagenVoorJaar = 1_461 &* y / 4 &- eeuw &+ eeuw / 4
            let dagenVoorMaand = (979 &* mm &- 2_919) / 32
            return Int(dagenVoorJaar &+ dagenVoorMaand &+ UInt32(d) &- 1) - 12_699_422
        }
        return dagenVanafCivilMetTeken(j, m, d)
    }

    /// Howard Hinnant's days_from_civil in signed arithmetic: any year, month and day, and the reference the tests
    /// hold the unsigned way to.
    static func dagenVanafCivilMetTeken(_ j: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? j - 1 : j
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// (jaar, maand, dag) of this date.
    public var civiel: (jaar: Int, maand: Int, dag: Int) {
        @inline(__always) get {
            // Neri and Schneider (see ``dagenVanafCivil(_:_:_:)``), from year −32,800 on and for day numbers below
            // 2^29 (far past 9999-12-31): 4·N + 3 stays below 2^32. The signed way for the rest.
            let n = Int(dagnummer)
            if n >= -12_699_422, n < 1 << 29 {
                let n1 = 4 &* UInt32(n + 12_699_422) &+ 3
                let eeuw = n1 / 146_097
                let n2 = 4 &* (n1 % 146_097 / 4) &+ 3
                let p2 = UInt64(2_939_745) &* UInt64(n2)
                let jaarInEeuw = UInt32(truncatingIfNeeded: p2 >> 32)
                let dagInJaar = UInt32(truncatingIfNeeded: p2) / 2_939_745 / 4
                let n3 = 2_141 &* dagInJaar &+ 197_913
                let maand = n3 >> 16, dag = (n3 & 0xFFFF) / 2_141 &+ 1
                // The year above begins on 1 March: January and February belong to the next.
                let volgend = dagInJaar >= 306
                return (Int(100 &* eeuw &+ jaarInEeuw) - 32_800 + (volgend ? 1 : 0), Int(volgend ? maand &- 12 : maand), Int(dag))
            }
            return Datum.civielMetTeken(n)
        }
    }

    /// ``civiel`` for any day number, in signed arithmetic: before year 0, and the reference the tests hold the
    /// unsigned way to.
    static func civielMetTeken(_ dagnummer: Int) -> (jaar: Int, maand: Int, dag: Int) {
        let z = dagnummer + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: 1 = maandag … 7 = zondag.
    public var weekdag: Int {
        let w = (Int(dagnummer) + 3) % 7 // 1970-01-01 was a Thursday (4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// Adds whole months keeping the day number; a day the target month lacks becomes its last day
    /// (31 januari + 1 maand = 28 of 29 februari).
    public func plusMaanden(_ n: Int) -> Datum? {
        let (j, m, d) = civiel
        let totaal = j * 12 + (m - 1) + n
        let nj = totaal / 12, nm = totaal % 12 + 1
        guard (1...9999).contains(nj) else { return nil }
        // A year of the calendar, a month of it and a day it has: what ``init(jaar:maand:dag:)`` would check.
        return Datum(dagnummer: Int32(Datum.dagenVanafCivil(nj, nm, Swift.min(d, Datum.dagenInMaand(jaar: nj, maand: nm)))))
    }

    public func plusDagen(_ n: Int) -> Datum? {
        let (r, o) = Int(dagnummer).addingReportingOverflow(n)
        guard !o, r >= Int(Datum.min.dagnummer), r <= Int(Datum.max.dagnummer) else { return nil }
        return Datum(dagnummer: Int32(r))
    }

    public static let min = Datum(dagnummer: Int32(dagenVanafCivil(1, 1, 1)))
    public static let max = Datum(dagnummer: Int32(dagenVanafCivil(9999, 12, 31)))

    /// Parses `JJJJ-MM-DD` exactly.
    public static func lees(_ s: Substring) -> Datum? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func getal(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let j = getal(0..<4), let m = getal(5..<7), let d = getal(8..<10) else { return nil }
        return Datum(jaar: j, maand: m, dag: d)
    }

    /// `JJJJ-MM-DD`.
    public var description: String {
        let (j, m, d) = civiel
        func twee(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let jj = String(j)
        return String(repeating: "0", count: Swift.max(0, 4 - jj.count)) + jj + "-" + twee(m) + "-" + twee(d)
    }

    static let maandnamen = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                             "augustus", "september", "oktober", "november", "december"]

    /// "1 februari 2024": how a Dutch decision writes a date.
    public var nederlands: String {
        let (j, m, d) = civiel
        return "\(d) \(Datum.maandnamen[m - 1]) \(j)"
    }
}

/// A length of time in one unit. Months and years are calendar units (see ``Datum/plusMaanden(_:)``).
public struct Duur: Sendable, Hashable, CustomStringConvertible {
    public enum Eenheid: String, Sendable, CaseIterable {
        case dagen, weken, maanden, jaren, werkdagen
        package var enkelvoud: String {
            switch self {
            case .dagen: "dag"
            case .weken: "week"
            case .maanden: "maand"
            case .jaren: "jaar"
            case .werkdagen: "werkdag"
            }
        }
    }
    public var aantal: Int64
    public var eenheid: Eenheid

    public init(_ aantal: Int64, _ eenheid: Eenheid) {
        self.aantal = aantal
        self.eenheid = eenheid
    }

    /// "1 maand", "3 maanden", "2 jaar": after a number Dutch says "jaar", also for more than one.
    public var description: String { "\(aantal) \(aantal == 1 || eenheid == .jaren ? eenheid.enkelvoud : eenheid.rawValue)" }
}
