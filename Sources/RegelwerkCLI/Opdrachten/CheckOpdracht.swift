// CLI: `regelwerk check`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum CheckOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "check",
        samenvatting: "Controleer regelbestanden en toon alle meldingen.",
        uitleg: "Leest de bestanden (een map: alle .regels-bestanden erin) als één regelset en meldt elke fout\nen waarschuwing met bestand:regel:kolom, de regel zelf en een markering. Staan er verordeningen van\nmeer gemeenten in (zoals in Examples), dan wordt elke verordening met de modellen en landelijke\nbedragen gecontroleerd, zoals 'regelwerk test' dat doet.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [],
        voorbeelden: ["regelwerk check Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        // A folder with several municipalities (RW0310 as one rule set): each ordinance with the models and
        // national amounts, as `test` reads it; a model's messages once.
        if !a.posities.isEmpty, let bestanden = try? Compilatie.leesBestanden(a.posities) {
            let indeling = Verordeningsgroepen(bestanden)
            if indeling.meerdere { return perVerordening(bestanden, indeling, o) }
        }
        let (c, code) = o.compileer(a.posities, toonWaarschuwingen: true)
        guard let c else { return code }
        let samenvatting = CLIBericht.checkSamenvatting(bestanden: c.bronnen.bestanden.count, fouten: c.diagnostics.aantalFouten,
                                                       waarschuwingen: c.diagnostics.alle.count { $0.ernst == .waarschuwing }).tekst(o.taal) + "\n"
        if code == .ok { o.schrijf(samenvatting) } else { o.schrijfFout(samenvatting) }
        return code
    }

    static func perVerordening(_ bestanden: [(pad: String, bytes: [UInt8])], _ indeling: Verordeningsgroepen, _ o: Omgeving) -> Afsluitcode {
        var code = Afsluitcode.ok
        var gemeld = Set<Diagnostic>()
        for groep in indeling.groepen {
            let c = Compilatie.compileer(bytes: groep.bestanden.map { bestanden[$0] })
            o.schrijf(CLIBericht.checkVerordening(groep.verordening).tekst(o.taal) + "\n")
            let nieuw = c.diagnostics.gesorteerd.filter { gemeld.insert($0).inserted }
            if !nieuw.isEmpty { o.schrijfFout(DiagnosticWeergave(bronnen: c.bronnen, taal: o.taal).tekst(nieuw)) }
            let samenvatting = CLIBericht.checkSamenvatting(bestanden: c.bronnen.bestanden.count, fouten: c.diagnostics.aantalFouten,
                                                           waarschuwingen: c.diagnostics.alle.count { $0.ernst == .waarschuwing })
            o.schrijf("  " + samenvatting.tekst(o.taal) + "\n")
            if c.diagnostics.heeftFouten { code = .regelfouten }
        }
        return code
    }
}
