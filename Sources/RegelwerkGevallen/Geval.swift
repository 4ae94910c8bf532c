// Evaluate: JSON case data → typed input values in a worker's slots. Every number is read exactly;
// a wrong type names the field, what was expected and what was found.

import RegelwerkKern

/// The size limit of case data (README, "Grenzen").
public enum Gevalgrens {
    /// A case (a JSON file for `beslis`, a line of JSON Lines, a CSV record) larger than this is no case:
    /// it is refused with RW0725 (in `batch` one error record, the rest of the line skipped), so that one
    /// endless line cannot take all memory.
    public static let bytes = 16 << 20
}

/// A problem with one field of the case data.
public struct GevalProbleem: Error, Sendable {
    public var bericht: Bericht
    public var suggestie: Bericht?

    public init(bericht: Bericht, suggestie: Bericht? = nil) {
        self.bericht = bericht
        self.suggestie = suggestie
    }
}

public enum GevalLezer {
    /// Loads a case into the worker. Returns errors (the case cannot be decided) and warnings
    /// (unknown fields, which may belong to another chapter's rules).
    public static func laad(_ json: JSONWaarde, in werker: inout Werker) -> (fouten: [GevalProbleem], waarschuwingen: [GevalProbleem]) {
        var fouten: [GevalProbleem] = [], waarschuwingen: [GevalProbleem] = []
        guard case .object(let velden) = json else {
            return ([GevalProbleem(bericht: .jsonGeenObject)], [])
        }
        let set = werker.plan.regelset
        let index = werker.plan.invoerIndex
        // Powers of the college: not applied unless the case says so, with a reason.
        let bevoegdheden = werker.plan.bevoegdheidInvoer
        for i in bevoegdheden { werker.zetInvoer(i, .waarheid(false)) }
        for (sleutel, waarde) in velden {
            if sleutel == "bevoegdheden" {
                leesBevoegdheden(waarde, bevoegdheden, in: &werker, fouten: &fouten)
                continue
            }
            if let i = index[sleutel], set.invoer[i].bevoegdheid != nil {
                fouten.append(GevalProbleem(bericht: .bevoegdheidBuitenBevoegdheden(sleutel)))
                continue
            }
            guard let i = index[sleutel] else {
                waarschuwingen.append(GevalProbleem(bericht: .veldOnbekend(sleutel),
                                                    suggestie: dichtstbijzijnde(sleutel, in: set.invoer.map(\.naam)).map { .bedoeldeU($0) }))
                continue
            }
            // A field no requested output needs has no slot and is not read at all (DESIGN §4).
            guard werker.plan.invoerSlot[i] >= 0 else { continue }
            let veld = set.invoer[i]
            do {
                let w = try lees(waarde, soort: veld.soort, pad: veld.naam, set: set, opslag: &werker.opslag, waarschuwingen: &waarschuwingen)
                try binnenGrenzen(w, veld, pad: veld.naam, set: set)
                werker.zetInvoer(i, w)
            } catch {
                fouten.append(error)
            }
        }
        return (fouten, waarschuwingen)
    }

    /// `"bevoegdheden": {"afzien_wegens_dringende_redenen": "de reden"}`: each power applied, with why.
    static func leesBevoegdheden(_ j: JSONWaarde, _ bevoegdheden: [Int], in werker: inout Werker, fouten: inout [GevalProbleem]) {
        let set = werker.plan.regelset
        // Every power of the rules is known; only those this decision's rules use are recorded.
        let alle = set.invoer.indices.filter { set.invoer[$0].bevoegdheid != nil }
        let namen = alle.map { set.invoer[$0].naam }
        guard case .object(let toegepast) = j else {
            fouten.append(verkeerd("bevoegdheden", .fout, j, hint: "schrijf {\"naam van de bevoegdheid\": \"de reden\"}"))
            return
        }
        for (naam, reden) in toegepast {
            guard let k = namen.firstIndex(of: naam) else {
                fouten.append(GevalProbleem(bericht: .bevoegdheidOnbekend(naam),
                                            suggestie: dichtstbijzijnde(naam, in: namen).map { .bedoeldeU($0) }))
                continue
            }
            guard case .tekst(let t) = reden, !t.trimmingSpaces().isEmpty else {
                fouten.append(GevalProbleem(bericht: .bevoegdheidZonderReden(naam)))
                continue
            }
            guard bevoegdheden.contains(alle[k]) else { continue }
            werker.zetInvoer(alle[k], .waarheid(true))
            werker.opslag.reden(alle[k], t)
        }
    }

    /// A value outside the bounds its field declares (`ten minste €0`) is refused, naming field and bound:
    /// a negative bijstandsnorm would otherwise decide a negative verlaging.
    static func binnenGrenzen(_ w: Waarde, _ veld: InvoerVeld, pad: String, set: Regelset) throws(GevalProbleem) {
        func kleiner(_ a: Waarde, _ b: Waarde) -> Bool {
            switch (a, b) {
            case (.getal(let x), .getal(let y)): x < y
            case (.datum(let x), .datum(let y)): x < y
            case (.duur(let x), .duur(let y)): x.eenheid == y.eenheid && x.aantal < y.aantal
            default: false
            }
        }
        func tekst(_ x: Waarde) -> String { Opmaak.tekst(x, veld.soort, regelset: set, opslag: nil) }
        if let g = veld.tenMinste, kleiner(w, g) {
            throw GevalProbleem(bericht: .veldBuitenGrens(veld: pad, waarde: tekst(w), grens: "ten minste " + tekst(g)))
        }
        if let g = veld.tenHoogste, kleiner(g, w) {
            throw GevalProbleem(bericht: .veldBuitenGrens(veld: pad, waarde: tekst(w), grens: "ten hoogste " + tekst(g)))
        }
    }

    static func verkeerd(_ pad: String, _ soort: Soort, _ j: JSONWaarde, hint: String? = nil) -> GevalProbleem {
        GevalProbleem(bericht: .veldVerkeerdeSoort(veld: pad, verwacht: soort.description, gevonden: j.beschrijving),
                      suggestie: hint.map { .tekst($0) })
    }

    /// A number that is no `Getal`: too large when it is written as a plain decimal (the limit is named),
    /// else of the wrong kind.
    static func teGrootOfVerkeerd(_ pad: String, _ soort: Soort, _ j: JSONWaarde, hint: String) -> GevalProbleem {
        if case .tekst(let s) = j, isDecimaal(s.trimmingSpaces()) {
            return GevalProbleem(bericht: .jsonGetalTeGroot(s.trimmingSpaces()), suggestie: .tekst("in het veld '\(pad)'"))
        }
        return verkeerd(pad, soort, j, hint: hint)
    }

    /// "-123.45": digits with at most one point and an optional leading minus.
    static func isDecimaal(_ s: String) -> Bool {
        var t = Substring(s)
        if t.first == "-" { t = t.dropFirst() }
        let delen = t.split(separator: ".", omittingEmptySubsequences: false)
        return !t.isEmpty && delen.count <= 2 && delen.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A plain decimal ("1300.00", 1300, -0.5) exactly; exponents are refused rather than guessed at.
    static func getal(_ j: JSONWaarde) -> Getal? {
        switch j {
        case .getal(let s), .tekst(let s):
            return Getal.lees(Substring(s.trimmingSpaces()))
        default: return nil
        }
    }

    static func lees(_ j: JSONWaarde, soort: Soort, pad: String, set: Regelset, opslag: inout Opslag,
                     waarschuwingen: inout [GevalProbleem]) throws(GevalProbleem) -> Waarde {
        if case .null = j { return .afwezig }
        switch soort {
        case .bedrag, .bedragPer, .getal:
            guard let g = getal(j) else { throw teGrootOfVerkeerd(pad, soort, j, hint: "schrijf bijvoorbeeld 1300.00 of \"1300.00\"") }
            return .getal(g)
        case .geheelGetal:
            guard let g = getal(j), g.isGeheel else { throw teGrootOfVerkeerd(pad, soort, j, hint: "schrijf een geheel getal, zoals 3") }
            return .getal(g)
        case .percentage:
            // "10%" or 10: both mean ten percent.
            var tekst: String
            switch j {
            case .getal(let s): tekst = s
            case .tekst(let s): tekst = s.trimmingSpaces()
            default: throw verkeerd(pad, soort, j, hint: "schrijf bijvoorbeeld \"10%\" of 10")
            }
            if tekst.hasSuffix("%") { tekst.removeLast() }
            guard let g = Getal.lees(Substring(tekst.trimmingSpaces())), let f = try? g.gedeeldDoor(.honderd) else {
                throw verkeerd(pad, soort, j, hint: "schrijf bijvoorbeeld \"10%\" of 10")
            }
            return .getal(f)
        case .datum:
            guard case .tekst(let s) = j, let d = Datum.lees(Substring(s)) else {
                throw verkeerd(pad, soort, j, hint: "schrijf een datum als \"2024-01-31\"")
            }
            return .datum(d)
        case .duur:
            guard case .tekst(let s) = j else { throw verkeerd(pad, soort, j, hint: "schrijf bijvoorbeeld \"3 maanden\"") }
            let delen = s.split(separator: " ")
            guard delen.count == 2, let n = Int64(delen[0]), let e = Parser.eenheden[String(delen[1])] else {
                throw verkeerd(pad, soort, j, hint: "schrijf bijvoorbeeld \"3 maanden\"")
            }
            return .duur(Duur(n, e))
        case .waarheid:
            guard case .waarheid(let b) = j else { throw verkeerd(pad, soort, j, hint: "schrijf true of false") }
            return .waarheid(b)
        case .tekst:
            guard case .tekst(let s) = j else { throw verkeerd(pad, soort, j) }
            return opslag.tekst(s)
        case .keuze(let k):
            let leden = set.keuzelijsten[k] ?? []
            guard case .tekst(let s) = j else {
                throw verkeerd(pad, soort, j, hint: "kies uit: " + leden.joined(separator: ", "))
            }
            guard let i = leden.firstIndex(of: s) else {
                throw GevalProbleem(bericht: .veldVerkeerdeSoort(veld: pad, verwacht: "waarde van \(k)", gevonden: j.beschrijving),
                                    suggestie: dichtstbijzijnde(s, in: leden).map { .bedoeldeU($0) } ?? .kiesUit(leden.joined(separator: ", ")))
            }
            return .keuze(Int32(i))
        case .record(let r):
            guard case .object(let velden) = j, let schema = set.gegevens[r] else { throw verkeerd(pad, soort, j) }
            let start = opslag.velden.count
            opslag.velden += Array(repeating: Waarde.afwezig, count: schema.velden.count)
            for (sleutel, waarde) in velden {
                guard let i = schema.velden.firstIndex(where: { $0.naam == sleutel }) else {
                    waarschuwingen.append(GevalProbleem(bericht: .veldOnbekend("\(pad).\(sleutel)"),
                                                        suggestie: dichtstbijzijnde(sleutel, in: schema.velden.map(\.naam)).map { .bedoeldeU($0) }))
                    continue
                }
                let w = try lees(waarde, soort: schema.velden[i].soort, pad: "\(pad).\(sleutel)", set: set, opslag: &opslag,
                                 waarschuwingen: &waarschuwingen)
                try binnenGrenzen(w, schema.velden[i], pad: "\(pad).\(sleutel)", set: set)
                opslag.velden[start + i] = w
            }
            return .record(Int32(start))
        case .lijst(let element):
            guard case .array(let es) = j else { throw verkeerd(pad, soort, j) }
            let start = opslag.velden.count
            opslag.velden += Array(repeating: Waarde.afwezig, count: es.count)
            for (k, e) in es.enumerated() {
                let w = try lees(e, soort: element, pad: "\(pad)[\(k)]", set: set, opslag: &opslag, waarschuwingen: &waarschuwingen)
                opslag.velden[start + k] = w
            }
            return .lijst(Int32(start), Int32(es.count))
        case .fout:
            throw verkeerd(pad, soort, j)
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
