// CLI: the catalogue of the command line's own messages (usage errors, files, summaries), in Dutch and
// English, so that `--lang en` covers every line the CLI writes. Rule and case diagnostics have theirs
// in ``Bericht``; legal outputs (motivation, render) stay Dutch.

import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// A message of the command line itself.
enum CLIBericht: Sendable {
    case onbekendeOpdracht(String)
    case onbekendeOptie(String)
    case optieVerwachtWaarde(String, plaats: String)
    case optieOntbreekt(String)
    case onverwachtArgument(String, opdracht: String)
    case onbekendeTaal(String)
    case geenRegelbestanden
    case kanNietLezen(String)
    case kanNietSchrijven(String)
    case geenBestand(String)
    case ongeldigePeildatum(String)
    case ongeldigAantal(String, optie: String)
    case onbekendFormaat(String)
    case kiesJsonOfHtml
    case kiesJsonOfJunit
    case kiesSchemaOfSkelet
    case ookLeeg
    case geenProeven(String?)
    case bedoeldeU(String)
    case gebruik(String, opdracht: String)
    case zieHulp
    case checkSamenvatting(bestanden: Int, fouten: Int, waarschuwingen: Int)
    case batchSamenvatting(gevallen: Int, beslist: Int, fouten: Int, ms: Int)
    case fmtSamenvatting(bestanden: Int, anders: Int, controleer: Bool)
    case nietInVasteOpmaak(String)
    case opgemaakt(String)
    case opmaakZouBetekenisVeranderen(String)
    // `beslis` in conversation.
    case vraagUitleg
    case vraagVeld(label: String, soort: String, leegMag: Bool)
    case vraagAantal(label: String)
    case vraagItem(label: String, nummer: Int, van: Int)
    case vraagBevoegdheid(String, plaats: String)
    case vraagReden
    case vraagBewaar
    case bewaard(String)
    case geenGevalNiemandOmTeVragen

    func tekst(_ taal: Taal) -> String {
        switch taal {
        case .nl: nederlands
        case .en: engels
        }
    }

    private static func meervoud(_ n: Int, _ een: String, _ meer: String) -> String { "\(n) \(n == 1 ? een : meer)" }

    private var nederlands: String {
        switch self {
        case .onbekendeOpdracht(let n): "onbekende opdracht '\(n)'"
        case .vraagUitleg: "Vul het geval in, veld voor veld. Een leeg antwoord laat een veld open; de beslissing zegt of het nodig was."
        case .vraagVeld(let l, let s, _): "\(l.hoofdletterCLI) (\(s)):"
        case .vraagAantal(let l): "Hoeveel \(l.zonderLidwoord)? (een aantal):"
        case .vraagItem(let l, let n, let v): "\(l.zonderLidwoord.hoofdletterCLI), \(n) van \(v):"
        case .vraagBevoegdheid(let b, let p): "Past het college deze bevoegdheid toe: \(b)\(p.isEmpty ? "" : " (\(p))")? (ja/nee):"
        case .vraagReden: "Met welke reden?:"
        case .vraagBewaar: "Het geval bewaren als JSON? (bestandsnaam, leeg: niet bewaren):"
        case .bewaard(let p): "het geval is bewaard in '\(p)'"
        case .geenGevalNiemandOmTeVragen: "de optie '--geval' ontbreekt (of geef '--vraag' om het geval veld voor veld in te vullen)"
        case .onbekendeOptie(let o): "onbekende optie '\(o)'"
        case .optieVerwachtWaarde(let o, let p): "optie '\(o)' verwacht een waarde <\(p)>"
        case .optieOntbreekt(let o): "de optie '\(o)' ontbreekt"
        case .onverwachtArgument(let a, let c): "onverwacht argument '\(a)': 'regelwerk \(c)' neemt geen argumenten zonder optie"
        case .onbekendeTaal(let t): "onbekende taal '\(t)'; kies uit: nl, en"
        case .geenRegelbestanden: "geen regelbestanden opgegeven"
        case .kanNietLezen(let p): "kan '\(p)' niet lezen"
        case .kanNietSchrijven(let p): "kan '\(p)' niet schrijven"
        case .geenBestand(let p): "'\(p)' is een map; verwacht een bestand"
        case .ongeldigePeildatum(let p): "ongeldige peildatum '\(p)'; schrijf JJJJ-MM-DD"
        case .ongeldigAantal(let w, let o): "optie '\(o)' verwacht een geheel getal vanaf 1, niet '\(w)'"
        case .onbekendFormaat(let f): "onbekend formaat '\(f)'; kies uit: jsonl, csv"
        case .kiesJsonOfHtml: "kies --json of --html, niet allebei"
        case .kiesJsonOfJunit: "kies --json of --junit, niet allebei"
        case .kiesSchemaOfSkelet: "kies --schema of --skelet, niet allebei"
        case .ookLeeg: "het geval laat ook deze velden van de beslissing leeg (of elk nodig is, hangt van de andere af; 'regelwerk velden' beschrijft ze):"
        case .geenProeven(let f): "geen proeven gevonden" + (f.map { " \($0)" } ?? "") + "; een run zonder proeven is niet geslaagd"
        case .bedoeldeU(let n): "bedoelde u '\(n)'?"
        case .gebruik(let g, let c): "gebruik: \(g)\n  Zie 'regelwerk help \(c)' voor uitleg."
        case .zieHulp: "  Zie 'regelwerk --help' voor de opdrachten."
        case .checkSamenvatting(let b, let f, let w):
            "\(Self.meervoud(b, "bestand", "bestanden")), \(Self.meervoud(f, "fout", "fouten")), \(Self.meervoud(w, "waarschuwing", "waarschuwingen"))"
        case .batchSamenvatting(let n, let b, let f, let ms):
            "regelwerk batch: \(Self.meervoud(n, "geval", "gevallen")), \(b) beslist, \(f) met een fout; \(ms) ms"
        case .fmtSamenvatting(let n, let a, let c):
            "\(Self.meervoud(n, "bestand", "bestanden")), \(a) " + (c ? "niet in de vaste opmaak" : "opgemaakt")
        case .nietInVasteOpmaak(let p): "niet in de vaste opmaak: \(p)"
        case .opgemaakt(let p): "opgemaakt: \(p)"
        case .opmaakZouBetekenisVeranderen(let p): "de opmaak van '\(p)' zou de woorden veranderen; het bestand blijft zoals het is"
        }
    }

    private var engels: String {
        switch self {
        case .onbekendeOpdracht(let n): "unknown command '\(n)'"
        case .vraagUitleg: "Fill in the case, field by field. An empty answer leaves a field open; the decision says whether it was needed."
        case .vraagVeld(let l, let s, _): "\(l.hoofdletterCLI) (\(s)):"
        case .vraagAantal(let l): "How many: \(l)? (a number):"
        case .vraagItem(let l, let n, let v): "\(l.hoofdletterCLI), \(n) of \(v):"
        case .vraagBevoegdheid(let b, let p): "Does the college apply this power: \(b)\(p.isEmpty ? "" : " (\(p))")? (ja/nee):"
        case .vraagReden: "For what reason?:"
        case .vraagBewaar: "Save the case as JSON? (file name, empty: do not save):"
        case .bewaard(let p): "the case is saved in '\(p)'"
        case .geenGevalNiemandOmTeVragen: "the option '--geval' is missing (or give '--vraag' to fill in the case field by field)"
        case .onbekendeOptie(let o): "unknown option '\(o)'"
        case .optieVerwachtWaarde(let o, let p): "option '\(o)' expects a value <\(p)>"
        case .optieOntbreekt(let o): "the option '\(o)' is missing"
        case .onverwachtArgument(let a, let c): "unexpected argument '\(a)': 'regelwerk \(c)' takes no arguments without an option"
        case .onbekendeTaal(let t): "unknown language '\(t)'; choose from: nl, en"
        case .geenRegelbestanden: "no rule files given"
        case .kanNietLezen(let p): "cannot read '\(p)'"
        case .kanNietSchrijven(let p): "cannot write '\(p)'"
        case .geenBestand(let p): "'\(p)' is a folder; expected a file"
        case .ongeldigePeildatum(let p): "invalid reference date '\(p)'; write YYYY-MM-DD"
        case .ongeldigAantal(let w, let o): "option '\(o)' expects a whole number from 1, not '\(w)'"
        case .onbekendFormaat(let f): "unknown format '\(f)'; choose from: jsonl, csv"
        case .kiesJsonOfHtml: "choose --json or --html, not both"
        case .kiesJsonOfJunit: "choose --json or --junit, not both"
        case .kiesSchemaOfSkelet: "choose --schema or --skelet, not both"
        case .ookLeeg: "the case also leaves these fields of the decision empty (whether each is needed depends on the others; 'regelwerk velden' describes them):"
        case .geenProeven(let f): "no fixtures found" + (f.map { _ in " with this --artikel/--proef" } ?? "") + "; a run without fixtures is no pass"
        case .bedoeldeU(let n): "did you mean '\(n)'?"
        case .gebruik(let g, let c): "usage: \(g)\n  See 'regelwerk help \(c)' for an explanation."
        case .zieHulp: "  See 'regelwerk --help' for the commands."
        case .checkSamenvatting(let b, let f, let w):
            "\(Self.meervoud(b, "file", "files")), \(Self.meervoud(f, "error", "errors")), \(Self.meervoud(w, "warning", "warnings"))"
        case .batchSamenvatting(let n, let b, let f, let ms):
            "regelwerk batch: \(Self.meervoud(n, "case", "cases")), \(b) decided, \(f) with an error; \(ms) ms"
        case .fmtSamenvatting(let n, let a, let c):
            "\(Self.meervoud(n, "file", "files")), \(a) " + (c ? "not in the canonical layout" : "formatted")
        case .nietInVasteOpmaak(let p): "not in the canonical layout: \(p)"
        case .opgemaakt(let p): "formatted: \(p)"
        case .opmaakZouBetekenisVeranderen(let p): "formatting '\(p)' would change its words; the file is left as it is"
        }
    }
}

extension String {
    /// "de geschonden verplichtingen" → "geschonden verplichtingen": a label after "Hoeveel".
    var zonderLidwoord: String {
        for lidwoord in ["de ", "het ", "een "] where hasPrefix(lidwoord) { return String(dropFirst(lidwoord.count)) }
        return self
    }

    var hoofdletterCLI: String { prefix(1).uppercased() + dropFirst() }
}
