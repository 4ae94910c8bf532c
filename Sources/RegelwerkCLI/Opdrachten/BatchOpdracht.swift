// CLI: `regelwerk batch`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum BatchOpdracht: Opdracht {
    static let spec = CommandoSpec(
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
            OptieSpec(naam: "--regels", waarde: "bestand", uitleg: "(verplicht) De regelbestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--invoer", waarde: "bestand", uitleg: "Lees de gevallen uit dit bestand in plaats van standaardinvoer."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van in- en uitvoer (standaard: csv als --invoer op .csv eindigt, anders jsonl)."),
            OptieSpec(naam: "--draden", waarde: "aantal", uitleg: "Met hoeveel draden tegelijk beslissen (standaard: alle kernen). De uitvoer is voor elk aantal dezelfde."),
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
        guard let lees = o.invoer(a.waarde("--invoer")) else { return .bestandOnleesbaar }
        let batch = Batch(beslisser: beslisser, beslissing: b, draden: draden)
        let begin = Date()
        Gevalstroom.perBlok(lees, csv: csv, regelset: beslisser.compilatie.versies[0].regelset, maximum: o.io.gevalgrens) { stuk in
            switch stuk {
            case .regels(let regels, let eerste):
                var uit: [UInt8] = []
                batch.beslis(regels, eersteNummer: eerste, naar: &uit)
                o.schrijf(bytes: uit)
            case .gevallen(let gevallen, let scheiding, let kopGelezen):
                if kopGelezen { o.schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                if !gevallen.isEmpty { o.schrijf(batch.beslis(gevallen: gevallen, scheiding: scheiding).joined(separator: "\n") + "\n") }
            case .teGroot(let nummer, let scheiding, let kopGelezen):
                if kopGelezen, let scheiding { o.schrijf(batch.csvKop(scheiding: scheiding) + "\n") }
                o.schrijf(batch.foutRecord(.gevalTeGroot(o.io.gevalgrens), nummer: nummer, scheiding: scheiding) + "\n")
            }
        }
        let ms = Int(Date().timeIntervalSince(begin) * 1000)
        o.schrijfFout(CLIBericht.batchSamenvatting(gevallen: batch.beslist + batch.fouten, beslist: batch.beslist, fouten: batch.fouten, ms: ms)
            .tekst(o.taal) + "\n")
        return batch.fouten > 0 ? .gevalfouten : .ok
    }
}
