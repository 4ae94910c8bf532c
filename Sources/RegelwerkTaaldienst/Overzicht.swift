// Taaldienst: the outline of a file (hoofdstuk → paragraaf → sub-paragraaf → artikel → variant → lid →
// onderdeel → what is declared in it, and the
// top-level parts: soorten, gegevens, geval, uitvoer, invullingen, keuzes, parameters, proeven), and the code
// actions that apply a diagnostic's help: "bedoelde u 'x'?" and "vul in met 'invulling x = ...'".
//
// The outline is read off the tokens of the text, line by line, not off the syntax tree: the tree keeps no
// range for a lid or an onderdeel, and a text being typed (with a syntax error) still gets its outline.

import RegelwerkKern
import RegelwerkGevallen

extension Taaldienst {
    /// LSP SymbolKind values used here.
    enum Symboolsoort: Int {
        case module = 2, namespace = 3, package = 4, `class` = 5, method = 6, field = 8, `enum` = 10, interface = 11
        case function = 12, variable = 13, constant = 14, boolean = 17, key = 20, enumMember = 22, `struct` = 23, event = 24
    }

    /// One entry of the outline under construction.
    struct Symbool {
        var naam: String
        var detail: String?
        var soort: Symboolsoort
        /// Nesting level: 1 hoofdstuk, 2 paragraaf, 3 sub-paragraaf, 4 artikel, 5 variant, 6 lid, 7 onderdeel,
        /// 8 a declaration; 0 a top-level part.
        var niveau: Int
        var begin: Int
        var eind: Int
        var naamBereik: SourceRange
        var kinderen: [JSONWaarde] = []
    }

    /// `textDocument/documentSymbol` for file `k`: a tree of DocumentSymbols.
    func overzicht(_ a: Analyse, _ k: Int) -> JSONWaarde {
        let ts = a.tokens[k]
        let bytes = a.bytes(k)
        let tabel = a.regeltabellen[k]
        let isProeven: Bool = { if case .proeven = a.lijsten[k].soort { true } else { false } }()
        var wortel: [JSONWaarde] = []
        // The open entries, outermost first; at most nine deep (the grammar's levels), whatever the input.
        var stapel: [Symbool] = []
        func json(_ s: Symbool) -> JSONWaarde {
            .obj([("name", .tekst(s.naam)), ("detail", s.detail.map { .tekst($0) }), ("kind", .n(s.soort.rawValue)),
                  ("range", tabel.bereik(s.begin, Swift.max(s.begin, s.eind), in: bytes)),
                  ("selectionRange", a.lspBereik(s.naamBereik)), ("children", .array(s.kinderen))])
        }
        // Closes the open entries of level `n` and deeper; a top-level part (level 0) holds nothing, so
        // whatever comes next closes it.
        func sluit(totNiveau n: Int) {
            while let s = stapel.last, s.niveau >= n || s.niveau == 0 {
                stapel.removeLast()
                if stapel.isEmpty { wortel.append(json(s)) } else { stapel[stapel.count - 1].kinderen.append(json(s)) }
            }
        }
        func tekst(_ j: Int) -> String { j < ts.count ? a.tekst(ts[j].bereik) : "" }
        func tekstToken(_ j: Int) -> String? {
            if j < ts.count, case .tekst(let t) = ts[j].soort, a.opEenRegel(ts[j - 1].bereik, ts[j].bereik) { return t }
            return nil
        }
        for (i, t) in ts.enumerated() {
            if case .einde = t.soort { break }
            defer {
                // Every open entry reaches to the last token that belongs to it.
                for j in stapel.indices { stapel[j].eind = Swift.max(stapel[j].eind, Int(t.bereik.eind)) }
            }
            guard a.isRegelbegin(t.bereik, k) else { continue }
            var nieuw: Symbool?
            let naam = i + 1 < ts.count ? ts[i + 1].bereik : t.bereik
            switch t.soort {
            case .sleutelwoord(.artikel) where !isProeven:
                let regelRest = ts[(i + 2)...].prefix { a.opEenRegel(t.bereik, $0.bereik) }
                if regelRest.contains(where: { $0.soort == .sleutelwoord(.variant) || $0.soort == .naam("opgenomen") }) {
                    let eind = regelRest.last?.bereik ?? naam
                    nieuw = Symbool(naam: a.tekst(t.bereik.tot(eind)), soort: .key, niveau: 0, begin: Int(t.bereik.start), eind: Int(eind.eind), naamBereik: naam)
                } else {
                    nieuw = Symbool(naam: "Artikel \(tekst(i + 1))", detail: tekstToken(i + 2), soort: .namespace, niveau: 4,
                                    begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
                }
            case .naam("hoofdstuk") where i + 1 < ts.count && ts[i + 1].soort != .symbool(":"):
                // `hoofdstuk 4 niet opgenomen`: a choice of the verordening, like `artikel 43 variant 2`; it heads nothing.
                let regelRest = ts[(i + 2)...].prefix { a.opEenRegel(t.bereik, $0.bereik) }
                if regelRest.contains(where: { $0.soort == .naam("opgenomen") }), let eind = regelRest.last?.bereik {
                    nieuw = Symbool(naam: a.tekst(t.bereik.tot(eind)), soort: .key, niveau: 0, begin: Int(t.bereik.start), eind: Int(eind.eind), naamBereik: naam)
                    break
                }
                nieuw = Symbool(naam: "Hoofdstuk \(tekst(i + 1))", detail: tekstToken(i + 2), soort: .module, niveau: 1,
                                begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .naam("paragraaf") where i + 1 < ts.count && ts[i + 1].soort != .symbool(":"):
                // `paragraaf 1.1` is a sub-paragraaf of `paragraaf 1`.
                let nummer = tekst(i + 1)
                nieuw = Symbool(naam: "Paragraaf \(nummer)", detail: tekstToken(i + 2), soort: .module, niveau: nummer.contains(".") ? 3 : 2,
                                begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.variant):
                nieuw = Symbool(naam: "Variant \(tekst(i + 1))", detail: tekstToken(i + 2), soort: .class, niveau: 5,
                                begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.lid) where !isProeven:
                let facultatief = i + 2 < ts.count && ts[i + 2].soort == .naam("facultatief")
                nieuw = Symbool(naam: "Lid \(tekst(i + 1))" + (facultatief ? " (facultatief)" : ""), detail: tekstToken(facultatief ? i + 3 : i + 2),
                                soort: .package, niveau: 6, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.onderdeel) where !isProeven && !(i + 2 < ts.count && ts[i + 2].soort == .symbool(":")):
                nieuw = Symbool(naam: "Onderdeel \(tekst(i + 1))", detail: tekstToken(i + 2), soort: .module, niveau: 7,
                                begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.regel):
                var namen: [String] = [], j = i + 1
                // `regel a "label a", b "label b" volgens tabel ...`: the names, each perhaps with its label.
                while j < ts.count, case .naam(let n) = ts[j].soort {
                    namen.append(n)
                    j += 1
                    if j < ts.count, case .tekst = ts[j].soort { j += 1 }
                    guard j < ts.count, ts[j].soort == .symbool(",") else { break }
                    j += 1
                }
                nieuw = Symbool(naam: namen.isEmpty ? "regel" : namen.joined(separator: ", "), soort: .function, niveau: 8,
                                begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.open):
                nieuw = Symbool(naam: tekst(i + 1), detail: "open", soort: .variable, niveau: 8, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.bevoegdheid):
                nieuw = Symbool(naam: tekst(i + 1), detail: "bevoegdheid", soort: .event, niveau: 8, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.uitzondering):
                let doel = i + 2 < ts.count ? ts[i + 2].bereik : naam
                nieuw = Symbool(naam: "uitzondering op \(tekst(i + 2))", soort: .event, niveau: 8, begin: Int(t.bereik.start), eind: Int(doel.eind), naamBereik: doel)
            case .sleutelwoord(.eis):
                nieuw = Symbool(naam: "eis", soort: .boolean, niveau: 8, begin: Int(t.bereik.start), eind: Int(t.bereik.eind), naamBereik: t.bereik)
            case .sleutelwoord(.soort):
                nieuw = Symbool(naam: tekst(i + 1), detail: "soort", soort: .enum, niveau: 0, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.gegevens):
                nieuw = Symbool(naam: tekst(i + 1), detail: "gegevens", soort: .struct, niveau: 0, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.geval) where !isProeven:
                nieuw = Symbool(naam: "geval", soort: .struct, niveau: 0, begin: Int(t.bereik.start), eind: Int(t.bereik.eind), naamBereik: t.bereik)
            case .sleutelwoord(.uitvoer):
                nieuw = Symbool(naam: "uitvoer " + tekst(i + 1), soort: .interface, niveau: 0, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.invulling):
                nieuw = Symbool(naam: tekst(i + 1), detail: "invulling", soort: .constant, niveau: 0, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.parameter):
                nieuw = Symbool(naam: tekst(i + 1), detail: "parameter", soort: .constant, niveau: 0, begin: Int(t.bereik.start), eind: Int(naam.eind), naamBereik: naam)
            case .sleutelwoord(.proef):
                let titel = i + 1 < ts.count ? ts[i + 1].bereik : t.bereik
                let regelRest = ts[(i + 1)...].prefix { a.opEenRegel(t.bereik, $0.bereik) }
                let citaat = regelRest.dropFirst().first.map { a.tekst($0.bereik.tot(regelRest.last?.bereik ?? $0.bereik)) }
                nieuw = Symbool(naam: tekstToken(i + 1) ?? "proef", detail: citaat, soort: .method, niveau: 0, begin: Int(t.bereik.start),
                                eind: Int(t.bereik.eind), naamBereik: titel)
            default:
                break
            }
            guard let s = nieuw else { continue }
            // An entry closes the open ones of its level and deeper; a top-level part closes every article.
            sluit(totNiveau: s.niveau)
            stapel.append(s)
        }
        sluit(totNiveau: 0)
        return .array(wortel)
    }

    /// `textDocument/codeAction`: for each diagnostic of the file within the range that offers help, the edit
    /// that applies it: the name it suggests in place of the one written ("bedoelde u"), or the missing
    /// `invulling` at the end of the municipality's file ("vul in met").
    func codeacties(_ a: Analyse, _ k: Int, _ van: Positie, _ tot: Positie) -> JSONWaarde {
        let bytes = a.bytes(k)
        let tabel = a.regeltabellen[k]
        let (s, e) = (tabel.offset(van, in: bytes), tabel.offset(tot, in: bytes))
        var uit: [JSONWaarde] = []
        for d in a.compilatie.diagnostics.gesorteerd {
            guard let r = d.bereik, Int(r.bestand.waarde) == k, Int(r.start) <= e, s <= Int(r.eind), let suggestie = d.suggestie else { continue }
            // The URI as the editor spelled it, so that the edit lands in the open document.
            let uri = documenten[a.paden[k]]?.uri ?? Werkruimte.uri(pad: a.paden[k])
            let bewerking: JSONWaarde, titel: String, voorkeur: Bool
            switch suggestie {
            case .bedoeldeU(let n):
                bewerking = .object([("range", a.lspBereik(r)), ("newText", .tekst(n))])
                titel = TaaldienstBericht.vervangDoor(n).tekst(taal)
                voorkeur = true
            case .vulIn(let n, let voorbeeld):
                let regel = "invulling \(n) = \(voorbeeld ?? "...")"
                let nieuweRegel = bytes.last == 10 || bytes.isEmpty ? "" : "\n"
                let einde = tabel.bereik(bytes.count, bytes.count, in: bytes)
                bewerking = .object([("range", einde), ("newText", .tekst(nieuweRegel + regel + "\n"))])
                titel = TaaldienstBericht.vulIn(regel).tekst(taal)
                voorkeur = false
            default:
                continue
            }
            uit.append(.object([
                ("title", .tekst(titel)), ("kind", .tekst("quickfix")), ("isPreferred", .waarheid(voorkeur)),
                ("diagnostics", .array([diagnostiek(d, a.controle)])),
                ("edit", .object([("changes", .object([(uri, .array([bewerking]))]))])),
            ]))
        }
        return .array(uit)
    }
}
