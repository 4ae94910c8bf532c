// Evaluate: old rules against new over the same cases (DESIGN §5, `regelwerk vergelijk`): for a reviewer
// who must show the council, before it votes, whom a change affects and by how much.

import RegelwerkKern
import RegelwerkGevallen

/// What changes when the same cases are decided under the old and the new rules.
public struct Vergelijking: Sendable {
    /// One outcome of the decision across all cases.
    public struct Uitkomstverschil: Sendable {
        public var naam: String
        public var soort: Soort
        /// Cases decided both times whose value differs.
        public var gewijzigd = 0
        /// For amounts: the sum of new minus old over all cases decided both times.
        public var totaalVerschil: Getal?
        /// The largest change (by size), with the case's line.
        public var grootste: (regel: Int, oud: Besluit.Uitkomst, nieuw: Besluit.Uitkomst, verschil: Getal)?
        /// The first few changed cases, for the report.
        public var voorbeelden: [(regel: Int, oud: Besluit.Uitkomst, nieuw: Besluit.Uitkomst)] = []
        /// For amounts: how many changed cases moved by each difference (new minus old). Kept per distinct
        /// difference, which the rules make few, so it stays small however many cases there are.
        public var verdeling: [Getal: Int] = [:]
        /// Changed cases whose value went up, and down (amounts, numbers, durations in one unit, dates).
        public var hoger = 0
        public var lager = 0
        /// For an amount per period with a duration in the decision (a verlaging per maand for a number of
        /// maanden): the sum over all cases of new minus old over the whole duration (amount × duur).
        public var totaalOverDuur: Getal?
        /// The largest change over the whole duration, with the case's line.
        public var grootsteOverDuur: (regel: Int, verschil: Getal)?
    }

    /// What the comparison is of: the ordinance and version of each side, and the cases.
    public struct Kop: Sendable {
        public var oud: (naam: String, versie: String)
        public var nieuw: (naam: String, versie: String)
        /// The file the cases come from (nil: standard input).
        public var gevallen: String?
    }

    /// One changed value of one case, for the full list a reviewer samples from.
    public struct Wijziging: Sendable {
        public var regel: Int
        public var uitkomst: String
        public var oud: String
        public var nieuw: String
        /// For amounts: new minus old (per period), and over the whole duration when there is one.
        public var verschil: Getal?
        public var verschilOverDuur: Getal?
    }

    public var kop: Kop

    public var gevallen = 0
    public var beideBeslist = 0
    /// Cases that one of the two rule sets could not decide (with the line and the message).
    public var fouten: [(regel: Int, oud: String?, nieuw: String?)] = []
    public var uitkomsten: [Uitkomstverschil] = []
    /// Per article: the cases in which a value it gives (an outcome or a step on the way) changed.
    public var perArtikel: [(artikel: Citaat, gevallen: Int)] {
        artikelTelling.map { ($0.key, $0.value) }.sorted { Citaat.inVolgorde($0.artikel, $1.artikel) }
    }
    var artikelTelling: [Citaat: Int] = [:]
    /// The articles whose text differs: was, wordt (nil: not in that version).
    public var tekstverschillen: [(artikel: String, was: String?, wordt: String?)] = []

    /// A comparison of these rule sets without cases yet: the text of the newest version of each compared.
    public init(oud: Compilatie, nieuw: Compilatie, gevallen: String? = nil) {
        let (o, n) = (oud.versies[oud.versies.count - 1], nieuw.versies[nieuw.versies.count - 1])
        kop = Kop(oud: (o.regelset.naam, o.periode), nieuw: (n.regelset.naam, n.periode), gevallen: gevallen)
        let was = Dictionary(VerordeningWeergave.artikelen(oud.versies[oud.versies.count - 1].regelset).map { ($0.kop, Self.tekst($0)) },
                             uniquingKeysWith: { x, _ in x })
        let wordt = VerordeningWeergave.artikelen(nieuw.versies[nieuw.versies.count - 1].regelset).map { ($0.kop, Self.tekst($0)) }
        for (kop, t) in wordt where was[kop] != t { tekstverschillen.append((kop, was[kop], t)) }
        for (kop, t) in was.sorted(by: { $0.key < $1.key }) where !wordt.contains(where: { $0.0 == kop }) {
            tekstverschillen.append((kop, t, nil))
        }
    }

    /// Decides every case (read from JSON Lines or CSV, with its line number) under both rule sets and
    /// compares. Each case is decided under the newest version of each, whatever its date: the question is
    /// what the new rules would do to these cases.
    public static func maak(oud: Beslisser, nieuw: Beslisser, beslissing: String?,
                            gevallen: [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)]) throws(Verzoekfout) -> Vergelijking {
        let v = try Vergelijker(oud: oud, nieuw: nieuw, beslissing: beslissing)
        v.voegToe(gevallen: gevallen)
        return v.vergelijking
    }

    /// Adds one case: what the old and the new rules gave for it. Returns its changed values.
    @discardableResult
    public mutating func voegToe(nummer: Int, oud: Uitslag, nieuw: Uitslag) -> [Wijziging] {
        gevallen += 1
        var wijzigingen: [Wijziging] = []
        switch (oud, nieuw) {
        case (.success(let o), .success(let n)):
            beideBeslist += 1
            let (oudeUitkomsten, oudeTussen, nieuweUitkomsten, nieuweTussen) = (o.uitkomsten, o.tussenwaarden, n.uitkomsten, n.tussenwaarden)
            // The articles whose values differ: where the change comes from, not only where it ends.
            var geraakt = Set<Citaat>()
            for naam in Set(oudeTussen.keys).union(nieuweTussen.keys) {
                let (x, y) = (oudeTussen[naam], nieuweTussen[naam])
                guard x?.waarde != y?.waarde else { continue }
                if let c = y?.citaat { geraakt.insert(c.artikelAlleen) }
                if let c = x?.citaat { geraakt.insert(c.artikelAlleen) }
            }
            // The decision's duration, for an amount per period over it.
            let oudeDuur = oudeUitkomsten.first { $0.soort == .duur }?.waarde
            let nieuweDuur = nieuweUitkomsten.first { $0.soort == .duur }?.waarde
            for nu in nieuweUitkomsten {
                guard let was = oudeUitkomsten.first(where: { $0.naam == nu.naam }) else { continue }
                var u = uitkomsten.first { $0.naam == nu.naam } ?? Uitkomstverschil(naam: nu.naam, soort: nu.soort)
                var verschil: Getal?, overDuur: Getal?
                if nu.soort.isBedrag, case .getal(let x) = was.waarde, case .getal(let y) = nu.waarde {
                    verschil = try? y.min(x)
                    if let d = verschil { u.totaalVerschil = (try? (u.totaalVerschil ?? Getal(geheel: 0)).plus(d)) ?? u.totaalVerschil }
                    if case .bedragPer(let p) = nu.soort, let a = Self.overDuur(x, oudeDuur, p), let b = Self.overDuur(y, nieuweDuur, p) {
                        overDuur = try? b.min(a)
                        if let d = overDuur { u.totaalOverDuur = (try? (u.totaalOverDuur ?? Getal(geheel: 0)).plus(d)) ?? u.totaalOverDuur }
                    }
                }
                if was.waarde != nu.waarde {
                    u.gewijzigd += 1
                    switch Self.richting(was.waarde, nu.waarde) {
                    case .some(1): u.hoger += 1
                    case .some(-1): u.lager += 1
                    default: break
                    }
                    if let d = verschil { u.verdeling[d, default: 0] += 1 }
                    if u.voorbeelden.count < 3 { u.voorbeelden.append((nummer, was, nu)) }
                    if let d = verschil, u.grootste.map({ Vergelijking.grootte(d) > Vergelijking.grootte($0.verschil) }) ?? true {
                        u.grootste = (nummer, was, nu, d)
                    }
                    wijzigingen.append(Wijziging(regel: nummer, uitkomst: nu.naam, oud: was.tekst, nieuw: nu.tekst, verschil: verschil,
                                                 verschilOverDuur: overDuur))
                }
                if let d = overDuur, !d.isNul, u.grootsteOverDuur.map({ Vergelijking.grootte(d) > Vergelijking.grootte($0.verschil) }) ?? true {
                    u.grootsteOverDuur = (nummer, d)
                }
                if let i = uitkomsten.firstIndex(where: { $0.naam == nu.naam }) { uitkomsten[i] = u } else { uitkomsten.append(u) }
            }
            for c in geraakt { artikelTelling[c, default: 0] += 1 }
        case (let x, let y):
            func melding(_ u: Uitslag) -> String? {
                if case .failure(let f) = u { return "[\(f.bericht.code)] " + f.bericht.tekst(.nl) }
                return nil
            }
            fouten.append((nummer, melding(x), melding(y)))
        }
        return wijzigingen
    }

    /// An amount per period over a duration in the same unit (per maand × 3 maanden); nil otherwise.
    static func overDuur(_ bedrag: Getal, _ duur: Waarde?, _ p: Periode) -> Getal? {
        guard case .duur(let d)? = duur, d.eenheid == p.eenheid else { return nil }
        return try? bedrag.maal(Getal(geheel: Int128(d.aantal)))
    }

    /// Whether a value went up (1) or down (-1); nil when the two do not compare.
    static func richting(_ a: Waarde, _ b: Waarde) -> Int? {
        switch (a, b) {
        case (.getal(let x), .getal(let y)): x < y ? 1 : (y < x ? -1 : 0)
        case (.datum(let x), .datum(let y)): x < y ? 1 : (y < x ? -1 : 0)
        case (.duur(let x), .duur(let y)) where x.eenheid == y.eenheid: x.aantal < y.aantal ? 1 : (y.aantal < x.aantal ? -1 : 0)
        default: nil
        }
    }

    static func grootte(_ g: Getal) -> Getal { g.isNegatief ? ((try? g.negatief()) ?? g) : g }

    /// An article's text on lines: its paragraphs, onderdelen and leden.
    static func tekst(_ a: VerordeningWeergave.ArtikelTekst) -> String {
        var regels = a.alineas
        regels += a.onderdelen.map { "\($0.label). \($0.tekst)" }
        for lid in a.leden {
            regels.append("\(lid.nummer). \(lid.tekst)")
            regels += lid.onderdelen.map { "   \($0.label). \($0.tekst)" }
        }
        return regels.joined(separator: "\n")
    }
}

/// Compares old and new rules block by block: each block's cases are decided under both on all cores, then
/// added up in input order, so memory stays flat however many cases there are, and the outcome is the same
/// for every thread count.
public final class Vergelijker {
    let oud: Batch
    let nieuw: Batch
    public private(set) var vergelijking: Vergelijking
    /// Called for every changed value, in input order: the full list for sampling (`--lijst`).
    public var bijWijziging: ((Vergelijking.Wijziging) -> Void)?

    /// Each case is decided under the newest version of each rule set (the peildatum is that version's
    /// first day), each reading only its own fill-ins (``Compilatie/metEigenInvullingen()``). Throws when either
    /// rule set lacks the decision.
    public init(oud: Beslisser, nieuw: Beslisser, beslissing: String?, gevallen: String? = nil) throws(Verzoekfout) {
        func eigen(_ b: Beslisser) throws(Verzoekfout) -> Beslisser {
            b.compilatie.versies.allSatisfy { $0.regelset.versiewaarden.isEmpty } ? b : try Beslisser(b.compilatie.metEigenInvullingen())
        }
        let (oud, nieuw) = (try eigen(oud), try eigen(nieuw))
        self.oud = Batch(beslisser: oud, beslissing: try oud.kies(beslissing: beslissing).get(), peildatum: oud.compilatie.versies.last?.vanaf)
        self.nieuw = Batch(beslisser: nieuw, beslissing: try nieuw.kies(beslissing: beslissing).get(), peildatum: nieuw.compilatie.versies.last?.vanaf)
        vergelijking = Vergelijking(oud: oud.compilatie, nieuw: nieuw.compilatie, gevallen: gevallen)
    }

    /// A block of JSON Lines, the first being line `eersteNummer`.
    public func voegToe(regels: Regels, eersteNummer: Int) {
        for (k, (a, b)) in zip(oud.uitslagen(regels), nieuw.uitslagen(regels)).enumerated() {
            meld(vergelijking.voegToe(nummer: eersteNummer + k, oud: a, nieuw: b))
        }
    }

    /// A case that could not be read at all (too large): not decided by either.
    public func voegToe(fout b: Bericht, nummer: Int) {
        let fout = Uitslag.failure(.geval([GevalProbleem(bericht: b)], waarschuwingen: []))
        vergelijking.voegToe(nummer: nummer, oud: fout, nieuw: fout)
    }

    /// A block of cases already read (from CSV), each with its line.
    public func voegToe(gevallen: [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)]) {
        let gelezen = gevallen.map(\.geval)
        for (k, (a, b)) in zip(oud.uitslagen(gevallen: gelezen), nieuw.uitslagen(gevallen: gelezen)).enumerated() {
            meld(vergelijking.voegToe(nummer: gevallen[k].nummer, oud: a, nieuw: b))
        }
    }

    func meld(_ ws: [Vergelijking.Wijziging]) {
        guard let bijWijziging else { return }
        for w in ws { bijWijziging(w) }
    }
}
