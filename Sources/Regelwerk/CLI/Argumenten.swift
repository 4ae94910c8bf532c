// CLI: command specs, the argument parser and the help text, all built from one table (STYLE §3).

/// Exit codes, listed in `regelwerk --help` and the README.
public enum Afsluitcode: Int32, Sendable, CaseIterable {
    case ok = 0
    case testsMislukt = 1
    case regelfouten = 2
    case gevalfouten = 3
    case gebruik = 64
    case bestandOnleesbaar = 66
    case intern = 70

    var uitleg: String {
        switch self {
        case .ok: "gelukt"
        case .testsMislukt: "een proef mislukte, of een artikel dat rekent heeft geen proef ('regelwerk test'); of een bestand staat niet in de vaste opmaak ('regelwerk fmt --controleer')"
        case .regelfouten: "fouten in de regelbestanden"
        case .gevalfouten: "fouten in de gegevens van een geval"
        case .gebruik: "verkeerd gebruik van de opdracht (onbekende optie, ontbrekend argument)"
        case .bestandOnleesbaar: "een bestand of map bestaat niet of is niet te lezen"
        case .intern: "interne fout van regelwerk"
        }
    }
}

/// Where a command reads and writes; tests pass buffers, the executable passes the terminal.
public struct InUit {
    public var schrijf: (String) -> Void
    public var schrijfFout: (String) -> Void
    public var leesStandaardInvoer: () -> [UInt8]
    /// The next piece of standard input, nil at its end: for streaming (`batch`). Without it, standard
    /// input is read whole.
    public var leesBlok: (() -> [UInt8]?)?

    public init(schrijf: @escaping (String) -> Void, schrijfFout: @escaping (String) -> Void,
                leesStandaardInvoer: @escaping () -> [UInt8], leesBlok: (() -> [UInt8]?)? = nil) {
        self.schrijf = schrijf
        self.schrijfFout = schrijfFout
        self.leesStandaardInvoer = leesStandaardInvoer
        self.leesBlok = leesBlok
    }
}

public struct OptieSpec: Sendable {
    public var naam: String
    /// Placeholder of the value, nil for a flag.
    public var waarde: String?
    public var uitleg: String
    /// Takes several values: `--regels a.regels b.regels`.
    public var meerdere = false
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
    var verplicht: Bool { uitleg.hasPrefix("(verplicht)") }
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

/// A usage error: message, and the command whose usage to show.
public struct Gebruiksfout: Error {
    public var bericht: String
    public var commando: CommandoSpec?
}

enum ArgumentLezer {
    static let algemeen = [
        OptieSpec(naam: "--lang", waarde: "taal", uitleg: "Taal van de meldingen: nl (standaard) of en."),
        OptieSpec(naam: "--help", waarde: nil, uitleg: "Toon deze uitleg."),
    ]

    static func lees(_ args: [String], _ spec: CommandoSpec) throws(Gebruiksfout) -> Argumenten {
        var r = Argumenten()
        let opties = spec.opties + algemeen
        var i = 0
        while i < args.count {
            var a = args[i]
            i += 1
            if a == "-h" { a = "--help" }
            guard a.hasPrefix("--"), a.count > 2 else {
                r.posities.append(a)
                continue
            }
            var ingebed: String?
            if let gelijk = a.firstIndex(of: "=") {
                ingebed = String(a[a.index(after: gelijk)...])
                a = String(a[..<gelijk])
            }
            guard let o = opties.first(where: { $0.naam == a }) else {
                let voorstel = dichtstbijzijnde(a, in: opties.map(\.naam)).map { "; bedoelde u '\($0)'?" } ?? ""
                throw Gebruiksfout(bericht: "onbekende optie '\(a)'\(voorstel)", commando: spec)
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
            while i < args.count, !(args[i].hasPrefix("--") && args[i].count > 2) {
                r.opties[a, default: []].append(args[i])
                i += 1
                gelezen += 1
                if !o.meerdere { break }
            }
            if gelezen == 0 {
                throw Gebruiksfout(bericht: "optie '\(a)' verwacht een waarde <\(plaats)>", commando: spec)
            }
        }
        if !r.heeft("--help") {
            for o in spec.opties where o.verplicht && r.opties[o.naam] == nil {
                throw Gebruiksfout(bericht: "de optie '\(o.naam)' ontbreekt", commando: spec)
            }
        }
        return r
    }

    /// Help text in the order OVERZICHT, GEBRUIK, ARGUMENTEN, OPTIES, VOORBEELDEN; help in column 26.
    static func hulp(_ spec: CommandoSpec) -> String {
        var uit = "OVERZICHT: \(spec.samenvatting)\n\n"
        if !spec.uitleg.isEmpty { uit += spec.uitleg + "\n\n" }
        uit += "GEBRUIK: \(spec.gebruik)\n"
        if !spec.argumenten.isEmpty {
            uit += "\nARGUMENTEN:\n"
            for a in spec.argumenten { uit += regel("<\(a.naam)>", a.uitleg) }
        }
        uit += "\nOPTIES:\n"
        for o in spec.opties + algemeen {
            uit += regel(o.naam + (o.waarde.map { " <\($0)>" + (o.meerdere ? "..." : "") } ?? ""), o.uitleg)
        }
        if !spec.voorbeelden.isEmpty {
            uit += "\nVOORBEELDEN:\n"
            for v in spec.voorbeelden { uit += "  \(v)\n" }
        }
        return uit
    }

    static func regel(_ label: String, _ uitleg: String) -> String {
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
