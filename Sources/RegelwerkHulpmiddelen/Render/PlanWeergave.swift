// Plan: prints a plan readably, one instruction a line with its citation (like clox's debug.c).

import RegelwerkKern
import RegelwerkGevallen

public enum PlanWeergave {
    public static func tekst(_ plan: Plan) -> String {
        let set = plan.regelset
        var uit = "plan voor \(set.naam): \(plan.code.count) instructies, \(plan.slotAantal) slots, \(plan.constanten.count) constanten\n"
        uit += "uitvoer: " + plan.uitvoer.map { "\(set.definities[$0].naam) (s\(plan.definitieSlot[$0]))" }.joined(separator: ", ") + "\n"
        uit += "\nconstanten\n"
        for (i, c) in plan.constanten.enumerated() {
            let soort = i < plan.constantSoorten.count ? plan.constantSoorten[i] : nil
            uit += "  s\(i) = \(soort.map { Opmaak.tekst(c, $0, regelset: set, opslag: nil) + " (\($0))" } ?? constante(c, set))\n"
        }
        uit += "\ninvoer\n"
        for (i, v) in set.invoer.enumerated() where plan.invoerSlot[i] >= 0 {
            uit += "  s\(plan.invoerSlot[i]) = \(v.naam): \(v.soort)\n"
        }
        for (b, blok) in plan.blokken.enumerated() {
            let namen = blok.definities.map { "\(set.definities[$0].naam) → s\(plan.definitieSlot[$0])" }.joined(separator: ", ")
            let citaat = blok.definities.first.map { set.definities[$0].citaat.description } ?? ""
            uit += "\nblok \(b): \(namen)   \(citaat)\n"
            // A block's code lies in one piece and may end more than once (a table row can end the block itself).
            var pc = Int(blok.start)
            while pc < plan.code.count, pc < plan.blokVan.count, plan.blokVan[pc] == Int32(b) {
                uit += "  " + nummer(pc) + "  " + regel(plan.code[pc], plan, blok: b) + "\n"
                pc += 1
            }
        }
        return uit
    }

    static func nummer(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: Swift.max(0, 4 - s.count)) + s
    }

    static func constante(_ w: Waarde, _ set: Regelset) -> String {
        switch w {
        case .getal(let g): return g.decimaleTekst()
        case .waarheid(let b): return b ? "waar" : "onwaar"
        case .datum(let d): return d.description
        case .duur(let d): return d.description
        case .tekst(let i): return Int(i) < set.teksten.count ? JSONSchrijver.tekst(set.teksten[Int(i)]) : "tekst#\(i)"
        case .keuze(let k): return "keuze #\(k)"
        case .record, .lijst, .afwezig: return "?"
        }
    }

    /// One instruction of block `blok`.
    static func regel(_ i: Instructie, _ plan: Plan, blok: Int) -> String {
        let naam = String(describing: i.op).opgevuld(14)
        switch i.op {
        case .kopie, .lengte, .niet, .negatief: return "\(naam) s\(i.a) <- s\(i.b)"
        case .eisInvoer: return "\(naam) s\(i.b)   (\(plan.regelset.invoer[Int(i.c)].naam))"
        case .eisWaarde: return "\(naam) s\(i.b)   (\(plan.regelset.definities[Int(i.c)].naam) kan geen zijn)"
        case .nodig: return "\(naam) blok \(i.c)"
        case .plus, .min, .maal, .deel, .tenHoogste, .tenMinste, .gelijk, .ongelijk, .kleiner, .kleinerGelijk, .groter, .groterGelijk:
            return "\(naam) s\(i.a) <- s\(i.b), s\(i.c)"
        case .afronding: return "\(naam) s\(i.a) <- s\(i.b), \(i.c) decimalen, \(Getal.Afronding.allCases[Int(i.d)].rawValue)"
        case .afrondingVeelvoud: return "\(naam) s\(i.a) <- s\(i.b), veelvoud van s\(i.c), \(Getal.Afronding.allCases[Int(i.d)].rawValue)"
        case .spring: return "\(naam) -> \(nummer(Int(i.c)))"
        case .springAlsOnwaar, .springAlsWaar: return "\(naam) s\(i.b) -> \(nummer(Int(i.c)))"
        case .kies:
            let alt = plan.blokken[Int(i.c)].alternatieven
            let a = Int(i.d) < alt.count ? "\(alt[Int(i.d)].omschrijving)   \(alt[Int(i.d)].citaat)" : "#\(i.d)"
            return "\(naam) \(a)"
        case .uitzondering:
            let g = plan.uitzonderingsgroepen[Int(i.b)]
            return "\(naam) s\(i.a) <- voorwaarden s\(g.voorwaarden)..<s\(g.voorwaarden + g.aantal), "
                + "waarden s\(g.waarden)..<s\(g.waarden + g.aantal) -> \(nummer(Int(i.c)))"
        case .geenUitzondering:
            return "\(naam) voorwaarden s\(i.a)..<s\(i.a + i.d) alle onwaar -> \(nummer(Int(i.c)))" + keuze(i.b, plan, blok: blok)
        case .geenRij: return "\(naam) s\(i.b)"
        case .element: return "\(naam) s\(i.a) <- s\(i.b)[s\(i.c)]"
        case .volgende: return "\(naam) s\(i.a) <- s\(i.b)[s\(i.d)++], na het laatste -> \(nummer(Int(i.c)))"
        case .veld: return "\(naam) s\(i.a) <- s\(i.b).\(plan.veldNamen[Int(i.d)].veld)"
        case .datumfunctie: return "\(naam) s\(i.a) <- \(Datumfunctie.allCases[Int(i.d)].rawValue)(s\(i.b), s\(i.c))"
        case .geenElement: return "\(naam) s\(i.b)"
        case .parameter: return "\(naam) s\(i.a) <- \(plan.regelset.parameters[Int(i.c)].naam) op s\(i.b)"
        case .invullingOp: return "\(naam) s\(i.a) <- \(plan.regelset.openTermen[Int(i.c)].naam) (de invulling van de versie) op s\(i.b)"
        case .veronderstel:
            let v = plan.veronderstellingen[Int(i.c)]
            return "\(naam) \(v.vastNaam) <- s\(i.b), herbereken blok " + v.blokken.map { "\($0)" }.joined(separator: ", ")
        case .herstel:
            return "\(naam) s\(i.a) <- s\(i.b), herstel \(plan.veronderstellingen[Int(i.c)].vastNaam)"
                + (i.d >= 0 ? ", of houd wat zij berekende als s\(i.d) = 0" : "")
        case .vorige: return "\(naam) s\(i.a) <- s\(i.b)[--s\(i.d)], na het eerste -> \(nummer(Int(i.c)))"
        case .keerOm: return "\(naam) veronderstellingen over \(plan.veronderstellingen[Int(i.c)].vastNaam) in de volgorde van s\(i.b)"
        case .tak: return "\(naam) \(plan.takken[Int(i.c)].dan ? "dan" : "anders")"
        case .overDuur: return "\(naam) s\(i.a) <- s\(i.b) per \(Periode.allCases[Int(i.d)].rawValue) over s\(i.c)"
        case .sleutelsLeeg: return "\(naam) sleutels \(i.c)"
        case .sleutel: return "\(naam) sleutels \(i.c) += s\(i.b)"
        case .telDezelfde: return "\(naam) s\(i.a) <- sleutels \(i.c) met dezelfde waarde als een ander"
        case .terug: return "terug" + keuze(i.d, plan, blok: blok)
        case .kopieInvoer: return "\(naam) s\(i.a) <- s\(i.b)   (\(plan.regelset.invoer[Int(i.c)].naam))"
        case .nodigKopie: return "\(naam) s\(i.a) <- s\(i.b) na blok \(i.c)"
        case .kopieTerug: return "\(naam) s\(i.a) <- s\(i.b)" + keuze(i.d, plan, blok: blok)
        }
    }

    /// The alternative `d` a `terug` or `geenUitzondering` records for its block, when it does (-1: its code did, with
    /// `kies`).
    static func keuze(_ d: Int32, _ plan: Plan, blok: Int) -> String {
        guard d >= 0 else { return "" }
        let alt = plan.blokken[blok].alternatieven
        return Int(d) < alt.count ? "   (koos \(alt[Int(d)].omschrijving)   \(alt[Int(d)].citaat))" : "   (koos #\(d))"
    }
}
