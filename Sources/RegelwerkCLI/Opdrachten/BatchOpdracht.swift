// CLI: `regelwerk batch`. Wires the input (read ahead on a thread of its own), the batch (every block over
// all cores) and the output (written on a thread of its own) together, with a progress line on a terminal.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum BatchOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "batch",
        samenvatting: "Beslis veel gevallen: JSON Lines of CSV in, per geval een beslissing uit, in dezelfde volgorde.",
        uitleg: "Leest gevallen als JSON Lines (één JSON-object per regel) van --invoer of standaardinvoer en schrijft per\n"
            + "regel één JSON-regel: {\"regel\": n, \"uitkomsten\": {\"naam\": {\"waarde\": ...}, ...}} met getypeerde waarden\n"
            + "(zoals beslis --json), of {\"regel\": n, \"fout\": {...}} met de melding, het veld en het artikel. Een foute regel\n"
            + "stopt de rest niet; een regel groter dan 16 MiB is een foutrecord en de rest ervan wordt overgeslagen. Gebruikt\n"
            + "alle kernen; het geheugen blijft gelijk, hoe lang de invoer ook is. Op een terminal toont standaardfout de\n"
            + "voortgang als het langer dan een seconde duurt; een samenvatting gaat naar standaardfout; afsluitcode 3 als\n"
            + "een geval een fout gaf.\n"
            + "\n"
            + "CSV (--formaat csv, of een --invoer die op .csv eindigt): de eerste regel noemt de velden van het geval, elke\n"
            + "volgende is een geval; gescheiden door , of ; (wat de kop het meest gebruikt). Met ; schrijft u getallen\n"
            + "zoals een Nederlandse spreadsheet (1.401,50 en 12,5%), met , zoals in JSON (1401.50). Een lege cel is een\n"
            + "ontbrekend veld; lijsten en records schrijft u als JSON in de cel. De uitvoer is dan ook CSV: per geval de\n"
            + "regel waar het begint, de uitkomsten, en bij een fout de code, de melding en het artikel.",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--invoer", waarde: "bestand", uitleg: "Lees de gevallen uit dit bestand in plaats van standaardinvoer."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van in- en uitvoer (standaard: csv als --invoer op .csv eindigt, anders jsonl)."),
            OptieSpec(naam: "--draden", waarde: "aantal", uitleg: "Met hoeveel draden tegelijk beslissen (standaard: alle kernen). De uitvoer is voor elk aantal dezelfde."),
            OptieSpec(naam: "--stil", waarde: nil, uitleg: "Geen voortgangsregel op de terminal (de samenvatting blijft)."),
        ],
        voorbeelden: ["regelwerk batch --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming < gevallen.jsonl > besluiten.jsonl",
                      "regelwerk batch --regels Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad --beslissing afstemming --invoer gevallen.csv > besluiten.csv"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let (beslisser, b): (Beslisser, Int)
        do { (beslisser, b) = try o.beslissing(a.waarden("--regels"), a).get() } catch { return error.code }
        var draden = ProcessInfo.processInfo.activeProcessorCount
        if let d = a.waarde("--draden") {
            guard let n = Int(d), n >= 1, n <= 1024 else { return o.gebruiksfout(.ongeldigAantal(d, optie: "--draden")) }
            draden = n
        }
        let csv: Bool
        switch o.isCSV(a, pad: a.waarde("--invoer")) {
        case .success(let x): csv = x
        case .failure(let f): return f.code
        }
        guard let invoer = o.invoer(a.waarde("--invoer")) else { return .bestandOnleesbaar }
        let batch = Batch(beslisser: beslisser, beslissing: b, draden: draden)
        let begin = Date()
        // The input is read ahead while a block is decided, and a block's records are written while the next
        // is decided: on two cores neither waits for the disk.
        let vooruit = Vooruitlezer(invoer.lees)
        let schrijver = Achterschrijver { o.schrijf(bytes: $0) }
        var voortgang = o.io.foutIsTerminal && !a.heeft("--stil")
            ? Voortgang(o, totaal: a.waarde("--invoer").flatMap(Voortgang.grootte)) : nil
        func schrijf(_ s: String) { schrijver.schrijf(Array(s.utf8)) }
        Gevalstroom.perBlok(vooruit.lees, csv: csv, regelset: beslisser.compilatie.versies[0].regelset, maximum: o.io.gevalgrens,
                            afgebroken: { invoer.mislukt }) { stuk in
            switch stuk {
            case .regels(let regels, let eerste):
                var uit: [UInt8] = []
                batch.beslis(regels, eersteNummer: eerste, naar: &uit)
                schrijver.schrijf(uit)
            case .gevallen(let gevallen, let scheiding, let kopGelezen):
                if kopGelezen { schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                if !gevallen.isEmpty { schrijf(batch.beslis(gevallen: gevallen, scheiding: scheiding).joined(separator: "\n") + "\n") }
            case .teGroot(let nummer, let scheiding, let kopGelezen):
                if kopGelezen, let scheiding { schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                schrijf(batch.foutRecord(.gevalTeGroot(o.io.gevalgrens), nummer: nummer, scheiding: scheiding) + "\n")
            }
            voortgang?.toon(gevallen: batch.beslist + batch.fouten, fouten: batch.fouten, gelezen: vooruit.gelezen)
        }
        vooruit.stop()
        schrijver.wacht()
        voortgang?.wis()
        let ms = Int(Date().timeIntervalSince(begin) * 1000)
        o.schrijfFout(CLIBericht.batchSamenvatting(gevallen: batch.beslist + batch.fouten, beslist: batch.beslist, fouten: batch.fouten, ms: ms)
            .tekst(o.taal) + "\n")
        // The input ended on a read error (reported): what was read is decided and written, but it is not all.
        if invoer.mislukt { return .bestandOnleesbaar }
        return batch.fouten > 0 ? .gevalfouten : .ok
    }
}

/// The progress line of a long `batch` on a terminal: cases done, cases per second, errors so far and, when
/// the input is a file, the time left (by the share of its bytes read). Shown from ``InUit/voortgangNa`` on,
/// a few times a second, on one line that is rewritten and erased at the end.
struct Voortgang {
    let o: Omgeving
    let totaal: Int?
    let begin = ContinuousClock.now
    var laatst: ContinuousClock.Instant?

    init(_ o: Omgeving, totaal: Int?) {
        self.o = o
        self.totaal = totaal
    }

    /// The size of the input file in bytes, when it is a regular file.
    static func grootte(_ pad: String) -> Int? {
        guard pad != "-", let a = try? FileManager.default.attributesOfItem(atPath: pad),
              a[.type] as? FileAttributeType == .typeRegular else { return nil }
        return (a[.size] as? NSNumber)?.intValue
    }

    static func ms(_ d: Duration) -> Int { Int(d.components.seconds) * 1000 + Int(d.components.attoseconds / 1_000_000_000_000_000) }

    mutating func toon(gevallen: Int, fouten: Int, gelezen: Int) {
        let nu = ContinuousClock.now
        let verstreken = Self.ms(nu - begin)
        guard verstreken >= o.io.voortgangNa, verstreken > 0 else { return }
        if let l = laatst, Self.ms(nu - l) < 250 { return }
        laatst = nu
        // Whole numbers only: a rate and an estimate, never an amount.
        let perSeconde = gevallen * 1000 / verstreken
        let resterend = totaal.flatMap { Self.resterend(ms: verstreken, gelezen: gelezen, totaal: $0) }
        let regel = CLIBericht.batchVoortgang(gevallen: gevallen, perSeconde: perSeconde, fouten: fouten, resterend: resterend).tekst(o.taal)
        o.schrijfFout("\r" + regel + "\u{1B}[K")
    }

    /// The seconds left, from the share of the input's bytes read in `ms` milliseconds: to the nearest second, at
    /// least 1 (the run is not over while the line shows). Nil before anything was read, or when more was read
    /// than the file had (it grew).
    static func resterend(ms: Int, gelezen: Int, totaal: Int) -> Int? {
        guard gelezen > 0, totaal >= gelezen else { return nil }
        return max(1, (ms * (totaal - gelezen) / gelezen + 500) / 1000)
    }

    /// Erases the line, if one was shown.
    func wis() {
        if laatst != nil { o.schrijfFout("\r\u{1B}[K") }
    }
}
