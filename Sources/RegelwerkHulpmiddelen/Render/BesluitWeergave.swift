// Render: a ``Besluit`` as Dutch text for the caseworker, or as JSON with the full trace.

import RegelwerkKern
import RegelwerkGevallen

public enum BesluitWeergave {
    /// The decision as a caseworker pastes it into a beschikking (issue 14): the outcome by the labels the
    /// rules declare, the powers of the college, then the motivation in plain Dutch, in the order of the
    /// reasoning, citing in legal form ("artikel 51, tweede lid, onder b"), each calculation written out with
    /// its rounding, where each value comes from, and only the exceptions that mattered. The full trace is
    /// ``spoor(_:)``.
    public static func tekst(_ b: Besluit) -> String {
        var uit = "Besluit volgens de \(b.regeling)" + (b.over.map { " (\($0))" } ?? "") + "\n"
        if let v = b.versie { uit += v.hoofdletter + ".\n" }
        if let k = b.kenmerk { uit += "Zaak: \(k)\n" }
        uit += "\nUitkomst\n"
        let namen = b.uitkomsten.map { kort(b.label($0.naam) ?? $0.naam) }
        let breedte = namen.map(\.count).max() ?? 0
        let waardeBreedte = b.uitkomsten.map(\.leesbaar.count).max() ?? 0
        for (u, naam) in zip(b.uitkomsten, namen) {
            uit += "  " + naam.opgevuld(breedte) + "  " + u.leesbaar.opgevuld(waardeBreedte) + "  " + u.citaat.juridisch + "\n"
        }
        if !b.bevoegdheden.isEmpty {
            uit += "\nBevoegdheden van het college\n"
            for m in b.bevoegdheden {
                let zin = m.reden.map { "toegepast, met als reden: \($0)" } ?? "niet toegepast"
                uit += "  \(m.citaat.juridisch.hoofdletter): \(m.omschrijving): " + zin + (zin.hasSuffix(".") ? "\n" : ".\n")
            }
        }
        uit += "\nMotivering\n"
        for (i, stap) in getoond(b).enumerated() {
            uit += "  \(i + 1). " + prozaZin(stap, b) + "\n"
            if let r = stap.berekening { uit += "     Berekening: " + r.tekst + ".\n" }
            for t in stap.getoetst {
                switch t.uitkomst {
                case .geldtNiet: break
                case .zelfdeUitkomst:
                    uit += "     Ook \(t.citaat.juridisch) is van toepassing; dat leidt tot dezelfde uitkomst.\n"
                case .wijktVoor(let c):
                    uit += "     Ook \(t.citaat.juridisch) is van toepassing, maar wijkt voor \(c.juridisch).\n"
                }
            }
            for v in stap.veronderstellingen {
                uit += "     Daarbij is \(b.label(v.regel) ?? v.regel) berekend alsof \(b.label(v.vast) ?? v.vast) \(v.vastLeesbaar) was: "
                    + v.uitkomstLeesbaar + ".\n"
            }
            for v in stap.termijnverlengingen {
                uit += "     De termijn zou eindigen op \(Kalender.metWeekdag(v.voor)); op grond van \(v.grond) van de "
                    + "Algemene termijnenwet eindigt hij op \(Kalender.metWeekdag(v.na)).\n"
            }
            if !stap.standaardAfgerond.isEmpty, stap.berekening == nil {
                uit += "     Het bedrag is exact berekend en voor de weergave rekenkundig afgerond op centen.\n"
            }
            // Where the values come from that no earlier step gave: the case, the municipality, the law.
            let bronnen = stap.gebruikt.filter { $0.citaat == nil && !$0.isLijst }
            if !bronnen.isEmpty {
                uit += "     Uitgegaan is van:\n" + bronnen.enumerated().map { k, g in
                    "     - " + (b.label(g.naam) ?? g.naam) + ": " + g.leesbaar + ", " + herkomst(g) + (k == bronnen.count - 1 ? ".\n" : ";\n")
                }.joined()
            }
        }
        return uit
    }

    /// Where a value comes from, in the words of a beschikking.
    static func herkomst(_ g: Besluit.Gegeven) -> String {
        // A fill-in read as another version filled it in says which version, and why that one (issue 15).
        if let c = g.ingevuld, let v = g.versieVanInvulling {
            return "ingevuld door de gemeente in \(c.juridisch), in de versie \(v.periode): de regel leest de invulling van de versie die gold op "
                + (v.veld.map { "\($0) (\(v.datum.nederlands))" } ?? v.datum.nederlands)
        }
        if let c = g.ingevuld { return "ingevuld door de gemeente in \(c.juridisch)" }
        if let d = g.landelijkVanaf { return "landelijk bedrag, geldend vanaf \(d.nederlands)" }
        return "gegeven in het geval"
    }

    /// A label without its article, for a column of outcomes: "het verlagingsbedrag" → "Verlagingsbedrag".
    static func kort(_ label: String) -> String {
        for lidwoord in ["de ", "het ", "een "] where label.hasPrefix(lidwoord) { return String(label.dropFirst(lidwoord.count)).hoofdletter }
        return label.hoofdletter
    }

    /// The steps a beschikking shows: those the outcomes rest on (through the values they used and the
    /// exceptions that applied), not those only an exception that did not apply read; and of a rule that only
    /// passes a value on, only the one that gives an outcome.
    static func getoond(_ b: Besluit) -> [Besluit.Stap] {
        let uitkomsten = Set(b.uitkomsten.map(\.naam))
        var nodig = uitkomsten
        var relevant = Array(repeating: false, count: b.motivering.count)
        // Steps come after the steps they rely on, so one backward pass finds all.
        for (i, s) in b.motivering.enumerated().reversed() where s.waarden.contains(where: { nodig.contains($0.naam) }) {
            relevant[i] = true
            for g in s.gebruikt { nodig.insert(g.naam) }
            for t in s.getoetst where t.uitkomst != .geldtNiet { for g in t.gebruikt { nodig.insert(g.naam) } }
        }
        return b.motivering.enumerated().filter { i, s in
            relevant[i] && (!s.isKopie || s.waarden.contains { uitkomsten.contains($0.naam) } || s.getoetst.contains { $0.uitkomst != .geldtNiet })
        }.map(\.element)
    }

    /// "Op grond van artikel 51, tweede lid, onder b, is het percentage 20% en de duur 1 maand, omdat het
    /// benadelingsbedrag € 1.500,00 is (vanaf € 1.000,00 tot € 2.000,00)."
    static func prozaZin(_ s: Besluit.Stap, _ b: Besluit) -> String {
        var z = "Op grond van \(s.citaat.juridisch)"
        if case .uitzondering(let van) = s.grond { z += ", in afwijking van \(van.juridisch)," }
        let waarden = s.waarden.enumerated().map { k, w -> String in
            let label = b.label(w.naam) ?? w.naam
            let tekst = k < s.leesbaar.count ? s.leesbaar[k] : w.tekst
            if s.geenWaarde.contains(w.naam) { return "heeft \(label) geen waarde" }
            switch tekst {
            case "ja": return "geldt: \(label)"
            case "nee": return "geldt niet: \(label)"
            default: return (k == 0 ? "is " : "") + "\(label) \(tekst)"
            }
        }
        // A yes/no value reads as a statement that holds or not (its label says what: "er is sprake van
        // recidive"); its readable text is "ja" or "nee" only for that sort (a text value is quoted).
        // "Op grond van artikel 51, tweede lid, onder b, is ..." but "Op grond van artikel 73 is ...".
        z += (z.hasSuffix(",") || !s.citaat.juridisch.contains(",") ? " " : ", ") + waarden.joined(separator: " en ")
        if case .rij(let rij, let concreet) = s.grond, let (naam, tekst) = s.opgezocht {
            let label = s.opgezochtLabel ?? naam
            let waarde = s.opgezochtLeesbaar ?? tekst
            if let concreet {
                z += ", omdat \(label) \(waarde) is (\(concreet))"
            } else if rij == "anders" {
                z += ", omdat \(label) \(waarde) is en geen andere rij van de tabel past"
            } else {
                z += ", omdat \(label) \(waarde) is"
            }
        }
        return z + "."
    }

    /// The decision as its full trace (`beslis --spoor`): every step the run took, numbered, with the rule
    /// names, the values each read and every exception weighed, also those that did not apply.
    public static func spoor(_ b: Besluit) -> String {
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
                ?? g.landelijkVanaf.map { "landelijk, geldend vanaf \($0.nederlands)" }
                ?? g.ingevuld.map { "ingevuld in \($0)" + (g.versieVanInvulling.map { ", versie \($0.periode)" } ?? "") } ?? "gegeven") + ")"
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
                        ?? g.ingevuld.map { c in
                            .object([("ingevuld_door_de_gemeente", citaat(c))]
                                    + (g.versieVanInvulling.map { [("versie", .tekst($0.periode)), ("versie_gold_op", .tekst($0.datum.description))] } ?? []))
                        }
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
                              ("motivering_tekst", .tekst(tekst(b))),
                              ("waarschuwingen", .array(waarschuwingen.map { .tekst($0) }))])
    }
}

extension String {
    package func opgevuld(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    var hoofdletter: String { prefix(1).uppercased() + dropFirst() }
}
