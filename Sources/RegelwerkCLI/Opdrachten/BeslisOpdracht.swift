// CLI: `regelwerk beslis`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum BeslisOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "beslis",
        samenvatting: "Beslis één geval: uitkomst, bedragen en een motivering met artikelen.",
        uitleg: "Het geval is een JSON-object met de velden die het 'geval'-blok van de regels noemt. Bedragen\nmogen als getal (1300.00) of als tekst (\"1300.00\") staan; beide worden exact gelezen.",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--geval", waarde: "bestand", uitleg: "Het geval als JSON-bestand; '-' leest standaardinvoer. Zonder --geval, op een terminal: het geval wordt veld voor veld gevraagd."),
            OptieSpec(naam: "--vraag", waarde: nil, uitleg: "Vraag het geval veld voor veld (met betekenis en artikel), ook als standaardinvoer geen terminal is."),
            OptieSpec(naam: "--bewaar", waarde: "bestand", uitleg: "Bewaar het gevraagde geval als JSON in dit bestand."),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing (uit 'uitvoer <naam>: ...'); nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "Beslis volgens de versie die op deze datum gold (JJJJ-MM-DD); standaard de peildatum die de regels aan het geval ontlenen."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef de beslissing als JSON, met het volledige spoor."),
            OptieSpec(naam: "--spoor", waarde: nil, uitleg: "Geef in plaats van de motivering het volledige spoor: elke stap met de namen van de regels, alle gebruikte waarden en elke getoetste uitzondering."),
            OptieSpec(naam: "--formaat", waarde: "json|csv", uitleg: "Het formaat van het geval (standaard: csv als de naam op .csv eindigt, anders json); CSV: een kop en één rij, zoals bij batch."),
            OptieSpec(naam: "--uitvoer", waarde: "naam", uitleg: "Bereken alleen deze uitvoer (herhaalbaar).", aantal: .herhaalbaar),
        ],
        voorbeelden: ["regelwerk beslis --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming --geval Examples/gevallen/benadeling-1500.json",
                      "regelwerk beslis --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing wmo_termijnen --geval - --json < geval.json"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        // A case comes from a file, or is asked for: a usage error before any rule is read.
        if a.waarde("--geval") == nil && !a.heeft("--vraag") && !o.io.invoerIsTerminal {
            o.fout(.geenGevalNiemandOmTeVragen)
            o.schrijfFout(CLIBericht.gebruik(spec.gebruik, opdracht: spec.naam).tekst(o.taal) + "\n")
            return .gebruik
        }
        // The decision is the model's, the same in every version: a wrong choice is reported before the case.
        let (beslisser, b): (Beslisser, Int)
        do { (beslisser, b) = try o.beslissing(a.waarden("--regels"), a).get() } catch { return error.code }
        if beslisser.beslissingen[b].eerstePlan.uitvoer.isEmpty {
            o.fout(.geenUitvoer)
            return .regelfouten
        }
        let peildatum: Datum?
        do { peildatum = try o.peildatum(a).get() } catch { return error.code }
        guard let gevalPad = a.waarde("--geval") else {
            // No case file: on a terminal (or with --vraag) the case is asked for, field by field.
            guard a.heeft("--vraag") || o.io.invoerIsTerminal else {
                o.fout(.geenGevalNiemandOmTeVragen)
                return .gebruik
            }
            let gesprek = Vraaggesprek(o: o, beslisser: beslisser, beslissing: b, leesRegel: o.io.leesRegel)
            guard let geval = try? gesprek.vraagGeval(peildatum: peildatum) else { return .gevalfouten }
            let code = beslis(geval, naam: "<gesprek>", beslisser: beslisser, beslissing: b, a, o, peildatum: peildatum)
            var pad = a.waarde("--bewaar")
            if pad == nil, let antwoord = try? gesprek.vraag(CLIBericht.vraagBewaar.tekst(o.taal)), !antwoord.isEmpty { pad = antwoord }
            if let pad {
                do {
                    try Data((JSONSchrijver.schrijf(geval) + "\n").utf8).write(to: URL(fileURLWithPath: pad))
                    o.schrijfFout(CLIBericht.bewaard(pad).tekst(o.taal) + "\n")
                } catch {
                    o.fout(.kanNietSchrijven(pad))
                    return .schrijffout
                }
            }
            return code
        }
        let bytes: [UInt8]
        switch o.leesBestand(gevalPad, maximum: o.io.gevalgrens) {
        case .success(let x): bytes = x
        case .failure(let f): return f.code
        }
        let naam = gevalPad == "-" ? CLIBericht.standaardinvoer.tekst(o.taal) : gevalPad
        let geval: JSONWaarde
        switch o.isCSV(a, pad: gevalPad) {
        case .failure(let f): return f.code
        case .success(true):
            // One case as a CSV file with a header, read as `batch` reads a row (Dutch numbers with ';').
            var buffer = bytes
            var lezer = CSVLezer(regelset: beslisser.compilatie.versies[0].regelset)
            let gevallen = lezer.gevallen(CSV.records(&buffer, eindeInvoer: true))
            guard gevallen.count == 1, let eerste = gevallen.first else {
                o.fout(.eenCSVRij(gevallen.count), plaats: naam)
                return .gevalfouten
            }
            switch eerste.geval {
            case .success(let g): geval = g
            case .failure(let p):
                o.gevalMelding("\(naam):\(eerste.nummer)", .fout, p)
                return .gevalfouten
            }
        case .success(false):
            do {
                geval = try JSONLezer.lees(bytes)
            } catch {
                return o.meld(.json(error), geval: naam)
            }
        }
        return beslis(geval, naam: naam, beslisser: beslisser, beslissing: b, a, o, peildatum: peildatum)
    }

    /// Decides the case and writes the decision (text, trace or JSON), or what is wrong with the case.
    static func beslis(_ geval: JSONWaarde, naam: String, beslisser: Beslisser, beslissing b: Int, _ a: Argumenten, _ o: Omgeving,
                       peildatum: Datum?) -> Afsluitcode {
        switch beslisser.beslis(geval, beslissing: a.waarde("--beslissing"), peildatum: peildatum, metMotivering: true) {
        case .failure(let f):
            let code = o.meld(f, geval: naam)
            // With --json the error is on standard output too, as JSON, for the program that asked.
            if a.heeft("--json") { o.schrijf(JSONSchrijver.schrijf(foutJSON(f)) + "\n") }
            // A missing field: every other field the decision reads that the case leaves empty, at once.
            let ontbreekt: String?
            switch f {
            case .berekening(let r): if case .veldOntbreekt(let v, _, _) = r.bericht { ontbreekt = v } else { ontbreekt = nil }
            case .geval(let ps, _):
                ontbreekt = ps.lazy.compactMap { p -> String? in if case .veldOntbreekt(let v, _, _) = p.bericht { v } else { nil } }.first
            default: ontbreekt = nil
            }
            if let ontbreekt {
                let versie = (try? beslisser.kiesVersie(geval, beslissing: b, peildatum: peildatum, metUitleg: false).get().index)
                    ?? beslisser.compilatie.versies.count - 1
                let rest = beslisser.ontbrekend(geval, beslissing: b, versie: versie).filter { $0.naam != ontbreekt }
                if !rest.isEmpty {
                    var uit = "  = " + CLIBericht.ookLeeg.tekst(o.taal) + "\n"
                    for v in rest { uit += "      \(v.naam) (\(v.soort))" + (v.omschrijving.map { ": \($0)" } ?? "") + "\n" }
                    o.schrijfFout(uit)
                }
            }
            return code
        case .success(let beslissing):
            for w in beslissing.waarschuwingen { o.gevalMelding(naam, .waarschuwing, w) }
            guard let besluit = beslissing.besluit else { return .intern }
            if a.heeft("--json") {
                o.schrijf(JSONSchrijver.schrijf(BesluitWeergave.json(besluit, waarschuwingen: beslissing.waarschuwingen.map { $0.bericht.tekst(.nl) })) + "\n")
            } else {
                o.schrijf(a.heeft("--spoor") ? BesluitWeergave.spoor(besluit) : BesluitWeergave.tekst(besluit))
            }
            return .ok
        }
    }

    /// Why a case was not decided, for machines: every problem with its code, message, field and article.
    static func foutJSON(_ f: Beslisfout) -> JSONWaarde {
        func probleem(_ b: Bericht, _ suggestie: Bericht?, _ c: Citaat?) -> JSONWaarde {
            var velden: [(String, JSONWaarde)] = [("code", .tekst(b.code)), ("melding", .tekst(b.tekst(.nl)))]
            if let s = suggestie { velden.append(("suggestie", .tekst(s.tekst(.nl)))) }
            if let c { velden.append(("artikel", .tekst(c.description))) }
            return .object(velden)
        }
        let problemen: [JSONWaarde]
        switch f {
        case .geval(let ps, _): problemen = ps.map { probleem($0.bericht, $0.suggestie, nil) }
        case .berekening(let r): problemen = [probleem(r.bericht, nil, r.citaat)]
        case .json(let j): problemen = [.object([("code", .tekst(j.bericht.code)), ("melding", .tekst(j.bericht.tekst(.nl))),
                                                 ("regel", .getal("\(j.regel)")), ("kolom", .getal("\(j.kolom)"))])]
        case .verzoek, .versie: problemen = [probleem(f.bericht, f.suggestie, nil)]
        }
        return .object([("fout", .array(problemen))])
    }
}
