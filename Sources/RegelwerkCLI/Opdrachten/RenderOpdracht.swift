// CLI: `regelwerk render`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum RenderOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "render",
        samenvatting: "Toon de verordening zoals de raad haar vaststelt: het model met de keuzes en invullingen van de gemeente.",
        uitleg: "Markdown: elk artikel met zijn leden en onderdelen, in de gekozen variant, met de opgenomen facultatieve\n"
            + "leden, en met de blanco's [...] ingevuld. Waar een tekst en de open termen niet één op één passen, blijven de\n"
            + "blanco's staan en volgen de ingevulde waarden. Bij meer versies kiest --peildatum de versie.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "De versie die op deze datum gold (JJJJ-MM-DD); nodig als er meer versies zijn."),
                 OptieSpec(naam: "--html", waarde: nil, uitleg: "Een zelfstandige HTML-pagina in plaats van Markdown.")],
        voorbeelden: ["regelwerk render Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --peildatum 2025-01-01",
                      "regelwerk render Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --peildatum 2025-01-01 --html > verordening.html"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let (gelezen, code) = o.compileer(a.posities, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        let peildatum: Datum?
        do { peildatum = try o.peildatum(a).get() } catch { return error.code }
        switch c.kiesVersie(peildatum: peildatum) {
        case .success(let k):
            let set = c.versies[k.index].regelset
            o.schrijf(a.heeft("--html") ? VerordeningWeergave.html(set) : VerordeningWeergave.markdown(set))
            return .ok
        case .failure(let f):
            return o.versiefout(f)
        }
    }
}
