// Render: a ``Besluit`` as Dutch text for the caseworker, or as JSON with the full trace.

public enum BesluitWeergave {
    /// The decision as the caseworker reads it: outcome table, then a numbered motivation.
    public static func tekst(_ b: Besluit) -> String {
        var uit = "Besluit volgens \(b.regeling)" + (b.versie.map { " (versie \($0))" } ?? "") + "\n\n"
        uit += "Uitkomst\n"
        let breedte = b.uitkomsten.map(\.naam.count).max() ?? 0
        let waardeBreedte = b.uitkomsten.map(\.tekst.count).max() ?? 0
        for u in b.uitkomsten {
            uit += "  " + u.naam.opgevuld(breedte) + "  " + u.tekst.opgevuld(waardeBreedte) + "  " + u.citaat.description + "\n"
        }
        uit += "\nMotivering\n"
        for (i, s) in b.motivering.enumerated() {
            uit += "  \(i + 1). \(s.citaat.description.hoofdletter): \(s.naam) is \(s.tekst)"
            if s.grond == "uitzondering" {
                uit += ", bij uitzondering"
            } else if let op = s.opzoekwaarde {
                uit += ", omdat \(op) valt onder '\(s.grond)'"
            }
            uit += ".\n"
            if !s.gebruikt.isEmpty {
                let delen = s.gebruikt.map { g in
                    "\(g.naam) \(g.tekst) (" + (g.citaat.map { $0.description } ?? "gegeven") + ")"
                }
                uit += "     Op grond van: " + delen.joined(separator: "; ") + ".\n"
            }
            if s.standaardAfgerond {
                uit += "     Het bedrag is exact berekend en voor weergave rekenkundig afgerond op centen.\n"
            }
        }
        return uit
    }

    static func waarde(_ w: Waarde, _ soort: Soort, _ tekst: String) -> JSONWaarde {
        switch (w, soort) {
        case (.getal(let g), .bedrag):
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

    static func citaat(_ c: Citaat) -> JSONWaarde {
        var v: [(String, JSONWaarde)] = [("artikel", .tekst(c.artikel))]
        if let l = c.lid { v.append(("lid", .tekst(l))) }
        if let o = c.onderdeel { v.append(("onderdeel", .tekst(o))) }
        v.append(("tekst", .tekst(c.description)))
        return .object(v)
    }

    /// Machine-readable: outputs, and the trace with every step's citation and inputs.
    public static func json(_ b: Besluit) -> JSONWaarde {
        let uitkomsten = JSONWaarde.object(b.uitkomsten.map { u in
            (u.naam, .object([("waarde", waarde(u.waarde, u.soort, u.tekst)), ("soort", .tekst(u.soort.description)),
                              ("tekst", .tekst(u.tekst)), ("citaat", citaat(u.citaat))]))
        })
        let spoor = JSONWaarde.array(b.motivering.map { s in
            var v: [(String, JSONWaarde)] = [("regel", .tekst(s.naam)), ("waarde", .tekst(s.tekst)), ("citaat", citaat(s.citaat)),
                                             ("grond", .tekst(s.grond))]
            if let o = s.opzoekwaarde { v.append(("opzoekwaarde", .tekst(o))) }
            v.append(("gebruikt", .array(s.gebruikt.map { g in
                .object([("naam", .tekst(g.naam)), ("waarde", .tekst(g.tekst)),
                         ("bron", g.citaat.map(citaat) ?? .tekst("gegeven"))])
            })))
            if s.standaardAfgerond { v.append(("weergave_afgerond_op_centen", .waarheid(true))) }
            return .object(v)
        })
        var kop: [(String, JSONWaarde)] = [("regeling", .tekst(b.regeling))]
        if let v = b.versie { kop.append(("versie", .tekst(v))) }
        return .object(kop + [("uitkomsten", uitkomsten), ("motivering", spoor)])
    }
}

extension String {
    func opgevuld(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    var hoofdletter: String { prefix(1).uppercased() + dropFirst() }
}
