// CLI: `regelwerk test`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum TestOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "test",
        samenvatting: "Voer de proeven uit: per artikel geslaagd of mislukt, en wat geen proef bereikt.",
        uitleg: "Leest alle .regels-bestanden in de mappen. Elk bestand 'proeven voor \"<verordening>\"' wordt uitgevoerd\n"
            + "tegen die verordening, met de modellen en landelijke bedragen erbij; elke proef wordt beslist zoals\n"
            + "'regelwerk beslis' doet en de uitkomsten worden exact vergeleken. Mislukt ook als een artikel dat\n"
            + "rekent geen proef heeft. Noemt de tabelrijen, uitzonderingen en takken die geen proef bereikt.",
        argumenten: [("map", "Een map of bestand (standaard: de huidige map).")],
        opties: [],
        voorbeelden: ["regelwerk test Examples"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let bestanden: [(pad: String, bytes: [UInt8])]
        do {
            bestanden = try Compilatie.leesBestanden(a.posities.isEmpty ? ["."] : a.posities)
        } catch {
            o.fout(.kanNietLezen(error.pad))
            return .bestandOnleesbaar
        }
        var code = Afsluitcode.ok
        var gemeld = Set<String>()
        for (verslag, c) in Proefloop.voerUit(bestanden) {
            let weergave = DiagnosticWeergave(bronnen: c.bronnen, taal: o.taal)
            // A model's diagnostics come once per ordinance that uses it: show each once.
            let nieuw = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }.filter { d in gemeld.insert(weergave.tekst([d])).inserted }
            if !nieuw.isEmpty { o.schrijfFout(weergave.tekst(nieuw)) }
            if c.diagnostics.heeftFouten {
                code = .regelfouten
                continue
            }
            o.schrijf(ProefWeergave.tekst(verslag))
            if !verslag.isGeslaagd && code == .ok { code = .testsMislukt }
        }
        return code
    }
}
