// The fields a decision needs (`regelwerk velden`), and a case with every problem reported at once.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct VeldenTests {
    static let argumenten = ["velden", "--regels"] + voorbeeldRegels + ["--beslissing", "inkomenstoelage", "--peildatum", "2024-03-15"]

    /// By hand from art. 73, 75 and 76 of the model: the peildatum, the monthly incomes (with their three
    /// fields), the leefvorm and the two facts of art. 76 lid 2, in the order the geval block declares them.
    @Test func deVeldenVanEenBeslissing() {
        let (uit, fout, code) = voerUit(Self.argumenten)
        #expect(code == .ok, "\(fout)")
        let namen = uit.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("      ") }
            .map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? "" }
        #expect(namen == ["peildatum_toelage", "maandinkomens", "leefvorm", "partner_uitgesloten", "met_kinderen"])
        // With the labels the model declares: a value's words only where they differ from how the case writes it.
        #expect(uit.contains("  leefvorm — de leefvorm (Leefvorm: een van alleenstaande, alleenstaande_ouder (alleenstaande ouder), gehuwden)\n"))
        #expect(uit.contains("      bijstandsnorm — de bijstandsnorm (bedrag per maand, ten minste € 0,00 per maand)\n"))
        #expect(uit.contains("      gelezen in artikel 73, artikel 75\n"))
    }

    /// The schema reads back as JSON and types what the case reader accepts; the skeleton is a case with
    /// every field empty, which `beslis` then reports all at once.
    @Test func schemaEnSkelet() throws {
        let (schema, _, code) = voerUit(Self.argumenten + ["--schema"])
        #expect(code == .ok)
        guard case .object(let s) = try JSONLezer.lees(schema), case .object(let eigenschappen)? = s.first(where: { $0.0 == "properties" })?.1,
              case .object(let leefvorm)? = eigenschappen.first(where: { $0.0 == "leefvorm" })?.1 else {
            Issue.record("geen schema: \(schema)"); return
        }
        #expect(leefvorm.first?.1 == .array([.tekst("alleenstaande"), .tekst("alleenstaande_ouder"), .tekst("gehuwden")]))
        #expect(leefvorm.first { $0.0 == "title" }?.1 == .tekst("de leefvorm"))
        let (skelet, _, _) = voerUit(Self.argumenten + ["--skelet"])
        let (_, fout, code2) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "inkomenstoelage", "--geval", "-"], stdin: skelet)
        #expect(code2 == .gevalfouten)
        #expect(fout.contains("het geval mist het veld 'peildatum_toelage'"))
        for veld in ["leefvorm", "partner_uitgesloten", "met_kinderen"] { #expect(fout.contains("      \(veld) ("), "\(veld)") }
    }

    /// A case whose version cannot be chosen is still read: every wrong field is reported in the same run.
    @Test func elkProbleemTegelijk() {
        let (_, fout, code) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-"],
                                      stdin: #"{"bijstandsnorm": "veel", "verwijtbaarheid_ontbreekt": "nee"}"#)
        #expect(code == .gevalfouten)
        #expect(fout.contains("mist het veld 'datum_gedraging'"))
        #expect(fout.contains("veld 'bijstandsnorm' moet een bedrag per maand zijn"))
        #expect(fout.contains("veld 'verwijtbaarheid_ontbreekt' moet een waarheidswaarde zijn"))
        #expect(fout.contains("      schendingen (lijst van Schendingsgegevens)"))
    }
}
