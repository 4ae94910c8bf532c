// CLI: `regelwerk velden`: the fields a decision needs, for whoever fills in a case.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum VeldenOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "velden",
        samenvatting: "Toon de velden die een beslissing uit het geval leest: soort, betekenis en artikel.",
        uitleg: "Precies de velden die de uitvoer van de beslissing kan bereiken, in de volgorde van de regels, met hun soort,\n"
            + "hun grenzen, wat ze betekenen (uit het 'geval'-blok) en de artikelen die ze lezen. Of een veld in een bepaald\n"
            + "geval nodig is, hangt van de andere velden af. Met --schema een JSON Schema van het geval, met --skelet een leeg\n"
            + "geval om in te vullen (elk veld null, elke lijst met één leeg element).",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "De versie die op deze datum gold (JJJJ-MM-DD); nodig als er meer versies zijn."),
            OptieSpec(naam: "--schema", waarde: nil, uitleg: "Geef een JSON Schema (draft 2020-12) van het geval."),
            OptieSpec(naam: "--skelet", waarde: nil, uitleg: "Geef een leeg geval als JSON, om in te vullen."),
        ],
        voorbeelden: ["regelwerk velden --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming --peildatum 2025-01-01",
                      "regelwerk velden --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing inkomenstoelage --peildatum 2024-03-15 --skelet > geval.json"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let (beslisser, b): (Beslisser, Int)
        do { (beslisser, b) = try o.beslissing(a.waarden("--regels"), a).get() } catch { return error.code }
        guard !(a.heeft("--schema") && a.heeft("--skelet")) else { return o.gebruiksfout(.kiesSchemaOfSkelet) }
        let peildatum: Datum?
        do { peildatum = try o.peildatum(a).get() } catch { return error.code }
        let versie: Int
        switch beslisser.compilatie.kiesVersie(peildatum: peildatum) {
        case .success(let k): versie = k.index
        case .failure(let f): return o.versiefout(f)
        }
        if let f = beslisser.nietOpgenomen(beslissing: b, versie: versie) { return o.versiefout(f) }
        let velden = beslisser.velden(beslissing: b, versie: versie)
        let set = beslisser.compilatie.versies[versie].regelset
        let naam = beslisser.beslissingen[b].naam
        if a.heeft("--schema") {
            o.schrijf(JSONSchrijver.schrijf(schema(velden, set, titel: naam)) + "\n")
        } else if a.heeft("--skelet") {
            o.schrijf(JSONSchrijver.schrijf(skelet(velden)) + "\n")
        } else {
            o.schrijf(tekst(velden, set, naam: naam, versie: beslisser.compilatie.versies[versie].periode, taal: o.taal))
        }
        return .ok
    }

    /// One line per field: name, sort (with an enumeration's members and the bounds), meaning, articles.
    /// The CLI's own words follow `taal`; names, types, meanings and articles are the rules' and stay Dutch.
    static func tekst(_ velden: [Veldinfo], _ set: Regelset, naam: String, versie: String, taal: Taal = .nl) -> String {
        var uit = CLIBericht.veldenKop(beslissing: naam, versie: versie).tekst(taal) + "\n"
        func regel(_ v: Veldinfo, inspringing: String) {
            var soort = v.soort.description
            // A choice's values as the case writes them, each with the words the rules give it.
            if case .keuze(let k) = v.soort {
                soort += ": " + CLIBericht.eenVan.tekst(taal) + " " + (set.keuzelijsten[k] ?? []).map { w in set.label(w, binnen: k).flatMap { $0 == w ? nil : "\(w) (\($0))" } ?? w }
                    .joined(separator: ", ")
            }
            if !v.grenzen.isEmpty { soort += ", " + v.grenzen.joined(separator: ", ") }
            uit += "\(inspringing)\(v.naam)" + (v.label.map { " — \($0)" } ?? "") + " (\(soort))" + (v.isBevoegdheid ? " — " + CLIBericht.eenBevoegdheid.tekst(taal) : "") + "\n"
            if let o = v.omschrijving { uit += "\(inspringing)    \(o)\n" }
            if !v.artikelen.isEmpty { uit += "\(inspringing)    " + CLIBericht.gelezenIn(v.artikelen.map(\.description).joined(separator: ", ")).tekst(taal) + "\n" }
            for sub in v.velden { regel(sub, inspringing: inspringing + "    ") }
        }
        for v in velden { regel(v, inspringing: "  ") }
        return uit
    }

    /// A JSON Schema (draft 2020-12): the case as an object, each field typed as the case reader accepts it.
    static func schema(_ velden: [Veldinfo], _ set: Regelset, titel: String) -> JSONWaarde {
        func eigenschap(_ v: Veldinfo) -> JSONWaarde {
            var velden = type(v.soort, v)
            var omschrijving = v.omschrijving ?? ""
            if !v.grenzen.isEmpty { omschrijving += (omschrijving.isEmpty ? "" : " ") + "(" + v.grenzen.joined(separator: ", ") + ")" }
            if !v.artikelen.isEmpty { omschrijving += (omschrijving.isEmpty ? "" : " ") + "Gelezen in " + v.artikelen.map(\.description).joined(separator: ", ") + "." }
            if !omschrijving.isEmpty { velden.append(("description", .tekst(omschrijving))) }
            if let l = v.label { velden.append(("title", .tekst(l))) }
            return .object(velden)
        }
        func type(_ s: Soort, _ v: Veldinfo) -> [(String, JSONWaarde)] {
            switch s {
            case .bedrag, .bedragPer, .getal, .geheelGetal:
                // Exact decimals, as a number or as text ("1300.00"); exponents are refused.
                return [("type", .array([.tekst("string"), .tekst("number")])), ("pattern", .tekst("^-?[0-9]+(\\.[0-9]+)?$"))]
            case .percentage:
                return [("type", .array([.tekst("string"), .tekst("number")])), ("pattern", .tekst("^-?[0-9]+(\\.[0-9]+)?%?$"))]
            case .datum: return [("type", .tekst("string")), ("format", .tekst("date"))]
            case .duur:
                return [("type", .tekst("string")),
                        ("pattern", .tekst("^[0-9]+ (dag|dagen|week|weken|maand|maanden|jaar|jaren|werkdag|werkdagen)$"))]
            case .waarheid: return [("type", .tekst("boolean"))]
            case .tekst: return [("type", .tekst("string"))]
            case .keuze(let k): return [("enum", .array((set.keuzelijsten[k] ?? []).map { .tekst($0) }))]
            case .record:
                return [("type", .tekst("object")), ("properties", .object(v.velden.map { ($0.naam, eigenschap($0)) }))]
            case .lijst(let e): return [("type", .tekst("array")), ("items", .object(type(e, v)))]
            case .fout: return []
            }
        }
        let gewoon = velden.filter { !$0.isBevoegdheid }, bevoegdheden = velden.filter(\.isBevoegdheid)
        var eigenschappen = gewoon.map { ($0.naam, eigenschap($0)) }
        if !bevoegdheden.isEmpty {
            eigenschappen.append(("bevoegdheden", .object([
                ("type", .tekst("object")),
                ("description", .tekst("De bevoegdheden van het college die in dit geval zijn toegepast, elk met de reden.")),
                ("properties", .object(bevoegdheden.map { ($0.naam, .object([("type", .tekst("string")),
                                                                            ("description", .tekst($0.omschrijving ?? $0.naam))])) })),
                ("additionalProperties", .waarheid(false)),
            ])))
        }
        return .object([
            ("$schema", .tekst("https://json-schema.org/draft/2020-12/schema")),
            ("title", .tekst("Geval voor de beslissing '\(titel)'")),
            ("type", .tekst("object")),
            ("properties", .object(eigenschappen)),
        ])
    }

    /// An empty case: every field null, a list with one empty element, no powers applied.
    static func skelet(_ velden: [Veldinfo]) -> JSONWaarde {
        func leeg(_ v: Veldinfo) -> JSONWaarde {
            switch v.soort {
            case .record: return .object(v.velden.map { ($0.naam, leeg($0)) })
            case .lijst: return .array(v.velden.isEmpty ? [] : [.object(v.velden.map { ($0.naam, leeg($0)) })])
            default: return .null
            }
        }
        return .object(velden.filter { !$0.isBevoegdheid }.map { ($0.naam, leeg($0)) })
    }
}
