// Taaldienst: the language server's state and its message handler: one JSON-RPC message in, the messages
// to send out. The state is a value; nothing here reads standard input or writes standard output (the loop
// in Verbinding.swift does), so tests drive whole conversations in-process (STYLE §8).

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// The Regelwerk language server: open documents, the workspace, and the last analysis of each group of
/// files. Diagnostics are published by ``controleer()`` once edits have settled (the loop debounces).
public struct Taaldienst: Sendable {
    enum Toestand: Sendable { case nieuw, gestart, afgesloten }

    var toestand = Toestand.nieuw
    /// The language of diagnostics and labels; the client's locale sets it unless `--lang` was given.
    package var taal: Taal
    let taalVast: Bool
    /// The workspace folders (absolute paths).
    var wortels: [String] = []
    /// The rule files the project names where the server was started (REGELWERK_REGELS or `.regelwerk`).
    let startproject: [String]?
    /// Open documents by path.
    var documenten: [String: Document] = [:]
    /// Files on disk as last read, by path.
    var schijf: [String: [UInt8]] = [:]
    /// The headers of the workspace's rule files, read once (nil: not yet read).
    var koppen: [(pad: String, kop: Kopinfo)]?
    /// The group of files each open document is checked in (a key of ``analyses``).
    var groepVan: [String: String] = [:]
    /// The last compilation of each group, by the group's key (its paths, one a line).
    var controles: [String: Controle] = [:]
    /// The index over the last compilation of each group, made when a request needs it.
    var analyses: [String: Analyse] = [:]
    /// Groups edited since their diagnostics were last published.
    var teControleren: Set<String> = [] {
        didSet { verouderd.formUnion(teControleren) }
    }
    /// Groups edited since they were last compiled (a hover compiles before the debounce has passed).
    var verouderd: Set<String> = []
    /// The files each group last published diagnostics for, so that fixed files get an empty list.
    var gepubliceerd: [String: Set<String>] = [:]
    /// Whether the client takes snippets in completions.
    var fragmenten = false
    /// The exit code, once `exit` has come: 0 after `shutdown`, 1 without.
    public private(set) var afsluitcode: Int32?

    /// A server; `taal` is the CLI's language, `taalVast` whether the user chose it (`--lang`): then the
    /// client's locale does not change it. `project` names the project's rule files, if any.
    public init(taal: Taal = .nl, taalVast: Bool = false, project: [String]? = nil) {
        self.taal = taal
        self.taalVast = taalVast
        let cwd = FileManager.default.currentDirectoryPath
        self.startproject = project.map { Werkruimte.uitgebreid($0.map { Werkruimte.absoluut($0, basis: cwd) }) }
    }

    /// Whether edits wait for their diagnostics.
    public var wachtOpControle: Bool { !teControleren.isEmpty }

    // MARK: - Messages

    /// Handles one message body and returns the messages to send back, in order.
    public mutating func behandel(_ body: [UInt8]) -> [JSONWaarde] {
        switch RPCBericht.lees(body, taal: taal) {
        case .fout(let id, let code, let bericht):
            return [RPCBericht.foutantwoord(id, code, bericht)]
        case .antwoord:
            return []
        case .notificatie(let methode, let params):
            return notificatie(methode, params)
        case .verzoek(let id, let methode, let params):
            switch verzoek(methode, params) {
            case .success(let resultaat): return [RPCBericht.antwoord(id, resultaat)]
            case .failure(let f): return [RPCBericht.foutantwoord(id, f.code, f.bericht)]
            }
        }
    }

    /// A framing error of the stream, answered like a parse error (id null).
    package func kaderfout(_ f: Kaderfout) -> JSONWaarde {
        let b: TaaldienstBericht = switch f {
        case .geenLengte(let k): .kaderZonderLengte(k)
        case .teLang(let n): .kaderTeLang(n)
        case .kopTeLang: .kopTeLang
        }
        return RPCBericht.foutantwoord(.null, .parseError, b.tekst(taal))
    }

    struct Verzoekfout: Error {
        var code: RPCFoutcode
        var bericht: String
    }

    mutating func verzoek(_ methode: String, _ params: JSONWaarde) -> Result<JSONWaarde, Verzoekfout> {
        switch toestand {
        case .nieuw where methode != "initialize":
            return .failure(Verzoekfout(code: .serverNotInitialized, bericht: TaaldienstBericht.nietGestart.tekst(taal)))
        case .afgesloten:
            return .failure(Verzoekfout(code: .invalidRequest, bericht: TaaldienstBericht.afgesloten.tekst(taal)))
        default: break
        }
        func ongeldig() -> Result<JSONWaarde, Verzoekfout> {
            .failure(Verzoekfout(code: .invalidParams, bericht: TaaldienstBericht.ongeldigeParameters(methode).tekst(taal)))
        }
        switch methode {
        case "initialize":
            return .success(initialiseer(params))
        case "shutdown":
            toestand = .afgesloten
            return .success(.null)
        case "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/completion":
            guard let (pad, positie) = plek(params) else { return ongeldig() }
            guard let (analyse, k, offset) = bijgewerkt(pad, positie) else { return .success(.null) }
            switch methode {
            case "textDocument/hover": return .success(uitleg(analyse, k, offset))
            case "textDocument/definition": return .success(definitie(analyse, k, offset))
            case "textDocument/references":
                let metDeclaratie = params["context"]?["includeDeclaration"]?.waarheid ?? true
                return .success(verwijzingen(analyse, k, offset, metDeclaratie: metDeclaratie))
            default: return .success(aanvulling(analyse, k, offset, pad: pad))
            }
        case "textDocument/documentSymbol":
            guard let pad = params["textDocument"]?["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)) else { return ongeldig() }
            guard let analyse = bijgewerkteAnalyse(pad), let k = analyse.bestand(pad) else { return .success(.array([])) }
            return .success(overzicht(analyse, k))
        case "textDocument/formatting":
            guard let pad = params["textDocument"]?["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)) else { return ongeldig() }
            return .success(opmaak(pad))
        case "textDocument/codeAction":
            guard let pad = params["textDocument"]?["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)),
                  let van = Positie(params["range"]?["start"]), let tot = Positie(params["range"]?["end"]) else { return ongeldig() }
            guard let analyse = bijgewerkteAnalyse(pad), let k = analyse.bestand(pad) else { return .success(.array([])) }
            return .success(codeacties(analyse, k, van, tot))
        default:
            return .failure(Verzoekfout(code: .methodNotFound, bericht: TaaldienstBericht.onbekendeMethode(methode).tekst(taal)))
        }
    }

    mutating func notificatie(_ methode: String, _ params: JSONWaarde) -> [JSONWaarde] {
        if methode == "exit" {
            afsluitcode = toestand == .afgesloten ? 0 : 1
            return []
        }
        // Before `initialize` and after `shutdown`, notifications are dropped (the protocol says so).
        guard toestand == .gestart else { return [] }
        switch methode {
        case "textDocument/didOpen":
            guard let d = params["textDocument"], let uri = d["uri"]?.tekst, let pad = Werkruimte.pad(uri: uri),
                  let tekst = d["text"]?.tekst else { return [] }
            documenten[pad] = Document(uri: uri, pad: pad, versie: d["version"]?.geheel ?? 0, tekst: tekst)
            let groep = groep(van: pad)
            groepVan[pad] = groep
            teControleren.insert(groep)
        case "textDocument/didChange":
            guard let d = params["textDocument"], let pad = d["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)),
                  var doc = documenten[pad], let wijzigingen = params["contentChanges"]?.lijst else { return [] }
            for w in wijzigingen {
                guard let tekst = w["text"]?.tekst else { continue }
                doc.wijzig(van: Positie(w["range"]?["start"]), tot: Positie(w["range"]?["end"]), tekst: tekst)
            }
            doc.versie = d["version"]?.geheel ?? doc.versie + 1
            documenten[pad] = doc
            if let g = groepVan[pad] { teControleren.insert(g) }
        case "textDocument/didClose":
            guard let pad = params["textDocument"]?["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)) else { return [] }
            documenten[pad] = nil
            schijf[pad] = nil
            // Its group is checked again from the file on disk (what the editor closed without saving is gone).
            if let g = groepVan.removeValue(forKey: pad) { teControleren.insert(g) }
        case "textDocument/didSave", "workspace/didChangeWatchedFiles":
            // Files changed on disk: read them again, and the headers (a new file may join a group).
            schijf = [:]
            koppen = nil
            for g in Set(groepVan.values) { teControleren.insert(g) }
        case "workspace/didChangeWorkspaceFolders":
            for f in params["event"]?["removed"]?.lijst ?? [] {
                if let p = f["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)) { wortels.removeAll { $0 == p } }
            }
            for f in params["event"]?["added"]?.lijst ?? [] {
                if let p = f["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)), !wortels.contains(p) { wortels.append(p) }
            }
            koppen = nil
        default:
            break   // initialized, $/cancelRequest (requests are answered in order, so none is pending), $/setTrace
        }
        return []
    }

    mutating func initialiseer(_ params: JSONWaarde) -> JSONWaarde {
        toestand = .gestart
        if !taalVast, let locale = params["locale"]?.tekst {
            if locale.hasPrefix("en") { taal = .en } else if locale.hasPrefix("nl") { taal = .nl }
        }
        for f in params["workspaceFolders"]?.lijst ?? [] {
            if let p = f["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)) { wortels.append(p) }
        }
        if wortels.isEmpty, let p = params["rootUri"]?.tekst.flatMap(Werkruimte.pad(uri:)) { wortels.append(p) }
        if wortels.isEmpty, let p = params["rootPath"]?.tekst { wortels.append(Werkruimte.absoluut(p, basis: "/")) }
        fragmenten = params["capabilities"]?["textDocument"]?["completion"]?["completionItem"]?["snippetSupport"]?.waarheid ?? false
        let mogelijkheden: JSONWaarde = .object([
            ("positionEncoding", .tekst("utf-16")),
            ("textDocumentSync", .object([("openClose", .waarheid(true)), ("change", .n(2)), ("save", .object([]))])),
            ("hoverProvider", .waarheid(true)),
            ("definitionProvider", .waarheid(true)),
            ("referencesProvider", .waarheid(true)),
            // Only '.' opens the list by itself: a space would open it after every word typed.
            ("completionProvider", .object([("triggerCharacters", .array([.tekst(".")]))])),
            ("documentSymbolProvider", .waarheid(true)),
            ("documentFormattingProvider", .waarheid(true)),
            ("codeActionProvider", .object([("codeActionKinds", .array([.tekst("quickfix")]))])),
        ])
        return .object([("capabilities", mogelijkheden),
                        ("serverInfo", .object([("name", .tekst("regelwerk")), ("version", .tekst(Taaldienst.versie))]))])
    }

    /// The version the server reports (the CLI's).
    public static let versie = "0.1.0"

    // MARK: - Groups and analyses

    /// The key of the group of files `pad` is checked in: the project's files when the project names it
    /// (the project where the server started, or a `.regelwerk` above the file), else the files its header
    /// goes with among the workspace's files and the open documents.
    mutating func groep(van pad: String) -> String {
        if let p = startproject, p.contains(pad) { return p.joined(separator: "\n") }
        if let bestand = Werkruimte.projectbestand(boven: pad) {
            let p = Werkruimte.projectregels(bestand)
            if p.contains(pad) { return p.joined(separator: "\n") }
        }
        if koppen == nil { koppen = leesKoppen() }
        var alle = koppen ?? []
        for (p, d) in documenten.sorted(by: { $0.key < $1.key }) where !alle.contains(where: { $0.pad == p }) {
            if let k = Taaldienst.kop(d.bytes) { alle.append((p, k)) }
        }
        return Werkruimte.groep(van: pad, koppen: alle).joined(separator: "\n")
    }

    /// The headers of every rule file in the workspace folders.
    func leesKoppen() -> [(pad: String, kop: Kopinfo)] {
        var uit: [(pad: String, kop: Kopinfo)] = []
        var gezien = Set<String>()
        for w in wortels {
            for p in Werkruimte.regelbestanden(onder: w) where gezien.insert(p).inserted {
                guard let data = FileManager.default.contents(atPath: p), data.count <= Lexer.maximumGrootte,
                      let k = Taaldienst.kop([UInt8](data)) else { continue }
                uit.append((p, k))
            }
        }
        return uit
    }

    /// What a file's header says it is (parsing the file; a file without a header has none).
    static func kop(_ bytes: [UInt8]) -> Kopinfo? {
        var bronnen = Bronnen()
        let id = bronnen.voegToe(pad: "", bytes: bytes)
        let (r, d) = Parser.parse(bronnen[id], id: id)
        if d.alle.contains(where: { $0.bericht == .ontbrekendeKop }) { return nil }
        return Kopinfo(aard: r.soort, naam: r.naam)
    }

    /// The group's files as they are now: open documents as edited, the others as on disk.
    mutating func inhoud(_ groep: String) -> [(pad: String, bytes: [UInt8])] {
        var uit: [(pad: String, bytes: [UInt8])] = []
        for p in groep.split(separator: "\n").map(String.init) {
            if let d = documenten[p] { uit.append((p, d.bytes)); continue }
            if let b = schijf[p] { uit.append((p, b)); continue }
            guard let data = FileManager.default.contents(atPath: p) else { continue }
            schijf[p] = [UInt8](data)
            uit.append((p, [UInt8](data)))
        }
        return uit
    }

    /// The compilation of group `g` with every edit in it (compiled again when edits are waiting).
    mutating func controle(_ g: String) -> Controle {
        if let c = controles[g], !verouderd.contains(g) { return c }
        let c = Controle(bestanden: inhoud(g))
        controles[g] = c
        analyses[g] = nil
        verouderd.remove(g)
        return c
    }

    /// The indexed compilation of `pad`'s group with every edit in it.
    mutating func bijgewerkteAnalyse(_ pad: String) -> Analyse? {
        guard let g = groepVan[pad] else { return nil }
        let c = controle(g)
        if let a = analyses[g] { return a }
        let a = Analyse(c)
        analyses[g] = a
        return a
    }

    /// The analysis, file index and byte offset of a position in an open document.
    mutating func bijgewerkt(_ pad: String, _ p: Positie) -> (Analyse, Int, Int)? {
        guard let doc = documenten[pad], let a = bijgewerkteAnalyse(pad), let k = a.bestand(pad) else { return nil }
        return (a, k, doc.regels.offset(p, in: doc.bytes))
    }

    /// `textDocument` and `position` of a request.
    func plek(_ params: JSONWaarde) -> (String, Positie)? {
        guard let pad = params["textDocument"]?["uri"]?.tekst.flatMap(Werkruimte.pad(uri:)),
              let p = Positie(params["position"]) else { return nil }
        return (pad, p)
    }

    // MARK: - Diagnostics

    /// Checks every group edited since the last call, and returns its diagnostics as
    /// `textDocument/publishDiagnostics` notifications: for every file with diagnostics and every open
    /// document, and an empty list for every file that had some and has none now.
    public mutating func controleer() -> [JSONWaarde] {
        var uit: [JSONWaarde] = []
        for g in teControleren.sorted() { uit += publiceer(controle(g), groep: g) }
        teControleren = []
        // Compilations of groups no open document is in any more are dropped: memory follows the open files.
        let inGebruik = Set(groepVan.values)
        for g in controles.keys where !inGebruik.contains(g) { controles[g] = nil }
        for g in analyses.keys where !inGebruik.contains(g) { analyses[g] = nil }
        return uit
    }

    /// The largest number of diagnostics sent for one file: a file full of mistakes must not flood the editor.
    static let maximumPerBestand = 1_000

    mutating func publiceer(_ a: Controle, groep g: String) -> [JSONWaarde] {
        var perBestand: [Int: [JSONWaarde]] = [:]
        // Diagnostics without a place (a missing `uitvoer`) are shown at the top of the first open file.
        let zonderPlaats = a.paden.firstIndex { documenten[$0] != nil } ?? 0
        for d in a.compilatie.diagnostics.gesorteerd {
            let k = d.bereik.map { Int($0.bestand.waarde) } ?? zonderPlaats
            guard k < a.paden.count, perBestand[k, default: []].count < Taaldienst.maximumPerBestand else { continue }
            perBestand[k, default: []].append(diagnostiek(d, a))
        }
        var uit: [JSONWaarde] = []
        let eerder = gepubliceerd[g] ?? []
        var nu = Set<String>()
        for (k, pad) in a.paden.enumerated() {
            let lijst = perBestand[k] ?? []
            // An open document always hears its state (an empty list clears what an earlier session showed).
            guard !lijst.isEmpty || eerder.contains(pad) || documenten[pad] != nil else { continue }
            if !lijst.isEmpty { nu.insert(pad) }
            let uri = documenten[pad]?.uri ?? Werkruimte.uri(pad: pad)
            uit.append(RPCBericht.notificatie("textDocument/publishDiagnostics", .obj([
                ("uri", .tekst(uri)), ("version", documenten[pad].map { .n($0.versie) }), ("diagnostics", .array(lijst)),
            ])))
        }
        gepubliceerd[g] = nu
        return uit
    }

    /// One diagnostic as LSP says it: the message with its context and suggestion lines (as `check` shows
    /// them), the code, the severity, and each note with a place as related information.
    func diagnostiek(_ d: Diagnostic, _ a: Controle) -> JSONWaarde {
        func kort(_ b: Bericht) -> String {
            let t = b.tekst(taal)
            return t.count <= 1_000 ? t : String(t.prefix(1_000)) + "…"
        }
        var bericht = kort(d.bericht)
        for c in d.context { bericht += "\n" + kort(c) }
        if let s = d.suggestie { bericht += "\n" + kort(s) }
        var verwant: [JSONWaarde] = []
        for n in d.notities {
            if let r = n.bereik, Int(r.bestand.waarde) < a.paden.count {
                verwant.append(.object([("location", a.locatie(r)), ("message", .tekst(kort(n.bericht)))]))
            } else {
                bericht += "\n\(Ernst.opmerking.label(taal)): \(kort(n.bericht))"
            }
        }
        let ernst = switch d.ernst {
        case .fout: 1
        case .waarschuwing: 2
        case .opmerking: 3
        }
        let bereik = d.bereik.map { a.lspBereik($0) }
            ?? .object([("start", Positie(regel: 0, teken: 0).json), ("end", Positie(regel: 0, teken: 0).json)])
        return .obj([("range", bereik), ("severity", .n(ernst)), ("code", .tekst(d.code)), ("source", .tekst("regelwerk")),
                     ("message", .tekst(bericht)), ("relatedInformation", verwant.isEmpty ? nil : .array(verwant))])
    }

    // MARK: - Formatting

    /// `fmt` on an open document: one edit replacing the whole text, none when it is already laid out, and
    /// none when it does not read as rules (its diagnostics already say why).
    func opmaak(_ pad: String) -> JSONWaarde {
        guard let doc = documenten[pad], case .success(let tekst) = Indeling.canoniek(doc.bytes), Array(tekst.utf8) != doc.bytes else {
            return .array([])
        }
        let bereik = doc.regels.bereik(0, doc.bytes.count, in: doc.bytes)
        return .array([.object([("range", bereik), ("newText", .tekst(tekst))])])
    }
}
