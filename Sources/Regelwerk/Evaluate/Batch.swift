// Evaluate: many cases at once (DESIGN §5, `regelwerk batch`). JSON Lines in, one decision record per
// input line out, in the same order. A bad line gives an error record that names the line, the field and
// the article; the run goes on. Lines are decided in blocks, each block spread over all cores, so memory
// stays flat however long the input is.

import Foundation

/// Decides blocks of JSON Lines with one compiled rule set.
public final class Batch: @unchecked Sendable {
    let compilatie: Compilatie
    let beslissing: String?
    /// Decide every case under this version, whatever its peildatum (for comparing rule sets).
    let vasteVersie: Int?
    /// One workshop per thread: its own workers (a plan each, per version), never shared.
    let werkplaatsen: [Werkplaats]
    /// A line (or CSV record) larger than this is no case: it gets an error record and the rest of it is
    /// skipped, so one endless line cannot take all memory.
    public static let maximumGeval = 16 << 20

    /// The record for a case that could not be read at all (too large), in JSON or, with a separator, CSV.
    public func foutRecord(_ b: Bericht, nummer: Int, scheiding: UInt8?) -> String {
        fouten += 1
        let uitslag = Uitslag.fout(b, citaat: nil, suggestie: nil)
        return scheiding.map { csvRij(uitslag, nummer: nummer, scheiding: $0) } ?? jsonRecord(uitslag, nummer: nummer)
    }

    /// Each version's first day as records write it (once, not per case).
    let versieVanaf: [String?]
    public private(set) var beslist = 0
    public private(set) var fouten = 0

    final class Werkplaats: @unchecked Sendable {
        /// Per version, made when first needed; used in place, never copied out (a copy would copy its
        /// slots on the first write).
        var werkers: [Werker?]
        init(versies: Int) { werkers = Array(repeating: nil, count: versies) }
    }

    /// `beslissing`: which decision (nil when the rules have one). `draden`: how many threads decide.
    public init(compilatie: Compilatie, beslissing: String?, draden: Int = ProcessInfo.processInfo.activeProcessorCount,
                vasteVersie: Int? = nil) {
        self.compilatie = compilatie
        self.beslissing = beslissing
        self.vasteVersie = vasteVersie
        versieVanaf = compilatie.versies.map { $0.vanaf?.description }
        werkplaatsen = (0..<Swift.max(1, draden)).map { _ in Werkplaats(versies: compilatie.versies.count) }
    }

    /// The decision records for `regels` (the lines of the input, without their line ends), the first of
    /// them being line `eersteNummer`, in input order.
    public func beslis(_ regels: [ArraySlice<UInt8>], eersteNummer: Int) -> [String] {
        tel(parallel(regels.count) { k, werkplaats in
            let uitslag = beslis(regels[k], werkplaats)
            return (jsonRecord(uitslag, nummer: eersteNummer + k), uitslag.isBeslist)
        })
    }

    /// The CSV rows for cases already read (CSV rows made into case objects, or what was wrong with them),
    /// each with the line it starts on, in input order.
    public func beslis(gevallen: [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)], scheiding: UInt8) -> [String] {
        tel(parallel(gevallen.count) { k, werkplaats in
            let uitslag = beslis(gelezen: gevallen[k].geval, werkplaats)
            return (csvRij(uitslag, nummer: gevallen[k].nummer, scheiding: scheiding), uitslag.isBeslist)
        })
    }

    /// What deciding each line of JSON Lines gave, in order, with every rule's value (for comparing).
    public func uitslagen(_ regels: [ArraySlice<UInt8>]) -> [Uitslag] {
        parallel(regels.count) { k, werkplaats in beslis(regels[k], werkplaats, tussenwaarden: true) }
    }

    /// What deciding each case already read gave, in order, with every rule's value (for comparing).
    public func uitslagen(gevallen: [Result<JSONWaarde, GevalProbleem>]) -> [Uitslag] {
        parallel(gevallen.count) { k, werkplaats in beslis(gelezen: gevallen[k], werkplaats, tussenwaarden: true) }
    }

    /// Counts the cases decided and not, and gives the records.
    func tel(_ records: [(String, Bool)]) -> [String] {
        let geslaagd = records.count { $0.1 }
        beslist += geslaagd
        fouten += records.count - geslaagd
        return records.map(\.0)
    }

    /// Runs `een` for 0..<aantal over all threads, each with its own workshop; the results keep their order.
    func parallel<T: Sendable>(_ aantal: Int, _ een: @Sendable (Int, Werkplaats) -> T) -> [T] {
        // Each thread writes only its own places of this buffer (never a shared array's storage).
        let uit = UnsafeMutableBufferPointer<T?>.allocate(capacity: aantal)
        uit.initialize(repeating: nil)
        defer {
            uit.deinitialize()
            uit.deallocate()
        }
        let plaatsen = Plaatsen(uit: uit)
        let n = werkplaatsen.count
        // Each thread takes every n-th case: the results land in their own places, so order is kept.
        DispatchQueue.concurrentPerform(iterations: n) { draad in
            let werkplaats = werkplaatsen[draad]
            var k = draad
            while k < aantal {
                plaatsen.uit[k] = een(k, werkplaats)
                k += n
            }
        }
        // Every place was written: each k below aantal belongs to exactly one thread.
        return uit.compactMap { $0 }
    }

    /// A buffer that threads write at their own places only (so sharing it is safe).
    struct Plaatsen<T>: @unchecked Sendable { let uit: UnsafeMutableBufferPointer<T?> }

    /// What deciding one case gave.
    public enum Uitslag: Sendable {
        /// The outcomes of the decision, in output order, each with where it comes from.
        case beslist(versie: Int, uitkomsten: [(naam: String, soort: Soort, waarde: Waarde, tekst: String, citaat: Citaat)],
                     waarschuwingen: [String], tussenwaarden: [String: (waarde: Waarde, citaat: Citaat)])
        case fout(Bericht, citaat: Citaat?, suggestie: Bericht?)

        var isBeslist: Bool {
            if case .beslist = self { return true }
            return false
        }
    }

    /// Decides one case (JSON text) with the workers of one thread. With `tussenwaarden` (for comparing),
    /// also every rule's value it computed on the way (not records or lists: those are places in the case,
    /// not values), and every outcome's text; without, an outcome's text only where a record writes it.
    func beslis(_ bytes: ArraySlice<UInt8>, _ werkplaats: Werkplaats, tussenwaarden: Bool = false) -> Uitslag {
        do {
            return beslis(geval: try JSONLezer.lees(Array(bytes)), werkplaats, tussenwaarden: tussenwaarden)
        } catch {
            return .fout(error.bericht, citaat: nil, suggestie: nil)
        }
    }

    /// Decides one case as read, or says what was wrong with it.
    func beslis(gelezen: Result<JSONWaarde, GevalProbleem>, _ werkplaats: Werkplaats, tussenwaarden: Bool = false) -> Uitslag {
        switch gelezen {
        case .success(let geval): beslis(geval: geval, werkplaats, tussenwaarden: tussenwaarden)
        case .failure(let p): .fout(p.bericht, citaat: nil, suggestie: p.suggestie)
        }
    }

    /// Decides one case object with the workers of one thread.
    func beslis(geval: JSONWaarde, _ werkplaats: Werkplaats, tussenwaarden: Bool = false) -> Uitslag {
        let versie: Int
        switch vasteVersie.map({ .success((compilatie.versies[$0], nil)) }) ?? compilatie.kiesVersie(geval: geval, beslissing: beslissing, peildatum: nil, metUitleg: false) {
        case .success(let (v, _)): versie = compilatie.versies.firstIndex { $0.vanaf == v.vanaf } ?? 0
        case .failure(.peildatumOntbreekt(let veld)):
            return .fout(.veldOntbreekt(veld: veld, soort: "datum", nodigVoor: "de keuze van de versie (peildatum)"), citaat: nil, suggestie: nil)
        case .failure(.geenVersie(let b)): return .fout(b, citaat: nil, suggestie: nil)
        case .failure(.peildatumNodig):
            return .fout(.geenVersieVanKracht(compilatie.regelset.naam, datum: "?", versies: compilatie.versies.map(\.periode).joined(separator: "; ")),
                         citaat: nil, suggestie: nil)
        }
        if werkplaats.werkers[versie] == nil {
            let set = compilatie.versies[versie].regelset
            let uitvoer = set.beslissingen.first { $0.naam == beslissing }?.uitvoer ?? set.beslissingen.first?.uitvoer ?? set.uitvoer
            werkplaats.werkers[versie] = Werker(plan: Planner.maak(set, uitvoer: uitvoer))
        }
        return beslis(geval: geval, versie: versie, &werkplaats.werkers[versie]!, tussenwaarden: tussenwaarden)
    }

    /// Decides one case under one version with that version's worker.
    func beslis(geval: JSONWaarde, versie: Int, _ w: inout Werker, tussenwaarden: Bool) -> Uitslag {
        w.nieuwGeval()
        let (problemen, waarschuwingen) = GevalLezer.laad(geval, in: &w)
        if let p = problemen.first { return .fout(p.bericht, citaat: nil, suggestie: p.suggestie) }
        do {
            try w.beslis()
        } catch {
            return .fout(error.bericht, citaat: error.citaat, suggestie: nil)
        }
        let set = w.plan.regelset
        let uitkomsten = w.plan.uitvoer.map { d in
            let soort = set.definities[d].soort, waarde = w.waarde(definitie: d)
            // Dutch text costs more than deciding; a record needs it only where the JSON value is that text.
            let tekst: String
            switch waarde {
            case .getal, .waarheid, .datum, .afwezig: tekst = tussenwaarden ? w.tekst(waarde, soort) : ""
            case .duur, .tekst, .keuze, .record, .lijst: tekst = w.tekst(waarde, soort)
            }
            return (set.definities[d].naam, soort, waarde, tekst, w.herkomst(definitie: d))
        }
        var tussen: [String: (waarde: Waarde, citaat: Citaat)] = [:]
        if tussenwaarden {
            for d in set.definities.indices where w.plan.definitieSlot[d] >= 0 && w.isBerekend(definitie: d) {
                switch w.waarde(definitie: d) {
                case .record, .lijst, .tekst: continue     // geen (.afwezig) counts: a date may become geen
                case let waarde: tussen[set.definities[d].naam] = (waarde, w.herkomst(definitie: d))
                }
            }
        }
        return .beslist(versie: versie, uitkomsten: uitkomsten, waarschuwingen: waarschuwingen.map { $0.bericht.tekst(.nl) },
                        tussenwaarden: tussen)
    }

    /// One case's decision record as a JSON line.
    func jsonRecord(_ uitslag: Uitslag, nummer: Int) -> String {
        var record: [(String, JSONWaarde)] = [("regel", .getal("\(nummer)"))]
        switch uitslag {
        case .fout(let b, let citaat, let suggestie):
            var velden: [(String, JSONWaarde)] = [("code", .tekst(b.code)), ("melding", .tekst(b.tekst(.nl)))]
            if let c = citaat { velden.append(("artikel", .tekst(c.description))) }
            if let s = suggestie { velden.append(("suggestie", .tekst(s.tekst(.nl)))) }
            record.append(("fout", .object(velden)))
        case .beslist(let versie, let uitkomsten, let waarschuwingen, _):
            record.append(("uitkomsten", .object(uitkomsten.map { ($0.naam, BesluitWeergave.waarde($0.waarde, $0.soort, $0.tekst)) })))
            if compilatie.versies.count > 1, let vanaf = versieVanaf[versie] {
                record.append(("versie_vanaf", .tekst(vanaf)))
            }
            if !waarschuwingen.isEmpty { record.append(("waarschuwingen", .array(waarschuwingen.map { .tekst($0) }))) }
        }
        return JSONSchrijver.schrijf(.object(record), inspringen: nil)
    }

    /// The outcomes' names: the columns of a CSV decision file, between `regel` and the error columns.
    var uitvoerNamen: [String] {
        let set = compilatie.versies[0].regelset
        let uitvoer = set.beslissingen.first { $0.naam == beslissing }?.uitvoer ?? set.beslissingen.first?.uitvoer ?? set.uitvoer
        return uitvoer.map { set.definities[$0].naam }
    }

    /// The header of a CSV decision file: the line, each outcome with the same value as in a JSON record
    /// (amounts to the cent, percentages with %, dates as 2024-04-01), the version when there are several,
    /// and the error, its article and the warnings.
    public func csvKop(scheiding: UInt8) -> String {
        let versie = compilatie.versies.count > 1 ? ["versie_vanaf"] : []
        return (["regel"] + uitvoerNamen + versie + ["fout_code", "fout_melding", "fout_artikel", "waarschuwingen"])
            .map { CSV.cel($0, scheiding: scheiding) }.joined(separator: String(UnicodeScalar(scheiding)))
    }

    /// One case's decision as a CSV row under ``csvKop(scheiding:)``.
    func csvRij(_ uitslag: Uitslag, nummer: Int, scheiding: UInt8) -> String {
        let namen = uitvoerNamen
        var uitkomsten = Array(repeating: "", count: namen.count)
        var versie = "", fout = ["", "", ""], waarschuwingen = ""
        switch uitslag {
        case .fout(let b, let citaat, let suggestie):
            fout = [b.code, b.tekst(.nl) + (suggestie.map { " (\($0.tekst(.nl)))" } ?? ""), citaat?.description ?? ""]
        case .beslist(let v, let us, let ws, _):
            for u in us {
                guard let k = namen.firstIndex(of: u.naam) else { continue }
                // In a file separated by ';' numbers are written the Dutch way, as they were read: 280,30.
                let nederlands = scheiding == 0x3B && u.waarde.alsGetal != nil
                switch BesluitWeergave.waarde(u.waarde, u.soort, u.tekst) {
                case .tekst(let t), .getal(let t): uitkomsten[k] = nederlands ? String(t.map { $0 == "." ? "," : $0 }) : t
                case .waarheid(let b): uitkomsten[k] = b ? "true" : "false"
                case .null: uitkomsten[k] = ""     // geen: an empty cell, as in the input
                case .object, .array: uitkomsten[k] = u.tekst
                }
            }
            versie = versieVanaf[v] ?? ""
            waarschuwingen = ws.joined(separator: "; ")
        }
        let rij = ["\(nummer)"] + uitkomsten + (compilatie.versies.count > 1 ? [versie] : []) + fout + [waarschuwingen]
        return rij.map { CSV.cel($0, scheiding: scheiding) }.joined(separator: String(UnicodeScalar(scheiding)))
    }

    /// JSON Lines read as cases, numbered from 1.
    public static func gevallen(_ regels: [ArraySlice<UInt8>]) -> [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)] {
        regels.enumerated().map { k, regel in
            (k + 1, Result { () throws(JSONFout) in try JSONLezer.lees(Array(regel)) }.mapError { GevalProbleem(bericht: $0.bericht) })
        }
    }

    /// Splits input bytes into lines; what follows the last line end is kept for the next block.
    public static func regels(_ buffer: inout [UInt8], eindeInvoer: Bool) -> [ArraySlice<UInt8>] {
        var uit: [ArraySlice<UInt8>] = []
        var begin = 0
        while let nl = buffer[begin...].firstIndex(of: 0x0A) {
            let eind = nl > begin && buffer[nl - 1] == 0x0D ? nl - 1 : nl
            uit.append(buffer[begin..<eind])
            begin = nl + 1
        }
        if eindeInvoer && begin < buffer.count {
            uit.append(buffer[begin...])
            begin = buffer.count
        }
        buffer = Array(buffer[begin...])
        return uit
    }
}
