// Render: the comparison of old and new rules, for the reviewer and the council.

public enum VergelijkingWeergave {
    static func bedrag(_ g: Getal, _ soort: Soort, teken: Bool) -> String {
        let t = Opmaak.tekst(.getal(g), soort, regelset: Regelset(), opslag: nil)
        return teken && !g.isNegatief && !g.isNul ? "+" + t : t
    }

    /// Per outcome how many cases change and the money moved; per article how many cases it touches;
    /// the cases one of the two could not decide; the text that changes (- was, + wordt).
    public static func tekst(_ v: Vergelijking) -> String {
        var uit = "Vergelijking: \(v.gevallen) \(v.gevallen == 1 ? "geval" : "gevallen"), \(v.beideBeslist) onder beide regels beslist"
        uit += v.fouten.isEmpty ? ".\n" : ", \(v.fouten.count) met een fout.\n"
        uit += "\nPer uitkomst\n"
        for u in v.uitkomsten {
            uit += "  \(u.naam) (\(u.soort)): " + (u.gewijzigd == 0 ? "ongewijzigd" : "\(u.gewijzigd) \(u.gewijzigd == 1 ? "geval" : "gevallen") anders")
            if let t = u.totaalVerschil, u.gewijzigd > 0 { uit += "; samen \(bedrag(t, u.soort, teken: true))" }
            if let g = u.grootste { uit += "; grootste: regel \(g.regel), \(g.oud) → \(g.nieuw) (\(bedrag(g.verschil, u.soort, teken: true)))" }
            uit += "\n"
            for x in u.voorbeelden { uit += "    regel \(x.regel): \(x.oud) → \(x.nieuw)\n" }
        }
        if !v.perArtikel.isEmpty {
            uit += "\nPer artikel (gevallen waarin een waarde van het artikel verandert)\n"
            let breedte = v.perArtikel.map(\.artikel.description.count).max() ?? 0
            for (a, n) in v.perArtikel { uit += "  " + a.description.opgevuld(breedte) + "  \(n)\n" }
        }
        if !v.fouten.isEmpty {
            uit += "\nNiet beslist\n"
            for f in v.fouten {
                uit += "  regel \(f.regel): oud: \(f.oud ?? "beslist"); nieuw: \(f.nieuw ?? "beslist")\n"
            }
        }
        if !v.tekstverschillen.isEmpty {
            uit += "\nTekst (- was, + wordt)\n"
            for t in v.tekstverschillen {
                uit += "  \(t.artikel)\n"
                let was = t.was.map { $0.split(separator: "\n").map(String.init) } ?? []
                let wordt = t.wordt.map { $0.split(separator: "\n").map(String.init) } ?? []
                for r in was where !wordt.contains(r) { uit += "    - \(r)\n" }
                for r in wordt where !was.contains(r) { uit += "    + \(r)\n" }
            }
        }
        return uit
    }

    public static func json(_ v: Vergelijking) -> JSONWaarde {
        func getal(_ g: Getal) -> JSONWaarde { .tekst(g.decimaleTekst()) }
        return .object([
            ("gevallen", .getal("\(v.gevallen)")),
            ("beide_beslist", .getal("\(v.beideBeslist)")),
            ("uitkomsten", .array(v.uitkomsten.map { u in
                var velden: [(String, JSONWaarde)] = [("naam", .tekst(u.naam)), ("soort", .tekst(u.soort.description)),
                                                      ("gewijzigd", .getal("\(u.gewijzigd)"))]
                if let t = u.totaalVerschil { velden.append(("totaal_verschil", getal(t))) }
                if let g = u.grootste {
                    velden.append(("grootste", .object([("regel", .getal("\(g.regel)")), ("oud", .tekst(g.oud)), ("nieuw", .tekst(g.nieuw)),
                                                       ("verschil", getal(g.verschil))])))
                }
                velden.append(("voorbeelden", .array(u.voorbeelden.map {
                    .object([("regel", .getal("\($0.regel)")), ("oud", .tekst($0.oud)), ("nieuw", .tekst($0.nieuw))])
                })))
                return .object(velden)
            })),
            ("per_artikel", .array(v.perArtikel.map { .object([("artikel", .tekst($0.artikel.description)), ("gevallen", .getal("\($0.gevallen)"))]) })),
            ("niet_beslist", .array(v.fouten.map {
                .object([("regel", .getal("\($0.regel)")), ("oud", $0.oud.map { .tekst($0) } ?? .null), ("nieuw", $0.nieuw.map { .tekst($0) } ?? .null)])
            })),
            ("tekst", .array(v.tekstverschillen.map {
                .object([("artikel", .tekst($0.artikel)), ("was", $0.was.map { .tekst($0) } ?? .null), ("wordt", $0.wordt.map { .tekst($0) } ?? .null)])
            })),
        ])
    }
}
