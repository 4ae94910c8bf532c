// Render: the report of `regelwerk test`, per article, for the reviewer.

import RegelwerkKern
import RegelwerkGevallen

public enum ProefWeergave {
    /// Per article: how many fixtures and whether they passed; each failure with where it is written and
    /// what differed; the articles without a fixture; the ways through the rules no fixture took.
    /// With `uitgebreid`, every fixture is listed under its article with its result.
    public static func tekst(_ v: Proefverslag, uitgebreid: Bool = false) -> String {
        var uit = "Proeven voor \(v.regeling)\n"
        var artikelen: [Citaat] = []
        for r in v.resultaten {
            if !artikelen.contains(r.citaat.artikelAlleen) { artikelen.append(r.citaat.artikelAlleen) }
        }
        artikelen.sort(by: Citaat.inVolgorde)
        let regels = artikelen.map { a in (a, v.resultaten.filter { $0.citaat.artikelAlleen == a }) }
        let breedte = (regels.map { $0.0.description.count } + v.artikelenZonderProef.map { $0.description.count }
            + v.gewijzigdZonderProef.map { $0.artikel.description.count }).max() ?? 0
        for (a, rs) in regels {
            let mislukt = rs.filter { !$0.isGeslaagd }
            let aantal = "\(rs.count) \(rs.count == 1 ? "proef" : "proeven")"
            uit += "  " + a.description.opgevuld(breedte) + "  " + aantal.opgevuld(10) + "  "
                + (mislukt.isEmpty ? "geslaagd" : "\(mislukt.count) mislukt") + "\n"
            if uitgebreid {
                for r in rs where r.isGeslaagd {
                    uit += "    geslaagd \(r.plaats): \"\(r.naam)\" (\(r.citaat)\(r.versie.map { "; versie \($0)" } ?? ""))\n"
                }
            }
            for r in mislukt {
                uit += "    MISLUKT \(r.plaats): \"\(r.naam)\" (\(r.citaat))\n"
                switch r.uitslag {
                case .geslaagd: break
                case .mislukt(let verschillen):
                    for x in verschillen { uit += "      \(x.naam): verwacht \(x.verwacht), gekregen \(x.gekregen)\n" }
                case .fout(let bericht):
                    uit += "      \(bericht)\n"
                }
            }
        }
        for a in v.artikelenZonderProef {
            uit += "  " + a.description.opgevuld(breedte) + "  " + "geen proef".opgevuld(10) + "  MISLUKT: dit artikel rekent, maar geen proef noemt het\n"
        }
        for (a, versie) in v.gewijzigdZonderProef {
            uit += "  " + a.description.opgevuld(breedte) + "  " + "geen proef".opgevuld(10)
                + "  MISLUKT: gewijzigd in de versie \(versie), maar geen proef beslist onder die versie noemt het\n"
        }
        if !v.nietBereikt.isEmpty {
            uit += "  Door geen proef bereikt:\n"
            for n in v.nietBereikt { uit += "    \(n)\n" }
        }
        let geslaagd = v.resultaten.count { $0.isGeslaagd }
        let mislukt = v.resultaten.count - geslaagd
        uit += "  \(v.resultaten.count) \(v.resultaten.count == 1 ? "proef" : "proeven"): \(geslaagd) geslaagd, \(mislukt) mislukt"
        if !v.artikelenZonderProef.isEmpty {
            let n = v.artikelenZonderProef.count
            uit += "; \(n) \(n == 1 ? "artikel" : "artikelen") zonder proef"
        }
        if !v.gewijzigdZonderProef.isEmpty {
            let n = v.gewijzigdZonderProef.count
            uit += "; \(n) \(n == 1 ? "gewijzigd artikel" : "gewijzigde artikelen") zonder proef in die versie"
        }
        return uit + ".\n"
    }

    /// The reports as JSON, for CI systems: per ordinance every fixture with its result, and what is uncovered.
    public static func json(_ verslagen: [Proefverslag]) -> JSONWaarde {
        .object([("regelingen", .array(verslagen.map { v in
            .object([
                ("regeling", .tekst(v.regeling)),
                ("geslaagd", .waarheid(v.isGeslaagd)),
                ("proeven", .array(v.resultaten.map { r in
                    var velden: [(String, JSONWaarde)] = [("naam", .tekst(r.naam)), ("artikel", .tekst(r.citaat.description)),
                                                          ("plaats", .tekst(r.plaats)), ("versie", r.versie.map { .tekst($0) } ?? .null)]
                    switch r.uitslag {
                    case .geslaagd: velden.append(("uitslag", .tekst("geslaagd")))
                    case .mislukt(let vs):
                        velden.append(("uitslag", .tekst("mislukt")))
                        // Typed where both sides are values (an amount "280.30", a date "2024-04-01"), with the text beside.
                        velden.append(("verschillen", .array(vs.map {
                            .object([("naam", .tekst($0.naam)), ("verwacht", $0.verwachtWaarde ?? .tekst($0.verwacht)),
                                     ("gekregen", $0.gekregenWaarde ?? .tekst($0.gekregen)),
                                     ("verwacht_tekst", .tekst($0.verwacht)), ("gekregen_tekst", .tekst($0.gekregen))])
                        })))
                    case .fout(let m):
                        velden.append(("uitslag", .tekst("fout")))
                        velden.append(("melding", .tekst(m)))
                    }
                    return .object(velden)
                })),
                ("artikelen_zonder_proef", .array(v.artikelenZonderProef.map { .tekst($0.description) })),
                ("gewijzigd_zonder_proef", .array(v.gewijzigdZonderProef.map { .object([("artikel", .tekst($0.artikel.description)),
                                                                                        ("versie", .tekst($0.versie))]) })),
                ("niet_bereikt", .array(v.nietBereikt.map { .tekst($0) })),
            ])
        }))])
    }

    /// The reports as JUnit XML (one test suite per ordinance, one test case per fixture; an article without
    /// the fixture it needs is a failed test case of its own), for CI systems that show such reports.
    public static func junit(_ verslagen: [Proefverslag]) -> String {
        // XML text: HTML's escaping, a line end kept inside an attribute, no control characters (XML 1.0 has none).
        func x(_ s: String) -> String {
            HTML.tekst(String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" })))
                .replacingOccurrences(of: "\n", with: "&#10;")
        }
        var uit = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for v in verslagen {
            let ontbrekend = v.artikelenZonderProef.map { ($0.description, "dit artikel rekent, maar geen proef noemt het") }
                + v.gewijzigdZonderProef.map { ($0.artikel.description, "gewijzigd in de versie \($0.versie), maar geen proef beslist onder die versie noemt het") }
            let mislukt = v.resultaten.count { if case .mislukt = $0.uitslag { true } else { false } } + ontbrekend.count
            let fouten = v.resultaten.count { if case .fout = $0.uitslag { true } else { false } }
            uit += "  <testsuite name=\"\(x("Proeven voor " + v.regeling))\" tests=\"\(v.resultaten.count + ontbrekend.count)\" failures=\"\(mislukt)\" errors=\"\(fouten)\">\n"
            for r in v.resultaten {
                uit += "    <testcase classname=\"\(x(r.citaat.artikelAlleen.description))\" name=\"\(x(r.naam))\" file=\"\(x(r.plaats))\">"
                switch r.uitslag {
                case .geslaagd: break
                case .mislukt(let vs):
                    let tekst = vs.map { "\($0.naam): verwacht \($0.verwacht), gekregen \($0.gekregen)" }.joined(separator: "\n")
                    uit += "\n      <failure message=\"\(x(tekst))\">\(x(tekst))</failure>\n    "
                case .fout(let m):
                    uit += "\n      <error message=\"\(x(m))\">\(x(m))</error>\n    "
                }
                uit += "</testcase>\n"
            }
            for (a, m) in ontbrekend {
                uit += "    <testcase classname=\"\(x(a))\" name=\"dekking\">\n      <failure message=\"\(x(m))\">\(x(m))</failure>\n    </testcase>\n"
            }
            uit += "  </testsuite>\n"
        }
        return uit + "</testsuites>\n"
    }
}
