// CLI: the help in English (`--lang en`): every command, argument and option has its English text, and no
// Dutch heading, option text or phrase is left in English help. A command or option added without its
// English in ``HulpEngels`` fails here.

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkCLI

@Suite struct HulpTests {
    static let namen = RegelwerkCLI.commandos.map(\.naam)

    /// Whitespace (the help's line wrapping included) as one space, so a text is found however it was wrapped.
    static func plat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static let nederlandseKoppen = ["OVERZICHT", "GEBRUIK:", "ARGUMENTEN:", "OPTIES:", "VOORBEELDEN:", "OPDRACHTEN:", "AFSLUITCODES:"]
    /// Phrases only Dutch help has: the required marker, placeholders, words no English sentence here uses.
    static let nederlandseZinnen = ["(verplicht)", "standaardinvoer", "JJJJ-MM-DD", "<bestand>", "<naam>", "<datum>", "<map>", "<taal>",
                                    "<aantal>", "<nummer>", "<tekst>", "Zie 'regelwerk", "Toon deze uitleg", " het ", " een ", " niet ",
                                    " wordt ", " als ", " de regels"]

    @Test func elkeOpdrachtArgumentEnOptieHeeftEngels() {
        for c in RegelwerkCLI.commandos {
            guard let h = HulpEngels.opdrachten[c.naam] else {
                Issue.record("geen Engelse hulp voor '\(c.naam)'")
                continue
            }
            #expect(!h.samenvatting.isEmpty && !h.uitleg.isEmpty == !c.uitleg.isEmpty, "\(c.naam)")
            for a in c.argumenten {
                #expect(h.argumenten[a.naam] != nil, "geen Engels voor argument <\(a.naam)> van '\(c.naam)'")
                #expect(HulpEngels.plaatshouders[a.naam] != nil, "geen Engelse plaatshouder voor <\(a.naam)>")
            }
            for o in c.opties {
                #expect(h.opties[o.naam] != nil, "geen Engels voor optie \(o.naam) van '\(c.naam)'")
                if let w = o.waarde { #expect(HulpEngels.plaatshouders[w] != nil, "geen Engelse plaatshouder voor <\(w)> (\(c.naam) \(o.naam))") }
            }
            // No translation of an option or argument the command no longer has.
            #expect(Set(h.opties.keys).isSubset(of: c.opties.map(\.naam)), "\(c.naam)")
            #expect(Set(h.argumenten.keys).isSubset(of: c.argumenten.map(\.naam)), "\(c.naam)")
        }
        #expect(Set(HulpEngels.opdrachten.keys) == Set(Self.namen))
        for o in ArgumentLezer.algemeen {
            #expect(HulpEngels.algemeneOpties[o.naam] != nil, "geen Engels voor \(o.naam)")
            if let w = o.waarde { #expect(HulpEngels.plaatshouders[w] != nil) }
        }
    }

    @Test(arguments: namen)
    func engelseHulpHeeftGeenNederlands(_ naam: String) throws {
        let spec = try #require(RegelwerkCLI.commandos.first { $0.naam == naam })
        let (en, _, code) = voerUit(["help", naam, "--lang", "en"])
        #expect(code == .ok)
        #expect(voerUit([naam, "--help", "--lang=en"]).0 == en)
        #expect(voerUit(["--lang", "en", naam, "-h"]).0 == en)
        let (nl, _, _) = voerUit(["help", naam])
        for k in ["OVERVIEW:", "USAGE: regelwerk \(naam)", "OPTIONS:", "--lang <language>", "Show this help."] { #expect(en.contains(k), "\(k)") }
        if !spec.argumenten.isEmpty { #expect(en.contains("ARGUMENTS:")) }
        if !spec.voorbeelden.isEmpty { #expect(en.contains("EXAMPLES:")) }
        for k in Self.nederlandseKoppen { #expect(!en.contains(k), "\(naam): \(k)") }
        for z in Self.nederlandseZinnen { #expect(!en.contains(z), "\(naam): '\(z)' in:\n\(en)") }
        // Every Dutch text of the spec is in the Dutch help (so the comparison finds it) and not in the English.
        let dutch = [spec.samenvatting] + spec.uitleg.split(separator: "\n").map(String.init) + spec.argumenten.map(\.uitleg)
            + (spec.opties + ArgumentLezer.algemeen).map(\.uitleg)
        for d in dutch.map(Self.plat) where !d.isEmpty {
            #expect(Self.plat(nl).contains(d), "\(naam): '\(d)' niet in de Nederlandse hulp")
            #expect(!Self.plat(en).contains(d), "\(naam): '\(d)' in de Engelse hulp")
        }
        // A required option stays required in the English usage line.
        for o in spec.opties where o.verplicht { #expect(!en.contains("[\(o.naam)"), "\(naam) \(o.naam)") }
    }

    @Test(arguments: ["beslis", "render", "vergelijk"])
    func juridischeUitvoerBlijftNederlands(_ naam: String) {
        let en = Self.plat(voerUit(["help", naam, "--lang", "en"]).0)
        #expect(en.contains("Legal outputs stay Dutch"))
    }

    @Test func algemeneHulpInHetEngels() {
        let (en, _, code) = voerUit(["--help", "--lang", "en"])
        #expect(code == .ok)
        #expect(voerUit(["help", "--lang", "en"]).0 == en)
        #expect(voerUit(["--lang=en", "help"]).0 == en)
        for k in ["OVERVIEW:", "USAGE: regelwerk <command>", "COMMANDS:", "EXIT CODES:", "help <command>", "Legal outputs stay Dutch"] {
            #expect(en.contains(k), "\(k)")
        }
        for k in Self.nederlandseKoppen { #expect(!en.contains(k), "\(k)") }
        for z in Self.nederlandseZinnen { #expect(!en.contains(z), "'\(z)'") }
        let nl = Self.plat(RegelwerkCLI.hoofdhulp)
        for d in RegelwerkCLI.commandos.map(\.samenvatting) + Afsluitcode.allCases.map(\.uitleg) {
            #expect(nl.contains(Self.plat(d)))
            #expect(!Self.plat(en).contains(Self.plat(d)), "'\(d)'")
        }
    }

    @Test func gebruiksfoutInHetEngels() {
        let (_, fout, code) = voerUit(["beslis", "--lang", "en"])
        #expect(code == .gebruik)
        #expect(fout.contains("usage: regelwerk beslis --regels <file>... [--geval <file>]"), "\(fout)")
        let (_, fout2, _) = voerUit(["beslis", "--regels", "--lang", "en"])
        #expect(fout2.contains("option '--regels' expects a value <file>"), "\(fout2)")
        for z in Self.nederlandseZinnen { #expect(!fout.contains(z) && !fout2.contains(z), "'\(z)'") }
    }

    // Beyond the help: the lines other commands print with `--lang en` (the legal outputs stay Dutch).

    @Test func proevenVeldenEnGevalInHetEngels() {
        let (uit, _, code) = voerUit(["test", repoWortel.appendingPathComponent("Examples").path, "--lang", "en"])
        #expect(code == .ok)
        #expect(uit.contains("Fixtures for ") && uit.contains(" passed, 0 failed.") && uit.contains("Reached by no fixture:"), "\(uit)")
        for z in ["Proeven voor", "geslaagd", "mislukt", "proeven", "Door geen proef"] { #expect(!uit.contains(z), "'\(z)'") }
        let (velden, _, _) = voerUit(["velden", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--peildatum", "2025-01-01", "--lang", "en"])
        #expect(velden.hasPrefix("Fields for the decision 'afstemming'") && velden.contains("      read in artikel 45\n"), "\(velden)")
        #expect(!velden.contains("gelezen in") && !velden.contains("Velden voor"))
        let (_, fout, _) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-", "--lang", "en"], stdin: "{")
        #expect(fout.contains("<standard input>:1:2: error[RW0708]: invalid JSON: expected a key in quotation marks"), "\(fout)")
        let (_, fout2, _) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--geval", "-", "--lang", "en"], stdin: "{}")
        #expect(fout2.contains("needed for choosing the version (reference date)"), "\(fout2)")
        #expect(!fout2.contains("standaardinvoer") && !fout2.contains("de keuze van de versie"))
    }

    /// Every detail the JSON reader writes (the literal ones in its source) has its English.
    @Test func jsonMeldingenHebbenEngels() throws {
        let bron = try String(contentsOf: repoWortel.appendingPathComponent("Sources/RegelwerkGevallen/JSON.swift"), encoding: .utf8)
        let teken = "ongeldigeJSON(\""
        var details: [String] = []
        for deel in bron.components(separatedBy: teken).dropFirst() {
            // The literal up to its closing quote and parenthesis; an escaped quote or backslash is Swift's.
            guard let eind = deel.range(of: "\"))") else { continue }
            details.append(String(deel[..<eind.lowerBound]).replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\\\"", with: "\""))
        }
        #expect(details.count >= 15)
        for d in details where !d.contains("\\(") {
            #expect(Bericht.jsonProbleemEngels(d) != d, "geen Engels voor '\(d)'")
        }
        #expect(Bericht.jsonProbleemEngels("onverwacht teken 'x'") == "unexpected character 'x'")
    }

    @Test func gesprekInHetEngels() {
        let (_, fout, _) = voerUit(["beslis", "--regels"] + voorbeeldRegels + ["--beslissing", "afstemming", "--vraag", "--lang", "en"],
                                   stdin: "Z-1\n4-3-2024\n")
        #expect(fout.contains("Fill in the case, field by field.") && fout.contains("(date, for example 2024-03-04):"), "\(fout)")
        #expect(!fout.contains("bijvoorbeeld") && !fout.contains("Vul het geval"))
    }

    /// Every literal the parser and checker say they expected, and every way a token is named, has English
    /// outside the language's quoted words.
    @Test func verwachtInHetEngels() throws {
        var literals: [String] = []
        for bestand in ["Sources/RegelwerkKern/Syntax/Parser.swift", "Sources/RegelwerkKern/Check/Checker.swift"] {
            let bron = try String(contentsOf: repoWortel.appendingPathComponent(bestand), encoding: .utf8)
            for teken in ["throw fout(\"", "_ = fout(\"", ".verwacht(\""] {
                for deel in bron.components(separatedBy: teken).dropFirst() {
                    guard let eind = deel.range(of: teken == ".verwacht(\"" ? "\", gevonden" : "\")") else { continue }
                    literals.append(String(deel[..<eind.lowerBound]).replacingOccurrences(of: "\\\"", with: "\""))
                }
            }
        }
        #expect(literals.count >= 25)
        let gevonden = ["een bedrag", "een percentage", "een tekst", "het einde van het bestand", "naam 'x'", "getal 3", "datum 2024-01-01", "2 namen"]
        let nederlands = ["een", "als", "eerst", "van", "met", "bevat", "naam", "namen", "zoals", "tussen", "bij", "het", "getal", "datum", "één"]
        for l in literals + gevonden where !l.contains("\\(") {
            // The words outside quotes ('artikel' is the language's own word, in English as in Dutch). An
            // apostrophe between letters ('hele euro's') is part of a word, not a quote.
            let engels = Bericht.verwachtEngels(l).replacingOccurrences(of: #"(?<=\p{L})'(?=\p{L})"#, with: "’", options: .regularExpression)
            let delen = engels.split(separator: "'", omittingEmptySubsequences: false)
            let buiten = delen.enumerated().filter { $0.offset % 2 == 0 }.map { String($0.element) }.joined(separator: " ")
            let woorden = buiten.split(whereSeparator: { !$0.isLetter }).map(String.init)
            for w in woorden { #expect(!nederlands.contains(w), "'\(l)' → '\(Bericht.verwachtEngels(l))'") }
            // "of" is English too; as the Dutch "or" it stands between two quoted words.
            #expect(!Bericht.verwachtEngels(l).contains("' of '"), "'\(l)'")
        }
    }

    @Test func vergelijkingInHetEngels() {
        let oud = ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad/2024"].map { repoWortel.appendingPathComponent($0).path }
        let nieuw = ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad/2025"].map { repoWortel.appendingPathComponent($0).path }
        let geval = try? String(contentsOf: repoWortel.appendingPathComponent("Examples/gevallen/benadeling-1500.json"), encoding: .utf8)
        let regel = (geval ?? "{}").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let (uit, fout, code) = voerUit(["vergelijk", "--oud"] + oud + ["--nieuw"] + nieuw
                                        + ["--beslissing", "afstemming", "--gevallen", "-", "--lang", "en"], stdin: regel + "\n")
        #expect(code == .ok, "\(fout)")
        #expect(uit.hasPrefix("Comparison of the rules\n  old:      ") && uit.contains("Per outcome (difference = new minus old)"), "\(uit)")
        for z in ["Vergelijking van", "gevallen:", "Per uitkomst", "onder beide regels", "standaardinvoer"] { #expect(!uit.contains(z), "'\(z)'") }
        #expect(uit.contains(", version from 1 January 2024\n"), "\(uit)")
        let (_, fout2, _) = voerUit(["plan", "--lang", "en"] + voorbeeldRegels)
        #expect(fout2.contains("(from 1 January 2024 up to and including 31 December 2024; from 1 January 2025)"), "\(fout2)")
    }
}
