// Values: the Dutch general holidays of the Algemene termijnenwet, and working days (DESIGN §3).

/// The calendar of the Algemene termijnenwet (Atw), art. 3: Saturdays, Sundays and the general
/// holidays are not working days.
public enum Kalender {
    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
    public static func paaszondag(_ jaar: Int) -> Datum? {
        let a = jaar % 19, b = jaar / 100, c = jaar % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let maand = (h + l - 7 * m + 114) / 31
        let dag = (h + l - 7 * m + 114) % 31 + 1
        return Datum(jaar: jaar, maand: maand, dag: dag)
    }

    /// The general holidays of a year with their names (Atw art. 3 lid 1). Koningsdag is 27 April,
    /// or 26 April when the 27th is a Sunday; Bevrijdingsdag (5 mei) counts every year.
    public static func feestdagen(_ jaar: Int) -> [(Datum, String)] {
        var uit: [(Datum, String)] = []
        func vast(_ m: Int, _ d: Int, _ naam: String) {
            if let x = Datum(jaar: jaar, maand: m, dag: d) { uit.append((x, naam)) }
        }
        vast(1, 1, "Nieuwjaarsdag")
        if let pasen = paaszondag(jaar) {
            if let x = pasen.plusDagen(1) { uit.append((x, "Tweede Paasdag")) }
            if let x = pasen.plusDagen(39) { uit.append((x, "Hemelvaartsdag")) }
            if let x = pasen.plusDagen(50) { uit.append((x, "Tweede Pinksterdag")) }
        }
        if let k = Datum(jaar: jaar, maand: 4, dag: 27) {
            if k.weekdag == 7 { vast(4, 26, "Koningsdag") } else { uit.append((k, "Koningsdag")) }
        }
        vast(5, 5, "Bevrijdingsdag")
        vast(12, 25, "Eerste Kerstdag")
        vast(12, 26, "Tweede Kerstdag")
        return uit.sorted { $0.0 < $1.0 }
    }

    /// The name of the holiday on this date, if it is one.
    public static func feestdag(_ d: Datum) -> String? {
        feestdagen(d.civiel.jaar).first { $0.0 == d }?.1
    }

    /// Why a day is no working day ("zaterdag", "zondag", or the holiday's name), or nil.
    public static func geenWerkdag(_ d: Datum) -> String? {
        switch d.weekdag {
        case 6: return "zaterdag"
        case 7: return "zondag"
        default: return feestdag(d)
        }
    }

    /// Dutch weekday names, maandag first (ISO weekday 1).
    public static let weekdagen = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// The end of a statutory period that runs from `start` (exclusive) to `eind`, under the
    /// Algemene termijnenwet: art. 2, a period of at least three days includes at least two days
    /// that are no Saturday, Sunday or general holiday; art. 1, a period ending on such a day ends on
    /// the next day that is none of those. Returns the end and why it moved (nil when it did not).
    public static func termijnenwet(start: Datum, eind: Datum) -> (Datum, String?)? {
        var e = eind
        var reden: String?
        if eind.dagnummer - start.dagnummer >= 3 {
            var werkdagen = 0
            var d = start
            // Two are enough: a long period need not be walked day by day.
            while d < eind, werkdagen < 2 {
                guard let v = d.plusDagen(1) else { return nil }
                d = v
                if geenWerkdag(d) == nil { werkdagen += 1 }
            }
            while werkdagen < 2 {
                guard let v = e.plusDagen(1) else { return nil }
                e = v
                if geenWerkdag(e) == nil { werkdagen += 1 }
                reden = "artikel 2"
            }
        }
        if let r = geenWerkdag(e) {
            reden = reden ?? "artikel 1 (\(r))"
            while geenWerkdag(e) != nil {
                guard let v = e.plusDagen(1) else { return nil }
                e = v
            }
        }
        return (e, reden)
    }

    /// Whole calendar months from `van` to `tot` (negative when `tot` is earlier): the largest n with
    /// van + n maanden <= tot, using the month rule. Also the basis of whole years and of age.
    public static func heleMaanden(van: Datum, tot: Datum) -> Int {
        let (j1, m1, _) = van.civiel, (j2, m2, _) = tot.civiel
        var n = (j2 - j1) * 12 + (m2 - m1)
        if n >= 0 {
            while n > 0, let d = van.plusMaanden(n), d > tot { n -= 1 }
        } else {
            while n < 0, let d = van.plusMaanden(n), d < tot { n += 1 }
        }
        return n
    }

    /// "zondag 31 maart 2024".
    public static func metWeekdag(_ d: Datum) -> String { "\(weekdagen[d.weekdag - 1]) \(d.nederlands)" }

    /// `n` working days after `d` (n > 0) or before it (n < 0).
    public static func plusWerkdagen(_ d: Datum, _ n: Int) -> Datum? {
        // n working days are at least n days: past the calendar's end that is known at once, without walking
        // millions of days to find it (a rule `+ 3999999 werkdagen` took seconds).
        guard d.plusDagen(n) != nil else { return nil }
        var x = d
        var rest = n.magnitude
        let stap = n >= 0 ? 1 : -1
        // Day by day, as ``geenWerkdag(_:)`` says, but with the holidays of the year at hand worked out once per
        // year rather than once per day (two million working days, some eight thousand years, walk in
        // milliseconds, not seconds).
        var jaar = (begin: Int32.max, eind: Int32.min, feestdagen: [Int32]())
        while rest > 0 {
            guard let v = x.plusDagen(stap) else { return nil }
            x = v
            guard x.weekdag < 6 else { continue }
            if x.dagnummer < jaar.begin || x.dagnummer > jaar.eind {
                let j = x.civiel.jaar
                jaar = (Datum(jaar: j, maand: 1, dag: 1)?.dagnummer ?? x.dagnummer, Datum(jaar: j, maand: 12, dag: 31)?.dagnummer ?? x.dagnummer,
                        feestdagen(j).map(\.0.dagnummer))
            }
            if !jaar.feestdagen.contains(x.dagnummer) { rest -= 1 }
        }
        return x
    }
}
