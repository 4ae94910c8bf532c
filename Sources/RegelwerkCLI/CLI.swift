// CLI: argv → the command's ``Opdracht`` → the library → output. Each command is one type that binds its
// spec (help, usage, options) to its handler, so no command can lack help; this file only dispatches.

import Foundation
import RegelwerkKern
import RegelwerkGevallen
import RegelwerkHulpmiddelen

/// A subcommand of `regelwerk`: its spec and what it does.
protocol Opdracht {
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

    /// The overview shown by `regelwerk --help`.
    public static var hoofdhulp: String {
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
        guard let eerste = args.first else {
            io.schrijfFout(hoofdhulp)
            return .gebruik
        }
        if eerste == "--help" || eerste == "-h" {
            io.schrijf(hoofdhulp)
            return .ok
        }
        if eerste == "--version" {
            io.schrijf("regelwerk \(versie)\n")
            return .ok
        }
        if eerste == "help" {
            guard let n = args.dropFirst().first else { io.schrijf(hoofdhulp); return .ok }
            guard let c = opdrachten.first(where: { $0.spec.naam == n }) else { return o.onbekendeOpdracht(n) }
            io.schrijf(ArgumentLezer.hulp(c.spec))
            return .ok
        }
        guard let opdracht = opdrachten.first(where: { $0.spec.naam == eerste }) else { return o.onbekendeOpdracht(eerste) }
        let a: Argumenten
        do {
            a = try ArgumentLezer.lees(Array(args.dropFirst()), opdracht.spec, standaardRegels: io.projectRegels())
        } catch {
            return o.gebruiksfout(error)
        }
        if a.heeft("--help") {
            io.schrijf(ArgumentLezer.hulp(opdracht.spec))
            return .ok
        }
        if taal == nil, let t = a.waarde("--lang") {
            return o.gebruiksfout(Gebruiksfout(bericht: .onbekendeTaal(t), commando: opdracht.spec))
        }
        o.spec = opdracht.spec
        return opdracht.voerUit(a, o)
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
