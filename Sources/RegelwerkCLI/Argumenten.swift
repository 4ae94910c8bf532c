// CLI: command specs, the argument parser and the help text, all built from one table (STYLE §3).

import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// Exit codes, listed in `regelwerk --help` and the README.
public enum Afsluitcode: Int32, Sendable, CaseIterable {
    case ok = 0
    case testsMislukt = 1
    case regelfouten = 2
    case gevalfouten = 3
    case gebruik = 64
    case bestandOnleesbaar = 66
    case intern = 70
    case schrijffout = 74

    var uitleg: String {
        switch self {
        case .ok: "gelukt"
        case .testsMislukt: "een proef mislukte, of een artikel dat rekent heeft geen proef ('regelwerk test'); of een bestand staat niet in de vaste opmaak ('regelwerk fmt --controleer')"
        case .regelfouten: "fouten in de regelbestanden"
        case .gevalfouten: "fouten in de gegevens van een geval"
        case .gebruik: "verkeerd gebruik van de opdracht (onbekende optie, ontbrekend argument)"
        case .bestandOnleesbaar: "een bestand of map bestaat niet of is niet te lezen"
        case .intern: "interne fout van regelwerk"
        case .schrijffout: "de uitvoer kon niet worden geschreven (schijf vol, pijp gesloten)"
        }
    }
}

public struct OptieSpec: Sendable {
    /// How many values an option takes.
    public enum Aantal: Sendable {
        /// One value (given again, the last counts).
        case een
        /// One value per occurrence, as often as wanted: `--uitvoer a --uitvoer b`.
        case herhaalbaar
        /// Every value up to the next option: `--regels model landelijk gemeente`. Only for commands that
        /// take no positional arguments, so it can never swallow them (a test checks every command).
        case lijst
    }
    public var naam: String
    /// Placeholder of the value, nil for a flag.
    public var waarde: String?
    public var uitleg: String
    public var aantal: Aantal = .een

    public init(naam: String, waarde: String?, uitleg: String, aantal: Aantal = .een) {
        self.naam = naam
        self.waarde = waarde
        self.uitleg = uitleg
        self.aantal = aantal
    }

    var meerdere: Bool { aantal != .een }
}

public struct CommandoSpec: Sendable {
    public var naam: String
    public var samenvatting: String
    public var uitleg: String
    public var argumenten: [(naam: String, uitleg: String)]
    public var opties: [OptieSpec]
    public var voorbeelden: [String]

    public var gebruik: String {
        var delen = ["regelwerk", naam]
        for o in opties where o.naam != "--help" {
            let w = o.waarde.map { " <\($0)>" + (o.meerdere ? "..." : "") } ?? ""
            delen.append(o.verplicht ? "\(o.naam)\(w)" : "[\(o.naam)\(w)]")
        }
        for a in argumenten { delen.append("<\(a.naam)>...") }
        return delen.joined(separator: " ")
    }
}

extension OptieSpec {
    /// "(required)" is the English help's ``HulpEngels/vertaal(_:)``, so its usage line keeps the option required.
    var verplicht: Bool { uitleg.hasPrefix("(verplicht)") || uitleg.hasPrefix("(required)") }
}

/// Parsed arguments of one command.
public struct Argumenten {
    public var opties: [String: [String]] = [:]
    public var vlaggen: Set<String> = []
    public var posities: [String] = []

    public func waarde(_ o: String) -> String? { opties[o]?.last }
    public func waarden(_ o: String) -> [String] { opties[o] ?? [] }
    public func heeft(_ v: String) -> Bool { vlaggen.contains(v) }
}

/// A usage error: the message (with a suggestion, if any), and the command whose usage to show.
struct Gebruiksfout: Error {
    var bericht: CLIBericht
    var suggestie: String? = nil
    var commando: CommandoSpec?
}

/// Parses arguments by a command's spec and writes its help: both from the one table.
package enum ArgumentLezer {
    static let algemeen = [
        OptieSpec(naam: "--lang", waarde: "taal", uitleg: "Taal van de meldingen: nl (standaard) of en."),
        OptieSpec(naam: "--help", waarde: nil, uitleg: "Toon deze uitleg."),
    ]

    /// Reads a command's arguments by its spec: every option known (else the nearest is suggested), every
    /// value where the option wants one, the required options present, and positional arguments only for a
    /// command that takes them.
    static func lees(_ args: [String], _ spec: CommandoSpec, standaardRegels: [String]? = nil) throws(Gebruiksfout) -> Argumenten {
        var r = Argumenten()
        let opties = spec.opties + algemeen
        var i = 0
        func isOptie(_ a: String) -> Bool { a.hasPrefix("--") && a.count > 2 }
        while i < args.count {
            var a = args[i]
            i += 1
            if a == "-h" { a = "--help" }
            guard isOptie(a) else {
                r.posities.append(a)
                continue
            }
            var ingebed: String?
            if let gelijk = a.firstIndex(of: "=") {
                ingebed = String(a[a.index(after: gelijk)...])
                a = String(a[..<gelijk])
            }
            guard let o = opties.first(where: { $0.naam == a }) else {
                throw Gebruiksfout(bericht: .onbekendeOptie(a), suggestie: dichtstbijzijnde(a, in: opties.map(\.naam)), commando: spec)
            }
            guard let plaats = o.waarde else {
                r.vlaggen.insert(a)
                continue
            }
            if let w = ingebed {
                r.opties[a, default: []].append(w)
                continue
            }
            var gelezen = 0
            while i < args.count, !isOptie(args[i]) {
                r.opties[a, default: []].append(args[i])
                i += 1
                gelezen += 1
                if o.aantal != .lijst { break }
            }
            if gelezen == 0 {
                throw Gebruiksfout(bericht: .optieVerwachtWaarde(a, plaats: plaats), commando: spec)
            }
        }
        // The project's rule folders stand in for `--regels` (or for the files of `check`, `plan`, `render`)
        // where none are given.
        if let standaard = standaardRegels, !standaard.isEmpty {
            if spec.opties.contains(where: { $0.naam == "--regels" }), r.opties["--regels"] == nil { r.opties["--regels"] = standaard }
            if spec.argumenten.first?.naam == "bestand", r.posities.isEmpty, ["check", "plan", "render"].contains(spec.naam) {
                r.posities = standaard
            }
        }
        if !r.heeft("--help") {
            if spec.argumenten.isEmpty, let extra = r.posities.first {
                throw Gebruiksfout(bericht: .onverwachtArgument(extra, opdracht: spec.naam), commando: spec)
            }
            for o in spec.opties where o.verplicht && r.opties[o.naam] == nil {
                throw Gebruiksfout(bericht: .optieOntbreekt(o.naam), commando: spec)
            }
        }
        return r
    }

    /// Help text in the order OVERZICHT, GEBRUIK, ARGUMENTEN, OPTIES, VOORBEELDEN; help in column 26. In
    /// English the texts come from ``HulpEngels`` (the spec itself stays Dutch), headings included.
    static func hulp(_ nl: CommandoSpec, taal: Taal = .nl) -> String {
        let en = taal == .en
        let spec = en ? HulpEngels.vertaal(nl) : nl
        let algemeen = en ? algemeen.map { HulpEngels.vertaal($0, HulpEngels.algemeneOpties[$0.naam]) } : algemeen
        var uit = (en ? "OVERVIEW" : "OVERZICHT") + ": \(spec.samenvatting)\n\n"
        if !spec.uitleg.isEmpty { uit += spec.uitleg + "\n\n" }
        uit += (en ? "USAGE" : "GEBRUIK") + ": \(spec.gebruik)\n"
        if !spec.argumenten.isEmpty {
            uit += en ? "\nARGUMENTS:\n" : "\nARGUMENTEN:\n"
            for a in spec.argumenten { uit += regel("<\(a.naam)>", a.uitleg) }
        }
        uit += en ? "\nOPTIONS:\n" : "\nOPTIES:\n"
        for o in spec.opties + algemeen {
            uit += regel(o.naam + (o.waarde.map { " <\($0)>" + (o.meerdere ? "..." : "") } ?? ""), o.uitleg)
        }
        if !spec.voorbeelden.isEmpty {
            uit += en ? "\nEXAMPLES:\n" : "\nVOORBEELDEN:\n"
            for v in spec.voorbeelden { uit += "  \(v)\n" }
        }
        return uit
    }

    package static func regel(_ label: String, _ uitleg: String) -> String {
        let kolom = 26
        let woorden = uitleg.split(separator: " ")
        var regels: [String] = []
        var huidig = ""
        for w in woorden {
            if !huidig.isEmpty && huidig.count + 1 + w.count > 80 - kolom {
                regels.append(huidig)
                huidig = String(w)
            } else {
                huidig += (huidig.isEmpty ? "" : " ") + w
            }
        }
        if !huidig.isEmpty { regels.append(huidig) }
        let begin = "  " + label
        var uit = ""
        let pad = String(repeating: " ", count: kolom)
        if begin.count >= kolom {
            uit += begin + "\n"
            for r in regels { uit += pad + r + "\n" }
        } else {
            uit += begin.opgevuld(kolom) + (regels.first ?? "") + "\n"
            for r in regels.dropFirst() { uit += pad + r + "\n" }
        }
        return uit
    }
}
