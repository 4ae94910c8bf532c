// CLI: `regelwerk plan`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum PlanOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "plan",
        samenvatting: "Toon het evaluatieplan: de platte instructielijst die een beslissing uitvoert.",
        uitleg: "Elke regel wordt één blok instructies over genummerde slots; constanten (de invullingen van de\ngemeente) staan vooraf in vaste slots. Alleen wat de uitvoer nodig heeft, komt in het plan.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Plan alleen voor deze beslissing."),
                 OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "Het plan van de versie die op deze datum gold (JJJJ-MM-DD); nodig als er meer versies zijn."),
                 OptieSpec(naam: "--uitvoer", waarde: "naam", uitleg: "Plan alleen voor deze uitvoer (herhaalbaar).", aantal: .herhaalbaar)],
        voorbeelden: ["regelwerk plan Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let (gelezen, code) = o.compileer(a.posities, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        // Without --beslissing or --uitvoer: every output of the rules.
        var a = a
        if a.waarden("--uitvoer").isEmpty && a.waarde("--beslissing") == nil {
            let set = c.versies[0].regelset
            a.opties["--uitvoer"] = set.uitvoer.map { set.definities[$0].naam }
        }
        let (beslisser, b): (Beslisser, Int)
        do { (beslisser, b) = try o.beslisser(c, a).flatMap { o.kies($0, a) }.get() } catch { return error.code }
        let peildatum: Datum?
        do { peildatum = try o.peildatum(a).get() } catch { return error.code }
        switch beslisser.compilatie.kiesVersie(peildatum: peildatum) {
        case .success(let k):
            if let f = beslisser.nietOpgenomen(beslissing: b, versie: k.index) { return o.versiefout(f) }
            o.schrijf(PlanWeergave.tekst(beslisser.beslissingen[b].plannen[k.index]))
            return .ok
        case .failure(let f):
            return o.versiefout(f)
        }
    }
}
