// CLI: `regelwerk vergelijk`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum VergelijkOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "vergelijk",
        samenvatting: "Vergelijk oude en nieuwe regels over dezelfde gevallen: wie het raakt en met hoeveel.",
        uitleg: "Beslist elk geval (JSON Lines, of CSV zoals bij batch) onder de nieuwste versie van de oude en van de nieuwe regels, wat de\n"
            + "datum van het geval ook is. Per uitkomst: hoeveel gevallen anders\n"
            + "uitkomen, het geld dat verschuift (samen en het grootste verschil) en voorbeelden; per artikel hoeveel\n"
            + "gevallen het raakt; de gevallen die een van beide niet kon beslissen; en de tekst die verandert (was/wordt).",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--oud", waarde: "bestand", uitleg: "(verplicht) De huidige regels: bestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--nieuw", waarde: "bestand", uitleg: "(verplicht) De voorgestelde regels: bestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--gevallen", waarde: "bestand", uitleg: "(verplicht) De gevallen als JSON Lines, of als CSV als de naam op .csv eindigt."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van --gevallen, als de naam het niet zegt."),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef de vergelijking als JSON."),
            OptieSpec(naam: "--html", waarde: nil, uitleg: "Geef de vergelijking als zelfstandige HTML-pagina, met grafieken (voor de raadsstukken)."),
        ],
        voorbeelden: ["regelwerk vergelijk --oud Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2024 --nieuw Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2025 --beslissing afstemming --gevallen gevallen.jsonl"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let oud: Beslisser, nieuw: Beslisser
        switch o.beslisser(a.waarden("--oud"), a) {
        case .success(let b): oud = b
        case .failure(let f): return f.code
        }
        switch o.beslisser(a.waarden("--nieuw"), a) {
        case .success(let b): nieuw = b
        case .failure(let f): return f.code
        }
        guard let pad = a.waarde("--gevallen") else { return o.gebruiksfout(.optieOntbreekt("--gevallen")) }
        guard !(a.heeft("--json") && a.heeft("--html")) else { return o.gebruiksfout(.kiesJsonOfHtml) }
        let vergelijker: Vergelijker
        do {
            vergelijker = try Vergelijker(oud: oud, nieuw: nieuw, beslissing: a.waarde("--beslissing"))
        } catch {
            return o.verzoekfout(error)
        }
        let csv: Bool
        switch o.isCSV(a, pad: pad) {
        case .success(let x): csv = x
        case .failure(let f): return f.code
        }
        guard let lees = o.invoer(pad) else { return .bestandOnleesbaar }
        Gevalstroom.perBlok(lees, csv: csv, regelset: oud.compilatie.versies[0].regelset, maximum: o.io.gevalgrens) { stuk in
            switch stuk {
            case .regels(let regels, let eerste): vergelijker.voegToe(regels: regels, eersteNummer: eerste)
            case .gevallen(let gevallen, _, _): vergelijker.voegToe(gevallen: gevallen)
            case .teGroot(let nummer, _, _): vergelijker.voegToe(fout: .gevalTeGroot(o.io.gevalgrens), nummer: nummer)
            }
        }
        let v = vergelijker.vergelijking
        if a.heeft("--json") {
            o.schrijf(JSONSchrijver.schrijf(VergelijkingWeergave.json(v)) + "\n")
        } else if a.heeft("--html") {
            o.schrijf(VergelijkingWeergave.html(v))
        } else {
            o.schrijf(VergelijkingWeergave.tekst(v))
        }
        return .ok
    }
}
