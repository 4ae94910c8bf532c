// Case I/O: which case fields a decision needs, with their type, meaning and the articles that read them,
// for a caseworker who fills in a case without knowing the rules (`regelwerk velden`), and for the message
// that lists every missing field at once.

import RegelwerkKern

/// One field a decision reads.
public struct Veldinfo: Sendable {
    public var naam: String
    public var soort: Soort
    public var omschrijving: String?
    /// The articles whose rules read it (in the ordinance's order).
    public var artikelen: [Citaat]
    /// For a record or a list of records: its fields.
    public var velden: [Veldinfo] = []
    /// The bounds the field declares (`ten minste €0`), as text.
    public var grenzen: [String] = []
    /// A power of the college (given under "bevoegdheden", with a reason), not a field of its own.
    public var isBevoegdheid = false
    /// The label the rules give it ("de bijstandsnorm").
    public var label: String? = nil
}

extension Beslisser {
    /// The case fields decision `b` reads under version `versie`, in the order the rules declare them: exactly
    /// those its plan gives a slot (what no output needs is left out).
    public func velden(beslissing b: Int, versie: Int) -> [Veldinfo] {
        let plan = beslissingen[b].plannen[versie]
        let set = plan.regelset
        var artikelen: [Int: [Citaat]] = [:]
        for blok in plan.blokken {
            for alt in blok.alternatieven {
                for i in alt.invoer + blok.gemeenschappelijk.invoer + alt.voorwaarde.flatMap(\.invoer)
                where !(artikelen[i] ?? []).contains(alt.citaat.artikelAlleen) {
                    artikelen[i, default: []].append(alt.citaat.artikelAlleen)
                }
            }
        }
        return set.invoer.indices.filter { plan.invoerSlot[$0] >= 0 }.map { i in
            var info = Self.info(set.invoer[i], set)
            info.artikelen = (artikelen[i] ?? []).sorted(by: Citaat.inVolgorde)
            info.isBevoegdheid = set.invoer[i].bevoegdheid != nil
            return info
        }
    }

    static func info(_ v: InvoerVeld, _ set: Regelset) -> Veldinfo {
        var info = Veldinfo(naam: v.naam, soort: v.soort, omschrijving: v.omschrijving, artikelen: [])
        info.label = set.label(v.naam)
        func tekst(_ w: Waarde) -> String { Opmaak.tekst(w, v.soort, regelset: set, opslag: nil) }
        if let g = v.tenMinste { info.grenzen.append("ten minste " + tekst(g)) }
        if let g = v.tenHoogste { info.grenzen.append("ten hoogste " + tekst(g)) }
        // A record's fields (one level: a record of records is described where it is declared).
        var soort = v.soort
        if case .lijst(let s) = soort { soort = s }
        if case .record(let r) = soort, let schema = set.gegevens[r] {
            info.velden = schema.velden.map { sub in
                var v = Veldinfo(naam: sub.naam, soort: sub.soort, omschrijving: sub.omschrijving, artikelen: [])
                v.label = set.label(sub.naam, binnen: r)
                if let g = sub.tenMinste { v.grenzen.append("ten minste " + Opmaak.tekst(g, sub.soort, regelset: set, opslag: nil)) }
                if let g = sub.tenHoogste { v.grenzen.append("ten hoogste " + Opmaak.tekst(g, sub.soort, regelset: set, opslag: nil)) }
                return v
            }
        }
        return info
    }

    /// The fields decision `b` reads that `geval` leaves empty (a power of the college aside): what a case
    /// needs before it can be decided, all at once rather than one error at a time. Which of them this case
    /// really needs depends on its other values (a rule reads a field only on the branch that uses it).
    public func ontbrekend(_ geval: JSONWaarde, beslissing b: Int, versie: Int) -> [Veldinfo] {
        guard case .object(let gegeven) = geval else { return velden(beslissing: b, versie: versie) }
        let namen = Set(gegeven.filter { $0.1 != .null }.map(\.0))
        return velden(beslissing: b, versie: versie).filter { !$0.isBevoegdheid && !namen.contains($0.naam) }
    }
}
