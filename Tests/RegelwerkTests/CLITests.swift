// CLI: arguments, help, usage errors and exit codes, run in-process.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

let voorbeeldRegels = [repoWortel.appendingPathComponent("Examples/model").path,
                       repoWortel.appendingPathComponent("Examples/landelijk").path,
                       repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad").path]

@Suite struct CLITests {
    @Test func hulpNoemtOpdrachtenEnAfsluitcodes() {
        let (uit, _, code) = voerUit(["--help"])
        #expect(code == .ok)
        for woord in ["check", "beslis", "test", "plan", "AFSLUITCODES", "64"] { #expect(uit.contains(woord)) }
    }

    @Test func planNoemtDeLedenVanEenSoort() {
        let (uit, fout, code) = voerUit(["plan", "--beslissing", "afstemming", "--peildatum", "2024-03-04"] + voorbeeldRegels)
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("= tekortschietend_besef (Schending)"))
        #expect(uit.contains("veronderstel   schending <- "))
    }

    @Test(arguments: ["check", "beslis", "batch", "test", "vergelijk", "render", "plan"])
    func elkeOpdrachtHeeftHulpMetVoorbeeld(_ opdracht: String) {
        let (uit, _, code) = voerUit([opdracht, "--help"])
        #expect(code == .ok)
        #expect(uit.contains("GEBRUIK: regelwerk \(opdracht)"))
        #expect(uit.contains("VOORBEELDEN:"))
        #expect(voerUit(["help", opdracht]).0 == uit)
    }

    @Test(arguments: [
        (["beslis", "--regles", "x"], "onbekende optie '--regles'; bedoelde u '--regels'?"),
        (["besluit"], "onbekende opdracht 'besluit'; bedoelde u 'beslis'?"),
        (["beslis", "--regels", "x.regels"], "de optie '--geval' ontbreekt"),
        (["beslis", "--geval"], "optie '--geval' verwacht een waarde <bestand>"),
        (["check", "--lang", "fr", "x"], "onbekende taal 'fr'"),
        ([], "OVERZICHT"),
    ])
    func gebruiksfouten(_ args: [String], _ bericht: String) {
        let (_, fout, code) = voerUit(args)
        #expect(code == .gebruik)
        #expect(fout.contains(bericht), "\(fout)")
    }

    @Test func onleesbaarBestand() {
        let (_, fout, code) = voerUit(["check", "/bestaat/niet.regels"])
        #expect(code == .bestandOnleesbaar)
        #expect(fout.contains("kan '/bestaat/niet.regels' niet lezen"))
    }

    @Test func checkVanDeVoorbeeldenIsSchoon() {
        let (uit, fout, code) = voerUit(["check"] + voorbeeldRegels)
        #expect(code == .ok, "\(fout)")
        #expect(uit == "37 bestanden, 0 fouten, 0 waarschuwingen\n") // model 10, landelijk 1, versions 2 × 8, fixtures 10
    }

    /// The whole Examples folder holds three municipalities: as one rule set that is RW0310; `check` checks each
    /// ordinance with the models and national amounts instead, as `test` does, under a heading per ordinance.
    @Test func checkVanDeHeleMapPerVerordening() {
        let (uit, fout, code) = voerUit(["check", repoWortel.appendingPathComponent("Examples").path])
        #expect(code == .ok, "\(fout)")
        #expect(fout.isEmpty, "\(fout)")
        let koppen = uit.split(separator: "\n").filter { $0.hasSuffix("met de modellen en landelijke bedragen:") }
        #expect(koppen == ["Verordening sociaal domein Tweestroom 2024, met de modellen en landelijke bedragen:",
                           "Verordening sociaal domein Voorbeeldstad 2024, met de modellen en landelijke bedragen:",
                           "Verordening Jeugdhulp en Maatschappelijke ondersteuning gemeente Westerveld 2020, met de modellen en landelijke bedragen:"])
        #expect(uit.split(separator: "\n").filter { $0.hasPrefix("  ") }.allSatisfy { $0.hasSuffix(", 0 fouten, 0 waarschuwingen") })
    }

    @Test func beslisLeestStandaardInvoer() {
        let geval = #"{"bijstandsnorm": "1401.50", "schendingen": [{"geschonden": "zeer_ernstige_misdraging"}], "verwijtbaarheid_ontbreekt": false, "boete_voor_dezelfde_gedraging": false, "datum_gedraging": "2024-03-04", "datum_constatering": "2024-03-11", "datum_bekendmaking": "2024-03-20", "eerdere_verlagingen": []}"#
        let (uit, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"], stdin: geval)
        #expect(code == .ok, "\(fout)")
        // Art. 52 variant 1 in Voorbeeldstad: 50% of € 1.401,50 = € 700,75.
        #expect(uit.contains("  Verlagingsbedrag   ") && uit.contains("   € 700,75 per maand  artikel 41, onder c\n"))
    }

    @Test func beslissingKiezen() {
        let geval = #"{"ontvangst_melding": "2024-02-18"}"#
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--geval", "-"], stdin: geval)
        #expect(code == .gebruik)
        #expect(fout.contains("kies uit: afstemming, wmo_bijdrage_algemene_voorziening, inkomenstoelage, ioaw_ioaz_weigering, participatieplaats_premie, jeugdhulp_termijnen, wmo_termijnen, studietoeslag, studietoeslag_hoogte, tegenprestatie, verrekening"))
        let (_, fout2, code2) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "wmo_termijn", "--geval", "-"], stdin: geval)
        #expect(code2 == .gebruik)
        #expect(fout2.contains("de regels kennen geen beslissing 'wmo_termijn'"))
        #expect(fout2.contains("bedoelde u 'wmo_termijnen'?"))
        let (uit, fout3, code3) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "wmo_termijnen", "--uitvoer", "onderzoek_wmo_uiterlijk", "--geval", "-"], stdin: geval)
        #expect(code3 == .ok, "\(fout3)")
        #expect(uit.contains("  Uiterste dag voor het onderzoek  2 april 2024  artikel 23, eerste lid\n"))
    }

    @Test func uitvoerKiezen() {
        let geval = #"{"bijstandsnorm": "1401.50"}"#
        let (uit, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--geval", "-", "--uitvoer", "grondslag", "--peildatum", "2024-03-04"], stdin: geval)
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("  Berekeningsgrondslag  € 1.401,50 per maand  artikel 45, eerste lid\n"))
    }

    @Test func gevalfoutGeeftAfsluitcode3() {
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"], stdin: "{")
        #expect(code == .gevalfouten)
        #expect(fout.contains("<standaardinvoer>:1:2: fout[RW0708]"))
    }

    @Test func regelfoutGeeftAfsluitcode2() {
        let (_, _, code) = voerUit(["check", repoWortel.appendingPathComponent("Examples/model").path,
                                    repoWortel.appendingPathComponent("Examples/landelijk").path])
        #expect(code == .regelfouten) // the model alone leaves its open terms unfilled
    }

    @Test func engelseMeldingen() {
        let (_, fout, code) = voerUit(["check", "--lang", "en", repoWortel.appendingPathComponent("Examples/model").path])
        #expect(code == .regelfouten)
        #expect(fout.contains("error[RW0506]: open term 'percentage_eerste_categorie' is not filled in"))
    }

    /// Without `Examples/landelijk` the model's national amount is unknown: the message says which folder
    /// defines it (it used to say "onbekende naam" with no hint).
    @Test func eenLandelijkBedragDatNietGeladenIs() {
        let (_, fout, code) = voerUit(["check", voorbeeldRegels[0], voorbeeldRegels[2]])
        #expect(code == .regelfouten)
        #expect(fout.contains("onbekende naam 'cpi_jaarmutatie'"))
        #expect(fout.contains("'cpi_jaarmutatie' staat in '\(repoWortel.appendingPathComponent("Examples/landelijk").path)'; laad dat bestand of die map ook"))
    }

    /// Where an unknown name may be defined is looked for near the given files only: three folder levels down,
    /// hidden folders passed over, never from the root (`check /tmp/x.regels` walked the whole disk).
    @Test func eenSuggestieZoektAlleenInDeBuurt() throws {
        let fm = FileManager.default
        let t = fm.temporaryDirectory.appendingPathComponent("regelwerk-buurt-\(UUID().uuidString)").path
        defer { try? fm.removeItem(atPath: t) }
        for map in [".verborgen", "1/2/3/4"] { try fm.createDirectory(atPath: t + "/" + map, withIntermediateDirectories: true) }
        for bestand in ["a.regels", ".verborgen/b.regels", "1/2/3/c.regels", "1/2/3/4/d.regels", "1/e.txt"] {
            #expect(fm.createFile(atPath: t + "/" + bestand, contents: Data("regeling \"x\"\n".utf8)))
        }
        #expect(Compilatie.regelbestandenInDeBuurt(t) == [t + "/1/2/3/c.regels", t + "/a.regels"])
    }

    /// The project file (`.regelwerk`, or REGELWERK_REGELS) names the rule folders once: commands then need no
    /// `--regels` (and `check`, `plan`, `render` no files); given ones still win.
    @Test func hetProjectNoemtDeRegels() {
        let geval = repoWortel.appendingPathComponent("Examples/gevallen/benadeling-1500.json").path
        let (uit, fout, code) = voerUit(["beslis", "--beslissing", "afstemming", "--geval", geval], project: voorbeeldRegels)
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("  Verlagingsbedrag   ") && uit.contains("   € 280,30 per maand  artikel 41, onder c\n"))
        let (_, fout2, code2) = voerUit(["check"], project: voorbeeldRegels)
        #expect(code2 == .ok && !fout2.contains("fout"))
        let (_, fout3, code3) = voerUit(["beslis", "--beslissing", "afstemming", "--geval", geval])
        #expect(code3 == .gebruik && fout3.contains("de optie '--regels' ontbreekt"))
        #expect(Project.lees("# de regels van Voorbeeldstad\nExamples/model\n\n  Examples/landelijk  # landelijk\n") == ["Examples/model", "Examples/landelijk"])
    }

    /// `beslis --vraag`: the case asked field by field, answers in Dutch notation (1.401,50; 4-3-2024; a choice by
    /// its number), a wrong answer asked again. Benadeling € 1.500 is art. 51 lid 2 onder b: 20% of € 1.401,50 =
    /// € 280,30 per month (by hand), as for Examples/gevallen/benadeling-1500.json; the saved case is that case.
    @Test func beslisInGesprek() throws {
        let pad = FileManager.default.temporaryDirectory.appendingPathComponent("regelwerk-gesprek-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: pad) }
        // Tekortschietend besef is the third kind of Schending (after art. 46 and art. 47); the art. 47 gedraging
        // and the refusal of art. 56 are left open or answered no.
        let antwoorden = ["Z-1", "4-3-2024", "veel", "1.401,50", "", "1", "9", "3", "", "", "1500", "", "", "", "nee", "nee",
                          "2024-03-11", "20-3-2024", "0", "nee", "nee", "nee", "nee"]
        let (uit, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--vraag", "--bewaar", pad],
                                        stdin: antwoorden.joined(separator: "\n") + "\n")
        #expect(code == .ok, "\(fout)")
        #expect(uit.contains("Zaak: Z-1\n"))
        #expect(uit.contains("   € 280,30 per maand  artikel 41, onder c\n"), "\(uit)")
        #expect(fout.contains("De bijstandsnorm (bedrag per maand, bijvoorbeeld 1.401,50):"))
        #expect(fout.contains("3. tekortschietend besef van verantwoordelijkheid"))
        #expect(fout.contains("fout[RW0702]"))   // "veel" and "9" were asked again
        let bewaard = try JSONLezer.lees(Array(try Data(contentsOf: URL(fileURLWithPath: pad))))
        let (uit2, _, code2) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"],
                                       stdin: JSONSchrijver.schrijf(bewaard))
        #expect(code2 == .ok)
        #expect(uit2 == uit)
        // Without a case file and not on a terminal: a usage error that names --vraag.
        let (_, fout3, code3) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming"])
        #expect(code3 == .gebruik && fout3.contains("'--vraag'"))
    }
}
