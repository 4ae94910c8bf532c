// Consolidatie: parsed files → the versions of one ordinance (DESIGN §2). Each version is the model and the
// national amounts together with one version's municipal files; the checker then checks one version at a
// time, and every diagnostic about a municipality's choice names the version it belongs to.

/// One version of an ordinance, before checking: which files make it, and when it is in force.
public struct Verordeningsversie: Sendable {
    /// Model (`regeling`) and national (`parameters`) files: shared by every version.
    public var algemeen: [Regelbestand]
    /// This version's municipal files (`verordening`, the same name and start date); empty for a model alone.
    public var gemeentelijk: [Regelbestand]
    /// First day in force; nil when the files name none.
    public var vanaf: Datum?
    /// Last day in force: as written, or the day before the next version starts; nil when open-ended.
    public var totEnMet: Datum?

    /// The files in the order the checker reads them.
    public var bestanden: [Regelbestand] { algemeen + gemeentelijk }

    /// "vanaf 1 januari 2024 tot en met 31 december 2024".
    public var periode: String {
        var s = vanaf.map { "vanaf \($0.nederlands)" } ?? "zonder begindatum"
        if let t = totEnMet { s += " tot en met \(t.nederlands)" }
        return s
    }
}

public enum Consolidatie {
    /// Groups parsed files into versions: municipal files with the same ordinance name and start date form
    /// one version, oldest first; a version ends the day before the next begins unless it says otherwise.
    /// Two ordinances at once, versions without a start date among several, and overlapping versions are
    /// errors. Always at least one version (the model alone, when no municipality is loaded).
    public static func versies(_ bestanden: [Regelbestand], _ ds: inout Diagnostics) -> [Verordeningsversie] {
        ontbrekendModel(bestanden, &ds)
        let algemeen = bestanden.filter { $0.soort == .regeling || $0.soort == .parameters }
        var groepen: [[Regelbestand]] = []
        for b in bestanden {
            guard case .verordening = b.soort else { continue }
            if let eerste = groepen.first?.first, eerste.naam != b.naam {
                ds.fout(.meerdereVerordeningen(eerste.naam, b.naam), b.naamBereik)
                continue
            }
            if let k = groepen.firstIndex(where: { $0[0].geldigVanaf == b.geldigVanaf }) {
                groepen[k].append(b)
            } else {
                groepen.append([b])
            }
        }
        if groepen.count > 1 {
            for g in groepen { for b in g where b.geldigVanaf == nil { ds.fout(.versieZonderBegin, b.kopBereik) } }
        }
        groepen.sort { ($0[0].geldigVanaf ?? Datum.min) < ($1[0].geldigVanaf ?? Datum.min) }
        var versies: [Verordeningsversie] = []
        for (k, groep) in (groepen.isEmpty ? [[]] : groepen).enumerated() {
            let vanaf = groep.first?.geldigVanaf
            var tot = groep.compactMap(\.geldigTotEnMet).min()
            if k + 1 < groepen.count, let volgende = groepen[k + 1][0].geldigVanaf {
                if let t = tot, t >= volgende, let v = vanaf {
                    ds.fout(.versiesOverlappen(v.nederlands, volgende.nederlands), groepen[k + 1][0].kopBereik)
                }
                tot = tot ?? volgende.plusDagen(-1)
            }
            versies.append(Verordeningsversie(algemeen: algemeen, gemeentelijk: groep, vanaf: vanaf, totEnMet: tot))
        }
        return versies
    }

    /// A municipality's ordinance whose model is not loaded: one error, at the first file that names it,
    /// saying which regeling to load (the checker then adds nothing for that version).
    static func ontbrekendModel(_ bestanden: [Regelbestand], _ ds: inout Diagnostics) {
        let modellen = bestanden.filter { $0.soort == .regeling }.map(\.naam)
        var gemeld = Set<String>()
        for b in bestanden {
            guard case .verordening(let volgt, _, let r) = b.soort, !modellen.contains(volgt), gemeld.insert(volgt).inserted else { continue }
            ds.fout(.onbekendModel(volgt), r, suggestie: dichtstbijzijnde(volgt, in: modellen).map { .bedoeldeU($0) } ?? .laadHetModel(volgt))
        }
    }
}
