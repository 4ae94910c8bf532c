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

    // Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
    static func dagenVanafCivil(_ j: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? j - 1 : j
        // From year 0 on, with a month and day of the calendar (every date from 0001-01-01 on): every quantity
        // below is non-negative and small, and unsigned arithmetic without overflow checks gives the same at a
        // fraction of the cost (a case converts dates some ten times: `+ 12 maanden` per earlier verlaging).
        if y >= 0, y < 1 << 32, m >= 1, m <= 12, d >= 1, d < 1 << 16 {
            let y = UInt64(y), m = UInt64(m), d = UInt64(d)
            let era = y / 400
            let yoe = y &- era &* 400
            let mp = (m &+ 9) % 12
            let doy = (153 &* mp &+ 2) / 5 &+ d &- 1
            let doe = yoe &* 365 &+ yoe / 4 &- yoe / 100 &+ doy
            return Int(era &* 146097 &+ doe) - 719468
        }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// (jaar, maand, dag) of this date.
    public var civiel: (jaar: Int, maand: Int, dag: Int) {
        let z = Int(dagnummer) + 719468
        // From 1 March of year 0 on (every date of the calendar): as in ``dagenVanafCivil(_:_:_:)``, unsigned.
        if z >= 0 {
            let z = UInt64(z)
            let era = z / 146097
            let doe = z &- era &* 146097
            let yoe = (doe &- doe / 1460 &+ doe / 36524 &- doe / 146096) / 365
            let doy = doe &- (365 &* yoe &+ yoe / 4 &- yoe / 100)
            let mp = (5 &* doy &+ 2) / 153
            let d = doy &- (153 &* mp &+ 2) / 5 &+ 1
            let m = mp < 10 ? mp &+ 3 : mp &- 9
            return (Int(yoe &+ era &* 400) + (m <= 2 ? 1 : 0), Int(m), Int(d))
        }
        return Datum.civielMetTeken(Int(dagnummer))
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
        return Datum(jaar: nj, maand: nm, dag: Swift.min(d, Datum.dagenInMaand(jaar: nj, maand: nm)))
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
