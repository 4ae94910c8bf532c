// Check: the fixtures (`proeven`) against the rules, before anything runs: every expected outcome names a
// rule, and its value is of that rule's type (DESIGN §6). `regelwerk check` reports these like any other
// mistake in a rule file; `regelwerk test` then only runs what checks.

extension Proefwaarde {
    /// An expected outcome as a value of the rule's type; nil when the literal is of another kind.
    public func waarde(_ soort: Soort, in set: Regelset) -> Waarde? {
        guard case .waarde(let e) = self else { return nil }
        switch (e, soort) {
        case (.bedrag(let g, _), .bedrag), (.bedrag(let g, _), .bedragPer), (.percentage(let g, _), .percentage), (.getal(let g, _), .getal):
            return .getal(g)
        case (.getal(let g, _), .geheelGetal) where g.isGeheel: return .getal(g)
        case (.enkel(.negatief, let x, _), _):
            guard case .getal(let g)? = Proefwaarde.waarde(x).waarde(soort, in: set), let n = try? g.negatief() else { return nil }
            return .getal(n)
        case (.datum(let d, _), .datum): return .datum(d)
        case (.duur(let d, _), .duur): return .duur(d)
        case (.waarheid(let b, _), .waarheid): return .waarheid(b)
        case (.geen, _): return .afwezig
        case (.naam(let n), .keuze(let k)):
            return set.keuzelijsten[k]?.firstIndex(of: n.tekst).map { .keuze(Int32($0)) }
        default: return nil
        }
    }
}

extension Proefwaarde {
    /// An expected text (`doel = "..."`) for a rule of sort tekst, as its characters. Not a ``Waarde``: a text
    /// value is an index into the pool of the rule set or of the case that made it, so the fixture compares
    /// the characters (``Werker/tekstwaarde(_:)``). Nil for any other sort or literal.
    public func tekst(_ soort: Soort) -> String? {
        guard soort == .tekst, case .waarde(.tekst(let s, _)) = self else { return nil }
        return s
    }
}

enum Proefcontrole {
    /// Checks the expected outcomes of the fixtures for this ordinance (or its model) in `bestanden` against
    /// every version's rules: a name no version has, or a value no version's rule of that name can take.
    static func controleer(_ bestanden: [Regelbestand], versies: [Regelset], _ ds: inout Diagnostics) {
        guard let eerste = versies.first else { return }
        let doelen = Set(bestanden.compactMap { b -> String? in
            switch b.soort {
            case .regeling, .verordening: b.naam
            case .parameters, .proeven: nil
            }
        })
        for b in bestanden {
            guard case .proeven(let voor, _) = b.soort, doelen.contains(voor) else { continue }
            for p in b.proeven {
                for (n, verwacht) in p.verwacht {
                    let soorten = versies.compactMap { set in set.definitie(n.tekst).map { (set, set.definities[$0].soort) } }
                    guard !soorten.isEmpty else {
                        ds.fout(.onbekendeNaam(n.tekst), n.bereik,
                                suggestie: dichtstbijzijnde(n.tekst, in: eerste.definities.map(\.naam)).map { .bedoeldeU($0) })
                        continue
                    }
                    if !soorten.contains(where: { verwacht.waarde($0.1, in: $0.0) != nil || verwacht.tekst($0.1) != nil }) {
                        ds.fout(.proefWaardeVerkeerd(n.tekst, soort: soorten[0].1.description), verwacht.bereik)
                    }
                }
            }
        }
    }
}
