// The `regelwerk-bench` program (DESIGN §7): generates a deterministic workload, or reads one, measures
// batch and plan evaluation, and prints one line per figure with its target where DESIGN §7 names one.
// A measurement, not a test: it exits 0 whether the targets are met or not. Only usage errors (64),
// unreadable files (66), rules with errors (2) and a failed --controleer (1) exit otherwise.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// One line on standard output, at once: a long run shows each figure as it is measured.
func meld(_ s: String) {
    FileHandle.standardOutput.write(Data((s + "\n").utf8))
}

/// "fout: …" on standard error, and the program ends with `code`.
func stop(_ melding: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("fout: \(melding)\n".utf8))
    exit(code)
}

/// An integer the Dutch way: 1.234.567 (as a motivation writes amounts).
func nl(_ n: Int) -> String { Opmaak.duizendtallen(String(n)) }

/// A measured quantity the Dutch way, with `decimalen` decimals after a comma: 1.234,5.
func nl(_ x: Double, _ decimalen: Int) -> String {
    guard x.isFinite else { return "-" }
    var schaal = 1
    for _ in 0..<decimalen { schaal *= 10 }
    let n = Int((x * Double(schaal)).rounded())
    let geheel = nl(n / schaal)
    guard decimalen > 0 else { return geheel }
    let rest = String(abs(n % schaal))
    return geheel + "," + String(repeating: "0", count: decimalen - rest.count) + rest
}

/// The suffix of a line with a target: "(doel: ≥ 1.000.000 beslissingen/s, gehaald)".
func doel(_ tekst: String, _ gehaald: Bool) -> String { " (doel: \(tekst), \(gehaald ? "gehaald" : "niet gehaald"))" }

/// The run with the median rate (of an even number of runs, the slower of the two in the middle); `runs` is not empty.
func mediaan(_ runs: [Batchmeting]) -> Batchmeting { runs.sorted { $0.perSeconde < $1.perSeconde }[(runs.count - 1) / 2] }

/// The fastest run; `runs` is not empty.
func beste(_ runs: [Batchmeting]) -> Batchmeting { runs.max { $0.perSeconde < $1.perSeconde } ?? runs[0] }

// MARK: - Arguments and rules

let opties: Opties
switch Opties.lees(Array(CommandLine.arguments.dropFirst())) {
case .success(let o): opties = o
case .failure(let f):
    FileHandle.standardError.write(Data("fout: \(f.melding)\nGEBRUIK: \(Opties.gebruik)\n".utf8))
    exit(64)
}
if opties.hulp {
    print(Opties.hulptekst, terminator: "")
    exit(0)
}

/// The example ordinance, from the current folder when it holds the package, else from the package this
/// file was built in (so that the benchmark also runs from another folder).
func standaardRegels() -> [String] {
    let paden = ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad"]
    if FileManager.default.fileExists(atPath: paden[0]) { return paden }
    let wortel = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return paden.map { wortel.appendingPathComponent($0).path }
}

let regelpaden = opties.regels.isEmpty ? standaardRegels() : opties.regels
let compilatie: Compilatie
do {
    compilatie = try Compilatie.lees(paden: regelpaden)
} catch {
    stop("kan '\(error.pad)' niet lezen", code: 66)
}
if compilatie.diagnostics.heeftFouten {
    let fouten = compilatie.diagnostics.gesorteerd.filter { $0.ernst == .fout }
    FileHandle.standardError.write(Data(DiagnosticWeergave(bronnen: compilatie.bronnen, taal: .nl).tekst(fouten).utf8))
    exit(2)
}
let beslisser: Beslisser
do {
    beslisser = try Beslisser(compilatie)
} catch {
    stop(error.bericht.tekst(.nl), code: 64)
}

/// The decision `naam` as an index, or a usage error that names the choices.
func kies(_ naam: String?) -> Int {
    switch beslisser.kies(beslissing: naam) {
    case .success(let b): return b
    case .failure(let f): stop(f.bericht.tekst(.nl) + (f.suggestie.map { "; \($0.tekst(.nl))" } ?? ""), code: 64)
    }
}

let kernen = ProcessInfo.processInfo.activeProcessorCount
let draden = opties.draden ?? kernen
#if DEBUG
let build = "debug (meet met -c release: een debugbuild is vele malen trager)"
#else
let build = "release"
#endif
meld("regelwerk-bench: \(build), \(nl(kernen)) kernen, regels \(regelpaden.joined(separator: " ")) "
     + "(\(compilatie.versies.count == 1 ? "1 versie" : "\(compilatie.versies.count) versies"))")

// MARK: - Checking

/// Reports a check; false when a case did not decide, or (for the generated workload) a version was
/// never used, which would mean the dates miss a version of the ordinance.
func meldControle(_ naam: String, _ c: Controle, alleVersies: Bool) -> Bool {
    meld("controle \(naam): \(nl(c.gevallen)) gevallen, \(nl(c.fouten)) fouten")
    for (k, v) in compilatie.versies.enumerated() {
        meld("controle \(naam), versie \(v.periode): \(nl(c.perVersie[k])) gevallen")
    }
    for (regel, n) in c.waarheden.sorted(by: { $0.key < $1.key }) where n.waar + n.onwaar > 0 {
        meld("controle \(naam), \(regel): waar \(nl(n.waar)), onwaar \(nl(n.onwaar)), geen \(nl(n.geen))")
    }
    var goed = true
    if c.fouten > 0 {
        var tekst = "fout: \(nl(c.fouten)) van \(nl(c.gevallen)) gevallen van \(naam) niet beslist\n"
        for f in c.eersteFouten { tekst += "  regel \(f.regel): \(f.melding)\n" }
        FileHandle.standardError.write(Data(tekst.utf8))
        goed = false
    }
    if alleVersies && c.gevallen >= 100, let k = c.perVersie.firstIndex(of: 0) {
        FileHandle.standardError.write(Data("fout: geen geval van \(naam) valt in de versie \(compilatie.versies[k].periode)\n".utf8))
        goed = false
    }
    return goed
}

// MARK: - Measuring

/// Every figure for one workload: batch with `draden` threads and with one, and plan evaluation on one
/// thread. `inGeheugen` is the size of the input when it is held in memory (it is left out of the peak);
/// `referentie` puts the targets of the reference workload on the batch lines, `planDoel` the target of
/// plan evaluation on that line.
func meet(_ naam: String, _ b: Int, _ invoer: Invoer, inGeheugen: Int?, referentie: Bool, planDoel: Bool) {
    // Batch with `draden` threads and with one, round after round, alternating: each round is printed as soon as
    // it is measured (a large workload takes minutes); the targets hold for the median, the best is beside it.
    let dradenTekst = draden == 1 ? "1 draad" : "\(draden) draden"
    var veel: [Batchmeting] = [], een: [Batchmeting] = []
    for ronde in 1...opties.rondes {
        guard let v = meetBatch(beslisser, beslissing: b, draden: draden, invoer: invoer),
              let e = meetBatch(beslisser, beslissing: b, draden: 1, invoer: invoer) else {
            stop("kan de gevallen van \(naam) niet lezen", code: 66)
        }
        veel.append(v)
        een.append(e)
        if opties.rondes > 1 {
            meld("batch \(naam), ronde \(ronde): \(dradenTekst) \(nl(Int(v.perSeconde.rounded()))), 1 draad "
                 + "\(nl(Int(e.perSeconde.rounded()))) gevallen/s")
        }
    }
    let (mVeel, bVeel) = (mediaan(veel), beste(veel)), (mEen, bEen) = (mediaan(een), beste(een))
    func snelheid(_ m: Batchmeting, _ b: Batchmeting) -> String {
        "\(nl(Int(m.perSeconde.rounded()))) gevallen/s"
            + (opties.rondes > 1 ? " (mediaan van \(opties.rondes); beste \(nl(Int(b.perSeconde.rounded()))))" : "")
    }
    meld("batch \(naam), \(dradenTekst): \(snelheid(mVeel, bVeel))"
         + (referentie ? doel("≥ 300.000 gevallen/s op 2 kernen", mVeel.perSeconde >= 300_000) : ""))
    meld("batch \(naam), 1 draad: \(snelheid(mEen, bEen))")
    if draden > 1 {
        let x = mVeel.perSeconde / max(mEen.perSeconde, 1e-9), xBeste = bVeel.perSeconde / max(bEen.perSeconde, 1e-9)
        meld("batch \(naam), versnelling \(dradenTekst) tegen 1: \(nl(x, 2))×"
             + (opties.rondes > 1 ? " (beste tegen beste \(nl(xBeste, 2))×)" : "")
             + (referentie && draden == 2 ? doel("≥ 1,8×", x >= 1.8) : ""))
    }
    for (m, tekst) in [(mVeel, dradenTekst), (mEen, "1 draad")] where m.gevallen > 0 {
        let µs = Double(m.cpuMicroseconden) / Double(m.gevallen)
        meld("batch \(naam), CPU-tijd per geval met \(tekst): \(nl(µs, µs < 10 ? 2 : 1)) µs")
    }
    // The highest peak of any run. With the input in memory the peak holds it too; a file is read in pieces, as
    // `batch` reads it.
    let gereset = (veel + een).allSatisfy { $0.piekBytes != nil }
    let piek = gereset ? (veel + een).compactMap(\.piekBytes).max() ?? 0 : Proces.piekBytes()
    let mb = Double(piek - (inGeheugen ?? 0)) / 1e6
    let soort = inGeheugen == nil ? "piekgeheugen" : "piekgeheugen zonder de invoer"
    meld("batch \(naam), \(soort): \(nl(mb, 1)) MB" + (gereset ? "" : " (sinds de start van het proces)")
         + (referentie ? doel("< 100 MB", mb < 100) : ""))
    let v = veel[0]
    meld("batch \(naam), fouten: \(nl(v.fouten)) van \(nl(v.gevallen)) gevallen")
    meld("batch \(naam), rechtstreeks uit de bytes gelezen: \(nl(v.rechtstreeks)) van \(nl(v.gevallen - v.fouten)) beslist")
    if v.fouten > 0 {
        FileHandle.standardError.write(Data("let op: niet elk geval van \(naam) werd beslist; zie --controleer\n".utf8))
    }

    // A pool of distinct cases, enough that one round is not one case kept in the caches; repeated.
    let plan = meetPlan(beslisser, beslissing: b, regels: invoer.eersteRegels(10_000), minimum: 2)
    meld("planevaluatie \(naam), 1 draad: \(nl(Int(plan.perSeconde.rounded()))) beslissingen/s"
         + (planDoel ? doel("≥ 1.000.000 beslissingen/s op één kern", plan.perSeconde >= 1_000_000) : ""))
    if plan.fouten > 0 { meld("planevaluatie \(naam), fouten: \(nl(plan.fouten)) van \(nl(plan.beslissingen))") }
    if plan.nietGebonden > 0 { meld("planevaluatie \(naam), niet rechtstreeks te lezen en weggelaten: \(nl(plan.nietGebonden)) gevallen") }
}

// MARK: - The run

if let pad = opties.gevallen {
    var isMap: ObjCBool = false
    guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap), !isMap.boolValue,
          FileManager.default.isReadableFile(atPath: pad) else { stop("kan '\(pad)' niet lezen", code: 66) }
    let b = kies(opties.beslissing)
    let naam = beslisser.beslissingen[b].naam.isEmpty ? URL(fileURLWithPath: pad).lastPathComponent : beslisser.beslissingen[b].naam
    let grootte = (try? FileManager.default.attributesOfItem(atPath: pad))?[.size] as? Int
    meld("werklast \(naam): \(pad)" + (grootte.map { ", \(nl(Double($0) / 1e6, 1)) MB" } ?? ""))
    if opties.controleer {
        guard let c = controleer(beslisser, beslissing: b, invoer: .bestand(pad)) else { stop("kan '\(pad)' niet lezen", code: 66) }
        exit(meldControle(naam, c, alleVersies: false) ? 0 : 1)
    }
    meet(naam, b, .bestand(pad), inGeheugen: nil, referentie: true, planDoel: false)
    exit(0)
}

var goed = true
let soorten = opties.beslissing.flatMap { Werklastsoort(rawValue: $0) }.map { [$0] } ?? Werklastsoort.allCases
for soort in soorten {
    let b = kies(soort.rawValue)
    let begin = ContinuousClock.now
    let bytes = Werklast.maak(soort, aantal: opties.aantal, zaad: opties.zaad)
    meld("werklast \(soort.rawValue): \(nl(opties.aantal)) gevallen, zaad \(opties.zaad), \(nl(Double(bytes.count) / 1e6, 1)) MB "
         + "(gemiddeld \(nl(bytes.count / opties.aantal)) bytes per geval), gemaakt in \(nl(seconden(sinds: begin), 2)) s")
    if opties.controleer {
        guard let c = controleer(beslisser, beslissing: b, invoer: .geheugen(bytes)) else { continue }
        goed = meldControle(soort.rawValue, c, alleVersies: true) && goed
    } else {
        meet(soort.rawValue, b, .geheugen(bytes), inGeheugen: bytes.count, referentie: false, planDoel: soort == .afstemming)
    }
}
exit(goed ? 0 : 1)
