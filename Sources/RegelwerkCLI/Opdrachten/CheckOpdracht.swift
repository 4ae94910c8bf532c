// CLI: `regelwerk check`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum CheckOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "check",
        samenvatting: "Controleer regelbestanden en toon alle meldingen.",
        uitleg: "Leest de bestanden (een map: alle .regels-bestanden erin) als één regelset en meldt elke fout\nen waarschuwing met bestand:regel:kolom, de regel zelf en een markering.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [],
        voorbeelden: ["regelwerk check Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let (c, code) = o.compileer(a.posities, toonWaarschuwingen: true)
        guard let c else { return code }
        let samenvatting = CLIBericht.checkSamenvatting(bestanden: c.bronnen.bestanden.count, fouten: c.diagnostics.aantalFouten,
                                                       waarschuwingen: c.diagnostics.alle.count { $0.ernst == .waarschuwing }).tekst(o.taal) + "\n"
        if code == .ok { o.schrijf(samenvatting) } else { o.schrijfFout(samenvatting) }
        return code
    }
}
