// Render: the report of `regelwerk test`, per article, for the reviewer.

import RegelwerkKern
import RegelwerkGevallen

public enum ProefWeergave {
    /// Per article: how many fixtures and whether they passed; each failure with where it is written and
    /// what differed; the articles without a fixture; the ways through the rules no fixture took.
    public static func tekst(_ v: Proefverslag) -> String {
        var uit = "Proeven voor \(v.regeling)\n"
        var artikelen: [Citaat] = []
        for r in v.resultaten {
            if !artikelen.contains(r.citaat.artikelAlleen) { artikelen.append(r.citaat.artikelAlleen) }
        }
        artikelen.sort(by: Citaat.inVolgorde)
        let regels = artikelen.map { a in (a, v.resultaten.filter { $0.citaat.artikelAlleen == a }) }
        let breedte = (regels.map { $0.0.description.count } + v.artikelenZonderProef.map { $0.description.count }).max() ?? 0
        for (a, rs) in regels {
            let mislukt = rs.filter { !$0.isGeslaagd }
            let aantal = "\(rs.count) \(rs.count == 1 ? "proef" : "proeven")"
            uit += "  " + a.description.opgevuld(breedte) + "  " + aantal.opgevuld(10) + "  "
                + (mislukt.isEmpty ? "geslaagd" : "\(mislukt.count) mislukt") + "\n"
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
        return uit + ".\n"
    }
}
