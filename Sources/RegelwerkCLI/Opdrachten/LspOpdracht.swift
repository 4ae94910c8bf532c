// CLI: `regelwerk lsp`: the language server over standard input and output (RegelwerkTaaldienst).

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkTaaldienst

enum LspOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "lsp",
        samenvatting: "Start de taalserver voor editors (Language Server Protocol over standaardinvoer en -uitvoer).",
        uitleg: "Voor een editor, niet om zelf te typen: de editor start 'regelwerk lsp' en praat JSON-RPC met Content-Length-\n"
            + "koppen. De server geeft de meldingen van 'check' terwijl u typt (voor elke versie), uitleg bij een naam\n"
            + "(de tekst van het artikel; bij een invulling de blanco van het model, de grenzen, het voorbeeld en de waarde\n"
            + "per versie), ga naar definitie en verwijzingen, aanvullen, een overzicht van de artikelen, opmaak zoals\n"
            + "'fmt' en snelle oplossingen voor 'bedoelde u' en 'vul in met'. Welke bestanden bij elkaar horen, zegt het\n"
            + "projectbestand .regelwerk (of REGELWERK_REGELS); zonder projectbestand de koppen van de bestanden in de\n"
            + "geopende map. Standaarduitvoer draagt alleen het protocol. Zie Editors/ voor VS Code, Neovim en Helix.",
        argumenten: [],
        opties: [],
        voorbeelden: ["regelwerk lsp", "regelwerk lsp --lang en"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        var dienst = Taaldienst(taal: o.taal, taalVast: a.waarde("--lang") != nil, project: o.io.projectRegels())
        let io = o.io
        // Streaming input when the terminal gives it; standard input whole otherwise (tests).
        let lees: () -> [UInt8]?
        if let blok = io.leesBlok {
            // A read error ends the input, as its end does: the editor has gone.
            lees = { (try? blok()) ?? nil }
        } else {
            var gelezen = false
            lees = {
                defer { gelezen = true }
                return gelezen ? nil : io.leesStandaardInvoer()
            }
        }
        // Without a way to wait (input given whole), there is nothing to wait for: diagnostics follow each edit.
        let verbinding = Verbinding(lees: lees, wacht: io.wachtOpInvoer ?? { _ in false }, schrijf: io.schrijf)
        // The protocol's exit codes: 0 after `shutdown` and `exit`, 1 when the editor left without them.
        return verbinding.draai(&dienst) == 0 ? .ok : .testsMislukt
    }
}
