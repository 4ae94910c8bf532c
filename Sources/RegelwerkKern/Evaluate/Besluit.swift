// Evaluate: a worker's slots after a run → a ``Besluit``: the outputs and, for each, the chain of rules
// with their citations that produced it (DESIGN: "every outcome is explained").

/// The decision for one case.
public struct Besluit: Sendable {
    /// One outcome of the decision, with the article that gave it.
    public struct Uitkomst: Sendable {
        public var naam: String
        public var soort: Soort
        public var waarde: Waarde
        public var tekst: String
        public var citaat: Citaat
        /// The value as a caseworker reads it (an enumeration value by its label).
        public var leesbaar: String

        package init(naam: String, soort: Soort, waarde: Waarde, tekst: String, citaat: Citaat, leesbaar: String? = nil) {
            (self.naam, self.soort, self.waarde, self.tekst, self.citaat) = (naam, soort, waarde, tekst, citaat)
            self.leesbaar = leesbaar ?? tekst
        }
    }

    /// A value the step read: a case field ("gegeven"), a national parameter, or another rule's result.
    public struct Gegeven: Sendable {
        public var naam: String
        public var tekst: String
        public var citaat: Citaat?     // nil for a case field, a national parameter or an open term
        /// For a national parameter: the date its value applies from.
        public var landelijkVanaf: Datum? = nil
        /// For an open term: the article where the model leaves it blank and the municipality fills it in.
        public var ingevuld: Citaat? = nil
        /// For an open term a rule reads `op` a date of the case: the version whose fill-in it is (its period),
        /// the date that chose it, and the case field that gave the date (its label when it has one).
        public var versieVanInvulling: (periode: String, datum: Datum, veld: String?)? = nil
        /// The value as a caseworker reads it.
        public var leesbaar: String = ""
        /// A list the case gives (the steps show its elements; "2 elementen" is no source worth naming).
        public var isLijst = false
    }

    /// One rule (or one table with all its outputs) that contributed, with the alternative it took.
    public struct Stap: Sendable {
        /// The values this step produced, in declaration order.
        public var waarden: [(naam: String, tekst: String)]
        public var citaat: Citaat
        public var grond: Alternatief.Grond
        /// For a table: what it looked up ("benadelingsbedrag") and that value as text.
        public var opgezocht: (naam: String, tekst: String)?
        public var gebruikt: [Gegeven]
        /// Names of amounts shown rounded to cents by the documented default, not by a rule.
        public var standaardAfgerond: [String]
        /// Deadlines in this step that the Algemene termijnenwet moved.
        public var termijnverlengingen: [Termijnverlenging] = []
        /// Rules this step computed under a supposition (`waarbij`), e.g. the verlaging per schending.
        public var veronderstellingen: [Aanname] = []
        /// The exceptions to this value that were weighed and did not give it, with what their
        /// conditions read: the reader sees why the rule (or the exception that did) decided.
        public var getoetst: [Uitzonderingstoets] = []
        /// The names among ``waarden`` whose value is `geen`.
        public var geenWaarde: Set<String> = []
        /// ``waarden``' values as a caseworker reads them, and ``opgezocht``'s.
        public var leesbaar: [String] = []
        public var opgezochtLeesbaar: String? = nil
        /// The label of what the table looked up ("het benadelingsbedrag"), when the rules declare one.
        public var opgezochtLabel: String? = nil
        /// The rule's calculation with the values it used, when it computes (not for a table or exception).
        public var berekening: Berekening? = nil
        /// Whether the rule only passes on another rule's value or a case field: the motivation in prose leaves
        /// such a step out unless it gives an outcome.
        public var isKopie = false
    }

    /// An exception that did not give the value: its condition did not hold, or it held and the
    /// exception gave way to one written in deviation from it, or it held and agreed with the one cited.
    public struct Uitzonderingstoets: Sendable {
        public enum Bevinding: Sendable, Equatable {
            case geldtNiet
            case wijktVoor(Citaat)
            case zelfdeUitkomst
        }
        public var citaat: Citaat
        public var uitkomst: Bevinding
        /// What its condition read.
        public var gebruikt: [Gegeven]
    }

    /// `regel` was computed as if `vast` were `vastTekst`, and came out at `uitkomst`.
    public struct Aanname: Sendable {
        public var regel: String
        public var vast: String
        public var vastTekst: String
        public var uitkomst: String
        /// ``vastTekst`` and ``uitkomst`` as a caseworker reads them.
        public var vastLeesbaar: String = ""
        public var uitkomstLeesbaar: String = ""
    }

    /// A period that would have ended on `voor` and, by the Algemene termijnenwet, ends on `na`.
    public struct Termijnverlenging: Sendable {
        public var voor: Datum
        public var na: Datum
        /// "artikel 1 (zondag)", "artikel 1 (Tweede Paasdag)" or "artikel 2".
        public var grond: String
    }

    public var regeling: String
    /// About the ordinance: municipality, period, model followed.
    public var over: String?
    /// Which version decided the case and why, when there are versions.
    public var versie: String?
    /// The case's identifier (its `kenmerk` field, e.g. the zaaknummer), when the rules declare one and the
    /// case gives it.
    public var kenmerk: String?
    public var uitkomsten: [Uitkomst]
    /// The powers of the college that the rules of this decision could use, applied or not.
    public var bevoegdheden: [Bevoegdheid] = []
    public var motivering: [Stap]
    /// The labels the rules declare, by name (see ``Regelset/labels``).
    public var labels: [String: String] = [:]

    /// The label of a rule, case field, open term or parameter, if the rules declare one.
    public func label(_ naam: String) -> String? { labels[naam] }

    /// A power ("het college kan ..."): where it stands, what it is, and the reason when applied.
    public struct Bevoegdheid: Sendable {
        public var naam: String
        public var omschrijving: String
        public var citaat: Citaat
        /// The reason the case gives; nil when the power was not applied.
        public var reden: String?
    }

    /// Builds the decision from a worker that has run ``Werker/beslis()``.
    public static func maak(_ w: Werker) -> Besluit {
        let set = w.plan.regelset
        // The worker's logs, read once (each read makes an array of them).
        let parameterGebruik = w.parameterGebruik, invullingGebruik = w.invullingGebruik
        let alleVerlengingen = w.verlengingen, alleVeronderstellingen = w.veronderstellingen
        func tekst(_ d: Int) -> String { w.tekst(w.waarde(definitie: d), set.definities[d].soort) }
        func gekozen(_ b: Int) -> Alternatief? { w.gekozenAlternatief(blok: b) }
        func blok(_ d: Int) -> Int { Int(w.plan.definitieBlok[d]) }
        func tabelUitzondering(_ d: Int) -> (alternatief: Alternatief, tabelWaarde: Int32)? { w.tabelUitzondering(definitie: d) }
        func citaat(_ d: Int) -> Citaat { w.herkomst(definitie: d) }
        func leesbaar(_ v: Waarde, _ s: Soort) -> String { Opmaak.leesbaar(v, s, regelset: set, opslag: w.opslag) }
        var uitkomsten: [Uitkomst] = []
        for d in w.plan.uitvoer {
            let def = set.definities[d]
            let v = w.waarde(definitie: d)
            uitkomsten.append(Uitkomst(naam: def.naam, soort: def.soort, waarde: v, tekst: tekst(d), citaat: citaat(d),
                                       leesbaar: leesbaar(v, def.soort)))
        }
        /// The definitions block `b` read, other than its own outputs: those of the alternative it took and
        /// of the exceptions that replaced a table output, and those every exception's condition read
        /// (they explain why it did not apply).
        func gelezen(_ b: Int) -> [Int] {
            let blok = w.plan.blokken[b]
            let uitzonderingen = blok.definities.compactMap { tabelUitzondering($0)?.alternatief.definities }.flatMap { $0 }
            return (blok.gemeenschappelijk.definities + (gekozen(b)?.definities ?? []) + uitzonderingen
                    + blok.alternatieven.flatMap { $0.voorwaarde.flatMap(\.definities) })
                .filter { !blok.definities.contains($0) }
        }
        /// The case fields, national amounts and rule outcomes a step read.
        func gebruikt(invoer: [Int], definities: [Int], openTermen: [Int] = [], blok b: Int) -> [Gegeven] {
            var gebruikt: [Gegeven] = []
            var gezien = Set<String>()
            for i in invoer where gezien.insert(set.invoer[i].naam).inserted {
                let v = w.invoer(i)
                if case .afwezig = v { continue }
                if let c = set.invoer[i].bevoegdheid {
                    // A power is cited where it stands, as applied or not.
                    let t = v == .waarheid(true) ? "toegepast" : "niet toegepast"
                    gebruikt.append(Gegeven(naam: set.invoer[i].naam, tekst: t, citaat: c, leesbaar: t))
                } else {
                    let isLijst: Bool = { if case .lijst = set.invoer[i].soort { true } else { false } }()
                    gebruikt.append(Gegeven(naam: set.invoer[i].naam, tekst: w.tekst(v, set.invoer[i].soort), citaat: nil,
                                            leesbaar: leesbaar(v, set.invoer[i].soort), isLijst: isLijst))
                }
            }
            for gebruik in parameterGebruik where Int(gebruik.blok) == b {
                let p = set.parameters[Int(gebruik.parameter)]
                guard gezien.insert(p.naam).inserted, let (vanaf, waarde) = p.reeks.first(where: { $0.vanaf == gebruik.vanaf }) else { continue }
                gebruikt.append(Gegeven(naam: p.naam, tekst: Opmaak.tekst(waarde, p.soort, regelset: set, opslag: w.opslag),
                                        citaat: nil, landelijkVanaf: vanaf, leesbaar: leesbaar(waarde, p.soort)))
            }
            for gebruik in invullingGebruik where Int(gebruik.blok) == b {
                let o = Int(gebruik.openTerm), term = set.openTermen[o]
                guard gezien.insert(term.naam).inserted, let reeks = set.versiewaarden[o], Int(gebruik.versie) < reeks.count,
                      let waarde = reeks[Int(gebruik.versie)].waarde else { continue }
                let veld = gebruik.veld >= 0 ? set.invoer[Int(gebruik.veld)].naam : nil
                var g = Gegeven(naam: term.naam, tekst: Opmaak.tekst(waarde, term.soort, regelset: set, opslag: nil), citaat: nil,
                                ingevuld: term.citaat ?? Citaat(artikel: "?"), leesbaar: leesbaar(waarde, term.soort))
                g.versieVanInvulling = (reeks[Int(gebruik.versie)].periode, gebruik.datum, veld.map { set.label($0) ?? $0 })
                gebruikt.append(g)
            }
            let eigen = w.plan.blokken[b].definities
            for x in definities where !eigen.contains(x) && w.isBerekend(definitie: x) && gezien.insert(set.definities[x].naam).inserted {
                let v = w.waarde(definitie: x)
                gebruikt.append(Gegeven(naam: set.definities[x].naam, tekst: tekst(x), citaat: citaat(x), leesbaar: leesbaar(v, set.definities[x].soort)))
            }
            for o in openTermen where o < set.openTermen.count && gezien.insert(set.openTermen[o].naam).inserted {
                let term = set.openTermen[o]
                gebruikt.append(Gegeven(naam: term.naam, tekst: Opmaak.tekst(term.waarde, term.soort, regelset: set, opslag: nil), citaat: nil,
                                        ingevuld: term.citaat ?? Citaat(artikel: "?"), leesbaar: leesbaar(term.waarde, term.soort)))
            }
            return gebruikt
        }
        /// The exceptions of group `g` (in block `b`) other than the one that gave the value, if one did.
        func getoetst(groep g: Int, blok b: Int) -> [Uitzonderingstoets] {
            let groep = w.plan.uitzonderingsgroepen[g]
            let alternatieven = w.plan.blokken[b].alternatieven
            let gekozen = Int(w.uitzonderingGekozen[g]) - Int(groep.eersteAlternatief)
            func geldt(_ k: Int) -> Bool? {
                if case .waarheid(let x) = w.slot(Int(groep.voorwaarden) + k) { return x }
                return nil     // not evaluated: the block stopped before it (an error elsewhere)
            }
            return (0..<Int(groep.aantal)).compactMap { k -> Uitzonderingstoets? in
                let i = Int(groep.eersteAlternatief) + k
                guard k != gekozen, i < alternatieven.count, let houdt = geldt(k) else { return nil }
                let alt = alternatieven[i]
                let uitkomst: Uitzonderingstoets.Bevinding
                if !houdt {
                    uitkomst = .geldtNiet
                } else if let j = groep.voorrang[k].first(where: { geldt(Int($0)) == true }),
                          Int(groep.eersteAlternatief) + Int(j) < alternatieven.count {
                    uitkomst = .wijktVoor(alternatieven[Int(groep.eersteAlternatief) + Int(j)].citaat)
                } else {
                    uitkomst = .zelfdeUitkomst
                }
                // A condition that did not hold is explained by its first conjunct that is a bare name with
                // the value onwaar, if there is one: the rest was not needed (and may not have been read).
                let onwaar = Waarde.waarheid(false)
                let delen = houdt ? alt.voorwaarde : alt.voorwaarde.first { deel in
                    switch deel.kaal {
                    case .invoer(let i): w.invoer(i) == onwaar
                    case .definitie(let d): w.isBerekend(definitie: d) && w.waarde(definitie: d) == onwaar
                    case nil: false
                    }
                }.map { [$0] } ?? alt.voorwaarde
                return Uitzonderingstoets(citaat: alt.citaat, uitkomst: uitkomst,
                                          gebruikt: gebruikt(invoer: delen.flatMap(\.invoer), definities: delen.flatMap(\.definities),
                                                             openTermen: houdt ? alt.openTermen : [], blok: b))
            }
        }
        /// The label of a name, or of a record's field ("schending.benadelingsbedrag").
        func label(_ e: Getypeerd) -> String? {
            switch e {
            case .invoer(let i, _, _): return set.label(set.invoer[i].naam)
            case .definitie(let d, _, _): return set.label(set.definities[d].naam)
            case .veld(let r, let k, _, _):
                guard case .record(let g) = r.soort, let velden = set.gegevens[g]?.velden, k < velden.count else { return nil }
                return set.label(velden[k].naam, binnen: g)
            default: return nil
            }
        }
        /// A rule's calculation, recomputed from the values this run gave the names it reads.
        func berekening(_ e: Getypeerd) -> Berekening? {
            Berekening.van(e, regelset: set, waarde: { g in
                switch g {
                case .invoer(let i, _, _): return w.invoer(i)
                case .definitie(let d, _, _): return w.isBerekend(definitie: d) ? w.waarde(definitie: d) : nil
                default: return nil
                }
            }, parameter: { p, d in set.parameters[p].waarde(op: d)?.waarde })
        }
        func standaardAfgerond(_ d: Int, _ waarde: Waarde) -> Bool {
            guard set.definities[d].soort.isBedrag, case .getal(let g) = waarde else { return false }
            return g.exacteDecimalen(max: 2) == nil
        }
        /// The motivation steps of block `b`: one for the block, then one for each exception that replaced
        /// one of a table's outputs (the table step shows the row's own value).
        func stappen(_ b: Int) -> [Stap] {
            let blok = w.plan.blokken[b]
            let alt = gekozen(b)
            var opgezocht: (String, String)?
            var opgezochtLeesbaar: String?, opgezochtLabel: String?
            if let op = blok.tabelOp, let d0 = blok.definities.first, case .tabel(let t, _) = set.definities[d0].lichaam {
                opgezocht = (blok.tabelOpTekst ?? "?",
                             Opmaak.tekst(w.slot(Int(op)), set.tabellen[t].op.soort, regelset: set, opslag: w.opslag))
                opgezochtLeesbaar = leesbaar(w.slot(Int(op)), set.tabellen[t].op.soort)
                opgezochtLabel = label(set.tabellen[t].op)
            }
            let eigenWaarde = blok.definities.map { d in tabelUitzondering(d).map { w.slot(Int($0.tabelWaarde)) } ?? w.waarde(definitie: d) }
            let d0 = blok.definities.first ?? 0
            // If the original end is a working day, only art. 2 (two working days) can have moved it.
            let verlengingen = alleVerlengingen.filter { $0.blok == Int32(b) }.map { v in
                Termijnverlenging(voor: v.voor, na: v.na,
                                  grond: Kalender.geenWerkdag(v.voor).map { "artikel 1 (\($0))" } ?? "artikel 2")
            }
            let veronderstellingen = alleVeronderstellingen.filter { $0.blok == Int32(b) }.map { v in
                let p = w.plan.veronderstellingen[Int(v.veronderstelling)]
                let doel = set.definities[p.doel]
                return Aanname(regel: doel.naam, vast: p.vastNaam, vastTekst: w.tekst(v.vast, p.vastSoort),
                               uitkomst: w.tekst(v.uitkomst, doel.soort), vastLeesbaar: leesbaar(v.vast, p.vastSoort),
                               uitkomstLeesbaar: leesbaar(v.uitkomst, doel.soort))
            }
            var uit = [Stap(waarden: zip(blok.definities, eigenWaarde).map { (set.definities[$0].naam, w.tekst($1, set.definities[$0].soort)) },
                            citaat: alt?.citaat ?? set.definities[d0].citaat, grond: alt?.soort ?? .regel, opgezocht: opgezocht,
                            gebruikt: gebruikt(invoer: blok.gemeenschappelijk.invoer + (alt?.invoer ?? []),
                                               definities: blok.gemeenschappelijk.definities + (alt?.definities ?? []),
                                               openTermen: alt?.openTermen ?? [], blok: b),
                            standaardAfgerond: zip(blok.definities, eigenWaarde).filter { standaardAfgerond($0, $1) }.map { set.definities[$0.0].naam },
                            termijnverlengingen: verlengingen, veronderstellingen: veronderstellingen)]
            uit[0].geenWaarde = Set(zip(blok.definities, eigenWaarde).filter { $0.1 == .afwezig }.map { set.definities[$0.0].naam })
            uit[0].leesbaar = zip(blok.definities, eigenWaarde).map { leesbaar($1, set.definities[$0].soort) }
            uit[0].opgezochtLeesbaar = opgezochtLeesbaar
            uit[0].opgezochtLabel = opgezochtLabel
            if case .uitdrukking(let e) = set.definities[d0].lichaam, alt.map({ if case .regel = $0.soort { true } else { false } }) ?? true {
                switch e {
                // A copy of a case field stays: it says which given value the article takes (artikel 45: the
                // grondslag is the bijstandsnorm).
                case .definitie: uit[0].isKopie = true
                default: uit[0].berekening = berekening(e)
                }
            }
            // The block's step weighs the exceptions to its rule, and to each table output none replaced;
            // an exception that replaced a table output gets a step of its own, with the others it weighed.
            for g in blok.uitzonderingsgroepen.map(Int.init) {
                let d = w.plan.uitzonderingsgroepen[g].definitie
                guard let (u, _) = tabelUitzondering(d) else {
                    uit[0].getoetst += getoetst(groep: g, blok: b)
                    continue
                }
                uit.append(Stap(waarden: [(set.definities[d].naam, tekst(d))], citaat: u.citaat, grond: u.soort, opgezocht: nil,
                                gebruikt: gebruikt(invoer: u.invoer, definities: u.definities, openTermen: u.openTermen, blok: b),
                                standaardAfgerond: standaardAfgerond(d, w.waarde(definitie: d)) ? [set.definities[d].naam] : [],
                                getoetst: getoetst(groep: g, blok: b),
                                geenWaarde: w.waarde(definitie: d) == .afwezig ? [set.definities[d].naam] : [],
                                leesbaar: [leesbaar(w.waarde(definitie: d), set.definities[d].soort)]))
            }
            return uit
        }
        // Post-order walk over blocks, iterative because a chain of rules may be long: a step comes
        // after the steps it relies on.
        var alleStappen: [Stap] = []
        var bezocht = Set<Int>()
        for d in w.plan.uitvoer {
            var werk: [(blok: Int, deps: [Int], k: Int)] = []
            if w.isGedaan(blok: blok(d)), bezocht.insert(blok(d)).inserted { werk.append((blok(d), gelezen(blok(d)), 0)) }
            while let (b, deps, k) = werk.last {
                if k < deps.count {
                    werk[werk.count - 1].k += 1
                    let x = deps[k]
                    if w.isBerekend(definitie: x), bezocht.insert(blok(x)).inserted { werk.append((blok(x), gelezen(blok(x)), 0)) }
                } else {
                    werk.removeLast()
                    alleStappen += stappen(b)
                }
            }
        }
        // Every power some rule of this decision reads, in the order the rule set declares them.
        var gelezen = Set<Int>()
        for blok in w.plan.blokken {
            gelezen.formUnion(blok.gemeenschappelijk.invoer)
            for alt in blok.alternatieven { gelezen.formUnion(alt.invoer) }
        }
        let bevoegdheden = set.invoer.indices.filter { gelezen.contains($0) }.compactMap { i -> Bevoegdheid? in
            guard let c = set.invoer[i].bevoegdheid else { return nil }
            return Bevoegdheid(naam: set.invoer[i].naam, omschrijving: set.invoer[i].omschrijving ?? set.invoer[i].naam, citaat: c,
                               reden: w.opslag.redenen.first { $0.invoer == i }?.reden)
        }
        return Besluit(regeling: set.naam, over: set.versie, versie: nil, uitkomsten: uitkomsten, bevoegdheden: bevoegdheden,
                       motivering: alleStappen, labels: set.labels)
    }
}

extension Werker {
    /// The alternative block `b` took (its rule, a table row, or an exception), if it ran.
    public func gekozenAlternatief(blok b: Int) -> Alternatief? {
        let k = Int(gekozen[b])
        let alt = plan.blokken[b].alternatieven
        return k >= 0 && k < alt.count ? alt[k] : nil
    }

    /// The exception that replaced a table output's value, with the slot that keeps the row's value.
    public func tabelUitzondering(definitie d: Int) -> (alternatief: Alternatief, tabelWaarde: Int32)? {
        let b = plan.blokken[Int(plan.definitieBlok[d])]
        for g in b.uitzonderingsgroepen {
            let groep = plan.uitzonderingsgroepen[Int(g)]
            let k = Int(uitzonderingGekozen[Int(g)])
            if groep.definitie == d, groep.tabelWaarde >= 0, k >= 0, k < b.alternatieven.count { return (b.alternatieven[k], groep.tabelWaarde) }
        }
        return nil
    }

    /// Where definition `d`'s value comes from: its exception, its table row, or its rule.
    public func herkomst(definitie d: Int) -> Citaat {
        tabelUitzondering(definitie: d)?.alternatief.citaat ?? gekozenAlternatief(blok: Int(plan.definitieBlok[d]))?.citaat
            ?? plan.regelset.definities[d].citaat
    }
}
