// CLI: argv → the command's ``Opdracht`` → the library → output. Each command is one type that binds its
// spec (help, usage, options) to its handler, so no command can lack help; this file only dispatches.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// A subcommand of `regelwerk`: its spec and what it does.
protocol Opdracht: SendableMetatype {
    /// Name, summary, explanation, arguments, options and examples: drives the parser and `--help`.
    static var spec: CommandoSpec { get }
    /// Runs the command with its parsed arguments.
    static func voerUit(_ a: Argumenten, _ o: Omgeving) -> Afsluitcode
}

public enum RegelwerkCLI {
    public static let versie = "0.1.0"

    /// Every command, in the order `regelwerk --help` lists them.
    static let opdrachten: [any Opdracht.Type] = [
        CheckOpdracht.self, BeslisOpdracht.self, BatchOpdracht.self, TestOpdracht.self, VergelijkOpdracht.self,
        RenderOpdracht.self, FmtOpdracht.self, PlanOpdracht.self, VeldenOpdracht.self, LspOpdracht.self,
    ]

    static var commandos: [CommandoSpec] { opdrachten.map { $0.spec } }

    /// The overview shown by `regelwerk --help` (in English from ``HulpEngels``).
    public static var hoofdhulp: String { hoofdhulp(.nl) }

    static func hoofdhulp(_ taal: Taal) -> String {
        if taal == .en { return HulpEngels.hoofdhulp }
        var uit = "OVERZICHT: regelwerk — exacte regels voor gemeentelijke verordeningen in het sociaal domein.\n\n"
        uit += "GEBRUIK: regelwerk <opdracht> [opties]\n\nOPDRACHTEN:\n"
        for c in commandos { uit += ArgumentLezer.regel(c.naam, c.samenvatting) }
        uit += ArgumentLezer.regel("help <opdracht>", "Uitleg bij een opdracht.")
        uit += "\nAFSLUITCODES:\n"
        for c in Afsluitcode.allCases { uit += ArgumentLezer.regel(String(c.rawValue), c.uitleg) }
        uit += "\nZie 'regelwerk help <opdracht>' voor uitleg en voorbeelden.\n"
        return uit
    }

    /// Runs `regelwerk` with the given arguments (without the program name).
    public static func voerUit(_ args: [String], _ io: InUit) -> Afsluitcode {
        // The language is known before anything is parsed, so that even a usage error speaks it.
        let taal = Self.taal(args)
        var o = Omgeving(io: io, taal: taal ?? .nl)
        // `--lang en` may stand anywhere, also before the command or after `help`.
        let zonderTaal = Self.zonderTaal(args)
        guard let eerste = zonderTaal.first else {
            io.schrijfFout(hoofdhulp(o.taal))
            return .gebruik
        }
        if eerste == "--help" || eerste == "-h" {
            io.schrijf(hoofdhulp(o.taal))
            return .ok
        }
        if eerste == "--version" {
            io.schrijf("regelwerk \(versie)\n")
            return .ok
        }
        if eerste == "help" {
            guard let n = zonderTaal.dropFirst().first else { io.schrijf(hoofdhulp(o.taal)); return .ok }
            guard let c = opdrachten.first(where: { $0.spec.naam == n }) else { return o.onbekendeOpdracht(n) }
            io.schrijf(ArgumentLezer.hulp(c.spec, taal: o.taal))
            return .ok
        }
        guard let opdracht = opdrachten.first(where: { $0.spec.naam == eerste }) else { return o.onbekendeOpdracht(eerste) }
        let a: Argumenten
        do {
            // The command's own arguments: all but its name (which need not come first after `--lang en`).
            var eigen = args
            if let k = eigen.firstIndex(of: eerste) { eigen.remove(at: k) }
            a = try ArgumentLezer.lees(eigen, opdracht.spec, standaardRegels: io.projectRegels())
        } catch {
            return o.gebruiksfout(error)
        }
        if a.heeft("--help") {
            io.schrijf(ArgumentLezer.hulp(opdracht.spec, taal: o.taal))
            return .ok
        }
        if taal == nil, let t = a.waarde("--lang") {
            return o.gebruiksfout(Gebruiksfout(bericht: .onbekendeTaal(t), commando: opdracht.spec))
        }
        o.spec = opdracht.spec
        return opdracht.voerUit(a, o)
    }

    /// The arguments without `--lang <taal>` or `--lang=<taal>`: to find the command and the subject of `help`.
    static func zonderTaal(_ args: [String]) -> [String] {
        var uit: [String] = [], i = 0
        while i < args.count {
            if args[i] == "--lang" { i += 2; continue }
            if !args[i].hasPrefix("--lang=") { uit.append(args[i]) }
            i += 1
        }
        return uit
    }

    /// The line the executable writes on standard error when standard output cannot be written (exit 74), in
    /// the language `args` ask for: "fout: kan de uitvoer niet schrijven: No space left on device".
    public static func schrijffout(_ args: [String], reden: String) -> String {
        let taal = Self.taal(args) ?? .nl
        return "\(Ernst.fout.label(taal)): \(CLIBericht.uitvoerNietTeSchrijven(reden).tekst(taal))\n"
    }

    /// The language asked with `--lang` (nil when none, or an unknown one: that is reported as a usage error).
    static func taal(_ args: [String]) -> Taal? {
        for (k, a) in args.enumerated() {
            if a == "--lang", k + 1 < args.count { return Taal(rawValue: args[k + 1]) }
            if a.hasPrefix("--lang=") { return Taal(rawValue: String(a.dropFirst("--lang=".count))) }
        }
        return args.contains("--lang") ? nil : .nl
    }
}
