// CLI: `beslis` in conversation (issue 14 item 4b): a caseworker decides a case without writing JSON. The
// command asks for each field the decision reads — its label, meaning and the articles that read it —
// checks each answer as the case reader will (its type and bounds) and asks again when it is wrong, enters
// a list of records item by item, then decides. The questions go to standard error, so standard output
// holds only the decision; the case can be saved as JSON for the file.

import Foundation
import RegelwerkKern
import RegelwerkGevallen

struct Vraaggesprek {
    let o: Omgeving
    let beslisser: Beslisser
    let beslissing: Int
    let leesRegel: () -> String?

    /// The end of the input: the conversation stops, nothing is decided.
    struct Einde: Error {}

    /// Asks for the whole case. The peildatum field comes first: it chooses the version, and so which
    /// fields the decision reads.
    func vraagGeval(peildatum: Datum?) throws(Einde) -> JSONWaarde {
        let set = beslisser.compilatie.regelset
        var velden: [(String, JSONWaarde)] = []
        o.schrijfFout(CLIBericht.vraagUitleg.tekst(o.taal) + "\n")
        if let k = set.kenmerk {
            let antwoord = try vraag(CLIBericht.vraagVeld(label: set.label(k) ?? k, soort: CLIBericht.soortVraag(.tekst).tekst(o.taal), leegMag: true).tekst(o.taal))
            if !antwoord.isEmpty { velden.append((k, .tekst(antwoord))) }
        }
        var versie = 0
        let alle = beslisser.velden(beslissing: beslissing, versie: 0)
        if let veld = beslisser.beslissingen[beslissing].peildatumVeld, let info = alle.first(where: { $0.naam == veld }) {
            let w = try vraagWaarde(info, set: set)
            velden.append((veld, w))
            if case .success(let k) = beslisser.kiesVersie(.object(velden), beslissing: beslissing, peildatum: peildatum, metUitleg: false) {
                versie = k.index
            }
        }
        let gevraagd = Set(velden.map(\.0))
        let versieSet = beslisser.compilatie.versies[versie].regelset
        for info in beslisser.velden(beslissing: beslissing, versie: versie) where !gevraagd.contains(info.naam) {
            if info.isBevoegdheid { continue }
            let w = try vraagWaarde(info, set: versieSet)
            if w != .null { velden.append((info.naam, w)) }
        }
        // The powers of the college: applied or not, and why.
        var bevoegdheden: [(String, JSONWaarde)] = []
        for info in beslisser.velden(beslissing: beslissing, versie: versie) where info.isBevoegdheid {
            let omschrijving = info.omschrijving ?? info.naam
            let plaats = info.artikelen.map(\.juridisch).joined(separator: ", ")
            if try vraagJaNee(CLIBericht.vraagBevoegdheid(omschrijving, plaats: plaats).tekst(o.taal)) {
                let reden = try vraag(CLIBericht.vraagReden.tekst(o.taal))
                bevoegdheden.append((info.naam, .tekst(reden.isEmpty ? omschrijving : reden)))
            }
        }
        if !bevoegdheden.isEmpty { velden.append(("bevoegdheden", .object(bevoegdheden))) }
        return .object(velden)
    }

    /// One field's value, asked until it is right. An empty answer leaves a field out (the decision then
    /// says whether it needed it); a list asks how many items, then each item's fields.
    func vraagWaarde(_ info: Veldinfo, set: Regelset) throws(Einde) -> JSONWaarde {
        let label = set.label(info.naam) ?? info.naam
        if case .lijst = info.soort {
            let aantal = try vraagAantal(CLIBericht.vraagAantal(label: label).tekst(o.taal))
            var items: [JSONWaarde] = []
            for k in 0..<aantal {
                o.schrijfFout(CLIBericht.vraagItem(label: label, nummer: k + 1, van: aantal).tekst(o.taal) + "\n")
                var item: [(String, JSONWaarde)] = []
                for sub in info.velden {
                    let recordnaam: String? = { if case .lijst(.record(let r)) = info.soort { r } else { nil } }()
                    let w = try vraagEnkel(sub, label: set.label(sub.naam, binnen: recordnaam) ?? sub.naam, set: set, binnenLijst: info.naam)
                    if w != .null { item.append((sub.naam, w)) }
                }
                items.append(.object(item))
            }
            return .array(items)
        }
        return try vraagEnkel(info, label: label, set: set, binnenLijst: nil)
    }

    /// A field that is no list: its meaning once, then the question until the answer is right.
    func vraagEnkel(_ info: Veldinfo, label: String, set: Regelset, binnenLijst: String?) throws(Einde) -> JSONWaarde {
        var uitleg: [String] = []
        if let t = info.omschrijving { uitleg.append(t) }
        if !info.artikelen.isEmpty { uitleg.append(info.artikelen.map(\.juridisch).joined(separator: ", ")) }
        if !info.grenzen.isEmpty { uitleg.append(info.grenzen.joined(separator: ", ")) }
        if !uitleg.isEmpty { o.schrijfFout("  " + uitleg.joined(separator: " — ") + "\n") }
        var keuzes: [String] = []
        if case .keuze(let naam) = info.soort, let leden = set.keuzelijsten[naam] {
            keuzes = leden
            for (k, lid) in leden.enumerated() { o.schrijfFout("    \(k + 1). \(set.label(lid, binnen: naam) ?? lid)\n") }
        }
        while true {
            let antwoord = try vraag(CLIBericht.vraagVeld(label: label, soort: CLIBericht.soortVraag(info.soort).tekst(o.taal), leegMag: true).tekst(o.taal))
            if antwoord.isEmpty { return .null }
            let waarde = omgezet(antwoord, info: info, keuzes: keuzes)
            if let probleem = controleer(info, waarde: waarde, binnenLijst: binnenLijst) {
                o.gevalMelding(label, .fout, probleem)
                continue
            }
            return waarde
        }
    }

    /// An answer as the case reader takes it: Dutch numbers (1.401,50 and 20%), ja/nee, a choice by its
    /// number or name, a date as 2024-03-04 or 4-3-2024; a duration ("3 maanden") as written.
    func omgezet(_ antwoord: String, info: Veldinfo, keuzes: [String]) -> JSONWaarde {
        switch info.soort {
        case .keuze:
            if let n = Int(antwoord), n >= 1, n <= keuzes.count { return .tekst(keuzes[n - 1]) }
            return .tekst(antwoord)
        case .datum:
            let delen = antwoord.split(separator: "-")
            if delen.count == 3, delen[2].count == 4, let d = Int(delen[0]), let m = Int(delen[1]), let j = Int(delen[2]),
               let datum = Datum(jaar: j, maand: m, dag: d) {
                return .tekst(datum.description)
            }
            return .tekst(antwoord)
        case .duur:
            return .tekst(antwoord)
        default:
            return (try? CSV.veld(info.naam, antwoord, soort: info.soort, scheiding: 0x3B).get()) ?? .tekst(antwoord)
        }
    }

    /// What the case reader says of this value, or nil when it is right: the same check a case file gets.
    func controleer(_ info: Veldinfo, waarde: JSONWaarde, binnenLijst: String?) -> GevalProbleem? {
        let plan = beslisser.beslissingen[beslissing].eerstePlan
        var werker = Werker(plan: plan)
        werker.nieuwGeval()
        let geval: JSONWaarde = binnenLijst.map { .object([($0, .array([.object([(info.naam, waarde)])]))]) } ?? .object([(info.naam, waarde)])
        return GevalLezer.laad(geval, in: &werker).fouten.first
    }

    func vraag(_ tekst: String) throws(Einde) -> String {
        o.schrijfFout(tekst + " ")
        guard let regel = leesRegel() else { throw Einde() }
        return regel.trimmingCharacters(in: .whitespaces)
    }

    func vraagJaNee(_ tekst: String) throws(Einde) -> Bool {
        while true {
            switch try vraag(tekst).lowercased() {
            case "ja", "j", "yes", "y": return true
            case "nee", "n", "no", "": return false
            default: continue
            }
        }
    }

    func vraagAantal(_ tekst: String) throws(Einde) -> Int {
        while true {
            let a = try vraag(tekst)
            if a.isEmpty { return 0 }
            if let n = Int(a), n >= 0, n <= 1_000 { return n }
        }
    }
}
