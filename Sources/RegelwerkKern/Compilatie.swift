// The pipeline in one place: rule files → syntax trees → versions (consolidation) → checked rule sets (→ plans, by the Beslisser).

import Foundation

/// One version of an ordinance: the model with one set of municipal choices, and when it is in force.
public struct Versie: Sendable {
    public var regelset: Regelset
    /// First day in force; nil when the files name none (then the version is always in force).
    public var vanaf: Datum?
    /// Last day in force: as written, or the day before the next version starts; nil when open-ended.
    public var totEnMet: Datum?

    public func geldt(op d: Datum) -> Bool {
        (vanaf.map { d >= $0 } ?? true) && (totEnMet.map { d <= $0 } ?? true)
    }

    /// "vanaf 1 januari 2024 tot en met 31 december 2024".
    public var periode: String {
        var s = vanaf.map { "vanaf \($0.nederlands)" } ?? "zonder begindatum"
        if let t = totEnMet { s += " tot en met \(t.nederlands)" }
        return s
    }
}

/// The version chosen for a decision: its index in ``Compilatie/versies`` and, when there was a choice
/// to explain, why.
public struct Versiekeuze: Sendable, Equatable {
    public var index: Int
    public var uitleg: String?

    package init(index: Int, uitleg: String?) {
        self.index = index
        self.uitleg = uitleg
    }
}

/// Why no version could be chosen.
public enum Versiefout: Error, Sendable, Equatable {
    /// The decision takes its peildatum from this case field, and the case lacks it.
    case peildatumOntbreekt(veld: String)
    /// The case field that gives the peildatum holds no date.
    case peildatumOngeldig(veld: String, gevonden: String)
    /// No version is in force on the peildatum.
    case geenVersie(regeling: String, datum: Datum, versies: [String])
    /// Several versions, and nothing that says which: a peildatum is needed.
    case peildatumNodig(versies: [String])
    /// The peildatum lies before the first version, and the ordinance's transitional law (art. 96 lid 2)
    /// says such a case is handled under the repealed ordinance.
    case ingetrokkenVerordening(datum: Datum, inwerkingtreding: Datum, artikel: String)
    /// The version chosen leaves out the part of the model the decision belongs to (`hoofdstuk 4 niet
    /// opgenomen`): `verordening` names the ordinance, with the version when there are several.
    case nietOpgenomen(beslissing: String, artikel: String, deel: String, verordening: String, versie: String?)

    /// The message, from the catalogue.
    public var bericht: Bericht {
        switch self {
        case .peildatumOntbreekt(let veld):
            .veldOntbreekt(veld: veld, soort: "datum", nodigVoor: Bericht.voorDeVersie)
        case .peildatumOngeldig(let veld, let gevonden):
            .veldVerkeerdeSoort(veld: veld, verwacht: "datum", gevonden: gevonden)
        case .geenVersie(let regeling, let datum, let versies):
            .geenVersieVanKracht(regeling, datum: datum.nederlands, versies: versies.joined(separator: "; "))
        case .peildatumNodig(let versies):
            .peildatumNodig(versies: versies.joined(separator: "; "))
        case .ingetrokkenVerordening(let d, let i, let a):
            .overgangsrechtOudeVerordening(datum: d.nederlands, inwerkingtreding: i.nederlands, artikel: a)
        case .nietOpgenomen(let b, let a, let d, let v, let p):
            .beslissingNietOpgenomen(beslissing: b, artikel: a, deel: d, verordening: v, versie: p)
        }
    }
}

/// The result of reading and checking a set of rule files: one or more versions of one ordinance.
public struct Compilatie: Sendable {
    public var bronnen: Bronnen
    public var bestanden: [Regelbestand]
    /// The versions, oldest first. Always at least one.
    public var versies: [Versie]
    public var diagnostics: Diagnostics

    /// The rule set of the first version (the only one, for an ordinance without versions).
    public var regelset: Regelset { versies[0].regelset }


    /// The version rule, the same for every command and the one place that applies it (DESIGN §2): the
    /// version in force on the peildatum when there is one (given by the user, or taken by the decision
    /// from the case: `bron` says which); else the only version; else an error that names the versions.
    /// With `metUitleg`, the choice is explained for the decision's header ("beslist volgens de versie
    /// vanaf …, die gold op de peildatum …"); many cases at once leave that text unwritten.
    public func kiesVersie(peildatum: Datum?, bron: String = "--peildatum", beslissing: String? = nil,
                           metUitleg: Bool = true) -> Result<Versiekeuze, Versiefout> {
        guard let d = peildatum else {
            if versies.count == 1 { return .success(Versiekeuze(index: 0, uitleg: nil)) }
            return .failure(.peildatumNodig(versies: versies.map(\.periode)))
        }
        guard let k = versies.firstIndex(where: { $0.geldt(op: d) }) else {
            // Before the first version, the ordinance's own transitional law (art. 96 lid 2) decides: a case
            // from before its entry into force is handled under it, or under the repealed ordinance.
            if let eerste = versies.first, let begin = eerste.vanaf, d < begin, let o = eerste.regelset.overgangsrecht,
               o.beslissingen.isEmpty || beslissing.map(o.beslissingen.contains) == true {
                guard o.naarDezeVerordening else {
                    return .failure(.ingetrokkenVerordening(datum: d, inwerkingtreding: begin, artikel: o.citaat.description))
                }
                let uitleg = !metUitleg ? nil
                    : "beslist volgens de versie \(eerste.periode)\(Self.vaststelling(eerste)): de peildatum \(d.nederlands) (\(bron)) ligt vóór de inwerkingtreding, en volgens \(o.citaat.description) (overgangsrecht) wordt de zaak afgehandeld krachtens deze verordening"
                return .success(Versiekeuze(index: 0, uitleg: uitleg))
            }
            return .failure(.geenVersie(regeling: regelset.naam, datum: d, versies: versies.map(\.periode)))
        }
        let v = versies[k]
        let uitleg = !metUitleg || (versies.count == 1 && v.vanaf == nil) ? nil
            : "beslist volgens de versie \(v.periode)\(Self.vaststelling(v)), die gold op de peildatum \(d.nederlands) (\(bron))"
        return .success(Versiekeuze(index: k, uitleg: uitleg))
    }

    /// The same ordinance where every rule reads the fill-ins of its own version, also where it reads one `op` a
    /// date of the case (`verjaringstermijn_43 op datum_constatering`). For `vergelijk`, which decides every case
    /// under the newest version of each rule set to compare two rule sets, not two periods: the new rules with
    /// their own verjaringstermijn, not with whatever version was in force on the constatering (often none loaded).
    public func metEigenInvullingen() -> Compilatie {
        var c = self
        for k in c.versies.indices where !c.versies[k].regelset.versiewaarden.isEmpty {
            let set = c.versies[k].regelset
            var reeksen: [Int: [Versiewaarde]] = [:]
            for i in set.versiewaarden.keys {
                let w = set.openTermen[i].waarde
                reeksen[i] = [Versiewaarde(vanaf: nil, totEnMet: nil, periode: c.versies[k].periode, waarde: w == .afwezig ? nil : w)]
            }
            c.versies[k].regelset.versiewaarden = reeksen
        }
        return c
    }

    /// ", vastgesteld op 25 juni 2020 en met terugwerkende kracht in werking vanaf 1 januari 2020": a
    /// version adopted after the day it takes effect says both days; otherwise nothing is added.
    static func vaststelling(_ v: Versie) -> String {
        guard let vast = v.regelset.vastgesteld, let begin = v.vanaf, vast > begin else { return "" }
        return " (vastgesteld op \(vast.nederlands), met terugwerkende kracht in werking vanaf \(begin.nederlands))"
    }

    /// Parses and checks the given sources together as one rule set.
    public static func compileer(_ teksten: [(pad: String, tekst: String)]) -> Compilatie {
        compileer(bytes: teksten.map { ($0.pad, Array($0.tekst.utf8)) })
    }

    /// Without `waarschuwingen` the checker's passes that can only warn (what is unused, a blank without its
    /// fill-in, a categorical refusal) do not run: for the commands that show no warnings (`beslis`, `batch`,
    /// `plan`, ...). The errors are the same either way.
    public static func compileer(bytes: [(pad: String, bytes: [UInt8])], waarschuwingen: Bool = true) -> Compilatie {
        // Parsing, checking and planning recurse as deep as an expression nests: on a stack with room for it.
        Stapel.metRuimte { compileerHier(bytes: bytes, waarschuwingen: waarschuwingen) }
    }

    static func compileerHier(bytes: [(pad: String, bytes: [UInt8])], waarschuwingen: Bool) -> Compilatie {
        var bronnen = Bronnen()
        var bestanden: [Regelbestand] = []
        var ds = Diagnostics()
        let ids = bytes.map { bronnen.voegToe(pad: $0.pad, bytes: $0.bytes) }
        // Each file parses on its own: on all cores, the results in file order.
        let gelezen = Stapel.parallel(ids.count) { [bronnen] k in Parser.parse(bronnen[ids[k]], id: ids[k]) }
        for (r, d) in gelezen {
            bestanden.append(r)
            ds.voegToe(d)
        }
        // Consolidation, then checking one version at a time (the passes in order, like Catala's driver).
        var versies: [Versie] = []
        var gezien = Set<Diagnostic>()
        // A file with a syntax error was read in part: "unused" is then no finding (what uses it may be
        // the part that could not be read).
        let syntaxfout = Set(ds.alle.filter { $0.ernst == .fout && $0.code.hasPrefix("RW01") }.compactMap { $0.bereik?.bestand })
        let consolidatie = Consolidatie.versies(bestanden, &ds)
        // Each version checks on its own (on all cores); their findings are taken in version order.
        let gecontroleerd = Stapel.parallel(consolidatie.count) { [bronnen] k in
            Checker.controleer(consolidatie[k], meerdere: consolidatie.count > 1, bronnen: bronnen, waarschuwingen: waarschuwingen)
        }
        for (v, (set, cd)) in zip(consolidatie, gecontroleerd) {
            // A diagnostic in the model is the same in every version that reaches it: it is reported once.
            // One about a municipality's choice names its version, so it differs per version.
            for d in cd.alle where gezien.insert(d).inserted && !(Self.isOngebruikt(d) && d.bereik.map { syntaxfout.contains($0.bestand) } == true) {
                ds.meld(d)
            }
            versies.append(Versie(regelset: set, vanaf: v.vanaf, totEnMet: v.totEnMet))
        }
        // A fill-in read `op` a date of the case (`verjaringstermijn_43 op datum_constatering`) is the fill-in of
        // the version in force on that date: each version that reads one gets every version's value of it, by name
        // (a version that does not fill it in, for another variant or a part left out, has none).
        for k in versies.indices where !versies[k].regelset.invullingenOpDatum.isEmpty {
            var reeksen: [Int: [Versiewaarde]] = [:]
            for i in versies[k].regelset.invullingenOpDatum {
                let naam = versies[k].regelset.openTermen[i].naam
                reeksen[i] = versies.map { v in
                    let w = v.regelset.openTermen.first { $0.naam == naam }?.waarde
                    return Versiewaarde(vanaf: v.vanaf, totEnMet: v.totEnMet, periode: v.periode, waarde: w == .afwezig ? nil : w)
                }
            }
            versies[k].regelset.versiewaarden = reeksen
        }
        // Fixtures are checked against rules that check; against broken rules every name would be unknown.
        if !ds.heeftFouten { Proefcontrole.controleer(bestanden, versies: versies.map(\.regelset), &ds) }
        return Compilatie(bronnen: bronnen, bestanden: bestanden, versies: versies, diagnostics: ds)
    }

    /// A warning that a rule or open term is used by nothing.
    static func isOngebruikt(_ d: Diagnostic) -> Bool {
        switch d.bericht {
        case .regelOngebruikt, .openTermOngebruikt: true
        default: false
        }
    }

    /// Reads files and folders (every `.regels` file below a folder, in sorted order).
    public static func lees(paden: [String], waarschuwingen: Bool = true) throws(Leesfout) -> Compilatie {
        let bestanden = try leesBestanden(paden)
        var c = compileer(bytes: bestanden, waarschuwingen: waarschuwingen)
        wijsParametersAan(&c, paden: paden, geladen: Set(bestanden.map(\.pad)))
        return c
    }

    /// An unknown name that a parameters file near the given paths defines (the model's national amounts,
    /// when `Examples/landelijk` was left out) gets a hint to load that file, instead of "onbekende naam" alone.
    package static func wijsParametersAan(_ c: inout Compilatie, paden: [String], geladen: Set<String>) {
        let onbekend = Set(c.diagnostics.alle.compactMap { d -> String? in
            if case .onbekendeNaam(let n) = d.bericht, d.suggestie == nil { return n }
            return nil
        })
        guard !onbekend.isEmpty else { return }
        // The folders beside and above the given ones (two levels), read only for their parameters files.
        var mappen = Set<String>()
        for pad in paden {
            var map = (pad as NSString).deletingLastPathComponent
            for _ in 0..<2 where !map.isEmpty {
                mappen.insert(map)
                map = (map as NSString).deletingLastPathComponent
            }
        }
        var waar: [String: String] = [:]
        for map in mappen.sorted() where map != "/" {
            for pad in regelbestandenInDeBuurt(map) where !geladen.contains(pad) {
                guard let data = FileManager.default.contents(atPath: pad), data.count < Lexer.maximumGrootte else { continue }
                var bronnen = Bronnen()
                let id = bronnen.voegToe(pad: pad, bytes: [UInt8](data))
                guard case .parameters(let ps) = Parser.parse(bronnen[id], id: id).0.inhoud else { continue }
                for p in ps where onbekend.contains(p.naam.tekst) && waar[p.naam.tekst] == nil {
                    waar[p.naam.tekst] = (pad as NSString).deletingLastPathComponent
                }
            }
        }
        guard !waar.isEmpty else { return }
        var ds = Diagnostics()
        for var d in c.diagnostics.alle {
            if case .onbekendeNaam(let n) = d.bericht, d.suggestie == nil, let p = waar[n] { d.suggestie = .laadParameters(n, pad: p) }
            ds.meld(d)
        }
        c.diagnostics = ds
    }

    /// The `.regels` files in `map` and in its folders up to `diepte` levels below, for a suggestion only: hidden
    /// folders (`.build`, `.git`) are passed over and at most `maximum` folders are read. (The whole tree was read:
    /// `check /tmp/x.regels` with an unknown name walked `/` entirely, for minutes or, through `/proc`, for ever.)
    static func regelbestandenInDeBuurt(_ map: String, diepte: Int = 3, maximum: Int = 500) -> [String] {
        let fm = FileManager.default
        var gevonden: [String] = [], rij = [(map, 0)], gelezen = 0
        while gelezen < rij.count, gelezen < maximum {
            let (huidig, niveau) = rij[gelezen]
            gelezen += 1
            guard let namen = try? fm.contentsOfDirectory(atPath: huidig) else { continue }
            for naam in namen.sorted() where !naam.hasPrefix(".") {
                let vol = (huidig as NSString).appendingPathComponent(naam)
                var sub: ObjCBool = false
                guard fm.fileExists(atPath: vol, isDirectory: &sub) else { continue }
                if sub.boolValue {
                    if niveau < diepte { rij.append((vol, niveau + 1)) }
                } else if naam.hasSuffix(".regels") {
                    gevonden.append(vol)
                }
            }
        }
        return gevonden.sorted()
    }

    /// The contents of every `.regels` file among `paden` (folders expanded), in a fixed order.
    public static func leesBestanden(_ paden: [String]) throws(Leesfout) -> [(pad: String, bytes: [UInt8])] {
        var bestanden: [(pad: String, bytes: [UInt8])] = []
        for pad in try Compilatie.regelbestanden(paden) {
            guard let data = FileManager.default.contents(atPath: pad) else { throw Leesfout(pad: pad) }
            bestanden.append((pad, [UInt8](data)))
        }
        return bestanden
    }

    /// Expands folders to their `.regels` files, sorted so that every run reads them in one order. A path
    /// that does not exist, or a folder (or a folder in it) that cannot be read, is an error naming it: an
    /// unreadable folder is never taken for an empty one.
    public static func regelbestanden(_ paden: [String]) throws(Leesfout) -> [String] {
        var uit: [String] = []
        let fm = FileManager.default
        for pad in paden {
            var isMap: ObjCBool = false
            guard fm.fileExists(atPath: pad, isDirectory: &isMap) else { throw Leesfout(pad: pad) }
            guard isMap.boolValue else {
                uit.append(pad)
                continue
            }
            // Breadth first with an explicit list: no recursion, however deep the folders.
            var gevonden: [String] = []
            var mappen = [pad]
            while let map = mappen.popLast() {
                guard fm.isReadableFile(atPath: map), let namen = try? fm.contentsOfDirectory(atPath: map) else {
                    throw Leesfout(pad: map)
                }
                for naam in namen {
                    let vol = (map as NSString).appendingPathComponent(naam)
                    var sub: ObjCBool = false
                    guard fm.fileExists(atPath: vol, isDirectory: &sub) else { continue }   // a dangling link
                    if sub.boolValue { mappen.append(vol) } else if naam.hasSuffix(".regels") { gevonden.append(vol) }
                }
            }
            uit += gevonden.sorted()
        }
        return uit
    }
}

/// A file or folder that could not be read.
public struct Leesfout: Error, Sendable {
    public var pad: String
}
