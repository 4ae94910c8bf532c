// Render: a ``Besluit`` as Dutch text for the caseworker, or as JSON with the full trace.

import RegelwerkKern
import RegelwerkGevallen

public enum BesluitWeergave {
    /// The decision as the caseworker reads it: outcome table, then a numbered motivation.
    public static func tekst(_ b: Besluit) -> String {
        var uit = "Besluit volgens \(b.regeling)" + (b.over.map { " (\($0))" } ?? "") + "\n"
        if let v = b.versie { uit += v.hoofdletter + ".\n" }
        if let k = b.kenmerk { uit += "Zaak: \(k)\n" }
        uit += "\n"
        uit += "Uitkomst\n"
        let breedte = b.uitkomsten.map(\.naam.count).max() ?? 0
        let waardeBreedte = b.uitkomsten.map(\.tekst.count).max() ?? 0
        for u in b.uitkomsten {
            uit += "  " + u.naam.opgevuld(breedte) + "  " + u.tekst.opgevuld(waardeBreedte) + "  " + u.citaat.description + "\n"
        }
        if !b.bevoegdheden.isEmpty {
            uit += "\nBevoegdheden van het college\n"
            for m in b.bevoegdheden {
                let zin = m.reden.map { "toegepast, met als reden: \($0)" } ?? "niet toegepast"
                uit += "  \(m.citaat.description.hoofdletter): \(m.omschrijving): " + zin + (zin.hasSuffix(".") ? "\n" : ".\n")
            }
        }
        uit += "\nMotivering\n"
        for (i, stap) in b.motivering.enumerated() {
            uit += "  \(i + 1). " + zin(stap) + "\n"
            if !stap.gebruikt.isEmpty {
                uit += "     Op grond van: " + opsomming(stap.gebruikt) + ".\n"
            }
            // Exceptions weighed: those that did not hold first, then those that held and gave way.
            let toetsen: [(kop: String, uitkomst: (Besluit.Uitzonderingstoets.Bevinding) -> Bool)] = [
                ("Niet van toepassing", { $0 == .geldtNiet }),
                ("Ook van toepassing, met dezelfde uitkomst", { $0 == .zelfdeUitkomst }),
            ]
            for (kop, hoort) in toetsen {
                let delen = stap.getoetst.filter { hoort($0.uitkomst) }.map(toets)
                if !delen.isEmpty { uit += "     \(kop): " + delen.joined(separator: "; ") + ".\n" }
            }
            for t in stap.getoetst {
                if case .wijktVoor(let c) = t.uitkomst { uit += "     Van toepassing, maar wijkt voor \(c): " + toets(t) + ".\n" }
            }
            for v in stap.veronderstellingen {
                uit += "     Waarbij \(v.vast) = \(v.vastTekst): \(v.regel) is \(v.uitkomst).\n"
            }
            for v in stap.termijnverlengingen {
                uit += "     De termijn zou eindigen op \(Kalender.metWeekdag(v.voor)); op grond van \(v.grond) van de "
                    + "Algemene termijnenwet eindigt hij op \(Kalender.metWeekdag(v.na)).\n"
            }
            if !stap.standaardAfgerond.isEmpty {
                uit += "     Exact berekend; voor weergave rekenkundig afgerond op centen: "
                    + stap.standaardAfgerond.joined(separator: ", ") + ".\n"
            }
        }
        return uit
    }

    /// "bijstandsnorm € 1.401,50 per maand (gegeven); grondslag € 1.401,50 per maand (artikel 45 lid 1)"
    /// A value given where it is cited (`binnen`) goes without its citation.
    static func opsomming(_ gebruikt: [Besluit.Gegeven], binnen: Citaat? = nil, scheiding: String = "; ") -> String {
        gebruikt.map { g in
            if let c = g.citaat, c == binnen { return "\(g.naam) \(g.tekst)" }
            return "\(g.naam) \(g.tekst) (" + (g.citaat.map { $0.description }
                ?? g.landelijkVanaf.map { "landelijk, geldend vanaf \($0.nederlands)" } ?? "gegeven") + ")"
        }.joined(separator: scheiding)
    }

    /// "artikel 54 lid 3, want boete_voor_dezelfde_gedraging onwaar (gegeven)"; what one condition read is
    /// joined by "en", as "; " separates the exceptions.
    static func toets(_ t: Besluit.Uitzonderingstoets) -> String {
        t.citaat.description + (t.gebruikt.isEmpty ? "" : ", want " + opsomming(t.gebruikt, binnen: t.citaat, scheiding: " en "))
    }

    /// "Artikel 51 lid 2 onder b: percentage_51 is 20% en duur_51 is 1 maand, want benadelingsbedrag
    /// € 1.500,00 valt in 'van benadeling_grens_a tot benadeling_grens_b' (vanaf € 1.000,00 tot € 2.000,00)."
    static func zin(_ s: Besluit.Stap) -> String {
        var z = s.citaat.description.hoofdletter + ": "
        z += s.waarden.map { s.geenWaarde.contains($0.naam) ? "\($0.naam) heeft geen waarde" : "\($0.naam) is \($0.tekst)" }
            .joined(separator: " en ")
        switch s.grond {
        case .regel: break
        case .uitzondering(let van): z += ", in afwijking van \(van)"
        case .rij(let rij, let concreet):
            if let (naam, tekst) = s.opgezocht {
                if let concreet {
                    z += ", want \(naam) \(tekst) valt in '\(rij)' (\(concreet))"
                } else if rij == "anders" {
                    z += ", want \(naam) is \(tekst) en geen andere rij past"
                } else {
                    z += ", want \(naam) is \(tekst)"
                }
            }
        }
        return z + "."
    }

    static func grond(_ g: Alternatief.Grond) -> JSONWaarde {
        switch g {
        case .regel: .object([("soort", .tekst("regel"))])
        case .uitzondering(let van): .object([("soort", .tekst("uitzondering")), ("in_afwijking_van", citaat(van))])
        case .rij(let r, let c): .object([("soort", .tekst("tabelrij")), ("rij", .tekst(r))] + (c.map { [("waarden", JSONWaarde.tekst($0))] } ?? []))
        }
    }

    static func waarde(_ w: Waarde, _ soort: Soort, _ tekst: String) -> JSONWaarde {
        switch (w, soort) {
        case (.getal(let g), .bedrag), (.getal(let g), .bedragPer):
            return .tekst(((try? g.afgerond(op: 2, wijze: .rekenkundig)) ?? g).decimaleTekst(minDecimalen: 2))
        case (.getal(let g), .percentage):
            return .tekst(((try? g.maal(.honderd)) ?? g).decimaleTekst() + "%")
        case (.getal(let g), _): return .getal(g.decimaleTekst())
        case (.waarheid(let b), _): return .waarheid(b)
        case (.datum(let d), _): return .tekst(d.description)
        case (.afwezig, _): return .null
        default: return .tekst(tekst)
        }
    }

    /// A value typed for machines: amounts exact ("246.914", not rounded for display), a percentage as
    /// "20%", a date as "2024-04-01", a duration as {"aantal": 1, "eenheid": "maanden"}, geen as null.
    static func getypeerd(_ w: Waarde, _ soort: Soort, _ tekst: String) -> JSONWaarde {
        GetypeerdeWaarde(w, soort, tekst: { tekst }).json
    }

    static func citaat(_ c: Citaat) -> JSONWaarde {
        var v: [(String, JSONWaarde)] = [("artikel", .tekst(c.artikel))]
        if let l = c.lid { v.append(("lid", .tekst(l))) }
        if let o = c.onderdeel { v.append(("onderdeel", .tekst(o))) }
        v.append(("tekst", .tekst(c.description)))
        return .object(v)
    }

    static func gebruikt(_ gs: [Besluit.Gegeven]) -> JSONWaarde {
        .array(gs.map { g in
            .object([("naam", .tekst(g.naam)), ("waarde", .tekst(g.tekst)),
                     ("bron", g.citaat.map(citaat)
                        ?? g.landelijkVanaf.map { .object([("landelijk_geldend_vanaf", .tekst($0.description))]) }
                        ?? .tekst("gegeven"))])
        })
    }

    /// Machine-readable: outputs, and the trace with every step's citation and inputs.
    /// The decision for machines (`beslis --json`): every value typed (an amount as its exact decimal with
    /// its period apart, a percentage as a fraction's percent, a date in ISO form, a duration as count and
    /// unit, `geen` as null), with its Dutch text beside it, the full trace, and the case's warnings.
    public static func json(_ b: Besluit, waarschuwingen: [String] = []) -> JSONWaarde {
        let uitkomsten = JSONWaarde.object(b.uitkomsten.map { u in
            var velden: [(String, JSONWaarde)] = [("waarde", getypeerd(u.waarde, u.soort, u.tekst)), ("soort", .tekst(u.soort.description))]
            if case .bedragPer(let p) = u.soort { velden.append(("per", .tekst(p.rawValue))) }
            return (u.naam, .object(velden + [("tekst", .tekst(u.tekst)), ("citaat", citaat(u.citaat))]))
        })
        let spoor = JSONWaarde.array(b.motivering.map { s in
            var v: [(String, JSONWaarde)] = [
                ("waarden", .object(s.waarden.map { ($0.naam, JSONWaarde.tekst($0.tekst)) })),
                ("citaat", citaat(s.citaat)), ("grond", grond(s.grond)),
            ]
            if let (n, t) = s.opgezocht { v.append(("opgezocht", .object([("naam", .tekst(n)), ("waarde", .tekst(t))]))) }
            v.append(("gebruikt", gebruikt(s.gebruikt)))
            if !s.getoetst.isEmpty {
                v.append(("uitzonderingen_getoetst", .array(s.getoetst.map { t in
                    var u: [(String, JSONWaarde)] = [("citaat", citaat(t.citaat))]
                    switch t.uitkomst {
                    case .geldtNiet: u.append(("uitkomst", .tekst("niet_van_toepassing")))
                    case .zelfdeUitkomst: u.append(("uitkomst", .tekst("ook_van_toepassing_zelfde_uitkomst")))
                    case .wijktVoor(let c): u += [("uitkomst", .tekst("wijkt")), ("wijkt_voor", citaat(c))]
                    }
                    return .object(u + [("gebruikt", gebruikt(t.gebruikt))])
                })))
            }
            if !s.veronderstellingen.isEmpty {
                v.append(("veronderstellingen", .array(s.veronderstellingen.map { x in
                    .object([("regel", .tekst(x.regel)), ("vast", .tekst(x.vast)), ("vaste_waarde", .tekst(x.vastTekst)),
                             ("uitkomst", .tekst(x.uitkomst))])
                })))
            }
            if !s.termijnverlengingen.isEmpty {
                v.append(("algemene_termijnenwet", .array(s.termijnverlengingen.map { t in
                    .object([("eind_zonder_verlenging", .tekst(t.voor.description)), ("eind", .tekst(t.na.description)),
                             ("grond", .tekst(t.grond))])
                })))
            }
            if !s.standaardAfgerond.isEmpty {
                v.append(("weergave_afgerond_op_centen", .array(s.standaardAfgerond.map { .tekst($0) })))
            }
            return .object(v)
        })
        var kop: [(String, JSONWaarde)] = [("regeling", .tekst(b.regeling))]
        if let o = b.over { kop.append(("over", .tekst(o))) }
        if let v = b.versie { kop.append(("versie", .tekst(v))) }
        if let k = b.kenmerk { kop.append(("kenmerk", .tekst(k))) }
        let bevoegdheden = JSONWaarde.array(b.bevoegdheden.map { m in
            .object([("naam", .tekst(m.naam)), ("omschrijving", .tekst(m.omschrijving)), ("citaat", citaat(m.citaat)),
                     ("toegepast", .waarheid(m.reden != nil)), ("reden", m.reden.map { .tekst($0) } ?? .null)])
        })
        return .object(kop + [("uitkomsten", uitkomsten), ("bevoegdheden", bevoegdheden), ("motivering", spoor),
                              ("waarschuwingen", .array(waarschuwingen.map { .tekst($0) }))])
    }
}

extension String {
    package func opgevuld(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    var hoofdletter: String { prefix(1).uppercased() + dropFirst() }
}
