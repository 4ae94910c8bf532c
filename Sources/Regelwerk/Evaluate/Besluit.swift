// Evaluate: a worker's slots after a run → a ``Besluit``: the outputs and, for each, the chain of rules
// with their citations that produced it (DESIGN: "every outcome is explained").

/// The decision for one case.
public struct Besluit: Sendable {
    public struct Uitkomst: Sendable {
        public var naam: String
        public var soort: Soort
        public var waarde: Waarde
        public var tekst: String
        public var citaat: Citaat
    }

    /// A value the step read: a case field ("gegeven") or another rule's result.
    public struct Gegeven: Sendable {
        public var naam: String
        public var tekst: String
        public var citaat: Citaat?     // nil for a case field
    }

    /// One rule that contributed, with the alternative it took.
    public struct Stap: Sendable {
        public var naam: String
        public var tekst: String
        public var citaat: Citaat
        /// "regel", "uitzondering", or the table row's condition as written.
        public var grond: String
        /// Set for a table: the value the table looked up, as text.
        public var opzoekwaarde: String?
        public var gebruikt: [Gegeven]
        /// True when the shown amount is rounded to cents by the documented default, not by a rule.
        public var standaardAfgerond: Bool
    }

    public var regeling: String
    public var versie: String?
    public var uitkomsten: [Uitkomst]
    public var motivering: [Stap]

    /// Builds the decision from a worker that has run ``Werker/beslis()``.
    public static func maak(_ w: Werker) -> Besluit {
        let set = w.plan.regelset
        func tekst(_ d: Int) -> String {
            Opmaak.tekst(w.waarde(definitie: d), set.definities[d].soort, regelset: set, opslag: w.opslag)
        }
        func alternatief(_ d: Int) -> (Blok, Alternatief?) {
            let blok = w.plan.blokken[Int(w.plan.definitieBlok[d])]
            let k = Int(w.gekozen[Int(w.plan.definitieBlok[d])])
            return (blok, k >= 0 && k < blok.alternatieven.count ? blok.alternatieven[k] : nil)
        }
        var uitkomsten: [Uitkomst] = []
        for d in w.plan.uitvoer {
            let def = set.definities[d]
            let (_, alt) = alternatief(d)
            uitkomsten.append(Uitkomst(naam: def.naam, soort: def.soort, waarde: w.waarde(definitie: d), tekst: tekst(d),
                                       citaat: alt?.citaat ?? def.citaat))
        }
        // Post-order walk: a step comes after the steps it relies on.
        var stappen: [Stap] = []
        var bezocht = Set<Int>()
        func bezoek(_ d: Int) {
            guard bezocht.insert(d).inserted, w.isBerekend(definitie: d) else { return }
            let def = set.definities[d]
            let (blok, alt) = alternatief(d)
            let defs = blok.gemeenschappelijk.definities + (alt?.definities ?? [])
            let invoer = blok.gemeenschappelijk.invoer + (alt?.invoer ?? [])
            for x in defs where x != d && w.isBerekend(definitie: x) { bezoek(x) }
            var gebruikt: [Gegeven] = []
            var gezien = Set<String>()
            for i in invoer where gezien.insert(set.invoer[i].naam).inserted {
                let v = w.invoer(i)
                if case .afwezig = v { continue }
                gebruikt.append(Gegeven(naam: set.invoer[i].naam,
                                        tekst: Opmaak.tekst(v, set.invoer[i].soort, regelset: set, opslag: w.opslag), citaat: nil))
            }
            for x in defs where x != d && w.isBerekend(definitie: x) && gezien.insert(set.definities[x].naam).inserted {
                gebruikt.append(Gegeven(naam: set.definities[x].naam, tekst: tekst(x), citaat: alternatief(x).1?.citaat ?? set.definities[x].citaat))
            }
            var opzoek: String?
            if let op = blok.tabelOp, case .tabel(let t, _) = def.lichaam {
                opzoek = Opmaak.tekst(w.slots[Int(op)], set.tabellen[t].op.soort, regelset: set, opslag: w.opslag)
            }
            var afgerond = false
            if def.soort == .bedrag, case .getal(let g) = w.waarde(definitie: d), g.exacteDecimalen(max: 2) == nil {
                afgerond = true
            }
            stappen.append(Stap(naam: def.naam, tekst: tekst(d), citaat: alt?.citaat ?? def.citaat, grond: alt?.omschrijving ?? "regel",
                                opzoekwaarde: opzoek, gebruikt: gebruikt, standaardAfgerond: afgerond))
        }
        for d in w.plan.uitvoer { bezoek(d) }
        return Besluit(regeling: set.naam, versie: set.versie, uitkomsten: uitkomsten, motivering: stappen)
    }
}
