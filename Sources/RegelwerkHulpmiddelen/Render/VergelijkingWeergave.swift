// Render: the comparison of old and new rules, for the reviewer and the council.

import RegelwerkKern
import RegelwerkGevallen

public enum VergelijkingWeergave {
    /// An amount; with `teken`, a difference, with one sign convention everywhere: "+€ 165,55", "−€ 392,42"
    /// (a real minus sign before the euro sign), "€ 0,00".
    static func bedrag(_ g: Getal, _ soort: Soort, teken: Bool) -> String {
        guard teken, !g.isNul else { return Opmaak.tekst(.getal(g), soort, regelset: Regelset(), opslag: nil) }
        let grootte = Vergelijking.grootte(g)
        return (g.isNegatief ? "\u{2212}" : "+") + Opmaak.tekst(.getal(grootte), soort, regelset: Regelset(), opslag: nil)
    }

    /// "Verordening X (versie vanaf …) → Verordening Y (versie vanaf …), gevallen uit gevallen.jsonl".
    static func kop(_ v: Vergelijking) -> (oud: String, nieuw: String, gevallen: String) {
        ("\(v.kop.oud.naam), versie \(v.kop.oud.versie)", "\(v.kop.nieuw.naam), versie \(v.kop.nieuw.versie)",
         v.kop.gevallen.map { "'\($0)'" } ?? "standaardinvoer")
    }

    /// "3 hoger, 2 lager" for the cases that changed.
    static func richting(_ u: Vergelijking.Uitkomstverschil) -> String {
        var delen: [String] = []
        if u.hoger > 0 { delen.append("\(u.hoger) hoger") }
        if u.lager > 0 { delen.append("\(u.lager) lager") }
        return delen.joined(separator: ", ")
    }

    /// The lines of an article's text that go and that come (an article not in a version has no lines).
    static func regelverschil(_ was: String?, _ wordt: String?) -> (weg: [String], bij: [String]) {
        let oud = was.map { $0.split(separator: "\n").map(String.init) } ?? []
        let nieuw = wordt.map { $0.split(separator: "\n").map(String.init) } ?? []
        return (oud.filter { !nieuw.contains($0) }, nieuw.filter { !oud.contains($0) })
    }

    /// What is compared (ordinance, versions, cases); per outcome how many cases change, up and down, and the
    /// money moved, per period and over the whole duration; per article how many cases it touches;
    /// the cases one of the two could not decide; the text that changes (- was, + wordt).
    public static func tekst(_ v: Vergelijking) -> String {
        let k = kop(v)
        var uit = "Vergelijking van de regels\n  oud:      \(k.oud)\n  nieuw:    \(k.nieuw)\n  gevallen: \(k.gevallen), elk beslist onder de nieuwste versie van beide\n\n"
        uit += "\(v.gevallen) \(v.gevallen == 1 ? "geval" : "gevallen"), \(v.beideBeslist) onder beide regels beslist"
        uit += v.fouten.isEmpty ? ".\n" : ", \(v.fouten.count) met een fout.\n"
        uit += "\nPer uitkomst (verschil = nieuw min oud)\n"
        for u in v.uitkomsten {
            let ongewijzigd = v.beideBeslist - u.gewijzigd
            uit += "  \(u.naam) (\(u.soort)): " + (u.gewijzigd == 0 ? "ongewijzigd" : "\(u.gewijzigd) \(u.gewijzigd == 1 ? "geval" : "gevallen") anders")
            let r = richting(u)
            if !r.isEmpty { uit += " (\(r))" }
            if u.gewijzigd > 0 { uit += ", \(ongewijzigd) gelijk" }
            uit += "\n"
            if let t = u.totaalVerschil, u.gewijzigd > 0 { uit += "    samen \(bedrag(t, u.soort, teken: true))\n" }
            if let t = u.totaalOverDuur, u.gewijzigd > 0 { uit += "    samen over de hele duur (bedrag × duur): \(bedrag(t, .bedrag, teken: true))\n" }
            if let g = u.grootste { uit += "    grootste: regel \(g.regel), \(g.oud.tekst) → \(g.nieuw.tekst) (\(bedrag(g.verschil, u.soort, teken: true)))\n" }
            if let g = u.grootsteOverDuur { uit += "    grootste over de hele duur: regel \(g.regel) (\(bedrag(g.verschil, .bedrag, teken: true)))\n" }
            for x in u.voorbeelden { uit += "    regel \(x.regel): \(x.oud.tekst) → \(x.nieuw.tekst)\n" }
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
    /// Each bar with whether it stands for a decrease (`negatief`): the page colours by sign.
    static func verdeling(_ u: Vergelijking.Uitkomstverschil) -> [(label: String, aantal: Int, negatief: Bool)] {
        let waarden = u.verdeling.keys.sorted()
        guard !waarden.isEmpty else { return [] }
        if waarden.count <= 12 {
            return waarden.map { (bedrag($0, u.soort, teken: true), u.verdeling[$0] ?? 0, $0.isNegatief) }
        }
        // Decreases and increases get brackets of their own, so that no bar holds both (a changed case never
        // has a difference of zero).
        let negatief = u.verdeling.filter { $0.key.isNegatief }, positief = u.verdeling.filter { !$0.key.isNegatief }
        let nNegatief = negatief.isEmpty ? 0 : (positief.isEmpty ? 10 : 5), nPositief = positief.isEmpty ? 0 : 10 - nNegatief
        return brackets(negatief, n: nNegatief, u.soort, negatief: true) + brackets(positief, n: nPositief, u.soort, negatief: false)
    }

    /// `n` equal brackets from the smallest to the largest of these differences, the last including the largest.
    static func brackets(_ verdeling: [Getal: Int], n: Int, _ soort: Soort, negatief: Bool) -> [(label: String, aantal: Int, negatief: Bool)] {
        let waarden = verdeling.keys.sorted()
        guard n > 0, let laagste = waarden.first, let hoogste = waarden.last else { return [] }
        guard waarden.count > 1, let breedte = try? hoogste.min(laagste).gedeeldDoor(Getal(geheel: Int128(n))) else {
            return [(bedrag(laagste, soort, teken: true), verdeling[laagste] ?? 0, negatief)]
        }
        let grenzen = (0...n).map { k in (try? laagste.plus((try? breedte.maal(Getal(geheel: Int128(k)))) ?? laagste)) ?? laagste }
        var aantallen = Array(repeating: 0, count: n)
        for (d, aantal) in verdeling {
            let k = (1..<n).first { d < grenzen[$0] }.map { $0 - 1 } ?? (n - 1)
            aantallen[k] += aantal
        }
        return (0..<n).map { k in
            ("\(bedrag(grenzen[k], soort, teken: true)) tot \(k == n - 1 ? "en met " : "")\(bedrag(grenzen[k + 1], soort, teken: true))", aantallen[k], negatief)
        }
    }

    /// A self-contained HTML page for the council's papers: the same as the text, with bar charts of the
    /// cases each article touches and of how much each amount moves per case.
    public static func html(_ v: Vergelijking) -> String {
        let e = HTML.tekst
        let k = kop(v)
        var uit = "<h1>Vergelijking van de oude en de nieuwe regels</h1>\n<table class=\"kop\">"
            + "<tr><th>oud</th><td>\(e(k.oud))</td></tr><tr><th>nieuw</th><td>\(e(k.nieuw))</td></tr>"
            + "<tr><th>gevallen</th><td>\(e(k.gevallen)), elk beslist onder de nieuwste versie van beide</td></tr></table>\n"
        uit += "<p>\(v.gevallen) \(v.gevallen == 1 ? "geval" : "gevallen"), \(v.beideBeslist) onder beide regels beslist"
            + (v.fouten.isEmpty ? "" : ", \(v.fouten.count) met een fout") + ". Verschil = nieuw min oud.</p>\n"
        uit += "<h2>Per uitkomst</h2>\n<table><tr><th>uitkomst</th><th>anders</th><th>hoger</th><th>lager</th><th>gelijk</th>"
            + "<th>samen</th><th>samen over de hele duur</th><th>grootste verschil</th></tr>\n"
        for u in v.uitkomsten {
            let samen = u.totaalVerschil.map { u.gewijzigd > 0 ? bedrag($0, u.soort, teken: true) : "" } ?? ""
            let overDuur = u.totaalOverDuur.map { u.gewijzigd > 0 ? bedrag($0, .bedrag, teken: true) : "" } ?? ""
            let grootste = u.grootste.map { "regel \($0.regel): \($0.oud.tekst) → \($0.nieuw.tekst) (\(bedrag($0.verschil, u.soort, teken: true)))" } ?? ""
            uit += "<tr><td>\(e(u.naam))</td><td class=\"getal\">\(u.gewijzigd)</td><td class=\"getal\">\(u.hoger)</td>"
                + "<td class=\"getal\">\(u.lager)</td><td class=\"getal\">\(v.beideBeslist - u.gewijzigd)</td>"
                + "<td class=\"getal\">\(e(samen))</td><td class=\"getal\">\(e(overDuur))</td><td>\(e(grootste))</td></tr>\n"
        }
        uit += "</table>\n"
        for u in v.uitkomsten where !u.verdeling.isEmpty {
            uit += "<h3>\(e(u.naam)): verschil per geval (nieuw min oud)</h3>\n"
            uit += HTML.staven(verdeling(u).map { ($0.label, $0.aantal, $0.negatief ? "lager" : "hoger") },
                               titel: "Aantal gevallen per verschil in \(u.naam): rood lager, groen hoger")
        }
        if !v.perArtikel.isEmpty {
            uit += "<h2>Per artikel</h2>\n<p>Gevallen waarin een waarde van het artikel verandert.</p>\n"
            uit += HTML.staven(v.perArtikel.map { ($0.artikel.description, $0.gevallen, nil) }, titel: "Aantal gevallen per artikel")
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
            td.getal{text-align:right}table.kop th{font-weight:600}svg.staven text{font-size:13px;fill:#222}
            svg.staven rect{fill:#2a6f97}svg.staven rect.lager{fill:#b3261e}svg.staven rect.hoger{fill:#2e7d32}
            del{color:#9b1c1c}ins{color:#1c6b2a;text-decoration:none}
            @media print{body{margin:0;max-width:none;font-size:10pt}h2,h3{break-after:avoid}svg,table{break-inside:avoid}}
            """, inhoud: uit)
    }

    /// The comparison for machines: every value typed as in `beslis --json` (an amount as its exact decimal
    /// with its period apart, a date in ISO form, a duration as count and unit, `geen` as null).
    public static func json(_ v: Vergelijking) -> JSONWaarde {
        func getal(_ g: Getal) -> JSONWaarde { .tekst(g.decimaleTekst()) }
        func waarde(_ u: Besluit.Uitkomst) -> JSONWaarde { BesluitWeergave.getypeerd(u.waarde, u.soort, u.tekst) }
        return .object([
            ("oud", .object([("regeling", .tekst(v.kop.oud.naam)), ("versie", .tekst(v.kop.oud.versie))])),
            ("nieuw", .object([("regeling", .tekst(v.kop.nieuw.naam)), ("versie", .tekst(v.kop.nieuw.versie))])),
            ("bestand", v.kop.gevallen.map { .tekst($0) } ?? .null),
            ("gevallen", .getal("\(v.gevallen)")),
            ("beide_beslist", .getal("\(v.beideBeslist)")),
            ("uitkomsten", .array(v.uitkomsten.map { u in
                // An amount's difference with its cents, as every amount in machine output ("560.60").
                func getal(_ g: Getal) -> JSONWaarde { .tekst(g.decimaleTekst(minDecimalen: u.soort.isBedrag ? 2 : 0)) }
                var velden: [(String, JSONWaarde)] = [("naam", .tekst(u.naam)), ("soort", .tekst(u.soort.description))]
                if case .bedragPer(let p) = u.soort { velden.append(("per", .tekst(p.rawValue))) }
                velden += [("gewijzigd", .getal("\(u.gewijzigd)")), ("hoger", .getal("\(u.hoger)")),
                           ("lager", .getal("\(u.lager)")), ("gelijk", .getal("\(v.beideBeslist - u.gewijzigd)"))]
                if let t = u.totaalVerschil { velden.append(("totaal_verschil", getal(t))) }
                if let t = u.totaalOverDuur { velden.append(("totaal_verschil_over_duur", getal(t))) }
                if let g = u.grootste {
                    velden.append(("grootste", .object([("regel", .getal("\(g.regel)")), ("oud", waarde(g.oud)), ("nieuw", waarde(g.nieuw)),
                                                       ("verschil", getal(g.verschil))])))
                }
                velden.append(("voorbeelden", .array(u.voorbeelden.map {
                    .object([("regel", .getal("\($0.regel)")), ("oud", waarde($0.oud)), ("nieuw", waarde($0.nieuw))])
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
