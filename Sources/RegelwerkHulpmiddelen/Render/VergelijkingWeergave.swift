// Render: the comparison of old and new rules, for the reviewer and the council.

import RegelwerkKern
import RegelwerkGevallen

public enum VergelijkingWeergave {
    static func bedrag(_ g: Getal, _ soort: Soort, teken: Bool) -> String {
        let t = Opmaak.tekst(.getal(g), soort, regelset: Regelset(), opslag: nil)
        return teken && !g.isNegatief && !g.isNul ? "+" + t : t
    }

    /// The lines of an article's text that go and that come (an article not in a version has no lines).
    static func regelverschil(_ was: String?, _ wordt: String?) -> (weg: [String], bij: [String]) {
        let oud = was.map { $0.split(separator: "\n").map(String.init) } ?? []
        let nieuw = wordt.map { $0.split(separator: "\n").map(String.init) } ?? []
        return (oud.filter { !nieuw.contains($0) }, nieuw.filter { !oud.contains($0) })
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
                let (weg, bij) = regelverschil(t.was, t.wordt)
                for r in weg { uit += "    - \(r)\n" }
                for r in bij { uit += "    + \(r)\n" }
            }
        }
        return uit
    }

    /// The differences of one amount per case, as bars: each distinct difference when there are at most
    /// twelve, else ten equal brackets from the smallest to the largest.
    static func verdeling(_ u: Vergelijking.Uitkomstverschil) -> [(label: String, aantal: Int)] {
        let waarden = u.verdeling.keys.sorted()
        guard let laagste = waarden.first, let hoogste = waarden.last else { return [] }
        if waarden.count <= 12 {
            return waarden.map { (bedrag($0, u.soort, teken: true), u.verdeling[$0] ?? 0) }
        }
        let n = 10
        guard let breedte = try? hoogste.min(laagste).gedeeldDoor(Getal(geheel: Int128(n))) else { return [] }
        let grenzen = (0...n).map { k in (try? laagste.plus((try? breedte.maal(Getal(geheel: Int128(k)))) ?? laagste)) ?? laagste }
        var aantallen = Array(repeating: 0, count: n)
        for (d, aantal) in u.verdeling {
            // The last bracket includes the largest difference itself.
            let k = (1..<n).first { d < grenzen[$0] }.map { $0 - 1 } ?? (n - 1)
            aantallen[k] += aantal
        }
        return (0..<n).map { k in
            ("\(bedrag(grenzen[k], u.soort, teken: true)) tot \(k == n - 1 ? "en met " : "")\(bedrag(grenzen[k + 1], u.soort, teken: true))", aantallen[k])
        }
    }

    /// A self-contained HTML page for the council's papers: the same as the text, with bar charts of the
    /// cases each article touches and of how much each amount moves per case.
    public static func html(_ v: Vergelijking) -> String {
        let e = HTML.tekst
        var uit = "<h1>Vergelijking van de oude en de nieuwe regels</h1>\n"
        uit += "<p>\(v.gevallen) \(v.gevallen == 1 ? "geval" : "gevallen"), \(v.beideBeslist) onder beide regels beslist"
            + (v.fouten.isEmpty ? "" : ", \(v.fouten.count) met een fout") + ".</p>\n"
        uit += "<h2>Per uitkomst</h2>\n<table><tr><th>uitkomst</th><th>gevallen anders</th><th>samen</th><th>grootste verschil</th></tr>\n"
        for u in v.uitkomsten {
            let samen = u.totaalVerschil.map { u.gewijzigd > 0 ? bedrag($0, u.soort, teken: true) : "" } ?? ""
            let grootste = u.grootste.map { "regel \($0.regel): \($0.oud) → \($0.nieuw) (\(bedrag($0.verschil, u.soort, teken: true)))" } ?? ""
            uit += "<tr><td>\(e(u.naam))</td><td class=\"getal\">\(u.gewijzigd)</td><td class=\"getal\">\(e(samen))</td><td>\(e(grootste))</td></tr>\n"
        }
        uit += "</table>\n"
        for u in v.uitkomsten where !u.verdeling.isEmpty {
            uit += "<h3>\(e(u.naam)): verschil per geval (nieuw min oud)</h3>\n"
            uit += HTML.staven(verdeling(u), titel: "Aantal gevallen per verschil in \(u.naam)")
        }
        if !v.perArtikel.isEmpty {
            uit += "<h2>Per artikel</h2>\n<p>Gevallen waarin een waarde van het artikel verandert.</p>\n"
            uit += HTML.staven(v.perArtikel.map { ($0.artikel.description, $0.gevallen) }, titel: "Aantal gevallen per artikel")
        }
        if !v.fouten.isEmpty {
            uit += "<h2>Niet beslist</h2>\n<ul>\n"
            for f in v.fouten { uit += "<li>regel \(f.regel): oud: \(e(f.oud ?? "beslist")); nieuw: \(e(f.nieuw ?? "beslist"))</li>\n" }
            uit += "</ul>\n"
        }
        if !v.tekstverschillen.isEmpty {
            uit += "<h2>Tekst</h2>\n"
            for t in v.tekstverschillen {
                uit += "<h3>\(e(t.artikel))</h3>\n"
                let (weg, bij) = regelverschil(t.was, t.wordt)
                for r in weg { uit += "<p><del>\(e(r))</del></p>\n" }
                for r in bij { uit += "<p><ins>\(e(r))</ins></p>\n" }
            }
        }
        return HTML.pagina(titel: "Vergelijking van de regels", stijl: """
            body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;line-height:1.45;color:#222}
            table{border-collapse:collapse}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}
            td.getal{text-align:right}svg.staven text{font-size:13px;fill:#222}svg.staven rect{fill:#2a6f97}
            del{color:#9b1c1c}ins{color:#1c6b2a;text-decoration:none}
            """, inhoud: uit)
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
