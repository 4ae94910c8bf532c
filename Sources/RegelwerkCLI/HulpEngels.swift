// CLI: the English help (`--lang en`), keyed by command and option name. The commands' specs keep their
// Dutch texts and stay the one table that drives the parser; this file only translates what the help and
// the usage lines show. A test checks that every command, argument and option has its English here, so an
// option added later without a translation fails the tests instead of printing a Dutch line in English help.
// The motivation and the ordinance text are legal documents in Dutch: the help says so, they are not translated.

import Foundation
import RegelwerkKern

/// The English of one command's help: summary, explanation, and the help of each argument and option by name.
struct EngelseHulp {
    var samenvatting: String
    var uitleg: String
    var argumenten: [String: String] = [:]
    var opties: [String: String]
}

enum HulpEngels {
    /// Said in the help of every command whose output is (or shows) a legal text, and in the general help.
    static let juridischNederlands = "Legal outputs stay Dutch: the motivation and the ordinance text are written in Dutch, as the\n"
        + "beschikking and the council decision are; --lang en translates the messages around them."

    /// Placeholders of option values and arguments (`<bestand>` → `<file>`); language-neutral ones map to themselves.
    static let plaatshouders: [String: String] = [
        "bestand": "file", "map": "folder", "naam": "name", "datum": "date", "taal": "language", "aantal": "number",
        "nummer": "number", "tekst": "text", "jsonl|csv": "jsonl|csv", "json|csv": "json|csv",
    ]

    /// The options every command takes (``ArgumentLezer/algemeen``).
    static let algemeneOpties: [String: String] = [
        "--lang": "Language of the messages: nl (default) or en.",
        "--help": "Show this help.",
    ]

    static let regels = "The rule files or folders."
    static let beslissing = "Which decision; needed when the rules have more than one."
    static let peildatumVersie = "The version in force on this date (YYYY-MM-DD); needed when there are several versions."
    static let bestandOfMap = "A .regels file or a folder."

    static let opdrachten: [String: EngelseHulp] = [
        "check": EngelseHulp(
            samenvatting: "Check rule files and show every diagnostic.",
            uitleg: "Reads the files (a folder: every .regels file in it) as one rule set and reports every error\n"
                + "and warning with file:line:column, the line itself and a marker. When they hold ordinances of\n"
                + "several municipalities (as Examples does), each ordinance is checked with the models and national\n"
                + "amounts, as 'regelwerk test' does.",
            argumenten: ["bestand": bestandOfMap],
            opties: [:]),
        "beslis": EngelseHulp(
            samenvatting: "Decide one case: outcome, amounts and a motivation citing the articles.",
            uitleg: "The case is a JSON object with the fields the rules' 'geval' block names. Amounts\n"
                + "may be written as a number (1300.00) or as text (\"1300.00\"); both are read exactly.\n\n"
                + juridischNederlands,
            opties: [
                "--regels": regels,
                "--geval": "The case as a JSON file; '-' reads standard input. Without --geval, on a terminal: the case is asked field by field.",
                "--vraag": "Ask for the case field by field (with meaning and article), also when standard input is not a terminal.",
                "--bewaar": "Save the case asked for as JSON in this file.",
                "--beslissing": "Which decision (from 'uitvoer <name>: ...'); needed when the rules have more than one.",
                "--peildatum": "Decide by the version in force on this date (YYYY-MM-DD); by default the reference date the rules take from the case.",
                "--json": "Give the decision as JSON, with the full trace.",
                "--spoor": "Give the full trace instead of the motivation: every step with the rules' names, every value used and every exception tested.",
                "--formaat": "The format of the case (default: csv when the name ends in .csv, else json); CSV: a header and one row, as for batch.",
                "--uitvoer": "Compute only this output (repeatable).",
            ]),
        "batch": EngelseHulp(
            samenvatting: "Decide many cases: JSON Lines or CSV in, one decision per case out, in the same order.",
            uitleg: "Reads cases as JSON Lines (one JSON object per line) from --invoer or standard input and writes one JSON line\n"
                + "per line: {\"regel\": n, \"uitkomsten\": {\"naam\": {\"waarde\": ...}, ...}} with typed values (as beslis --json),\n"
                + "or {\"regel\": n, \"fout\": {...}} with the message, the field and the article. A wrong line does not stop the\n"
                + "rest; a line larger than 16 MiB is an error record and the rest of it is skipped. Uses every core; memory\n"
                + "stays flat, however long the input. On a terminal, standard error shows the progress when the run takes\n"
                + "longer than a second; a summary goes to standard error; exit code 3 when a case gave an error.\n"
                + "\n"
                + "CSV (--formaat csv, or an --invoer ending in .csv): the first line names the case's fields, every\n"
                + "following line is a case; separated by , or ; (whichever the header uses most). With ; you write numbers\n"
                + "as a Dutch spreadsheet does (1.401,50 and 12,5%), with , as in JSON (1401.50). An empty cell is a\n"
                + "missing field; lists and records are written as JSON in the cell. The output is then CSV too: per case the\n"
                + "line where it starts, the outcomes, and on an error the code, the message and the article.",
            opties: [
                "--regels": regels,
                "--beslissing": beslissing,
                "--invoer": "Read the cases from this file instead of standard input.",
                "--formaat": "The format of input and output (default: csv when --invoer ends in .csv, else jsonl).",
                "--draden": "How many threads decide at once (default: every core). The output is the same for any number.",
                "--stil": "No progress line on the terminal (the summary stays).",
            ]),
        "test": EngelseHulp(
            samenvatting: "Run the fixtures: per article passed or failed, and what no fixture reaches.",
            uitleg: "Reads every .regels file in the folders. Each file 'proeven voor \"<ordinance>\"' is run\n"
                + "against that ordinance, with the models and national amounts added; each fixture is decided as\n"
                + "'regelwerk beslis' does and the outcomes are compared exactly. Also fails when an article that\n"
                + "computes has no fixture, when a version changes an article no fixture under that version names, or when\n"
                + "there are no fixtures. Names the table rows, exceptions and branches no fixture reaches.",
            argumenten: ["map": "A folder or file (default: the current folder)."],
            opties: [
                "--uitgebreid": "Name every fixture with its result, not only the failed ones.",
                "--artikel": "Run only the fixtures of this article (repeatable); coverage is then not judged.",
                "--proef": "Run only the fixtures whose title contains this text; coverage is then not judged.",
                "--json": "Give the report as JSON (for CI).",
                "--junit": "Give the report as JUnit XML (for CI).",
            ]),
        "lsp": EngelseHulp(
            samenvatting: "Start the language server for editors (Language Server Protocol over standard input and output).",
            uitleg: "For an editor, not to type yourself: the editor starts 'regelwerk lsp' and speaks JSON-RPC with Content-Length\n"
                + "headers. The server gives the diagnostics of 'check' as you type (for every version), hover on a name\n"
                + "(the article's text; on a fill-in the model's blank, its bounds, its example and the value per version), go to\n"
                + "definition and references, completion, an outline of the articles, formatting as 'fmt' does and quick fixes\n"
                + "for 'did you mean' and 'fill in with'. Which files go together is said by the project file .regelwerk (or\n"
                + "REGELWERK_REGELS); without one, by the headers of the files in the opened folder. Standard output carries\n"
                + "only the protocol. See Editors/ for VS Code, Neovim and Helix.",
            opties: [:]),
        "vergelijk": EngelseHulp(
            samenvatting: "Compare old and new rules over the same cases: whom it affects and by how much.",
            uitleg: "Decides each case (JSON Lines, or CSV as for batch) under the newest version of the old and of the new rules,\n"
                + "whatever the case's date. Per outcome: how many cases come out\n"
                + "differently, the money that shifts (in total and the largest difference) and examples; per article how many\n"
                + "cases it affects; the cases either could not decide; and the text that changes (was/wordt).\n\n"
                + juridischNederlands + " The HTML page is for the council papers and stays Dutch as a whole.",
            opties: [
                "--oud": "The current rules: files or folders.",
                "--nieuw": "The proposed rules: files or folders.",
                "--gevallen": "The cases as JSON Lines, or as CSV when the name ends in .csv; '-' reads standard input.",
                "--formaat": "The format of --gevallen, when the name does not tell.",
                "--beslissing": beslissing,
                "--json": "Give the comparison as JSON.",
                "--html": "Give the comparison as a self-contained HTML page, with charts (for the council papers).",
                "--lijst": "Write every changed value of every case to this file (CSV, or JSON Lines when the name ends in .jsonl), to take samples from.",
            ]),
        "render": EngelseHulp(
            samenvatting: "Show the ordinance as the council adopts it: the model with the municipality's choices and fill-ins.",
            uitleg: "Markdown: every article with its members and parts, in the chosen variant, with the adopted facultative\n"
                + "members, and with the blanks [...] filled in. Where a text and the open terms do not match one to one, the\n"
                + "blanks remain and the filled-in values follow. With several versions --peildatum chooses the version.\n\n"
                + juridischNederlands,
            argumenten: ["bestand": bestandOfMap],
            opties: [
                "--peildatum": peildatumVersie,
                "--html": "A self-contained HTML page instead of Markdown.",
            ]),
        "fmt": EngelseHulp(
            samenvatting: "Put rule files in the canonical layout; only whitespace changes.",
            uitleg: "Two spaces per level of the ordinance (article, member, part, variant, the rows of a table,\n"
                + "the fields of gegevens, geval and a fixture), one space between words, a table's arrows aligned,\n"
                + "at most one empty line. Line ends stay where they were; a line that continues the previous one keeps\n"
                + "its indentation relative to it. Every word and every comment stays as it is: regelwerk checks\n"
                + "that the file keeps the same words before it writes anything. Formatting again changes nothing.\n"
                + "A file that does not read as rules (a syntax error) is left untouched: the diagnostics, exit code 2.\n"
                + "'regelwerk fmt -' reads standard input and writes the formatted text to standard output (for an editor).",
            argumenten: ["bestand": "A .regels file or a folder; '-' for standard input."],
            opties: [
                "--controleer": "Write nothing: name the files not in the canonical layout (exit code 1).",
                "--verschil": "Write nothing: show per file what formatting would change, as a unified diff.",
            ]),
        "plan": EngelseHulp(
            samenvatting: "Show the evaluation plan: the flat instruction list that carries out a decision.",
            uitleg: "Each rule becomes one block of instructions over numbered slots; constants (the municipality's\n"
                + "fill-ins) are placed beforehand in fixed slots. Only what the output needs is in the plan.\n"
                + "The plan is a listing in the rule language's own (Dutch) terms.",
            argumenten: ["bestand": bestandOfMap],
            opties: [
                "--beslissing": "Plan only for this decision.",
                "--peildatum": "The plan of the version in force on this date (YYYY-MM-DD); needed when there are several versions.",
                "--uitvoer": "Plan only for this output (repeatable).",
            ]),
        "velden": EngelseHulp(
            samenvatting: "Show the fields a decision reads from the case: type, meaning and article.",
            uitleg: "Exactly the fields the decision's output can reach, in the order of the rules, with their type,\n"
                + "their bounds, what they mean (from the 'geval' block) and the articles that read them. Whether a field is\n"
                + "needed in a given case depends on the other fields. With --schema a JSON Schema of the case, with --skelet\n"
                + "an empty case to fill in (every field null, every list with one empty element). The meanings and types\n"
                + "come from the rules and stay Dutch.",
            opties: [
                "--regels": regels,
                "--beslissing": beslissing,
                "--peildatum": peildatumVersie,
                "--schema": "Give a JSON Schema (draft 2020-12) of the case.",
                "--skelet": "Give an empty case as JSON, to fill in.",
            ]),
    ]

    /// The exit codes' explanations; a switch, so that a new code cannot lack its English.
    static func afsluitcode(_ c: Afsluitcode) -> String {
        switch c {
        case .ok: "success"
        case .testsMislukt: "a fixture failed, or an article that computes has no fixture ('regelwerk test'); or a file is not in the canonical layout ('regelwerk fmt --controleer')"
        case .regelfouten: "errors in the rule files"
        case .gevalfouten: "errors in a case's data"
        case .gebruik: "wrong use of the command (unknown option, missing argument)"
        case .bestandOnleesbaar: "a file or folder does not exist or cannot be read"
        case .intern: "internal error of regelwerk"
        case .schrijffout: "the output could not be written (disk full, pipe closed)"
        }
    }

    /// The general help (`regelwerk --help --lang en`).
    static var hoofdhulp: String {
        var uit = "OVERVIEW: regelwerk — exact rules for municipal ordinances in the social domain.\n\n"
        uit += "USAGE: regelwerk <command> [options]\n\nCOMMANDS:\n"
        for c in RegelwerkCLI.commandos { uit += ArgumentLezer.regel(c.naam, opdrachten[c.naam]?.samenvatting ?? c.samenvatting) }
        uit += ArgumentLezer.regel("help <command>", "Explanation of a command.")
        uit += "\nEXIT CODES:\n"
        for c in Afsluitcode.allCases { uit += ArgumentLezer.regel(String(c.rawValue), afsluitcode(c)) }
        uit += "\n" + juridischNederlands + "\n"
        uit += "\nSee 'regelwerk help <command>' for explanations and examples.\n"
        return uit
    }

    /// The spec with its English texts: what the help and the usage line show. A required option keeps
    /// being required (``OptieSpec/verplicht`` reads "(required)" as it reads "(verplicht)").
    static func vertaal(_ spec: CommandoSpec) -> CommandoSpec {
        let h = opdrachten[spec.naam]
        var s = spec
        s.samenvatting = h?.samenvatting ?? spec.samenvatting
        s.uitleg = h?.uitleg ?? spec.uitleg
        s.argumenten = spec.argumenten.map { (plaatshouder($0.naam), h?.argumenten[$0.naam] ?? $0.uitleg) }
        s.opties = spec.opties.map { vertaal($0, h?.opties[$0.naam]) }
        return s
    }

    static func vertaal(_ o: OptieSpec, _ engels: String?) -> OptieSpec {
        var e = o
        e.waarde = o.waarde.map(plaatshouder)
        if let engels { e.uitleg = (o.verplicht ? "(required) " : "") + engels }
        return e
    }

    static func plaatshouder(_ p: String) -> String { plaatshouders[p] ?? p }

    /// A usage line built from a Dutch spec, with its placeholders in English (`<bestand>...` → `<file>...`).
    static func gebruiksregel(_ g: String) -> String {
        var uit = g
        for (nl, en) in plaatshouders where nl != en { uit = uit.replacingOccurrences(of: "<\(nl)>", with: "<\(en)>") }
        return uit
    }
}
