// CLI: what every command shares: where it reads and writes, the language of its messages, and the steps
// several commands take the same way (reading rules, choosing a decision, reading a case, reporting).

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen
import RegelwerkTaaldienst

/// Where a command reads and writes; tests pass buffers, the executable passes the terminal.
public struct InUit {
    public var schrijf: (String) -> Void
    public var schrijfFout: (String) -> Void
    /// Standard input whole; nil when it cannot be read (closed, or not readable).
    public var leesStandaardInvoer: () -> [UInt8]?
    /// The next piece of standard input, nil at its end: for streaming (`batch`). It throws when standard input
    /// cannot be read on (the command reports it). Without it, standard input is read whole.
    public var leesBlok: (() throws(Standaardinvoerfout) -> [UInt8]?)?
    /// Waits up to the given milliseconds for standard input; false when none came. `regelwerk lsp` waits so
    /// that diagnostics follow once the editor is quiet. Without it, input is taken to be ready.
    public var wachtOpInvoer: ((Int) -> Bool)? = nil
    /// The largest case read (``Gevalgrens/bytes``); tests set a small one so that crossing it is cheap.
    public var gevalgrens = Gevalgrens.bytes
    /// Writes bytes to standard output as they are (batch records); without it, they go through ``schrijf``.
    public var schrijfBytes: (([UInt8]) -> Void)?
    /// Whether standard error is a terminal: only then does `batch` show its progress line.
    public var foutIsTerminal = false
    /// After how many milliseconds `batch` shows its progress line (tests set 0).
    public var voortgangNa = 1000
    /// The rule files and folders the project names, used where a command is given none (``Project``).
    public var projectRegels: () -> [String]? = Project.regels
    /// The next line of standard input without its end, nil at its end: for `beslis` in conversation.
    public var leesRegel: () -> String? = { nil }
    /// Whether standard input is a terminal: then `beslis` without `--geval` asks for the case.
    public var invoerIsTerminal = false

    public init(schrijf: @escaping (String) -> Void, schrijfFout: @escaping (String) -> Void,
                leesStandaardInvoer: @escaping () -> [UInt8]?, leesBlok: (() throws(Standaardinvoerfout) -> [UInt8]?)? = nil) {
        self.schrijf = schrijf
        self.schrijfFout = schrijfFout
        self.leesStandaardInvoer = leesStandaardInvoer
        self.leesBlok = leesBlok
    }
}

/// Standard input could not be read on (``InUit/leesBlok``); the command reports it.
public struct Standaardinvoerfout: Error, Sendable {
    /// The system's error number (`errno`), 0 when there is none.
    public var nummer: Int32
    public init(nummer: Int32) { self.nummer = nummer }
}

/// The input of `batch` or `vergelijk` (``Omgeving/invoer(_:)``): its pieces, and whether reading failed on the way.
final class Invoerlezer: @unchecked Sendable {
    /// The next piece, nil at the end of the input or after a read error. Called on one thread at a time (the
    /// read-ahead's, in `batch`).
    var lees: () -> [UInt8]? = { nil }
    /// Whether the input ended on a read error (reported already). Written by ``lees``; read once the input has
    /// ended, which the read-ahead hands over under its lock.
    var mislukt = false
}

/// A command's surroundings: its input and output, the language of its messages, and its spec (for usage
/// errors).
struct Omgeving {
    var io: InUit
    var taal: Taal
    var spec: CommandoSpec?

    func schrijf(_ s: String) { io.schrijf(s) }
    func schrijf(bytes: [UInt8]) {
        if let b = io.schrijfBytes { b(bytes) } else { io.schrijf(String(decoding: bytes, as: UTF8.self)) }
    }
    func schrijfFout(_ s: String) { io.schrijfFout(s) }

    /// "fout: <message>" on standard error.
    func fout(_ b: CLIBericht) { io.schrijfFout("\(Ernst.fout.label(taal)): \(b.tekst(taal))\n") }

    /// A catalogue message with its code: "fout[RW0715]: …".
    func fout(_ b: Bericht, plaats: String? = nil, suggestie: Bericht? = nil) {
        var uit = (plaats.map { "\($0): " } ?? "") + "\(Ernst.fout.label(taal))[\(b.code)]: \(b.tekst(taal))\n"
        if let s = suggestie { uit += "  = \(s.tekst(taal))\n" }
        io.schrijfFout(uit)
    }

    /// Reports a usage error with the command's usage line; exit 64.
    func gebruiksfout(_ f: Gebruiksfout) -> Afsluitcode {
        var uit = "\(Ernst.fout.label(taal)): \(f.bericht.tekst(taal))"
        if let s = f.suggestie { uit += "; " + CLIBericht.bedoeldeU(s).tekst(taal) }
        uit += "\n"
        if let c = f.commando ?? spec {
            uit += CLIBericht.gebruik(c.gebruik, opdracht: c.naam).tekst(taal) + "\n"
        } else {
            uit += CLIBericht.zieHulp.tekst(taal) + "\n"
        }
        io.schrijfFout(uit)
        return .gebruik
    }

    func gebruiksfout(_ b: CLIBericht) -> Afsluitcode { gebruiksfout(Gebruiksfout(bericht: b, commando: spec)) }

    func onbekendeOpdracht(_ n: String) -> Afsluitcode {
        gebruiksfout(Gebruiksfout(bericht: .onbekendeOpdracht(n),
                                  suggestie: dichtstbijzijnde(n, in: RegelwerkCLI.commandos.map(\.naam) + ["help"]), commando: nil))
    }

    /// A request the rules cannot serve (no such decision or rule): a usage error with the catalogue's text.
    func verzoekfout(_ f: Verzoekfout) -> Afsluitcode {
        var uit = "\(Ernst.fout.label(taal))[\(f.bericht.code)]: \(f.bericht.tekst(taal))\n"
        if let s = f.suggestie { uit += "  = \(s.tekst(taal))\n" }
        // A decision the ordinance leaves out (RW0741) is asked for rightly; the usage would not help.
        if let c = spec, !{ if case .beslissingNietOpgenomen = f.bericht { true } else { false } }() {
            uit += CLIBericht.gebruik(c.gebruik, opdracht: c.naam).tekst(taal) + "\n"
        }
        io.schrijfFout(uit)
        return .gebruik
    }

    /// Reads and checks rule files, printing diagnostics (warnings too with `toonWaarschuwingen`). The
    /// compilation is returned whenever the files could be read; the code says whether it had errors.
    func compileer(_ paden: [String], toonWaarschuwingen: Bool) -> (Compilatie?, Afsluitcode) {
        if paden.isEmpty { return (nil, gebruiksfout(.geenRegelbestanden)) }
        let c: Compilatie
        do {
            c = try Compilatie.lees(paden: paden, waarschuwingen: toonWaarschuwingen)
        } catch {
            fout(.kanNietLezen(error.pad))
            return (nil, .bestandOnleesbaar)
        }
        let te = c.diagnostics.gesorteerd.filter { toonWaarschuwingen || $0.ernst == .fout }
        if !te.isEmpty { io.schrijfFout(DiagnosticWeergave(bronnen: c.bronnen, taal: taal).tekst(te)) }
        return (c, c.diagnostics.heeftFouten ? .regelfouten : .ok)
    }

    /// Compiles the rules and builds the one decider over them; nil (after reporting) on any error, with
    /// the exit code. `--uitvoer` (if the command has it) makes the requested rules the decision.
    func beslisser(_ paden: [String], _ a: Argumenten) -> Result<Beslisser, Afsluiting> {
        let (gelezen, code) = compileer(paden, toonWaarschuwingen: false)
        guard let c = gelezen, code == .ok else { return .failure(Afsluiting(code: code)) }
        return beslisser(c, a)
    }

    /// The decider over rules already compiled, with `--uitvoer` (if given) as its one decision.
    func beslisser(_ c: Compilatie, _ a: Argumenten) -> Result<Beslisser, Afsluiting> {
        let uitvoer = a.waarden("--uitvoer").flatMap { $0.split(separator: ",").map(String.init) }
        do {
            // Every command that starts here decides one decision: only that one is planned.
            return .success(try Beslisser(c, uitvoer: uitvoer, peildatumVan: uitvoer.isEmpty ? nil : a.waarde("--beslissing"),
                                          alleen: uitvoer.isEmpty ? a.waarde("--beslissing") : nil))
        } catch {
            return .failure(Afsluiting(code: verzoekfout(error)))
        }
    }

    /// The decider over the rules at `paden` and the decision `--beslissing` names (or the only one), or the
    /// exit code after reporting why not: what `beslis`, `batch`, `plan` and `velden` all begin with.
    func beslissing(_ paden: [String], _ a: Argumenten) -> Result<(Beslisser, Int), Afsluiting> {
        beslisser(paden, a).flatMap { kies($0, a) }
    }

    /// The decision `--beslissing` names in the decider (or the only one), with the decider.
    func kies(_ beslisser: Beslisser, _ a: Argumenten) -> Result<(Beslisser, Int), Afsluiting> {
        switch beslisser.kies(beslissing: a.waarde("--beslissing")) {
        case .success(let b): .success((beslisser, b))
        case .failure(let f): .failure(Afsluiting(code: verzoekfout(f)))
        }
    }

    /// `--peildatum` as a date (nil when not given); a usage error when it is no date.
    func peildatum(_ a: Argumenten) -> Result<Datum?, Afsluiting> {
        guard let p = a.waarde("--peildatum") else { return .success(nil) }
        guard let d = Datum.lees(Substring(p)) else { return .failure(Afsluiting(code: gebruiksfout(.ongeldigePeildatum(p)))) }
        return .success(d)
    }

    /// No version for a command without a case (`plan`, `render`): several versions and no peildatum is a
    /// usage error; a peildatum on which none is in force is the rules' (exit 2).
    func versiefout(_ f: Versiefout) -> Afsluitcode {
        fout(f.bericht)
        if case .peildatumNodig = f {
            if let c = spec { schrijfFout(CLIBericht.gebruik(c.gebruik, opdracht: c.naam).tekst(taal) + "\n") }
            return .gebruik
        }
        return .regelfouten
    }

    /// Whether the cases are CSV: `--formaat`, else the file's name; a usage error for an unknown format.
    func isCSV(_ a: Argumenten, pad: String?) -> Result<Bool, Afsluiting> {
        switch a.waarde("--formaat") {
        case nil: return .success(pad?.lowercased().hasSuffix(".csv") == true)
        case "csv"?: return .success(true)
        case "jsonl"?, "json"?: return .success(false)
        case let f?: return .failure(Afsluiting(code: gebruiksfout(.onbekendFormaat(f))))
        }
    }

    /// Whether `pad` is a readable file (not a folder); reports and returns false otherwise.
    func isLeesbaarBestand(_ pad: String) -> Bool {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else {
            fout(.kanNietLezen(pad))
            return false
        }
        guard !isMap.boolValue else {
            fout(.geenBestand(pad))
            return false
        }
        guard FileManager.default.isReadableFile(atPath: pad) else {
            fout(.kanNietLezen(pad))
            return false
        }
        return true
    }

    /// A whole file, or standard input for "-", up to `maximum` bytes (more is refused as too large, before
    /// it is all in memory). Nil (after reporting) when it cannot be read.
    func leesBestand(_ pad: String, maximum: Int) -> Result<[UInt8], Afsluiting> {
        if pad == "-" {
            guard let b = io.leesStandaardInvoer() else {
                fout(.kanNietLezen(CLIBericht.standaardinvoer.tekst(taal)))
                return .failure(Afsluiting(code: .bestandOnleesbaar))
            }
            guard b.count <= maximum else {
                fout(.gevalTeGroot(maximum), plaats: CLIBericht.standaardinvoer.tekst(taal))
                return .failure(Afsluiting(code: .gevalfouten))
            }
            return .success(b)
        }
        guard isLeesbaarBestand(pad), let h = FileHandle(forReadingAtPath: pad) else { return .failure(Afsluiting(code: .bestandOnleesbaar)) }
        defer { try? h.close() }
        do {
            let d = try h.read(upToCount: maximum + 1) ?? Data()
            guard d.count <= maximum else {
                fout(.gevalTeGroot(maximum), plaats: pad)
                return .failure(Afsluiting(code: .gevalfouten))
            }
            return .success([UInt8](d))
        } catch {
            fout(.kanNietLezen(pad))
            return .failure(Afsluiting(code: .bestandOnleesbaar))
        }
    }

    /// The input of `batch` and `vergelijk` in pieces: a file, standard input as it comes, or (in tests)
    /// standard input whole. Nil (after saying so) when the file cannot be read. A read error later on
    /// ends the input, is reported, and is kept in ``Invoerlezer/mislukt``: the command must not end as if it
    /// had read everything.
    func invoer(_ pad: String?) -> Invoerlezer? {
        let io = self.io, taal = self.taal
        let lezer = Invoerlezer()
        // The message names the input and the system's reason ("Input/output error"): a disk, not the cases.
        func mislukt(_ nummer: Int32) {
            lezer.mislukt = true
            let naam = pad.flatMap { $0 == "-" ? nil : $0 } ?? CLIBericht.standaardinvoer.tekst(taal)
            let reden = nummer != 0 ? String(cString: strerror(nummer)) : nil
            io.schrijfFout("\(Ernst.fout.label(taal)): \(CLIBericht.kanNietVerderLezen(naam, reden: reden).tekst(taal))\n")
        }
        if let pad, pad != "-" {
            guard isLeesbaarBestand(pad), let bestand = FileHandle(forReadingAtPath: pad) else { return nil }
            lezer.lees = Vooruitlezer.stukken(uit: bestand, bijFout: mislukt)
        } else if let blok = io.leesBlok {
            lezer.lees = {
                do throws(Standaardinvoerfout) {
                    return try blok()
                } catch {
                    mislukt(error.nummer)
                    return nil
                }
            }
        } else {
            var gelezen = false
            let alles = io.leesStandaardInvoer
            lezer.lees = {
                guard !gelezen else { return nil }
                gelezen = true
                guard let bytes = alles() else {
                    mislukt(0)
                    return nil
                }
                return bytes
            }
        }
        return lezer
    }

    /// Reports why a case was not decided, in the form of a diagnostic on the case (`naam` is its file).
    /// Returns the exit code: a request error is a usage error; everything else is the case's.
    func meld(_ f: Beslisfout, geval naam: String) -> Afsluitcode {
        switch f {
        case .json(let j):
            io.schrijfFout("\(naam):\(j.regel):\(j.kolom): \(Ernst.fout.label(taal))[\(j.bericht.code)]: \(j.bericht.tekst(taal))\n")
        case .verzoek(let v):
            return verzoekfout(v)
        case .versie(.peildatumNodig(let versies)):
            fout(.peildatumNodig(versies: versies.joined(separator: "; ")), plaats: naam)
            return .gebruik
        case .versie(let v):
            fout(v.bericht, plaats: naam)
        case .geval(let fouten, let waarschuwingen):
            for w in waarschuwingen { gevalMelding(naam, .waarschuwing, w) }
            for p in fouten { gevalMelding(naam, .fout, p) }
        case .berekening(let r):
            var uit = "\(naam): \(Ernst.fout.label(taal))[\(r.bericht.code)]: \(r.bericht.tekst(taal))\n"
            // A missing field's message already names the rule and article that needed it.
            if let c = r.citaat, !r.bericht.noemtArtikel { uit += "  = \(Bericht.inArtikel(c.description).tekst(taal))\n" }
            io.schrijfFout(uit)
        }
        return .gevalfouten
    }

    func gevalMelding(_ naam: String, _ ernst: Ernst, _ p: GevalProbleem) {
        var uit = "\(naam): \(ernst.label(taal))[\(p.bericht.code)]: \(p.bericht.tekst(taal))\n"
        if let s = p.suggestie { uit += "  = \(s.tekst(taal))\n" }
        io.schrijfFout(uit)
    }
}

/// A command that stopped early, with its exit code (already reported).
struct Afsluiting: Error { var code: Afsluitcode }

/// The project: the rule folders a municipality works with, named once so that no command needs `--regels`:
/// the environment variable REGELWERK_REGELS (paths separated by ':'), else the file `.regelwerk` in the
/// working directory (one path a line; `#` starts a comment).
public enum Project {
    public static let bestand = ".regelwerk"

    public static func regels() -> [String]? {
        if let v = ProcessInfo.processInfo.environment["REGELWERK_REGELS"], !v.isEmpty {
            return v.split(separator: ":").map(String.init)
        }
        guard let data = FileManager.default.contents(atPath: bestand) else { return nil }
        return lees(String(decoding: data, as: UTF8.self))
    }

    /// The paths in a project file's text (read the same way by the language server).
    public static func lees(_ tekst: String) -> [String] { Werkruimte.leesProject(tekst) }
}
