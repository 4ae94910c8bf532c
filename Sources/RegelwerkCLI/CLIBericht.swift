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
    /// The input of `batch` or `vergelijk` could not be read to its end; the system's reason when there is one.
    case kanNietVerderLezen(String, reden: String?)
    case kanNietSchrijven(String)
    /// Standard output cannot be written; the system's reason.
    case uitvoerNietTeSchrijven(String)
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
    /// The heading of one ordinance when `check` reads a folder with several.
    case checkVerordening(String)
    case batchSamenvatting(gevallen: Int, beslist: Int, fouten: Int, ms: Int)
    /// The progress line of a long batch on a terminal; `resterend` in seconds, when the input's size is known.
    case batchVoortgang(gevallen: Int, perSeconde: Int, fouten: Int, resterend: Int?)
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
    /// How to write an answer of this type, in a question of the conversation.
    case soortVraag(Soort)
    // `velden` as text.
    case veldenKop(beslissing: String, versie: String)
    case eenBevoegdheid
    case eenVan
    case gelezenIn(String)
    case standaardinvoer

    func tekst(_ taal: Taal) -> String {
        switch taal {
        case .nl: nederlands
        case .en: engels
        }
    }

    /// A path in an English message: standard input by its English name, wherever a command wrote the Dutch one.
    private static func pad(_ p: String) -> String { p == CLIBericht.standaardinvoer.nederlands ? CLIBericht.standaardinvoer.engels : p }

    /// A count as people read it: "1.000.000" in Dutch, "1,000,000" in English (a batch counts in millions).
    private static func aantal(_ n: Int, _ taal: Taal) -> String {
        let t = Opmaak.duizendtallen(String(n))
        switch taal {
        case .nl: return t
        case .en: return String(t.map { $0 == "." ? "," : $0 })
        }
    }

    private static func meervoud(_ n: Int, _ een: String, _ meer: String, _ taal: Taal) -> String {
        "\(aantal(n, taal)) \(n == 1 ? een : meer)"
    }

    /// "45 s", or "3 min 20 s" from two minutes on.
    private static func duur(_ s: Int, _ seconde: String, _ minuut: String) -> String {
        s < 120 ? "\(s) \(seconde)" : "\(s / 60) \(minuut) \(s % 60) \(seconde)"
    }

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
        case .soortVraag(let s):
            switch s {
            case .waarheid: "ja/nee"
            case .datum: "datum, bijvoorbeeld 2024-03-04"
            case .bedrag, .bedragPer: s.description + ", bijvoorbeeld 1.401,50"
            case .percentage: "percentage, bijvoorbeeld 20%"
            case .duur: "duur, bijvoorbeeld 3 maanden"
            case .keuze: "een nummer uit de lijst"
            default: s.description
            }
        case .veldenKop(let b, let v):
            "Velden voor de beslissing '\(b)' (versie \(v)); de velden van een record of een lijst daarvan\nstaan eronder ingesprongen:"
        case .eenVan: "een van"
        case .eenBevoegdheid: "een bevoegdheid: onder \"bevoegdheden\", met een reden"
        case .gelezenIn(let a): "gelezen in \(a)"
        case .standaardinvoer: "<standaardinvoer>"
        case .onbekendeOptie(let o): "onbekende optie '\(o)'"
        case .optieVerwachtWaarde(let o, let p): "optie '\(o)' verwacht een waarde <\(p)>"
        case .optieOntbreekt(let o): "de optie '\(o)' ontbreekt"
        case .onverwachtArgument(let a, let c): "onverwacht argument '\(a)': 'regelwerk \(c)' neemt geen argumenten zonder optie"
        case .onbekendeTaal(let t): "onbekende taal '\(t)'; kies uit: nl, en"
        case .geenRegelbestanden: "geen regelbestanden opgegeven"
        case .kanNietLezen(let p): "kan '\(p)' niet lezen"
        case .kanNietVerderLezen(let p, let r): "kan '\(p)' niet verder lezen" + (r.map { ": \($0)" } ?? "")
        case .kanNietSchrijven(let p): "kan '\(p)' niet schrijven"
        case .uitvoerNietTeSchrijven(let r): "kan de uitvoer niet schrijven: \(r)"
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
            "\(Self.meervoud(b, "bestand", "bestanden", .nl)), \(Self.meervoud(f, "fout", "fouten", .nl)), \(Self.meervoud(w, "waarschuwing", "waarschuwingen", .nl))"
        case .checkVerordening(let v):
            "\(v), met de modellen en landelijke bedragen:"
        case .batchSamenvatting(let n, let b, let f, let ms):
            "regelwerk batch: \(Self.meervoud(n, "geval", "gevallen", .nl)), \(Self.aantal(b, .nl)) beslist, \(Self.aantal(f, .nl)) met een fout; \(Self.aantal(ms, .nl)) ms"
        case .batchVoortgang(let n, let s, let f, let r):
            "regelwerk batch: \(Self.meervoud(n, "geval", "gevallen", .nl)), \(Self.aantal(s, .nl)) per seconde, \(Self.aantal(f, .nl)) met een fout"
                + (r.map { ", nog ongeveer \(Self.duur($0, "s", "min"))" } ?? "")
        case .fmtSamenvatting(let n, let a, let c):
            "\(Self.meervoud(n, "bestand", "bestanden", .nl)), \(Self.aantal(a, .nl)) " + (c ? "niet in de vaste opmaak" : "opgemaakt")
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
        case .vraagBevoegdheid(let b, let p): "Does the college apply this power: \(b)\(p.isEmpty ? "" : " (\(p))")? (yes/no):"
        case .vraagReden: "For what reason?:"
        case .vraagBewaar: "Save the case as JSON? (file name, empty: do not save):"
        case .bewaard(let p): "the case is saved in '\(p)'"
        case .geenGevalNiemandOmTeVragen: "the option '--geval' is missing (or give '--vraag' to fill in the case field by field)"
        // The answers are read as the case reader reads them: Dutch notation for numbers and durations, which
        // the examples show; the type's own name is the rule language's and stays as written there.
        case .soortVraag(let s):
            switch s {
            case .waarheid: "yes/no"
            case .datum: "date, for example 2024-03-04"
            case .bedrag, .bedragPer: "amount (\(s.description)), for example 1.401,50"
            case .percentage: "percentage, for example 20%"
            case .duur: "duration, for example 3 maanden"
            case .keuze: "a number from the list"
            case .tekst: "text"
            default: s.description
            }
        case .veldenKop(let b, let v):
            "Fields for the decision '\(b)' (version \(Bericht.periodeEngels(v))); the fields of a record or a list of records\nare indented below it:"
        case .eenVan: "one of"
        case .eenBevoegdheid: "a power: under \"bevoegdheden\", with a reason"
        case .gelezenIn(let a): "read in \(a)"
        case .standaardinvoer: "<standard input>"
        case .onbekendeOptie(let o): "unknown option '\(o)'"
        case .optieVerwachtWaarde(let o, let p): "option '\(o)' expects a value <\(HulpEngels.plaatshouder(p))>"
        case .optieOntbreekt(let o): "the option '\(o)' is missing"
        case .onverwachtArgument(let a, let c): "unexpected argument '\(a)': 'regelwerk \(c)' takes no arguments without an option"
        case .onbekendeTaal(let t): "unknown language '\(t)'; choose from: nl, en"
        case .geenRegelbestanden: "no rule files given"
        case .kanNietLezen(let p): "cannot read '\(Self.pad(p))'"
        case .kanNietVerderLezen(let p, let r): "cannot read '\(Self.pad(p))' to its end" + (r.map { ": \($0)" } ?? "")
        case .kanNietSchrijven(let p): "cannot write '\(Self.pad(p))'"
        case .uitvoerNietTeSchrijven(let r): "cannot write the output: \(r)"
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
        // The usage line is built from the Dutch spec: its placeholders are said in English.
        case .gebruik(let g, let c): "usage: \(HulpEngels.gebruiksregel(g))\n  See 'regelwerk help \(c)' for an explanation."
        case .zieHulp: "  See 'regelwerk --help' for the commands."
        case .checkSamenvatting(let b, let f, let w):
            "\(Self.meervoud(b, "file", "files", .en)), \(Self.meervoud(f, "error", "errors", .en)), \(Self.meervoud(w, "warning", "warnings", .en))"
        case .checkVerordening(let v):
            "\(v), with the models and national amounts:"
        case .batchSamenvatting(let n, let b, let f, let ms):
            "regelwerk batch: \(Self.meervoud(n, "case", "cases", .en)), \(Self.aantal(b, .en)) decided, \(Self.aantal(f, .en)) with an error; \(Self.aantal(ms, .en)) ms"
        case .batchVoortgang(let n, let s, let f, let r):
            "regelwerk batch: \(Self.meervoud(n, "case", "cases", .en)), \(Self.aantal(s, .en)) per second, \(Self.aantal(f, .en)) with an error"
                + (r.map { ", about \(Self.duur($0, "s", "min")) left" } ?? "")
        case .fmtSamenvatting(let n, let a, let c):
            "\(Self.meervoud(n, "file", "files", .en)), \(Self.aantal(a, .en)) " + (c ? "not in the canonical layout" : "formatted")
        case .nietInVasteOpmaak(let p): "not in the canonical layout: \(p)"
        case .opgemaakt(let p): "formatted: \(p)"
        case .opmaakZouBetekenisVeranderen(let p): "formatting '\(Self.pad(p))' would change its words; the file is left as it is"
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
