// Check: expressions → typed expressions. Name lookup, the arithmetic of units (bedrag × percentage is a
// bedrag, bedrag × bedrag is an error), and folding of constants (a municipality's fill-ins are constants).

extension Checker {
    /// `verwacht` only steers which enumeration a bare member name belongs to.
    /// The whole outcome of a rule, an exception or a table row: the one place `geen` may stand.
    mutating func uitkomst(_ e: Uitdrukking, verwacht: Soort?) -> Getypeerd {
        heleUitkomst = true
        defer { heleUitkomst = false }
        return uitdrukking(e, verwacht: verwacht)
    }

    mutating func uitdrukking(_ e: Uitdrukking, verwacht: Soort?) -> Getypeerd {
        let heel = heleUitkomst
        heleUitkomst = false
        switch e {
        case .getal(let g, let r): return .constante(.getal(g), g.isGeheel ? .geheelGetal : .getal, r)
        case .bedrag(let g, let r): return .constante(.getal(g), .bedrag, r)
        case .percentage(let g, let r): return .constante(.getal(g), .percentage, r)
        case .datum(let d, let r): return .constante(.datum(d), .datum, r)
        case .waarheid(let b, let r): return .constante(.waarheid(b), .waarheid, r)
        case .duur(let d, let r): return .constante(.duur(d), .duur, r)
        case .tekst(let s, let r):
            set.teksten.append(s)
            return .constante(.tekst(Int32(set.teksten.count - 1)), .tekst, r)
        case .naam(let n): return naam(n, verwacht: verwacht)
        case .fout(let r): return .constante(.afwezig, .fout, r)
        case .geen(let r):
            // No value: of the sort the place asks for; where that is unknown, 'geen' has no meaning.
            guard heel, let verwacht, verwacht != .fout else {
                fout(.geenZonderSoort, r)
                return .constante(.afwezig, .fout, r)
            }
            return .constante(.afwezig, verwacht, r)
        case .parameterOp(let n, let datum, let r):
            let d = uitdrukking(datum, verwacht: .datum)
            verwachtSoort(.datum, d)
            // An open term read `op` a date (`verjaringstermijn_43 op datum_constatering`): the fill-in of the
            // version in force on that date, not of the version deciding the case (the ordinance says which
            // date governs a rule, issue 15). Its values come from every version (``Compilatie``); so only a
            // value that means the same in every version: no text (an index into one version's pool), no list.
            if case .openTerm(let i)? = namen[n.tekst]?.0 {
                gebruikteOpenTermen.insert(i)
                let o = set.openTermen[i]
                switch o.soort {
                case .tekst, .lijst, .record:
                    fout(.invullingOpSoort(n.tekst, soort: o.soort.description), r)
                    return .constante(.afwezig, .fout, r)
                case .fout:
                    return .constante(.afwezig, .fout, r)
                case .bedrag, .bedragPer, .getal, .geheelGetal, .percentage, .waarheid, .datum, .duur, .keuze:
                    break
                }
                if d.soort == .fout { return .constante(.afwezig, .fout, r) }
                if !set.invullingenOpDatum.contains(i) { set.invullingenOpDatum.append(i) }
                return .invullingOp(i, datum: d, o.soort, r)
            }
            guard case .parameter(let i)? = namen[n.tekst]?.0 else {
                if namen[n.tekst] == nil {
                    fout(.onbekendeNaam(n.tekst), n.bereik,
                         suggestie: dichtstbijzijnde(n.tekst, in: set.parameters.map(\.naam)).map { .bedoeldeU($0) })
                } else {
                    fout(.geenParameter(n.tekst), r)
                }
                return .constante(.afwezig, .fout, r)
            }
            if d.soort == .fout { return .constante(.afwezig, .fout, r) }
            return .parameter(i, datum: d, set.parameters[i].soort, r)
        case .waarbij(let n, let vast, let waarde, let r):
            return waarbij(n, vast: vast, waarde: waarde, r)
        case .datumfunctie(let f, let args, let r):
            let ts = args.map { uitdrukking($0, verwacht: nil) }
            let verwacht: [Soort]
            let uit: Soort
            switch f {
            case .termijn: (verwacht, uit) = ([.duur, .datum], .datum)
            case .eersteDagVolgendeMaand, .eersteDagMaand, .laatsteDagMaand: (verwacht, uit) = ([.datum], .datum)
            case .leeftijd, .dagenTussen, .maandenTussen, .jarenTussen: (verwacht, uit) = ([.datum, .datum], .geheelGetal)
            }
            for (t, v) in zip(ts, verwacht) { verwachtSoort(v, t) }
            if ts.contains(where: { $0.soort == .fout }) { return .constante(.afwezig, .fout, r) }
            return vouw(.datumfunctie(f, ts, uit, r))
        case .veld(let basis, let veld):
            let b = uitdrukking(basis, verwacht: nil)
            guard case .record(let rn) = b.soort else {
                if b.soort != .fout { fout(.geenRecord(b.soort.description), basis.bereik) }
                return .constante(.afwezig, .fout, e.bereik)
            }
            let velden = set.gegevens[rn]?.velden ?? []
            guard let i = velden.firstIndex(where: { $0.naam == veld.tekst }) else {
                fout(.onbekendVeld(veld.tekst, record: rn), veld.bereik,
                     suggestie: dichtstbijzijnde(veld.tekst, in: velden.map(\.naam)).map { .bedoeldeU($0) })
                return .constante(.afwezig, .fout, e.bereik)
            }
            return .veld(b, i, velden[i].soort, e.bereik)
        case .enkel(let op, let a, let r):
            let t = uitdrukking(a, verwacht: nil)
            switch op {
            case .niet:
                verwachtSoort(.waarheid, t)
                return vouw(.enkel(.niet, t, .waarheid, r))
            case .negatief:
                guard t.soort.isGetalachtig || t.soort == .duur || t.soort == .fout else {
                    fout(.ongeldigeEnkeleBewerking("-", t.soort.description), r)
                    return .constante(.afwezig, .fout, r)
                }
                return vouw(.enkel(.negatief, t, t.soort, r))
            }
        case .binair(let op, let a, let b, let r):
            return binair(op, a, b, r)
        case .als(let c, let a, let b, let r):
            let tc = uitdrukking(c, verwacht: .waarheid)
            verwachtSoort(.waarheid, tc)
            // 'als c dan geen anders x': the sort comes from the other branch.
            let ta: Getypeerd, tb: Getypeerd
            if case .geen = a, verwacht == nil {
                heleUitkomst = heel
                tb = uitdrukking(b, verwacht: nil)
                heleUitkomst = heel
                ta = uitdrukking(a, verwacht: tb.soort)
            } else {
                heleUitkomst = heel
                ta = uitdrukking(a, verwacht: verwacht)
                heleUitkomst = heel
                tb = uitdrukking(b, verwacht: verwacht ?? ta.soort)
            }
            guard let s = verenig(ta.soort, tb.soort) else {
                fout(.takkenVerschillen(ta.soort.description, tb.soort.description), r)
                return .constante(.afwezig, .fout, r)
            }
            return .als(tc, ta, tb, s, r)
        case .functie(let f, let args, let r) where f.tekst == Parser.eenVanFunctie && args.count == 2:
            return eenVan(args[0], args[1], r)
        case .functie(let f, _, let r) where f.tekst == Parser.lijstFunctie:
            // `[a, b]` is the fill-in of a list-valued open term, and nothing else.
            fout(.lijstAlleenInInvulling, r)
            return .constante(.afwezig, .fout, r)
        case .functie(let f, let args, let r):
            var ts: [Getypeerd] = []
            var s: Soort?
            for a in args {
                let t = uitdrukking(a, verwacht: verwacht ?? s)
                if let huidig = s {
                    guard let v = verenig(huidig, t.soort), v.isGetalachtig || v == .datum || v == .fout else {
                        fout(.takkenVerschillen(huidig.description, t.soort.description), a.bereik)
                        return .constante(.afwezig, .fout, r)
                    }
                    s = v
                } else {
                    guard t.soort.isGetalachtig || t.soort == .datum || t.soort == .fout else {
                        fout(.ongeldigeEnkeleBewerking(f.tekst, t.soort.description), a.bereik)
                        return .constante(.afwezig, .fout, r)
                    }
                    s = t.soort
                }
                ts.append(t)
            }
            let soort = s ?? .fout
            return vouw(f.tekst == "minimum" ? .minimum(ts, soort, r) : .maximum(ts, soort, r))
        case .afronding(let a, let doel, let wijze, let r):
            let t = uitdrukking(a, verwacht: verwacht)
            guard t.soort.isGetalachtig || t.soort == .fout else {
                fout(.afrondingOngeldig(t.soort.description), r)
                return .constante(.afwezig, .fout, r)
            }
            switch doel {
            case .decimalen(let decimalen):
                let s: Soort = (t.soort == .getal && decimalen == 0) ? .geheelGetal : t.soort
                return vouw(.afronding(t, maat: .decimalen(decimalen), wijze: wijze, s, r))
            case .veelvoud(let v):
                return afrondingOpVeelvoud(t, v, wijze: wijze, r)
            }
        case .aggregaat(let soort, let variabele, let lijst, let waarde, let filter, let r):
            let l = uitdrukking(lijst, verwacht: nil)
            guard case .lijst(let element) = l.soort else {
                if l.soort != .fout { fout(.geenLijst(l.soort.description), lijst.bereik) }
                return .constante(.afwezig, .fout, r)
            }
            lokalen.append((variabele.tekst, element))
            defer { lokalen.removeLast() }
            let diepte = lokalen.count - 1
            var tf: Getypeerd?
            if let f = filter {
                let t = uitdrukking(f, verwacht: .waarheid)
                verwachtSoort(.waarheid, t)
                tf = t
            }
            switch soort {
            case .som:
                guard let w = waarde else { return .constante(.afwezig, .fout, r) }
                let tw = uitdrukking(w, verwacht: nil)
                guard tw.soort.isGetalachtig || tw.soort == .fout else {
                    fout(.ongeldigeEnkeleBewerking("som", tw.soort.description), w.bereik)
                    return .constante(.afwezig, .fout, r)
                }
                return .aggregaat(.som, diepte: diepte, lijst: l, waarde: tw, filter: tf, tw.soort, r)
            case .metDezelfde:
                // The key is computed for the elements that pass the filter; two keys are the same when they are
                // equal values (a date, a number of any numeric kind, a text, a member of an enumeration).
                guard let w = waarde else { return .constante(.afwezig, .fout, r) }
                let tw = uitdrukking(w, verwacht: nil)
                switch tw.soort {
                case .bedrag, .bedragPer, .getal, .geheelGetal, .percentage, .datum, .tekst, .keuze, .fout: break
                default:
                    fout(.sleutelOngeschikt(bronTekst(w.bereik), tw.soort.description), w.bereik)
                    return .constante(.afwezig, .fout, r)
                }
                return .aggregaat(.metDezelfde, diepte: diepte, lijst: l, waarde: tw, filter: tf, .geheelGetal, r)
            case .aantal:
                return .aggregaat(.aantal, diepte: diepte, lijst: l, waarde: nil, filter: tf, .geheelGetal, r)
            case .bestaat:
                return .aggregaat(.bestaat, diepte: diepte, lijst: l, waarde: nil, filter: tf, .waarheid, r)
            case .hoogste, .laagste:
                guard let w = waarde else { return .constante(.afwezig, .fout, r) }
                let tw = uitdrukking(w, verwacht: nil)
                guard tw.soort.isGetalachtig || tw.soort == .datum || tw.soort == .fout else {
                    fout(.ongeldigeEnkeleBewerking(soort.rawValue, tw.soort.description), w.bereik)
                    return .constante(.afwezig, .fout, r)
                }
                return .aggregaat(soort, diepte: diepte, lijst: l, waarde: tw, filter: tf, tw.soort, r)
            case .metHoogste, .metLaagste:
                guard let w = waarde else { return .constante(.afwezig, .fout, r) }
                let tw = uitdrukking(w, verwacht: nil)
                guard tw.soort.isGetalachtig || tw.soort == .datum || tw.soort == .fout else {
                    fout(.ongeldigeEnkeleBewerking(soort == .metHoogste ? "hoogste" : "laagste", tw.soort.description), w.bereik)
                    return .constante(.afwezig, .fout, r)
                }
                return .aggregaat(soort, diepte: diepte, lijst: l, waarde: tw, filter: tf, element, r)
            }
        }
    }

    /// `x afgerond op een veelvoud van v` (art. 30 lid 3: "naar beneden afgerond op een veelvoud van € 0,20"), x
    /// already checked. `v` must be a positive constant (a literal, a filled-in open term, arithmetic of those)
    /// of x's kind: the plan holds it as a constant, like a table's bound, and a zero or negative step has no
    /// multiples to round to, or turns "naar beneden" around. An amount per period goes with a plain amount or
    /// one per the same period, as in a sum.
    @inline(never)
    mutating func afrondingOpVeelvoud(_ t: Getypeerd, _ v: Uitdrukking, wijze: Getal.Afronding, _ r: SourceRange) -> Getypeerd {
        let tv = uitdrukking(v, verwacht: t.soort)
        if t.soort == .fout || tv.soort == .fout { return .constante(.afwezig, .fout, r) }
        let getal: (Soort) -> Bool = { $0 == .getal || $0 == .geheelGetal }
        let zelfdeSoort = t.soort.isBedrag ? tv.soort.isBedrag && verenig(t.soort, tv.soort) != nil
            : t.soort == .percentage ? tv.soort == .percentage
            : getal(t.soort) && getal(tv.soort)
        // An example of the rounded value's own kind, for the suggestion.
        let voorbeeld = t.soort.isBedrag ? "€0,20" : t.soort == .percentage ? "5%" : "5"
        guard zelfdeSoort else {
            fout(.veelvoudSoort(veelvoud: tv.soort.description, afgerond: t.soort.description), v.bereik,
                 suggestie: Checker.periodenVerschillen(t.soort, tv.soort) ? .periodenVerschillen : .schrijfVeelvoud(voorbeeld))
            return .constante(.afwezig, .fout, r)
        }
        guard case .getal(let m)? = constante(tv) else {
            fout(.veelvoudNietVast(bronTekst(v.bereik)), v.bereik, suggestie: .schrijfVeelvoud(voorbeeld))
            return .constante(.afwezig, .fout, r)
        }
        guard m > .nul else {
            let waarde = Opmaak.tekst(.getal(m), tv.soort, regelset: set, opslag: nil)
            // A negative step was most likely meant positive: "naar beneden" keeps its direction that way.
            let positief = (try? m.negatief()).map { Opmaak.tekst(.getal($0), tv.soort, regelset: set, opslag: nil) }
            fout(.veelvoudNietPositief(waarde), v.bereik,
                 suggestie: m.isNegatief ? positief.map { .bedoeldeU($0) } : .schrijfVeelvoud(voorbeeld))
            return .constante(.afwezig, .fout, r)
        }
        // A number rounded to a multiple of a whole number is whole; a multiple of 0,5 need not be.
        let s: Soort = getal(t.soort) ? (m.isGeheel ? .geheelGetal : .getal) : t.soort
        return vouw(.afronding(t, maat: .veelvoud(m), wijze: wijze, s, r))
    }

    /// `regel waarbij naam = waarde`: the rule's type; `naam` is a rule or case field of the value's type.
    mutating func waarbij(_ n: Naam, vast: Naam, waarde: Uitdrukking, _ r: SourceRange) -> Getypeerd {
        guard case .definitie(let d)? = namen[n.tekst]?.0 else {
            if namen[n.tekst] == nil {
                _ = naam(n, verwacht: nil)
            } else {
                fout(.waarbijGeenRegel(n.tekst), n.bereik)
            }
            return .constante(.afwezig, .fout, r)
        }
        let v: Vastgezet, soort: Soort
        switch namen[vast.tekst]?.0 {
        case .definitie(let x)?:
            v = .definitie(x)
            soort = set.definities[x].soort
            if soort == .fout && !foutGemeld(bij: x) {
                fout(.waarbijSoortOnbekend(vast.tekst), vast.bereik)
                return .constante(.afwezig, .fout, r)
            }
        case .invoer(let i)?:
            v = .invoer(i)
            soort = set.invoer[i].soort
        case nil:
            _ = naam(vast, verwacht: nil)
            return .constante(.afwezig, .fout, r)
        case .openTerm?, .parameter?:
            fout(.waarbijNietVast(vast.tekst), vast.bereik)
            return .constante(.afwezig, .fout, r)
        }
        let w = uitdrukking(waarde, verwacht: soort)
        verwachtSoort(soort, w)
        if soort == .fout || w.soort == .fout { return .constante(.afwezig, .fout, r) }
        veronderstellingen.append((d, v, r))
        // The rule's type may still be unknown inside a cycle; the node keeps the reference so that
        // the cycle is reported.
        return .waarbij(d, vast: v, waarde: w, set.definities[d].soort, r)
    }

    mutating func naam(_ n: Naam, verwacht: Soort?) -> Getypeerd {
        if let i = lokalen.lastIndex(where: { $0.0 == n.tekst }) {
            return .lokaal(i, lokalen[i].1, n.bereik)
        }
        // Where an enumeration is expected (`schending.geschonden is tekortschietend_besef`), its member wins.
        if case .keuze(let k)? = verwacht, let i = set.keuzelijsten[k]?.firstIndex(of: n.tekst) {
            return .constante(.keuze(Int32(i)), .keuze(k), n.bereik)
        }
        switch namen[n.tekst]?.0 {
        case .definitie(let d)?:
            return .definitie(d, set.definities[d].soort, n.bereik)
        case .invoer(let i)?: return .invoer(i, set.invoer[i].soort, n.bereik)
        case .parameter?:
            fout(.parameterZonderDatum(n.tekst), n.bereik)
            return .constante(.afwezig, .fout, n.bereik)
        case .openTerm(let i)? where set.openTermen[i].lijst != nil || { if case .lijst = set.openTermen[i].soort { true } else { false } }():
            // A list-valued open term is read only by `is een van`.
            gebruikteOpenTermen.insert(i)
            fout(.lijsttermZonderEenVan(n.tekst), n.bereik)
            return .constante(.afwezig, .fout, n.bereik)
        case .openTerm(let i)?:
            gebruikteOpenTermen.insert(i)
            if !gelezenOpenTermen.contains(i) { gelezenOpenTermen.append(i) }
            let o = set.openTermen[i]
            // A filled-in open term is a constant: the plan folds it (DESIGN §4).
            return .constante(o.waarde, o.waarde == .afwezig ? .fout : o.soort, n.bereik)
        case nil: break
        }
        // An enumeration member that only one enumeration has.
        let met = set.keuzelijsten.filter { $0.value.contains(n.tekst) }.keys.sorted()
        if met.count == 1, let k = met.first, let i = set.keuzelijsten[k]?.firstIndex(of: n.tekst) {
            return .constante(.keuze(Int32(i)), .keuze(k), n.bereik)
        }
        if case .keuze(let k)? = verwacht, let leden = set.keuzelijsten[k] {
            fout(.onbekendeKeuzewaarde(n.tekst, soort: k), n.bereik,
                 suggestie: dichtstbijzijnde(n.tekst, in: leden).map { .bedoeldeU($0) } ?? .kiesUit(leden.joined(separator: ", ")))
            return .constante(.afwezig, .fout, n.bereik)
        }
        if meldWeggelaten(n) { return .constante(.afwezig, .fout, n.bereik) }
        var kandidaten = Array(namen.keys) + lokalen.map(\.0)
        for leden in set.keuzelijsten.values { kandidaten += leden }
        fout(.onbekendeNaam(n.tekst), n.bereik, suggestie: dichtstbijzijnde(n.tekst, in: kandidaten.sorted()).map { .bedoeldeU($0) })
        return .constante(.afwezig, .fout, n.bereik)
    }

    /// The common type of two branches: a whole number joins a getal; errors join anything.
    func verenig(_ a: Soort, _ b: Soort) -> Soort? {
        if a == .fout { return b }
        if b == .fout { return a }
        if a == b { return a }
        if (a == .geheelGetal && b == .getal) || (a == .getal && b == .geheelGetal) { return .getal }
        // A plain amount goes with an amount per period and takes its period; two periods never mix.
        if a == .bedrag, case .bedragPer = b { return b }
        if b == .bedrag, case .bedragPer = a { return a }
        return nil
    }

    /// Two amounts per different periods (per maand, per jaar): the one mistake a conversion mends.
    static func periodenVerschillen(_ a: Soort, _ b: Soort) -> Bool {
        if case .bedragPer(let x) = a, case .bedragPer(let y) = b { return x != y }
        return false
    }

    mutating func verwachtSoort(_ s: Soort, _ t: Getypeerd) {
        if s == .fout || t.soort == .fout || s == t.soort { return }
        if s == .getal && t.soort == .geheelGetal { return }
        if let v = verenig(s, t.soort), v.isBedrag { return }
        fout(.soortVerschil(verwacht: s.description, gevonden: t.soort.description), t.bereik,
             suggestie: Checker.periodenVerschillen(s, t.soort) ? .periodenVerschillen : nil)
    }

    /// The type of `a op b` for arithmetic, or nil when the combination means nothing.
    func rekenSoort(_ op: BinaireOperator, _ a: Soort, _ b: Soort) -> Soort? {
        func getalOfGeheel(_ x: Soort) -> Bool { x == .getal || x == .geheelGetal }
        switch op {
        case .plus, .min:
            if a.isBedrag && b.isBedrag { return verenig(a, b) }
            if a == b, a == .percentage || a == .geheelGetal || a == .getal || a == .duur { return a }
            if getalOfGeheel(a) && getalOfGeheel(b) { return .getal }
            if a == .datum && b == .duur { return .datum }
            if op == .plus && a == .duur && b == .datum { return .datum }
            return nil
        case .maal:
            // "grondslag * duur": an amount per month over a number of months is the amount for all of them.
            if case .bedragPer = a, b == .duur { return .bedrag }
            if case .bedragPer = b, a == .duur { return .bedrag }
            if a.isBedrag && (b == .percentage || getalOfGeheel(b)) { return a }
            if b.isBedrag && (a == .percentage || getalOfGeheel(a)) { return b }
            if a == .percentage && (b == .percentage || getalOfGeheel(b)) { return .percentage }
            if b == .percentage && getalOfGeheel(a) { return .percentage }
            if a == .geheelGetal && b == .geheelGetal { return .geheelGetal }
            if getalOfGeheel(a) && getalOfGeheel(b) { return .getal }
            if a == .duur && b == .geheelGetal { return .duur }
            if a == .geheelGetal && b == .duur { return .duur }
            return nil
        case .deel:
            if a.isBedrag && b.isBedrag { return verenig(a, b).map { _ in .getal } }
            if a.isBedrag && (getalOfGeheel(b) || b == .percentage) { return a }
            if a == .percentage && getalOfGeheel(b) { return .percentage }
            if a == .percentage && b == .percentage { return .getal }
            if getalOfGeheel(a) && getalOfGeheel(b) { return .getal }
            // "verlagingsduur / 1 maand": how many months (the units must match when computed).
            if a == .duur && b == .duur { return .getal }
            return nil
        case .tenHoogste, .tenMinste:
            if let v = verenig(a, b), v.isGetalachtig || v == .datum { return v }
            return nil
        default:
            return nil
        }
    }

    /// `x is een van lijst`: whether x is one of the items the municipality filled into a list-valued open
    /// term (art. 31 lid 2: the provisions without bijdrage). The list is a constant, so the test becomes
    /// `x = a of x = b ...` (no items: onwaar), which the plan folds like any comparison.
    mutating func eenVan(_ a: Uitdrukking, _ lijst: Uitdrukking, _ r: SourceRange) -> Getypeerd {
        guard case .naam(let n) = lijst, case .openTerm(let i)? = namen[n.tekst]?.0, let items = set.openTermen[i].lijst else {
            if case .naam(let n) = lijst, meldWeggelaten(n) { return .constante(.afwezig, .fout, r) }
            fout(.eenVanGeenLijst(bronTekst(lijst.bereik)), lijst.bereik)
            return .constante(.afwezig, .fout, r)
        }
        gebruikteOpenTermen.insert(i)
        guard case .lijst(let element) = set.openTermen[i].soort else { return .constante(.afwezig, .fout, r) }
        let ta = uitdrukking(a, verwacht: element)
        verwachtSoort(element, ta)
        if ta.soort == .fout || set.openTermen[i].waarde == .afwezig { return .constante(.afwezig, .fout, r) }
        var uit: Getypeerd = .constante(.waarheid(false), .waarheid, r)
        for (k, w) in items.enumerated() {
            let gelijk: Getypeerd = .binair(.gelijk, ta, .constante(w, element, n.bereik), .waarheid, r)
            uit = k == 0 ? gelijk : .binair(.of, uit, gelijk, .waarheid, r)
        }
        return vouw(uit)
    }

    mutating func binair(_ op: BinaireOperator, _ a: Uitdrukking, _ b: Uitdrukking, _ r: SourceRange) -> Getypeerd {
        switch op {
        case .en, .of:
            let ta = uitdrukking(a, verwacht: .waarheid), tb = uitdrukking(b, verwacht: .waarheid)
            verwachtSoort(.waarheid, ta)
            verwachtSoort(.waarheid, tb)
            return vouw(.binair(op, ta, tb, .waarheid, r))
        case .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter, .groterGelijk:
            let ta = uitdrukking(a, verwacht: nil)
            let tb = uitdrukking(b, verwacht: ta.soort)
            if ta.soort == .fout || tb.soort == .fout { return .constante(.afwezig, .fout, r) }
            let geordend = op != .gelijk && op != .ongelijk
            let v = verenig(ta.soort, tb.soort)
            let ok: Bool
            switch v {
            case nil: ok = false
            case .waarheid?, .tekst?, .keuze?: ok = !geordend
            case .record?, .lijst?: ok = false
            default: ok = true
            }
            guard ok else {
                fout(.vergelijkingOngeldig(ta.soort.description, tb.soort.description), r,
                     suggestie: Checker.periodenVerschillen(ta.soort, tb.soort) ? .periodenVerschillen : nil)
                return .constante(.afwezig, .fout, r)
            }
            return vouw(.binair(op, ta, tb, .waarheid, r))
        case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste:
            let ta = uitdrukking(a, verwacht: nil)
            let tb = uitdrukking(b, verwacht: ta.soort)
            if ta.soort == .fout || tb.soort == .fout { return .constante(.afwezig, .fout, r) }
            guard let s = rekenSoort(op, ta.soort, tb.soort) else {
                fout(.ongeldigeBewerking(op.rawValue, links: ta.soort.description, rechts: tb.soort.description), r,
                     suggestie: Checker.periodenVerschillen(ta.soort, tb.soort) ? .periodenVerschillen : nil)
                return .constante(.afwezig, .fout, r)
            }
            return vouw(.binair(op, ta, tb, s, r))
        }
    }

    /// Folds an expression whose operands are all constants into one constant.
    func vouw(_ t: Getypeerd) -> Getypeerd {
        if case .constante = t { return t }
        if let w = constante(t) { return .constante(w, t.soort, t.bereik) }
        return t
    }

    /// The value of a constant expression, using the same arithmetic as the interpreter.
    func constante(_ t: Getypeerd) -> Waarde? { constante(t, doorRegels: nil) }

    /// The value of a constant expression. With `doorRegels` (a depth budget), a rule without exceptions
    /// whose body is constant counts as its value, for requirements between the fill-ins of different
    /// variants (`eis duur_recidive_55_3 > langste_duur_49`); rule bodies themselves are never folded that
    /// way, so a decision still cites every rule it used.
    ///
    /// The rules' values are found first, each once per remaining budget, in a loop (`regelwaarden`): followed
    /// recursively, twenty rules of 250 levels each overflowed the stack, and rules that read another rule
    /// twice, twenty deep, were evaluated 2^20 times.
    func constante(_ t: Getypeerd, doorRegels: Int?) -> Waarde? {
        guard let budget = doorRegels, budget > 0 else { return constante(t, budget: 0, regels: [:]) }
        var regels: [Int: Waarde?] = [:]
        var werk: [(d: Int, budget: Int, klaar: Bool)] = []
        func volg(_ e: Getypeerd, budget: Int) {
            guard budget > 0 else { return }
            var defs: [Int] = [], invoer: [Int] = []
            e.verwijzingen(&defs, &invoer, veronderstellingen: false)
            for d in defs where regels[Checker.regelsleutel(d, budget)] == nil { werk.append((d, budget, false)) }
        }
        volg(t, budget: budget)
        while let (d, b, klaar) = werk.popLast() {
            let sleutel = Checker.regelsleutel(d, b)
            guard regels[sleutel] == nil else { continue }
            guard set.definities[d].uitzonderingen.isEmpty, case .uitdrukking(let e) = set.definities[d].lichaam else {
                regels[sleutel] = .some(nil)
                continue
            }
            if klaar {
                regels[sleutel] = .some(constante(e, budget: b - 1, regels: regels))
            } else {
                werk.append((d, b, true))
                volg(e, budget: b - 1)
            }
        }
        return constante(t, budget: budget, regels: regels)
    }

    static func regelsleutel(_ d: Int, _ budget: Int) -> Int { d * (regelbudget + 1) + budget }

    /// The value of a constant expression, with the rules' values (per remaining budget) already found.
    func constante(_ t: Getypeerd, budget: Int, regels: [Int: Waarde?]) -> Waarde? {
        func c(_ e: Getypeerd) -> Waarde? { constante(e, budget: budget, regels: regels) }
        switch t {
        case .constante(let w, let s, _): return (w == .afwezig || s == .fout) ? nil : w
        case .definitie(let d, _, _):
            guard budget > 0, let w = regels[Checker.regelsleutel(d, budget)] else { return nil }
            return w
        case .als(let voorwaarde, let a, let b, _, _):
            guard case .waarheid(let w)? = c(voorwaarde) else { return nil }
            return c(w ? a : b)
        case .enkel(let op, let a, _, _):
            guard let w = c(a) else { return nil }
            return try? Rekenen.enkel(op, w)
        case .binair(let op, let a, let b, _, _):
            guard let x = c(a), let y = c(b) else { return nil }
            if let (p, omgedraaid) = Rekenen.overDuur(op, a.soort, b.soort) {
                return try? Rekenen.overDuur(omgedraaid ? y : x, omgedraaid ? x : y, periode: p)
            }
            return try? Rekenen.binair(op, x, y)
        case .minimum(let es, _, _), .maximum(let es, _, _):
            var acc: Waarde?
            let op: BinaireOperator = { if case .minimum = t { return .tenHoogste } else { return .tenMinste } }()
            for e in es {
                guard let w = c(e) else { return nil }
                acc = acc == nil ? w : try? Rekenen.binair(op, acc ?? w, w)
            }
            return acc
        case .afronding(let a, let maat, let wijze, let s, _):
            guard let w = c(a) else { return nil }
            return try? Rekenen.afronding(w, maat: maat, wijze: wijze, soort: s)
        case .datumfunctie(let f, let args, _, _):
            let ws = args.compactMap(c)
            guard ws.count == args.count else { return nil }
            return try? Rekenen.datumfunctie(f, ws[0], ws.count > 1 ? ws[1] : ws[0]).waarde
        default: return nil
        }
    }

    // MARK: - Constant arithmetic

    /// A computation whose operands are all constant (`€1 / 0`, a fill-in times a huge number) is done now,
    /// with the interpreter's own arithmetic: if it cannot be done (division by zero, overflow, a date off
    /// the calendar) that is the rules' error, shown at the expression, not a case's at decision time.
    mutating func controleerConstanteBerekeningen() {
        for def in set.definities {
            huidigCitaat = def.citaat
            var es: [Getypeerd] = def.uitzonderingen.flatMap { [$0.voorwaarde, $0.waarde] }
            switch def.lichaam {
            case .uitdrukking(let e): es.append(e)
            case .tabel: break     // a table's rows are checked once, with the table
            }
            for e in es { controleerConstant(e) }
        }
        for t in set.tabellen {
            for r in t.rijen {
                huidigCitaat = r.citaat
                for e in r.uitkomsten { controleerConstant(e) }
            }
        }
        huidigCitaat = nil
    }

    /// Walks `e` without recursion; reports at the innermost computation that fails (its parent is then not
    /// constant, so one mistake gives one error).
    mutating func controleerConstant(_ e: Getypeerd) {
        var werk = [e]
        while let t = werk.popLast() {
            werk += t.delen
            let fout: RekenFoutSoort?
            switch t {
            case .binair(let op, let a, let b, _, _):
                guard let x = constante(a), let y = constante(b) else { continue }
                do {
                    if let (p, omgedraaid) = Rekenen.overDuur(op, a.soort, b.soort) {
                        _ = try Rekenen.overDuur(omgedraaid ? y : x, omgedraaid ? x : y, periode: p)
                    } else {
                        _ = try Rekenen.binair(op, x, y)
                    }
                    fout = nil
                } catch { fout = error }
            case .enkel(let op, let a, _, _):
                guard let x = constante(a) else { continue }
                do { _ = try Rekenen.enkel(op, x); fout = nil } catch { fout = error }
            case .afronding(let a, let maat, let wijze, let s, _):
                guard let x = constante(a) else { continue }
                do { _ = try Rekenen.afronding(x, maat: maat, wijze: wijze, soort: s); fout = nil } catch { fout = error }
            default:
                fout = nil
            }
            switch fout {
            case .delingDoorNul?: self.fout(.constanteDelingDoorNul, t.bereik)
            case .overloop?: self.fout(.constanteOverloop, t.bereik)
            case .buitenKalender?: self.fout(.constanteBuitenKalender, t.bereik)
            case .eenhedenVerschillen?, .onverwacht?, nil: break   // the type checker reports what it must
            }
        }
    }
}
