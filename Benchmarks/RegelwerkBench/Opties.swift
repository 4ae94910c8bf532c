// Benchmark: its options and its help, in the layout of the regelwerk commands (OVERZICHT, GEBRUIK,
// OPTIES with the explanation in column 26, VOORBEELDEN; each line laid out by the CLI's own
// `ArgumentLezer.regel`). A benchmark is no command of `regelwerk`, so its small parser stands apart.

import RegelwerkCLI

/// The options as given.
struct Opties {
    var aantal = 200_000
    var zaad: UInt64 = 20_261_123
    var draden: Int?
    var rondes = 3
    var regels: [String] = []
    var gevallen: String?
    var beslissing: String?
    var controleer = false
    var hulp = false

    static let gebruik = "regelwerk-bench [--n <aantal>] [--zaad <getal>] [--draden <aantal>] [--rondes <aantal>] "
        + "[--beslissing <naam>] [--regels <bestand>...] [--gevallen <bestand>] [--controleer]"

    static let opties: [(naam: String, waarde: String?, uitleg: String)] = [
        ("--n", "aantal", "Hoeveel gevallen per beslissing de benchmark maakt (standaard 200000)."),
        ("--zaad", "getal", "Het zaad van de gevallen (standaard 20261123): hetzelfde zaad geeft dezelfde gevallen, op elke machine."),
        ("--draden", "aantal", "Met hoeveel draden batch beslist (standaard: alle kernen); in elke ronde daarna ook met één."),
        ("--rondes", "aantal", "Hoe vaak batch gemeten wordt, om en om met --draden en met één draad (standaard 3). Elke ronde staat er; het doel geldt voor de mediaan, de beste staat erbij: een gedeelde machine wisselt sterk, en de eerste run na een pauze is vaak trager."),
        ("--beslissing", "naam", "Meet alleen deze beslissing: afstemming of inkomenstoelage, of met --gevallen een beslissing van --regels (nodig als die er meer dan één kennen)."),
        ("--regels", "bestand...", "De regelbestanden of mappen (standaard Examples/model Examples/landelijk Examples/gemeenten/voorbeeldstad)."),
        ("--gevallen", "bestand", "Meet deze gevallen (JSON Lines) met --regels in plaats van de gemaakte; batch leest het bestand zoals 'regelwerk batch --invoer'."),
        ("--controleer", nil, "Meet niet, maar beslis elk geval en tel de fouten, de versies en hoe vaak elke waarheidsregel waar is; afsluitcode 1 bij een fout."),
        ("--help", nil, "Toon deze uitleg."),
    ]

    static var hulptekst: String {
        var uit = "OVERZICHT: Meet hoe snel regelwerk beslist, tegen de doelen van DESIGN §7.\n\n"
        uit += """
            Maakt N gevallen per beslissing voor de voorbeeldverordening (Voorbeeldstad, versies 2024 en 2025):
            afstemming met meerdere schendingen en eerdere verlagingen (recidive), en inkomenstoelage met 36 of meer
            maandinkomens. Vast zaad, bedragen in hele centen. Meet dan per beslissing:
              batch van begin tot eind over de JSON Lines in het geheugen, langs dezelfde weg als 'regelwerk batch'
              (elk record wordt gemaakt en weggegooid): gevallen per seconde met alle draden en met één, de
              versnelling, CPU-tijd per geval en het piekgeheugen zonder de invoer zelf;
              planevaluatie in het geheugen: de gevallen één keer gelezen, dan steeds opnieuw beslist op één
              draad met één werkplaats: beslissingen per seconde.
            Met --regels en --gevallen meet het dezelfde regels over andere gevallen, bijvoorbeeld de
            referentiewerklast in ../shared/bench (python3 ../shared/bench/gen.py --n 1000000 --out <bestand>).

            Elke meting is één regel 'naam: waarde eenheid', met '(doel: ..., gehaald)' of '(doel: ..., niet gehaald)'
            waar DESIGN §7 een doel noemt. Een meting, geen proef: de afsluitcode is 0, gehaald of niet. Meet met
            een releasebuild (swift run -c release regelwerk-bench); een debugbuild zegt dat erbij.
            """
        uit += "\n\nGEBRUIK: \(gebruik)\n\nOPTIES:\n"
        // "bestand..." is a list, written as the CLI writes one: <bestand>...
        for o in opties {
            let w = o.waarde.map { $0.hasSuffix("...") ? " <\($0.dropLast(3))>..." : " <\($0)>" } ?? ""
            uit += ArgumentLezer.regel(o.naam + w, o.uitleg)
        }
        uit += "\nVOORBEELDEN:\n"
        uit += "  swift run -c release regelwerk-bench\n"
        uit += "  swift run -c release regelwerk-bench --n 2000 --controleer\n"
        uit += "  swift run -c release regelwerk-bench --regels ../shared/bench/regels --gevallen /tmp/gevallen.jsonl\n"
        return uit
    }

    /// Reads the arguments (without the program name); a usage error is a message without "fout: ".
    static func lees(_ args: [String]) -> Result<Opties, Gebruiksfout> {
        var o = Opties(), i = 0
        func waarde(_ naam: String) -> Result<String, Gebruiksfout> {
            guard i < args.count, !args[i].hasPrefix("--") else { return .failure(Gebruiksfout("\(naam) verwacht een waarde")) }
            i += 1
            return .success(args[i - 1])
        }
        func aantal(_ naam: String, _ s: String, maximum: Int) -> Result<Int, Gebruiksfout> {
            guard let n = Int(s.filter { $0 != "_" }), n >= 1, n <= maximum else {
                return .failure(Gebruiksfout("\(naam) verwacht een aantal van 1 tot en met \(maximum), niet '\(s)'"))
            }
            return .success(n)
        }
        while i < args.count {
            let a = args[i]
            i += 1
            do throws(Gebruiksfout) {
                switch a {
                case "--help", "-h": o.hulp = true
                case "--controleer": o.controleer = true
                case "--n": o.aantal = try aantal(a, try waarde(a).get(), maximum: 100_000_000).get()
                case "--draden": o.draden = try aantal(a, try waarde(a).get(), maximum: 1024).get()
                case "--rondes": o.rondes = try aantal(a, try waarde(a).get(), maximum: 1000).get()
                case "--zaad":
                    let s = try waarde(a).get()
                    guard let z = UInt64(s) else { throw Gebruiksfout("--zaad verwacht een geheel getal van 0 of meer, niet '\(s)'") }
                    o.zaad = z
                case "--beslissing": o.beslissing = try waarde(a).get()
                case "--gevallen": o.gevallen = try waarde(a).get()
                case "--regels":
                    while i < args.count, !args[i].hasPrefix("--") {
                        o.regels.append(args[i])
                        i += 1
                    }
                    if o.regels.isEmpty { throw Gebruiksfout("--regels verwacht een of meer bestanden of mappen") }
                default:
                    throw Gebruiksfout("onbekende optie '\(a)'")
                }
            } catch {
                return .failure(error)
            }
        }
        if o.gevallen != nil && o.regels.isEmpty { return .failure(Gebruiksfout("--gevallen vraagt ook --regels")) }
        if o.gevallen == nil, let b = o.beslissing, Werklastsoort(rawValue: b) == nil {
            return .failure(Gebruiksfout("de gemaakte gevallen kennen de beslissingen afstemming en inkomenstoelage, niet '\(b)'"))
        }
        return .success(o)
    }
}

/// A usage error: what was wrong with the arguments.
struct Gebruiksfout: Error {
    var melding: String
    init(_ melding: String) { self.melding = melding }
}
