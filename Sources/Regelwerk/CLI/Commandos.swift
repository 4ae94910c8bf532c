// CLI: the subcommands. Each reads its arguments via its ``CommandoSpec`` and runs the pipeline.

import Foundation

public enum RegelwerkCLI {
    public static let versie = "0.1.0"

    static let check = CommandoSpec(
        naam: "check",
        samenvatting: "Controleer regelbestanden en toon alle meldingen.",
        uitleg: "Leest de bestanden (een map: alle .regels-bestanden erin) als één regelset en meldt elke fout\nen waarschuwing met bestand:regel:kolom, de regel zelf en een markering.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [],
        voorbeelden: ["regelwerk check Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"])

    static let beslis = CommandoSpec(
        naam: "beslis",
        samenvatting: "Beslis één geval: uitkomst, bedragen en een motivering met artikelen.",
        uitleg: "Het geval is een JSON-object met de velden die het 'geval'-blok van de regels noemt. Bedragen\nmogen als getal (1300.00) of als tekst (\"1300.00\") staan; beide worden exact gelezen.",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", meerdere: true),
            OptieSpec(naam: "--geval", waarde: "bestand", uitleg: "(verplicht) Het geval als JSON-bestand; '-' leest standaardinvoer."),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing (uit 'uitvoer <naam>: ...'); nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "Beslis volgens de versie die op deze datum gold (JJJJ-MM-DD); standaard de peildatum die de regels aan het geval ontlenen."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef de beslissing als JSON, met het volledige spoor."),
            OptieSpec(naam: "--uitvoer", waarde: "naam", uitleg: "Bereken alleen deze uitvoer (herhaalbaar).", meerdere: true),
        ],
        voorbeelden: ["regelwerk beslis --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming --geval Examples/gevallen/benadeling-1500.json",
                      "regelwerk beslis --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing wmo_termijnen --geval - --json < geval.json"])

    static let plan = CommandoSpec(
        naam: "plan",
        samenvatting: "Toon het evaluatieplan: de platte instructielijst die een beslissing uitvoert.",
        uitleg: "Elke regel wordt één blok instructies over genummerde slots; constanten (de invullingen van de\ngemeente) staan vooraf in vaste slots. Alleen wat de uitvoer nodig heeft, komt in het plan.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Plan alleen voor deze beslissing."),
                 OptieSpec(naam: "--uitvoer", waarde: "naam", uitleg: "Plan alleen voor deze uitvoer (herhaalbaar).", meerdere: true)],
        voorbeelden: ["regelwerk plan Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad"])

    static let test = CommandoSpec(
        naam: "test",
        samenvatting: "Voer de proeven uit: per artikel geslaagd of mislukt, en wat geen proef bereikt.",
        uitleg: "Leest alle .regels-bestanden in de mappen. Elk bestand 'proeven voor \"<verordening>\"' wordt uitgevoerd\n"
            + "tegen die verordening, met de modellen en landelijke bedragen erbij; elke proef wordt beslist zoals\n"
            + "'regelwerk beslis' doet en de uitkomsten worden exact vergeleken. Mislukt ook als een artikel dat\n"
            + "rekent geen proef heeft. Noemt de tabelrijen, uitzonderingen en takken die geen proef bereikt.",
        argumenten: [("map", "Een map of bestand (standaard: de huidige map).")],
        opties: [],
        voorbeelden: ["regelwerk test Examples"])

    static let render = CommandoSpec(
        naam: "render",
        samenvatting: "Toon de verordening zoals de raad haar vaststelt: het model met de keuzes en invullingen van de gemeente.",
        uitleg: "Markdown: elk artikel met zijn leden en onderdelen, in de gekozen variant, met de opgenomen facultatieve\n"
            + "leden, en met de blanco's [...] ingevuld. Waar een tekst en de open termen niet één op één passen, blijven de\n"
            + "blanco's staan en volgen de ingevulde waarden. Bij meer versies kiest --peildatum de versie.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [OptieSpec(naam: "--peildatum", waarde: "datum", uitleg: "De versie die op deze datum gold (JJJJ-MM-DD); nodig als er meer versies zijn."),
                 OptieSpec(naam: "--html", waarde: nil, uitleg: "Een zelfstandige HTML-pagina in plaats van Markdown.")],
        voorbeelden: ["regelwerk render Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --peildatum 2025-01-01",
                      "regelwerk render Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --peildatum 2025-01-01 --html > verordening.html"])

    static let batch = CommandoSpec(
        naam: "batch",
        samenvatting: "Beslis veel gevallen: JSON Lines of CSV in, per geval een beslissing uit, in dezelfde volgorde.",
        uitleg: "Leest gevallen als JSON Lines (één JSON-object per regel) van --invoer of standaardinvoer en schrijft per\n"
            + "regel één JSON-regel: {\"regel\": n, \"uitkomsten\": {...}}, of {\"regel\": n, \"fout\": {...}} met de melding, het\n"
            + "veld en het artikel. Een foute regel stopt de rest niet; een regel groter dan 16 MiB is een foutrecord en de\n"
            + "rest ervan wordt overgeslagen. Gebruikt alle kernen; het geheugen blijft gelijk,\n"
            + "hoe lang de invoer ook is. Een samenvatting gaat naar standaardfout; afsluitcode 3 als een geval een fout gaf.\n"
            + "\n"
            + "CSV (--formaat csv, of een --invoer die op .csv eindigt): de eerste regel noemt de velden van het geval, elke\n"
            + "volgende is een geval; gescheiden door , of ; (wat de kop het meest gebruikt). Met ; schrijft u getallen\n"
            + "zoals een Nederlandse spreadsheet (1.401,50 en 12,5%), met , zoals in JSON (1401.50). Een lege cel is een\n"
            + "ontbrekend veld; lijsten en records schrijft u als JSON in de cel. De uitvoer is dan ook CSV: per geval de\n"
            + "regel waar het begint, de uitkomsten, en bij een fout de code, de melding en het artikel.",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", meerdere: true),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--invoer", waarde: "bestand", uitleg: "Lees de gevallen uit dit bestand in plaats van standaardinvoer."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van in- en uitvoer (standaard: csv als --invoer op .csv eindigt, anders jsonl)."),
        ],
        voorbeelden: ["regelwerk batch --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming < gevallen.jsonl > besluiten.jsonl",
                      "regelwerk batch --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming --invoer gevallen.csv > besluiten.csv"])

    static let vergelijk = CommandoSpec(
        naam: "vergelijk",
        samenvatting: "Vergelijk oude en nieuwe regels over dezelfde gevallen: wie het raakt en met hoeveel.",
        uitleg: "Beslist elk geval (JSON Lines, of CSV zoals bij batch) onder de nieuwste versie van de oude en van de nieuwe regels, wat de\n"
            + "datum van het geval ook is. Per uitkomst: hoeveel gevallen anders\n"
            + "uitkomen, het geld dat verschuift (samen en het grootste verschil) en voorbeelden; per artikel hoeveel\n"
            + "gevallen het raakt; de gevallen die een van beide niet kon beslissen; en de tekst die verandert (was/wordt).",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--oud", waarde: "bestand", uitleg: "(verplicht) De huidige regels: bestanden of mappen.", meerdere: true),
            OptieSpec(naam: "--nieuw", waarde: "bestand", uitleg: "(verplicht) De voorgestelde regels: bestanden of mappen.", meerdere: true),
            OptieSpec(naam: "--gevallen", waarde: "bestand", uitleg: "(verplicht) De gevallen als JSON Lines, of als CSV als de naam op .csv eindigt."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van --gevallen, als de naam het niet zegt."),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef de vergelijking als JSON."),
            OptieSpec(naam: "--html", waarde: nil, uitleg: "Geef de vergelijking als zelfstandige HTML-pagina, met grafieken (voor de raadsstukken)."),
        ],
        voorbeelden: ["regelwerk vergelijk --oud Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2024 --nieuw Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2025 --beslissing afstemming --gevallen gevallen.jsonl"])

    static let fmt = CommandoSpec(
        naam: "fmt",
        samenvatting: "Zet regelbestanden in de vaste opmaak; alleen witruimte verandert.",
        uitleg: "Twee spaties per niveau van de verordening (artikel, lid, onderdeel, variant, de rijen van een tabel,\n"
            + "de velden van gegevens, geval en een proef), één spatie tussen woorden, de pijlen van een tabel onder elkaar,\n"
            + "hoogstens één lege regel. Regeleinden blijven waar ze stonden; een regel die de vorige voortzet, houdt zijn\n"
            + "inspringing ten opzichte daarvan. Elk woord en elk commentaar blijft zoals het is: regelwerk controleert\n"
            + "dat het bestand dezelfde woorden houdt voordat het iets schrijft. Nog eens opmaken verandert niets.",
        argumenten: [("bestand", "Een .regels-bestand of een map.")],
        opties: [OptieSpec(naam: "--controleer", waarde: nil, uitleg: "Schrijf niets: noem de bestanden die niet in de vaste opmaak staan (afsluitcode 1).")],
        voorbeelden: ["regelwerk fmt Examples", "regelwerk fmt --controleer Examples"])

    static let commandos = [check, beslis, batch, test, vergelijk, render, fmt, plan]

    /// The overview shown by `regelwerk --help`.
    public static var hoofdhulp: String {
        var uit = "OVERZICHT: regelwerk — exacte regels voor gemeentelijke verordeningen in het sociaal domein.\n\n"
        uit += "GEBRUIK: regelwerk <opdracht> [opties]\n\nOPDRACHTEN:\n"
        for c in commandos { uit += ArgumentLezer.regel(c.naam, c.samenvatting) }
        uit += ArgumentLezer.regel("help <opdracht>", "Uitleg bij een opdracht.")
        uit += "\nAFSLUITCODES:\n"
        for c in Afsluitcode.allCases { uit += ArgumentLezer.regel(String(c.rawValue), c.uitleg) }
        uit += "\nZie 'regelwerk help <opdracht>' voor uitleg en voorbeelden.\n"
        return uit
    }

    /// Runs `regelwerk` with the given arguments (without the program name).
    public static func voerUit(_ args: [String], _ io: InUit) -> Afsluitcode {
        guard let eerste = args.first else {
            io.schrijfFout(hoofdhulp)
            return .gebruik
        }
        if eerste == "--help" || eerste == "-h" {
            io.schrijf(hoofdhulp)
            return .ok
        }
        if eerste == "--version" {
            io.schrijf("regelwerk \(versie)\n")
            return .ok
        }
        if eerste == "help" {
            guard let n = args.dropFirst().first else { io.schrijf(hoofdhulp); return .ok }
            guard let c = commandos.first(where: { $0.naam == n }) else {
                return gebruiksfout(Gebruiksfout(bericht: "onbekende opdracht '\(n)'" + voorstel(n), commando: nil), io)
            }
            io.schrijf(ArgumentLezer.hulp(c))
            return .ok
        }
        guard let spec = commandos.first(where: { $0.naam == eerste }) else {
            return gebruiksfout(Gebruiksfout(bericht: "onbekende opdracht '\(eerste)'" + voorstel(eerste), commando: nil), io)
        }
        let a: Argumenten
        do {
            a = try ArgumentLezer.lees(Array(args.dropFirst()), spec)
        } catch {
            return gebruiksfout(error, io)
        }
        if a.heeft("--help") {
            io.schrijf(ArgumentLezer.hulp(spec))
            return .ok
        }
        let taal: Taal
        if let t = a.waarde("--lang") {
            guard let x = Taal(rawValue: t) else {
                return gebruiksfout(Gebruiksfout(bericht: "onbekende taal '\(t)'; kies uit: nl, en", commando: spec), io)
            }
            taal = x
        } else {
            taal = .nl
        }
        switch spec.naam {
        case "check": return voerCheckUit(a, taal, io)
        case "beslis": return voerBeslisUit(a, taal, io)
        case "plan": return voerPlanUit(a, taal, io)
        case "test": return voerTestUit(a, taal, io)
        case "batch": return voerBatchUit(a, taal, io)
        case "vergelijk": return voerVergelijkUit(a, taal, io)
        case "render": return voerRenderUit(a, taal, io)
        case "fmt": return voerFmtUit(a, taal, io)
        default: return .intern
        }
    }

    static func voorstel(_ n: String) -> String {
        dichtstbijzijnde(n, in: commandos.map(\.naam) + ["help"]).map { "; bedoelde u '\($0)'?" } ?? ""
    }

    static func gebruiksfout(_ f: Gebruiksfout, _ io: InUit) -> Afsluitcode {
        var uit = "fout: \(f.bericht)\n"
        if let c = f.commando {
            uit += "gebruik: \(c.gebruik)\n  Zie 'regelwerk help \(c.naam)' voor uitleg.\n"
        } else {
            uit += "  Zie 'regelwerk --help' voor de opdrachten.\n"
        }
        io.schrijfFout(uit)
        return .gebruik
    }

    /// Reads and checks rule files, printing diagnostics. The compilation is returned whenever the
    /// files could be read; the code says whether it had errors.
    static func compileer(_ paden: [String], _ taal: Taal, _ io: InUit, toonWaarschuwingen: Bool) -> (Compilatie?, Afsluitcode) {
        if paden.isEmpty {
            io.schrijfFout("fout: geen regelbestanden opgegeven\n")
            return (nil, .gebruik)
        }
        let c: Compilatie
        do {
            c = try Compilatie.lees(paden: paden)
        } catch {
            io.schrijfFout("fout: kan '\(error.pad)' niet lezen\n")
            return (nil, .bestandOnleesbaar)
        }
        let weergave = DiagnosticWeergave(bronnen: c.bronnen, taal: taal)
        let te = c.diagnostics.gesorteerd.filter { toonWaarschuwingen || $0.ernst == .fout }
        if !te.isEmpty { io.schrijfFout(weergave.tekst(te)) }
        return (c, c.diagnostics.heeftFouten ? .regelfouten : .ok)
    }

    static func voerCheckUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (c, code) = compileer(a.posities, taal, io, toonWaarschuwingen: true)
        guard let c else { return code }
        let n = c.bronnen.bestanden.count
        let f = c.diagnostics.aantalFouten
        let w = c.diagnostics.alle.count { $0.ernst == .waarschuwing }
        let samenvatting = taal == .nl
            ? "\(n) \(n == 1 ? "bestand" : "bestanden"), \(f) \(f == 1 ? "fout" : "fouten"), \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen")\n"
            : "\(n) \(n == 1 ? "file" : "files"), \(f) \(f == 1 ? "error" : "errors"), \(w) \(w == 1 ? "warning" : "warnings")\n"
        if code == .ok { io.schrijf(samenvatting) } else { io.schrijfFout(samenvatting) }
        return code
    }

    /// The outputs to compute: `--uitvoer` names, else the chosen decision's outputs. nil on a usage
    /// error (already reported).
    static func kiesUitvoer(_ a: Argumenten, _ set: Regelset, _ io: InUit, beslissingNodig: Bool) -> [Int]? {
        let namen = a.waarden("--uitvoer").flatMap { $0.split(separator: ",").map(String.init) }
        guard !namen.isEmpty else {
            let keuzes = set.beslissingen.map(\.naam).filter { !$0.isEmpty }
            if let b = a.waarde("--beslissing") {
                guard let gevonden = set.beslissingen.first(where: { $0.naam == b }) else {
                    let v = dichtstbijzijnde(b, in: keuzes).map { "; bedoelde u '\($0)'?" } ?? ""
                    io.schrijfFout("fout: de regels kennen geen beslissing '\(b)'\(v)\n  kies uit: \(keuzes.joined(separator: ", "))\n")
                    return nil
                }
                return gevonden.uitvoer
            }
            if beslissingNodig && set.beslissingen.count > 1 {
                io.schrijfFout("fout: de regels kennen meer dan één beslissing; kies er een met --beslissing\n  kies uit: \(keuzes.joined(separator: ", "))\n")
                return nil
            }
            return set.beslissingen.first?.uitvoer ?? set.uitvoer
        }
        var uit: [Int] = []
        for n in namen {
            guard let d = set.definitie(n) else {
                let v = dichtstbijzijnde(n, in: set.definities.map(\.naam)).map { "; bedoelde u '\($0)'?" } ?? ""
                io.schrijfFout("fout: '\(n)' is geen regel\(v)\n")
                return nil
            }
            uit.append(d)
        }
        return uit
    }

    static func voerTestUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let bestanden: [(pad: String, bytes: [UInt8])]
        do {
            bestanden = try Compilatie.leesBestanden(a.posities.isEmpty ? ["."] : a.posities)
        } catch {
            io.schrijfFout("fout: kan '\(error.pad)' niet lezen\n")
            return .bestandOnleesbaar
        }
        var code = Afsluitcode.ok
        var gemeld = Set<String>()
        for (verslag, c) in Proefloop.voerUit(bestanden) {
            // A model's diagnostics come once per ordinance that uses it: show each once.
            let nieuw = c.diagnostics.gesorteerd.filter { $0.ernst == .fout }.filter { d in
                gemeld.insert(DiagnosticWeergave(bronnen: c.bronnen, taal: taal).tekst([d])).inserted
            }
            if !nieuw.isEmpty { io.schrijfFout(DiagnosticWeergave(bronnen: c.bronnen, taal: taal).tekst(nieuw)) }
            if c.diagnostics.heeftFouten {
                code = .regelfouten
                continue
            }
            io.schrijf(ProefWeergave.tekst(verslag))
            if !verslag.isGeslaagd && code == .ok { code = .testsMislukt }
        }
        return code
    }

    static func voerBatchUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (gelezen, code) = compileer(a.waarden("--regels"), taal, io, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        guard kiesUitvoer(a, c.versies[0].regelset, io, beslissingNodig: true) != nil else { return .gebruik }
        guard let csv = isCSV(a, pad: a.waarde("--invoer"), batch, io) else { return .gebruik }
        guard let lees = invoer(a.waarde("--invoer"), io) else { return .bestandOnleesbaar }
        let batch = Batch(compilatie: c, beslissing: a.waarde("--beslissing") ?? c.versies[0].regelset.beslissingen.first?.naam)
        let begin = Date()
        perBlok(lees, csv: csv, regelset: c.versies[0].regelset) { blok in
            switch blok {
            case .regels(let regels, let eerste):
                io.schrijf(batch.beslis(regels, eersteNummer: eerste).joined(separator: "\n") + "\n")
            case .gevallen(let gevallen, let scheiding, let kopGelezen):
                if kopGelezen { io.schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                if !gevallen.isEmpty { io.schrijf(batch.beslis(gevallen: gevallen, scheiding: scheiding).joined(separator: "\n") + "\n") }
            case .teGroot(let nummer, let scheiding, let kopGelezen):
                if kopGelezen, let scheiding { io.schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                io.schrijf(batch.foutRecord(.gevalTeGroot(Batch.maximumGeval), nummer: nummer, scheiding: scheiding) + "\n")
            }
        }
        let duur = Date().timeIntervalSince(begin)
        let totaal = batch.beslist + batch.fouten
        io.schrijfFout("regelwerk batch: \(totaal) \(totaal == 1 ? "geval" : "gevallen"), \(batch.beslist) beslist, "
            + "\(batch.fouten) met een fout; \(Int(duur * 1000)) ms\n")
        return batch.fouten > 0 ? .gevalfouten : .ok
    }

    /// Whether the cases are CSV: `--formaat`, else the file's name. Nil (after saying so) for an unknown format.
    static func isCSV(_ a: Argumenten, pad: String?, _ spec: CommandoSpec, _ io: InUit) -> Bool? {
        switch a.waarde("--formaat") {
        case nil: return pad?.lowercased().hasSuffix(".csv") == true
        case "csv"?: return true
        case "jsonl"?: return false
        case let f?:
            _ = gebruiksfout(Gebruiksfout(bericht: "onbekend formaat '\(f)'; kies uit: jsonl, csv", commando: spec), io)
            return nil
        }
    }

    /// Fills `buffer` until it holds a block (enough to keep every core busy, few enough to keep memory
    /// flat) and a line end after it, or the input ends: a line longer than a block is read on to its end.
    static func vulBlok(_ buffer: inout [UInt8], _ einde: inout Bool, _ lees: () -> [UInt8]?) {
        while !einde && (buffer.count < 4 << 20 || !buffer.contains(0x0A)) && buffer.count <= Batch.maximumGeval {
            if let stuk = lees() { buffer += stuk } else { einde = true }
        }
    }

    /// The input in pieces: a file, standard input as it comes, or (in tests) standard input whole. Nil
    /// (after saying so) when the file cannot be read.
    static func invoer(_ pad: String?, _ io: InUit) -> (() -> [UInt8]?)? {
        if let pad {
            guard let bestand = FileHandle(forReadingAtPath: pad) else {
                io.schrijfFout("fout: kan '\(pad)' niet lezen\n")
                return nil
            }
            return {
                let d = bestand.readData(ofLength: 1 << 20)
                return d.isEmpty ? nil : [UInt8](d)
            }
        }
        if let blok = io.leesBlok { return blok }
        var gelezen = false
        let alles = io.leesStandaardInvoer
        return {
            defer { gelezen = true }
            return gelezen ? nil : alles()
        }
    }

    /// A block of cases: lines of JSON Lines (parsed where they are decided, on all cores), or CSV rows
    /// read as cases, each with the line it starts on (`kopGelezen` on the block that read the header).
    enum Blok {
        case regels([ArraySlice<UInt8>], eersteNummer: Int)
        case gevallen([(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)], scheiding: UInt8, kopGelezen: Bool)
        /// A case larger than ``Batch/maximumGeval``, skipped; for CSV with the file's separator.
        case teGroot(nummer: Int, scheiding: UInt8?, kopGelezen: Bool)
    }

    /// Drops a case too large to read, which starts the buffer: up to and including the first line end after
    /// its first ``Batch/maximumGeval`` bytes (for CSV whatever its quotes say), reading on if need be.
    /// Returns the line ends dropped before that one.
    static func slaOver(_ buffer: inout [UInt8], _ einde: inout Bool, _ lees: () -> [UInt8]?) -> Int {
        if buffer.count > Batch.maximumGeval, let nl = buffer[Batch.maximumGeval...].firstIndex(of: 0x0A) {
            let binnen = buffer[..<nl].count { $0 == 0x0A }
            buffer.removeSubrange(...nl)
            return binnen
        }
        let binnen = buffer.count { $0 == 0x0A }
        buffer = []
        while let stuk = lees() {
            if let nl = stuk.firstIndex(of: 0x0A) {
                buffer = Array(stuk[(nl + 1)...])
                return binnen
            }
        }
        einde = true
        return binnen
    }

    /// Reads the input block by block and hands each block on, in order. For CSV the header names the
    /// fields (its separator is the file's); a bad header makes every row an error that says so, so no row
    /// is dropped. A line or record larger than ``Batch/maximumGeval`` is no case: it is handed on as such
    /// and its rest is skipped, so that memory stays bounded whatever the input.
    static func perBlok(_ lees: () -> [UInt8]?, csv: Bool, regelset: Regelset, _ verwerk: (Blok) -> Void) {
        var buffer: [UInt8] = [], nummer = 1, einde = false
        var lezer = CSVLezer(regelset: regelset)
        let maximum = Batch.maximumGeval
        while true {
            vulBlok(&buffer, &einde, lees)
            if csv {
                var records = CSV.records(&buffer, eindeInvoer: einde)
                if records.isEmpty && !einde {
                    if buffer.count > maximum {
                        let eerste = lezer.kop == nil
                        let binnen = slaOver(&buffer, &einde, lees)
                        verwerk(.teGroot(nummer: lezer.overgeslagen(regeleinden: binnen), scheiding: lezer.scheiding, kopGelezen: eerste))
                    } else if let stuk = lees() {
                        buffer += stuk
                    } else {
                        einde = true
                    }
                    continue
                }
                while !records.isEmpty {
                    let k = records.firstIndex { $0.record.count > maximum } ?? records.count
                    let eerste = lezer.kop == nil
                    let gevallen = lezer.gevallen(Array(records[..<k]))
                    if !gevallen.isEmpty || (eerste && lezer.kop != nil) {
                        verwerk(.gevallen(gevallen, scheiding: lezer.scheiding, kopGelezen: eerste && lezer.kop != nil))
                    }
                    guard k < records.count else { break }
                    let kopNogNiet = lezer.kop == nil
                    verwerk(.teGroot(nummer: lezer.overgeslagen(regeleinden: records[k].regeleinden), scheiding: lezer.scheiding,
                                     kopGelezen: kopNogNiet))
                    records.removeFirst(k + 1)
                }
            } else {
                var regels = Batch.regels(&buffer, eindeInvoer: einde)[...]
                if regels.isEmpty && !einde && buffer.count > maximum {
                    _ = slaOver(&buffer, &einde, lees)
                    verwerk(.teGroot(nummer: nummer, scheiding: nil, kopGelezen: false))
                    nummer += 1
                    continue
                }
                while !regels.isEmpty {
                    let k = regels.firstIndex { $0.count > maximum } ?? regels.endIndex
                    if k > regels.startIndex {
                        verwerk(.regels(Array(regels[..<k]), eersteNummer: nummer))
                        nummer += k - regels.startIndex
                    }
                    guard k < regels.endIndex else { break }
                    verwerk(.teGroot(nummer: nummer, scheiding: nil, kopGelezen: false))
                    nummer += 1
                    regels = regels[(k + 1)...]
                }
            }
            if einde && buffer.isEmpty { break }
        }
    }

    static func voerVergelijkUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (oud, code1) = compileer(a.waarden("--oud"), taal, io, toonWaarschuwingen: false)
        guard let oud, code1 == .ok else { return code1 }
        let (nieuw, code2) = compileer(a.waarden("--nieuw"), taal, io, toonWaarschuwingen: false)
        guard let nieuw, code2 == .ok else { return code2 }
        guard kiesUitvoer(a, oud.versies[0].regelset, io, beslissingNodig: true) != nil,
              kiesUitvoer(a, nieuw.versies[0].regelset, io, beslissingNodig: true) != nil else { return .gebruik }
        guard let pad = a.waarde("--gevallen") else {
            return gebruiksfout(Gebruiksfout(bericht: "de optie '--gevallen' ontbreekt", commando: vergelijk), io)
        }
        guard !(a.heeft("--json") && a.heeft("--html")) else {
            return gebruiksfout(Gebruiksfout(bericht: "kies --json of --html, niet allebei", commando: vergelijk), io)
        }
        guard let csv = isCSV(a, pad: pad, vergelijk, io) else { return .gebruik }
        guard let lees = invoer(pad, io) else { return .bestandOnleesbaar }
        let vergelijker = Vergelijker(oud: oud, nieuw: nieuw, beslissing: a.waarde("--beslissing") ?? oud.versies[0].regelset.beslissingen.first?.naam)
        perBlok(lees, csv: csv, regelset: oud.versies[0].regelset) { blok in
            switch blok {
            case .regels(let regels, let eerste): vergelijker.voegToe(regels: regels, eersteNummer: eerste)
            case .gevallen(let gevallen, _, _): vergelijker.voegToe(gevallen: gevallen)
            case .teGroot(let nummer, _, _): vergelijker.voegToe(fout: .gevalTeGroot(Batch.maximumGeval), nummer: nummer)
            }
        }
        let v = vergelijker.vergelijking
        if a.heeft("--json") {
            io.schrijf(JSONSchrijver.schrijf(VergelijkingWeergave.json(v)) + "\n")
        } else if a.heeft("--html") {
            io.schrijf(VergelijkingWeergave.html(v))
        } else {
            io.schrijf(VergelijkingWeergave.tekst(v))
        }
        return .ok
    }

    static func voerFmtUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let paden: [String]
        do {
            paden = try Compilatie.regelbestanden(a.posities)
        } catch {
            io.schrijfFout("fout: kan '\(error.pad)' niet lezen\n")
            return .bestandOnleesbaar
        }
        let controleer = a.heeft("--controleer")
        var anders: [String] = [], code = Afsluitcode.ok
        for pad in paden {
            guard let data = FileManager.default.contents(atPath: pad) else {
                io.schrijfFout("fout: kan '\(pad)' niet lezen\n")
                return .bestandOnleesbaar
            }
            let bytes = [UInt8](data)
            switch Indeling.canoniek(bytes) {
            case .failure(.onleesbaar(let d)):
                var bronnen = Bronnen()
                let id = bronnen.voegToe(pad: pad, bytes: bytes)
                let meldingen = d.alle.map { m in var m = m; m.bereik?.bestand = id; return m }
                io.schrijfFout(DiagnosticWeergave(bronnen: bronnen, taal: taal).tekst(meldingen))
                code = .regelfouten
            case .failure(.betekenisVeranderd):
                io.schrijfFout("interne fout: de opmaak van '\(pad)' zou de woorden veranderen; het bestand blijft zoals het is\n")
                return .intern
            case .success(let tekst) where Array(tekst.utf8) != bytes:
                anders.append(pad)
                if controleer {
                    io.schrijf("niet in de vaste opmaak: \(pad)\n")
                } else {
                    guard FileManager.default.createFile(atPath: pad, contents: Data(tekst.utf8)) else {
                        io.schrijfFout("fout: kan '\(pad)' niet schrijven\n")
                        return .bestandOnleesbaar
                    }
                    io.schrijf("opgemaakt: \(pad)\n")
                }
            case .success:
                break
            }
        }
        let n = paden.count
        io.schrijf("\(n) \(n == 1 ? "bestand" : "bestanden"), \(anders.count) " + (controleer ? "niet in de vaste opmaak" : "opgemaakt") + "\n")
        if code != .ok { return code }
        return controleer && !anders.isEmpty ? .testsMislukt : .ok
    }

    static func voerRenderUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (gelezen, code) = compileer(a.posities, taal, io, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        let versie: Versie
        if let p = a.waarde("--peildatum") {
            guard let d = Datum.lees(Substring(p)) else {
                return gebruiksfout(Gebruiksfout(bericht: "ongeldige peildatum '\(p)'; schrijf JJJJ-MM-DD", commando: render), io)
            }
            guard let v = c.versie(op: d) else {
                let b = Bericht.geenVersieVanKracht(c.regelset.naam, datum: d.nederlands, versies: c.versies.map(\.periode).joined(separator: "; "))
                io.schrijfFout("\(Ernst.fout.label(taal))[\(b.code)]: \(b.tekst(taal))\n")
                return .gebruik
            }
            versie = v
        } else {
            guard c.versies.count == 1 else {
                return gebruiksfout(Gebruiksfout(bericht: "er zijn \(c.versies.count) versies (\(c.versies.map(\.periode).joined(separator: "; "))); kies er een met --peildatum",
                                                 commando: render), io)
            }
            versie = c.versies[0]
        }
        io.schrijf(a.heeft("--html") ? VerordeningWeergave.html(versie.regelset) : VerordeningWeergave.markdown(versie.regelset))
        return .ok
    }

    static func voerPlanUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (gelezen, code) = compileer(a.posities, taal, io, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        let uitvoer = a.waarden("--uitvoer").isEmpty && a.waarde("--beslissing") == nil
            ? c.regelset.uitvoer : kiesUitvoer(a, c.regelset, io, beslissingNodig: false)
        guard let uitvoer else { return .gebruik }
        io.schrijf(PlanWeergave.tekst(Planner.maak(c.regelset, uitvoer: uitvoer)))
        return .ok
    }

    static func voerBeslisUit(_ a: Argumenten, _ taal: Taal, _ io: InUit) -> Afsluitcode {
        let (gelezen, code) = compileer(a.waarden("--regels"), taal, io, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return code }
        guard let gevalPad = a.waarde("--geval") else { return .gebruik }
        let bytes: [UInt8]
        if gevalPad == "-" {
            bytes = io.leesStandaardInvoer()
        } else {
            guard let data = FileManager.default.contents(atPath: gevalPad) else {
                io.schrijfFout("fout: kan '\(gevalPad)' niet lezen\n")
                return .bestandOnleesbaar
            }
            bytes = [UInt8](data)
        }
        let naam = gevalPad == "-" ? "<standaardinvoer>" : gevalPad
        let json: JSONWaarde
        do {
            json = try JSONLezer.lees(bytes)
        } catch {
            io.schrijfFout("\(naam):\(error.regel):\(error.kolom): \(Ernst.fout.label(taal))[\(error.bericht.code)]: \(error.bericht.tekst(taal))\n")
            return .gevalfouten
        }
        // The decision is the model's, the same in every version: a wrong choice is reported first.
        guard kiesUitvoer(a, c.versies[0].regelset, io, beslissingNodig: true) != nil else { return .gebruik }
        // The version in force on the peildatum: --peildatum, else the decision's date field in the case.
        let versie: Versie
        var versieUitleg: String?
        switch kiesVersie(a, c, json, naam, taal, io) {
        case .success(let (v, uitleg)): (versie, versieUitleg) = (v, uitleg)
        case .failure(let code): return code.code
        }
        guard let uitvoer = kiesUitvoer(a, versie.regelset, io, beslissingNodig: true) else { return .gebruik }
        if uitvoer.isEmpty {
            io.schrijfFout("\(Ernst.fout.label(taal))[\(Bericht.geenUitvoer.code)]: \(Bericht.geenUitvoer.tekst(taal))\n")
            return .regelfouten
        }
        let plan = Planner.maak(versie.regelset, uitvoer: uitvoer)
        var werker = Werker(plan: plan)
        werker.nieuwGeval()
        let (fouten, waarschuwingen) = GevalLezer.laad(json, in: &werker)
        for w in waarschuwingen { io.schrijfFout(gevalMelding(naam, .waarschuwing, w, taal)) }
        guard fouten.isEmpty else {
            for f in fouten { io.schrijfFout(gevalMelding(naam, .fout, f, taal)) }
            return .gevalfouten
        }
        do {
            try werker.beslis()
        } catch {
            var uit = "\(naam): \(Ernst.fout.label(taal))[\(error.bericht.code)]: \(error.bericht.tekst(taal))\n"
            // A missing field's message already names the rule and article that needed it.
            if let c = error.citaat, !error.bericht.noemtArtikel { uit += "  = \(Bericht.inArtikel(c.description).tekst(taal))\n" }
            io.schrijfFout(uit)
            return .gevalfouten
        }
        var besluit = Besluit.maak(werker)
        besluit.versie = versieUitleg
        if a.heeft("--json") {
            io.schrijf(JSONSchrijver.schrijf(BesluitWeergave.json(besluit)) + "\n")
        } else {
            io.schrijf(BesluitWeergave.tekst(besluit))
        }
        return .ok
    }

    struct Afsluiting: Error { var code: Afsluitcode }

    /// Chooses the version of the ordinance for a case and says why, for the decision's header.
    static func kiesVersie(_ a: Argumenten, _ c: Compilatie, _ json: JSONWaarde, _ naam: String, _ taal: Taal,
                           _ io: InUit) -> Result<(Versie, String?), Afsluiting> {
        var peildatum: Datum?
        if let p = a.waarde("--peildatum") {
            guard let d = Datum.lees(Substring(p)) else {
                _ = gebruiksfout(Gebruiksfout(bericht: "ongeldige peildatum '\(p)'; schrijf JJJJ-MM-DD", commando: beslis), io)
                return .failure(Afsluiting(code: .gebruik))
            }
            peildatum = d
        }
        switch c.kiesVersie(geval: json, beslissing: a.waarde("--beslissing"), peildatum: peildatum) {
        case .success(let keuze): return .success(keuze)
        case .failure(.peildatumOntbreekt(let veld)):
            io.schrijfFout(gevalMelding(naam, .fout, GevalProbleem(bericht: .veldOntbreekt(
                veld: veld, soort: "datum", nodigVoor: taal == .nl ? "de keuze van de versie (peildatum)" : "choosing the version (reference date)")), taal))
            return .failure(Afsluiting(code: .gevalfouten))
        case .failure(.peildatumNodig(let n)):
            _ = gebruiksfout(Gebruiksfout(bericht: "er zijn \(n) versies; geef --peildatum of kies een beslissing met een peildatum", commando: beslis), io)
            return .failure(Afsluiting(code: .gebruik))
        case .failure(.geenVersie(let b)):
            io.schrijfFout("\(naam): \(Ernst.fout.label(taal))[\(b.code)]: \(b.tekst(taal))\n")
            return .failure(Afsluiting(code: .gevalfouten))
        }
    }

    static func gevalMelding(_ naam: String, _ ernst: Ernst, _ p: GevalProbleem, _ taal: Taal) -> String {
        var uit = "\(naam): \(ernst.label(taal))[\(p.bericht.code)]: \(p.bericht.tekst(taal))\n"
        if let s = p.suggestie { uit += "  = \(s.tekst(taal))\n" }
        return uit
    }
}
