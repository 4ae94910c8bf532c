// CLI: `regelwerk vergelijk`.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

enum VergelijkOpdracht: Opdracht {
    static let spec = CommandoSpec(
        naam: "vergelijk",
        samenvatting: "Vergelijk oude en nieuwe regels over dezelfde gevallen: wie het raakt en met hoeveel.",
        uitleg: "Beslist elk geval (JSON Lines, of CSV zoals bij batch) onder de nieuwste versie van de oude en van de nieuwe regels, wat de\n"
            + "datum van het geval ook is. Per uitkomst: hoeveel gevallen anders\n"
            + "uitkomen, het geld dat verschuift (samen en het grootste verschil) en voorbeelden; per artikel hoeveel\n"
            + "gevallen het raakt; de gevallen die een van beide niet kon beslissen; en de tekst die verandert (was/wordt).",
        argumenten: [],
        opties: [
            OptieSpec(naam: "--oud", waarde: "bestand", uitleg: "(verplicht) De huidige regels: bestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--nieuw", waarde: "bestand", uitleg: "(verplicht) De voorgestelde regels: bestanden of mappen.", aantal: .lijst),
            OptieSpec(naam: "--gevallen", waarde: "bestand", uitleg: "(verplicht) De gevallen als JSON Lines, of als CSV als de naam op .csv eindigt; '-' leest standaardinvoer."),
            OptieSpec(naam: "--formaat", waarde: "jsonl|csv", uitleg: "Het formaat van --gevallen, als de naam het niet zegt."),
            OptieSpec(naam: "--beslissing", waarde: "naam", uitleg: "Welke beslissing; nodig als de regels er meer dan één kennen."),
            OptieSpec(naam: "--json", waarde: nil, uitleg: "Geef de vergelijking als JSON."),
            OptieSpec(naam: "--html", waarde: nil, uitleg: "Geef de vergelijking als zelfstandige HTML-pagina, met grafieken (voor de raadsstukken)."),
            OptieSpec(naam: "--lijst", waarde: "bestand", uitleg: "Schrijf elke gewijzigde waarde van elk geval naar dit bestand (CSV, of JSON Lines als de naam op .jsonl eindigt), om steekproeven uit te nemen."),
        ],
        voorbeelden: ["regelwerk vergelijk --oud Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2024 --nieuw Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad/2025 --beslissing afstemming --gevallen gevallen.jsonl"])

    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode {
        let oud: Beslisser, nieuw: Beslisser
        do {
            oud = try o.beslisser(a.waarden("--oud"), a).get()
            nieuw = try o.beslisser(a.waarden("--nieuw"), a).get()
        } catch {
            return error.code
        }
        guard let pad = a.waarde("--gevallen") else { return o.gebruiksfout(.optieOntbreekt("--gevallen")) }
        guard !(a.heeft("--json") && a.heeft("--html")) else { return o.gebruiksfout(.kiesJsonOfHtml) }
        let vergelijker: Vergelijker
        do {
            vergelijker = try Vergelijker(oud: oud, nieuw: nieuw, beslissing: a.waarde("--beslissing"), gevallen: pad == "-" ? nil : pad)
        } catch {
            return o.verzoekfout(error)
        }
        let csv: Bool
        switch o.isCSV(a, pad: pad) {
        case .success(let x): csv = x
        case .failure(let f): return f.code
        }
        guard let invoer = o.invoer(pad) else { return .bestandOnleesbaar }
        var lijst: Wijzigingslijst?
        if let l = a.waarde("--lijst") {
            guard let w = Wijzigingslijst(pad: l) else {
                o.fout(.kanNietSchrijven(l))
                return .bestandOnleesbaar
            }
            lijst = w
            vergelijker.bijWijziging = { w.voegToe($0) }
        }
        Gevalstroom.perBlok(invoer.lees, csv: csv, regelset: oud.compilatie.versies[0].regelset, maximum: o.io.gevalgrens,
                            afgebroken: { invoer.mislukt }) { stuk in
            switch stuk {
            case .regels(let regels, let eerste): vergelijker.voegToe(regels: regels, eersteNummer: eerste)
            case .gevallen(let gevallen, _, _): vergelijker.voegToe(gevallen: gevallen)
            case .teGroot(let nummer, _, _): vergelijker.voegToe(fout: .gevalTeGroot(o.io.gevalgrens), nummer: nummer)
            }
        }
        if let lijst, !lijst.sluit() {
            o.fout(.kanNietSchrijven(lijst.pad))
            return .schrijffout
        }
        // The input ended on a read error (reported): a comparison of part of the cases would read as the whole.
        if invoer.mislukt { return .bestandOnleesbaar }
        let v = vergelijker.vergelijking
        if a.heeft("--json") {
            o.schrijf(JSONSchrijver.schrijf(VergelijkingWeergave.json(v)) + "\n")
        } else if a.heeft("--html") {
            o.schrijf(VergelijkingWeergave.html(v))
        } else {
            o.schrijf(VergelijkingWeergave.tekst(v, taal: o.taal))
        }
        return .ok
    }
}

/// The full list of changed values, written as they come (CSV, or JSON Lines for a `.jsonl` name), so memory
/// stays flat however many cases change. A write error is kept and reported when the list is closed.
final class Wijzigingslijst {
    let pad: String
    let handvat: FileHandle
    let jsonl: Bool
    var buffer: [UInt8] = []
    var mislukt = false

    init?(pad: String) {
        guard FileManager.default.createFile(atPath: pad, contents: nil), let h = FileHandle(forWritingAtPath: pad) else { return nil }
        self.pad = pad
        handvat = h
        jsonl = pad.lowercased().hasSuffix(".jsonl")
        if !jsonl { buffer += Array("regel,uitkomst,oud,nieuw,verschil,verschil_over_duur\n".utf8) }
    }

    func voegToe(_ w: Vergelijking.Wijziging) {
        let verschil = w.verschil?.decimaleTekst(), overDuur = w.verschilOverDuur?.decimaleTekst()
        if jsonl {
            let record: [(String, JSONWaarde)] = [("regel", .getal("\(w.regel)")), ("uitkomst", .tekst(w.uitkomst)), ("oud", .tekst(w.oud)),
                                                  ("nieuw", .tekst(w.nieuw)), ("verschil", verschil.map { .tekst($0) } ?? .null),
                                                  ("verschil_over_duur", overDuur.map { .tekst($0) } ?? .null)]
            buffer += Array((JSONSchrijver.schrijf(.object(record), inspringen: nil) + "\n").utf8)
        } else {
            let cellen = ["\(w.regel)", w.uitkomst, w.oud, w.nieuw, verschil ?? "", overDuur ?? ""]
            buffer += Array((cellen.map { CSV.cel($0, scheiding: 0x2C) }.joined(separator: ",") + "\n").utf8)
        }
        if buffer.count > 1 << 16 { leeg() }
    }

    func leeg() {
        guard !mislukt else { buffer = []; return }
        do { try handvat.write(contentsOf: buffer) } catch { mislukt = true }
        buffer = []
    }

    /// Writes what is left and closes; false when anything could not be written.
    func sluit() -> Bool {
        leeg()
        do { try handvat.close() } catch { mislukt = true }
        return !mislukt
    }
}
