// Check: decision tables. Bounds fold to constants, so gaps, overlaps and unreachable rows are found
// before anything runs (DESIGN §3 "Decision tables and brackets").

extension Checker {
    mutating func controleerTabel(_ tabel: Tabel, defs: [Int], gedeclareerd: Soort?, citaat: Citaat?) {
        let op = uitdrukking(tabel.op, verwacht: nil)
        let opSoort = op.soort
        var kolommen: [Soort?] = Array(repeating: nil, count: defs.count)
        if let g = gedeclareerd { kolommen[0] = g }
        var rijen: [GecontroleerdeRij] = []
        for rij in tabel.rijen {
            huidigCitaat = rij.citaat
            rijInvullingen = []
            gelezenOpenTermen = []
            let toets = rijToets(rij.voorwaarde, opSoort: opSoort, bereik: rij.bereik)
            if rij.uitkomsten.count != defs.count {
                fout(.tabelAantalUitkomsten(verwacht: defs.count, gevonden: rij.uitkomsten.count), rij.uitkomsten[0].bereik)
            }
            var uit: [Getypeerd] = []
            for (k, u) in rij.uitkomsten.enumerated() where k < defs.count {
                let t = uitkomst(u, verwacht: kolommen[k])
                if let s = kolommen[k] {
                    if let v = verenig(s, t.soort) { kolommen[k] = v } else { verwachtSoort(s, t) }
                } else if t.soort != .fout {
                    kolommen[k] = t.soort
                }
                uit.append(t)
            }
            let omschrijving = rijOmschrijving(rij)
            var concreet: String?
            if case .interval(let o, let b)? = toets { concreet = stukTekst(Interval(onder: o, boven: b), opSoort) }
            rijen.append(GecontroleerdeRij(toets: toets ?? .anders, uitkomsten: uit, citaat: rij.citaat ?? Citaat(artikel: Checker.zonderArtikel),
                                           omschrijving: omschrijving, concreet: concreet, bereik: rij.bereik,
                                           invullingen: rijInvullingen, openTermen: gelezenOpenTermen))
            if toets == nil { return } // already reported; skip coverage analysis on a broken table
        }
        huidigCitaat = citaat
        let t = set.tabellen.count
        set.tabellen.append(GecontroleerdeTabel(op: op, opTekst: bronTekst(tabel.op.bereik), beleid: tabel.beleid, rijen: rijen, uitvoer: defs,
                                                citaat: citaat ?? Citaat(artikel: Checker.zonderArtikel), bereik: tabel.bereik))
        for (k, d) in defs.enumerated() {
            set.definities[d].soort = kolommen[k] ?? .fout
            set.definities[d].lichaam = .tabel(t, kolom: k)
        }
        if opSoort != .fout { controleerDekking(set.tabellen[t], opSoort: opSoort, tabel: tabel) }
    }

    func rijOmschrijving(_ rij: Tabelrij) -> String {
        switch rij.voorwaarde {
        case .anders: return "anders"
        case .keuzes(let k): return k.map(\.tekst).joined(separator: ", ")
        case .interval(let onder, let boven):
            let o = onder.map { bronTekst($0.waarde.bereik) }, b = boven.map { bronTekst($0.waarde.bereik) }
            switch (o, b) {
            case let (o?, b?): return "van \(o) tot\(boven?.inclusief == true ? " en met" : "") \(b)"
            case let (o?, nil): return onder?.inclusief == true ? "vanaf \(o)" : "meer dan \(o)"
            case let (nil, b?): return boven?.inclusief == true ? "tot en met \(b)" : "tot \(b)"
            case (nil, nil): return "anders"
            }
        }
    }

    /// The row's test with constant bounds; nil (after a diagnostic) when it cannot be built.
    mutating func rijToets(_ v: RijVoorwaarde, opSoort: Soort, bereik: SourceRange) -> RijToets? {
        switch v {
        case .anders: return .anders
        case .keuzes(let namen):
            guard case .keuze(let k) = opSoort, let leden = set.keuzelijsten[k] else {
                if opSoort != .fout { fout(.tabelVoorwaardeSoort(opSoort.description), bereik) }
                return nil
            }
            var idx: [Int32] = []
            for n in namen {
                guard let i = leden.firstIndex(of: n.tekst) else {
                    fout(.onbekendeKeuzewaarde(n.tekst, soort: k), n.bereik,
                         suggestie: dichtstbijzijnde(n.tekst, in: leden).map { .bedoeldeU($0) } ?? .kiesUit(leden.joined(separator: ", ")))
                    return nil
                }
                idx.append(Int32(i))
            }
            return .keuzes(idx)
        case .interval(let onder, let boven):
            guard opSoort.isGetalachtig || opSoort == .datum else {
                if opSoort != .fout { fout(.tabelVoorwaardeSoort(opSoort.description), bereik) }
                return nil
            }
            func grens(_ g: Grens?) -> (Getal, inclusief: Bool)?? {
                guard let g else { return .some(nil) }
                let t = uitdrukking(g.waarde, verwacht: opSoort)
                if t.soort == .fout { return nil }
                if case .naam(let n) = g.waarde, case .openTerm(let i)? = namen[n.tekst]?.0, let r = invullingBereik[i] {
                    rijInvullingen.append(r)
                }
                verwachtSoort(opSoort, t)
                switch constante(t) {
                case .getal(let x)?: return (x, g.inclusief)
                case .datum(let d)?: return (Getal(geheel: Int128(d.dagnummer)), g.inclusief)
                default:
                    fout(.tabelGrensNietConstant, g.waarde.bereik)
                    return nil
                }
            }
            guard let o = grens(onder), let b = grens(boven) else { return nil }
            return .interval(onder: o, boven: b)
        }
    }

    // MARK: - Coverage

    /// A closed/open interval on the number line; nil ends are infinite.
    struct Interval {
        var onder: (Getal, inclusief: Bool)?
        var boven: (Getal, inclusief: Bool)?
    }

    /// Whether `a` starts after `b` ends with room in between (for whole numbers and dates,
    /// consecutive values leave no room).
    static func ruimteTussen(eind b: (Getal, inclusief: Bool), begin a: (Getal, inclusief: Bool), discreet: Bool) -> Bool {
        if discreet {
            let laatste = b.inclusief ? b.0 : ((try? b.0.min(.een)) ?? b.0)
            let eerste = a.inclusief ? a.0 : ((try? a.0.plus(.een)) ?? a.0)
            return eerste > ((try? laatste.plus(.een)) ?? laatste)
        }
        if a.0 > b.0 { return true }
        return a.0 == b.0 && !a.inclusief && !b.inclusief
    }

    /// The parts of the line the given pieces leave uncovered.
    static func gaten(_ stukken: [Interval], discreet: Bool) -> [Interval] {
        func onderKleiner(_ x: Interval, _ y: Interval) -> Bool {
            switch (x.onder, y.onder) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (a?, b?): return a.0 < b.0 || (a.0 == b.0 && a.inclusief && !b.inclusief)
            }
        }
        let gesorteerd = stukken.sorted(by: onderKleiner)
        var uit: [Interval] = []
        // `dekking` = how far the line is covered from −∞; nil bound = covers to +∞.
        var dekking: (Getal, inclusief: Bool)?? = .none // .none: nothing covered yet
        for s in gesorteerd {
            switch dekking {
            case .none:
                if let o = s.onder { uit.append(Interval(onder: nil, boven: (o.0, !o.inclusief))) }
                dekking = .some(s.boven)
            case .some(nil):
                return uit
            case .some(let eind?):
                if let o = s.onder, ruimteTussen(eind: eind, begin: o, discreet: discreet) {
                    uit.append(Interval(onder: (eind.0, !eind.inclusief), boven: (o.0, !o.inclusief)))
                }
                if let b = s.boven {
                    if b.0 > eind.0 || (b.0 == eind.0 && b.inclusief && !eind.inclusief) { dekking = .some(b) }
                } else {
                    dekking = .some(nil)
                }
            }
        }
        switch dekking {
        case .none: uit.append(Interval(onder: nil, boven: nil))
        case .some(nil): break
        case .some(let eind?): uit.append(Interval(onder: (eind.0, !eind.inclusief), boven: nil))
        }
        return uit
    }

    static func overlappen(_ a: Interval, _ b: Interval, discreet: Bool) -> Bool {
        // They overlap unless one ends before the other begins.
        func voor(_ x: Interval, _ y: Interval) -> Bool {
            guard let e = x.boven, let s = y.onder else { return false }
            if e.0 < s.0 { return true }
            if e.0 == s.0 { return !(e.inclusief && s.inclusief) }
            return false
        }
        return !(voor(a, b) || voor(b, a))
    }

    func stukTekst(_ s: Interval, _ soort: Soort) -> String {
        func w(_ g: Getal) -> String {
            if soort == .datum, let n = Int32(exactly: g.teller) { return Datum(dagnummer: n).description }
            return Opmaak.tekst(.getal(g), soort, regelset: set, opslag: nil)
        }
        switch (s.onder, s.boven) {
        case let (o?, b?):
            if o.0 == b.0 && o.inclusief && b.inclusief { return w(o.0) }
            return "\(o.inclusief ? "vanaf" : "meer dan") \(w(o.0)) \(b.inclusief ? "tot en met" : "tot") \(w(b.0))"
        case let (o?, nil): return o.inclusief ? "vanaf \(w(o.0))" : "meer dan \(w(o.0))"
        case let (nil, b?): return b.inclusief ? "tot en met \(w(b.0))" : "minder dan \(w(b.0))"
        case (nil, nil): return "elke waarde"
        }
    }

    /// A row's problem. When its bounds are a municipality's fill-ins, the problem is theirs: it is shown
    /// at the `invulling`, with the model's row noted (issue: a fill-in out of order pointed at the model).
    mutating func rijFout(_ b: Bericht, _ rij: GecontroleerdeRij, notities: [Notitie] = []) {
        if let r = rij.invullingen.first {
            let andere = rij.invullingen.dropFirst().map { Notitie(bericht: .ookIngevuldHier, bereik: $0) }
            fout(b, r, notities: andere + [Notitie(bericht: .rijStaatHier, bereik: rij.bereik)] + notities)
        } else {
            fout(b, rij.bereik, notities: notities)
        }
    }

    mutating func controleerDekking(_ t: GecontroleerdeTabel, opSoort: Soort, tabel: Tabel) {
        let discreet = opSoort == .geheelGetal || opSoort == .datum
        var heeftAnders = false
        var eerdere: [Interval] = []
        var eerdereKeuzes = Set<Int32>()
        var keuzeRij: [Int32: Int] = [:]
        for (i, rij) in t.rijen.enumerated() {
            huidigCitaat = rij.citaat
            let naam = rij.omschrijving
            if heeftAnders {
                rijFout(.tabelRijOnbereikbaar(naam), rij)
                continue
            }
            switch rij.toets {
            case .anders:
                heeftAnders = true
                let volledig: Bool
                if case .keuze(let k) = opSoort { volledig = eerdereKeuzes.count == (set.keuzelijsten[k]?.count ?? 0) }
                else { volledig = !eerdere.isEmpty && Checker.gaten(eerdere, discreet: discreet).isEmpty }
                if volledig { rijFout(.tabelRijOnbereikbaar(naam), rij) }
            case .interval(let o, let b):
                let s = Interval(onder: o, boven: b)
                if let o, let b, o.0 > b.0 || (o.0 == b.0 && !(o.inclusief && b.inclusief)) {
                    rijFout(.tabelRijOnbereikbaar(naam), rij)
                    continue
                }
                switch t.beleid {
                case .uniek:
                    if let j = eerdere.firstIndex(where: { Checker.overlappen($0, s, discreet: discreet) }) {
                        rijFout(.tabelOverlap(t.rijen[j].omschrijving, naam), rij,
                            notities: [Notitie(bericht: .overlappendeRijHier, bereik: t.rijen[j].bereik)])
                    }
                case .eerste:
                    // Unreachable when the earlier rows already cover all of it.
                    let rest = Checker.gaten(eerdere + [Interval(onder: nil, boven: s.onder.map { ($0.0, !$0.inclusief) }),
                                                        Interval(onder: s.boven.map { ($0.0, !$0.inclusief) }, boven: nil)]
                                                .filter { $0.onder != nil || $0.boven != nil }, discreet: discreet)
                    if !eerdere.isEmpty && rest.isEmpty { rijFout(.tabelRijOnbereikbaar(naam), rij) }
                }
                eerdere.append(s)
            case .keuzes(let ks):
                let nieuw = ks.filter { !eerdereKeuzes.contains($0) }
                if t.beleid == .uniek, let dubbel = ks.first(where: { eerdereKeuzes.contains($0) }), let j = keuzeRij[dubbel] {
                    rijFout(.tabelOverlap(t.rijen[j].omschrijving, naam), rij,
                        notities: [Notitie(bericht: .overlappendeRijHier, bereik: t.rijen[j].bereik)])
                } else if nieuw.isEmpty {
                    rijFout(.tabelRijOnbereikbaar(naam), rij)
                }
                for k in ks where keuzeRij[k] == nil { keuzeRij[k] = i }
                eerdereKeuzes.formUnion(ks)
            }
        }
        huidigCitaat = t.citaat
        guard !heeftAnders else { return }
        if case .keuze(let k) = opSoort {
            let leden = set.keuzelijsten[k] ?? []
            let missend = leden.indices.filter { !eerdereKeuzes.contains(Int32($0)) }.map { leden[$0] }
            if !missend.isEmpty { fout(.tabelKeuzesOntbreken(missend.joined(separator: ", ")), tabel.op.bereik) }
        } else {
            for gat in Checker.gaten(eerdere, discreet: discreet) {
                fout(.tabelGat(stukTekst(gat, opSoort)), tabel.op.bereik)
            }
        }
    }
}
