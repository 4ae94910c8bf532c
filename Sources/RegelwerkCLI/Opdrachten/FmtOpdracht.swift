// CLI: `regelwerk fmt`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum FmtOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "fmt",
        samenvatting: "Zet regelbestanden in de vaste opmaak; alleen witruimte verandert.",
        uitleg: "Twee spaties per niveau van de verordening (artikel, lid, onderdeel, variant, de rijen van een tabel,\n"
            + "de velden van gegevens, geval en een proef), één spatie tussen woorden, de pijlen van een tabel onder elkaar,\n"
            + "hoogstens één lege regel. Regeleinden blijven waar ze stonden; een regel die de vorige voortzet, houdt zijn\n"
            + "inspringing ten opzichte daarvan. Elk woord en elk commentaar blijft zoals het is: regelwerk controleert\n"
            + "dat het bestand dezelfde woorden houdt voordat het iets schrijft. Nog eens opmaken verandert niets.\n"
            + "Een bestand dat niet te lezen is als regels (een syntaxfout) blijft onaangeroerd: de meldingen, afsluitcode 2.\n"
            + "'regelwerk fmt -' leest standaardinvoer en schrijft de opgemaakte tekst naar standaarduitvoer (voor een editor).",
        argumenten: [("bestand", "Een .regels-bestand of een map; '-' voor standaardinvoer.")],
        opties: [OptieSpec(naam: "--controleer", waarde: nil, uitleg: "Schrijf niets: noem de bestanden die niet in de vaste opmaak staan (afsluitcode 1)."),
                 OptieSpec(naam: "--verschil", waarde: nil, uitleg: "Schrijf niets: toon per bestand wat de opmaak zou veranderen, als unified diff.")],
        voorbeelden: ["regelwerk fmt Examples", "regelwerk fmt --controleer Examples", "regelwerk fmt --verschil Examples",
                      "regelwerk fmt - < verordening.regels"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        if a.posities == ["-"] { return standaardInvoer(o) }
        let paden: [String]
        do {
            paden = try Compilatie.regelbestanden(a.posities)
        } catch {
            o.fout(.kanNietLezen(error.pad))
            return .bestandOnleesbaar
        }
        let controleer = a.heeft("--controleer"), verschil = a.heeft("--verschil")
        var anders: [String] = [], code = Afsluitcode.ok
        for pad in paden {
            guard let data = FileManager.default.contents(atPath: pad) else {
                o.fout(.kanNietLezen(pad))
                return .bestandOnleesbaar
            }
            let bytes = [UInt8](data)
            switch Indeling.canoniek(bytes) {
            case .failure(.onleesbaar(let d)):
                var bronnen = Bronnen()
                let id = bronnen.voegToe(pad: pad, bytes: bytes)
                let meldingen = d.alle.map { m in var m = m; m.bereik?.bestand = id; return m }
                o.schrijfFout(DiagnosticWeergave(bronnen: bronnen, taal: o.taal).tekst(meldingen))
                code = .regelfouten
            case .failure(.betekenisVeranderd):
                o.fout(.opmaakZouBetekenisVeranderen(pad))
                return .intern
            case .success(let tekst) where Array(tekst.utf8) != bytes:
                anders.append(pad)
                if verschil {
                    o.schrijf(Regelverschil.unified(String(decoding: bytes, as: UTF8.self), tekst, pad: pad))
                } else if controleer {
                    o.schrijf(CLIBericht.nietInVasteOpmaak(pad).tekst(o.taal) + "\n")
                } else {
                    guard FileManager.default.createFile(atPath: pad, contents: Data(tekst.utf8)) else {
                        o.fout(.kanNietSchrijven(pad))
                        return .bestandOnleesbaar
                    }
                    o.schrijf(CLIBericht.opgemaakt(pad).tekst(o.taal) + "\n")
                }
            case .success:
                break
            }
        }
        let samenvatting = CLIBericht.fmtSamenvatting(bestanden: paden.count, anders: anders.count, controleer: controleer || verschil)
        // With --verschil standard output is the diff alone (for `patch` or a review tool).
        if verschil { o.schrijfFout(samenvatting.tekst(o.taal) + "\n") } else { o.schrijf(samenvatting.tekst(o.taal) + "\n") }
        if code != .ok { return code }
        return controleer && !anders.isEmpty ? .testsMislukt : .ok
    }

    /// `fmt -`: standard input laid out to standard output, nothing else there (format on save in an editor);
    /// a text that does not read as rules gets its diagnostics on standard error, exit 2, and no output.
    static func standaardInvoer(_ o: Omgeving) -> Afsluitcode {
        guard let bytes = o.io.leesStandaardInvoer() else {
            o.fout(.kanNietLezen("<standaardinvoer>"))
            return .bestandOnleesbaar
        }
        switch Indeling.canoniek(bytes) {
        case .success(let tekst):
            o.schrijf(tekst)
            return .ok
        case .failure(.onleesbaar(let d)):
            var bronnen = Bronnen()
            let id = bronnen.voegToe(pad: "<standaardinvoer>", bytes: bytes)
            o.schrijfFout(DiagnosticWeergave(bronnen: bronnen, taal: o.taal).tekst(d.alle.map { m in var m = m; m.bereik?.bestand = id; return m }))
            return .regelfouten
        case .failure(.betekenisVeranderd):
            o.fout(.opmaakZouBetekenisVeranderen("<standaardinvoer>"))
            return .intern
        }
    }
}
