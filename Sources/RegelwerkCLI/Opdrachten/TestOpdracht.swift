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
            + "rekent geen proef heeft, als een versie een artikel wijzigt dat geen proef onder die versie noemt, of als\n"
            + "er geen proeven zijn. Noemt de tabelrijen, uitzonderingen en takken die geen proef bereikt.",
        argumenten: [("map", "Een map of bestand (standaard: de huidige map).")],
        opties: [
            OptieSpec(naam: "--uitgebreid", waarde: nil, uitleg: "Noem elke proef met haar uitslag, niet alleen de mislukte."),
            OptieSpec(naam: "--artikel", waarde: "nummer", uitleg: "Voer alleen de proeven van dit artikel uit (herhaalbaar); de dekking wordt dan niet beoordeeld.",
                      aantal: .herhaalbaar),
            OptieSpec(naam: "--proef", waarde: "tekst", uitleg: "Voer alleen de proeven uit waarvan de titel deze tekst bevat; de dekking wordt dan niet beoordeeld."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef het verslag als JSON (voor CI)."),
            OptieSpec(naam: "--junit", waarde: nil, uitleg: "Geef het verslag als JUnit-XML (voor CI)."),
        ],
        voorbeelden: ["regelwerk test Examples", "regelwerk test Examples --artikel 51 --uitgebreid", "regelwerk test Examples --junit > proeven.xml"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let bestanden: [(pad: String, bytes: [UInt8])]
        do {
            bestanden = try Compilatie.leesBestanden(a.posities.isEmpty ? ["."] : a.posities)
        } catch {
            o.fout(.kanNietLezen(error.pad))
            return .bestandOnleesbaar
        }
        guard !(a.heeft("--json") && a.heeft("--junit")) else { return o.gebruiksfout(.kiesJsonOfJunit) }
        let filter = Proeffilter(artikelen: a.waarden("--artikel"), titel: a.waarde("--proef"))
        var code = Afsluitcode.ok
        var gemeld = Set<Diagnostic>()
        var verslagen: [Proefverslag] = []
        for (verslag, c) in Proefloop.voerUit(bestanden, filter: filter, taal: o.taal) {
            let weergave = DiagnosticWeergave(bronnen: c.bronnen, taal: o.taal)
            // A model's diagnostics come once per ordinance that uses it: show each once.
            let nieuw = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }.filter { gemeld.insert($0).inserted }
            if !nieuw.isEmpty { o.schrijfFout(weergave.tekst(nieuw)) }
            if c.diagnostics.heeftFouten {
                code = .regelfouten
                continue
            }
            verslagen.append(verslag)
            if !a.heeft("--json") && !a.heeft("--junit") { o.schrijf(ProefWeergave.tekst(verslag, uitgebreid: a.heeft("--uitgebreid"), taal: o.taal)) }
            if !verslag.isGeslaagd && code == .ok { code = .testsMislukt }
        }
        if a.heeft("--json") { o.schrijf(JSONSchrijver.schrijf(ProefWeergave.json(verslagen)) + "\n") }
        if a.heeft("--junit") { o.schrijf(ProefWeergave.junit(verslagen)) }
        // No fixtures is no pass: a green run must have tested something.
        if code == .ok && verslagen.allSatisfy({ $0.resultaten.isEmpty }) {
            o.fout(.geenProeven(filter.isLeeg ? nil : "met deze --artikel/--proef"))
            return .testsMislukt
        }
        return code
    }
}
