// Taaldienst: completion. The words before the cursor on its line say what fits: after `invulling` the open
// terms this version has not filled in yet, after `is` the values of a sort, after `artikel` the articles and
// after `artikel N variant` their variants, after `.` a record's fields, after `:` the sorts, at the start of
// a line the keywords of the file's kind, and elsewhere the names in scope with their sorts.

import RegelwerkKern
import RegelwerkGevallen

extension Taaldienst {
    /// LSP CompletionItemKind values used here.
    enum Aanvulsoort: Int {
        case function = 3, field = 5, variable = 6, module = 9, property = 10, value = 12, keyword = 14
        case `enum` = 13, constant = 21, enumMember = 20, `struct` = 22, event = 23
    }

    /// `textDocument/completion` at `offset` in file `k` (the open document `pad`).
    func aanvulling(_ a: Analyse, _ k: Int, _ offset: Int, pad: String) -> JSONWaarde {
        let bytes = a.bytes(k)
        var begin = Swift.min(offset, bytes.count)
        while begin > 0, bytes[begin - 1] != 10 { begin -= 1 }
        let regel = String(decoding: bytes[begin..<Swift.min(offset, bytes.count)], as: UTF8.self)
        // The word being typed, and the words before it.
        let voor = regel.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "'" }
        let rest = regel.dropLast(voor.count)
        let woorden = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let vorige = woorden.last
        var items: [JSONWaarde] = []
        let soort = a.lijsten[k].soort

        if rest.hasSuffix(".") {
            for (n, ds) in a.declaraties.sorted(by: { $0.key < $1.key }) {
                for d in ds { if case .recordveld(let r) = d.aard { items.append(item(n, .field, detail: "\(r).\(n): \(d.soort ?? "")")) } }
            }
        } else if vorige == "invulling" {
            items = openTermenZonderInvulling(a, k).map { d in
                var i = item(d.naam, .variable, detail: d.soort, documentatie: uitleg(d, a, naInvulling: false))
                if fragmenten, let v = d.voorbeeld {
                    i = i.met("insertText", .tekst("\(d.naam) = ${1:\(v.replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "}", with: "\\}"))}"))
                        .met("insertTextFormat", .n(2))
                }
                return i
            }
        } else if vorige == "is" || (vorige == "niet" && woorden.dropLast().last == "is") {
            let onderwerp = woorden.dropLast(vorige == "is" ? 1 : 2).last
            items = keuzewaarden(a, voor: onderwerp)
        } else if vorige == "artikel" {
            var gezien = Set<String>()
            for l in a.lijsten {
                for art in l.artikelen where gezien.insert(art.citaat.description).inserted {
                    items.append(item(art.nummer + (art.wet.map { " van de \($0)" } ?? ""), .module, detail: art.titel))
                }
            }
        } else if vorige == "variant", woorden.count >= 3, woorden[woorden.count - 3] == "artikel",
                  let (art, _) = a.artikel(woorden[woorden.count - 2], wet: nil) {
            items = art.varianten.map { item($0.nummer, .enumMember, detail: $0.omschrijving) }
        } else if rest.trimmingSpaties().hasSuffix(":") && !rest.contains("=") {
            items = soorten(a)
        } else if rest.trimmingSpaties().isEmpty {
            items = sleutelwoorden(soort).map { item($0, .keyword) }
            if case .proeven = soort {} else { items += namen(a) }
        } else {
            items = namen(a) + ["als", "dan", "anders", "en", "of", "niet", "is", "tenzij", "ten hoogste", "ten minste", "geen",
                                "waar", "onwaar", "som van", "aantal", "bestaat", "voor elke", "in", "waarvoor", "waarbij",
                                "afgerond op centen", "afgerond op een veelvoud van", "termijn van", "minimum", "maximum",
                                "met dezelfde"].map { item($0, .keyword) }
        }
        return .object([("isIncomplete", .waarheid(false)), ("items", .array(items))])
    }

    func item(_ label: String, _ soort: Aanvulsoort, detail: String? = nil, documentatie: String? = nil) -> JSONWaarde {
        .obj([("label", .tekst(label)), ("kind", .n(soort.rawValue)), ("detail", detail.map { .tekst($0) }),
              ("documentation", documentatie.map { .object([("kind", .tekst("markdown")), ("value", .tekst($0))]) })])
    }

    /// The rules, open terms, case fields, national amounts and powers, each once, with its sort.
    func namen(_ a: Analyse) -> [JSONWaarde] {
        var uit: [JSONWaarde] = []
        for (n, ds) in a.declaraties.sorted(by: { $0.key < $1.key }) {
            guard let d = a.declaraties(van: n, naPunt: false, naInvulling: false).first else { continue }
            let soort: Aanvulsoort
            switch d.aard {
            case .regel: soort = .function
            case .openTerm: soort = .variable
            case .gevalveld: soort = .field
            case .parameter: soort = .constant
            case .bevoegdheid: soort = .event
            case .keuzewaarde: soort = .enumMember
            default: continue
            }
            _ = ds
            var detail = d.soort
            if detail == nil, d.aard == .regel {
                detail = a.compilatie.versies.lazy.compactMap { v in v.regelset.definities.first { $0.naam == n }?.soort.description }.first
            }
            if case .keuzewaarde(let s) = d.aard { detail = s }
            uit.append(item(n, soort, detail: detail))
        }
        return uit
    }

    /// The values of the sort of `onderwerp` (a field or rule whose sort is a `soort`), or of every sort.
    func keuzewaarden(_ a: Analyse, voor onderwerp: String?) -> [JSONWaarde] {
        let naam = onderwerp.map { String($0.split(separator: ".").last ?? "") }
        var soort: String?
        if let n = naam {
            for d in a.declaraties[n] ?? [] {
                if let s = d.soort, a.declaraties[s]?.contains(where: { $0.aard == .keuzelijst }) == true { soort = s; break }
            }
            if soort == nil {
                for v in a.compilatie.versies {
                    if let def = v.regelset.definities.first(where: { $0.naam == n }), case .keuze(let s) = def.soort { soort = s; break }
                }
            }
        }
        var uit: [JSONWaarde] = []
        for (n, ds) in a.declaraties.sorted(by: { $0.key < $1.key }) {
            for d in ds {
                guard case .keuzewaarde(let s) = d.aard, soort == nil || s == soort else { continue }
                let uitleg = [d.label, d.omschrijving].compactMap { $0 }.joined(separator: "\n\n")
                uit.append(item(n, .enumMember, detail: s, documentatie: uitleg.isEmpty ? nil : uitleg))
            }
        }
        return uit
    }

    /// The sorts a declaration can name: the basic ones, the `soort`s and the `gegevens`.
    func soorten(_ a: Analyse) -> [JSONWaarde] {
        var uit = ["bedrag", "bedrag per maand", "bedrag per jaar", "bedrag per week", "bedrag per dag", "getal", "geheel getal",
                   "percentage", "datum", "duur", "tekst", "waarheidswaarde", "kenmerk", "lijst van"].map { item($0, .keyword) }
        for (n, ds) in a.declaraties.sorted(by: { $0.key < $1.key }) {
            if ds.contains(where: { $0.aard == .keuzelijst }) { uit.append(item(n, .enum)) }
            if ds.contains(where: { $0.aard == .gegevens }) { uit.append(item(n, .struct)) }
        }
        return uit
    }

    /// The keywords that begin a line in a file of this kind.
    func sleutelwoorden(_ soort: Regelbestand.Aard) -> [String] {
        switch soort {
        case .regeling:
            ["artikel", "lid", "onderdeel", "variant", "regel", "open", "uitzondering op", "eis", "bevoegdheid", "soort", "gegevens",
             "geval", "uitvoer", "einde", "tenzij"]
        case .verordening:
            ["invulling", "artikel", "lid", "onderdeel", "regel", "uitzondering op", "eis", "soort", "gegevens", "einde"]
        case .parameters:
            ["parameter", "vanaf"]
        case .proeven:
            ["proef", "beslissing", "peildatum", "geval", "verwacht", "einde"]
        }
    }

    /// The model's open terms that the version of file `k` (a municipality's) has not filled in, leaving out
    /// those in variants it did not choose, in facultative leden it did not adopt and in parts of the model it
    /// leaves out (`hoofdstuk 4 niet opgenomen`).
    func openTermenZonderInvulling(_ a: Analyse, _ k: Int) -> [Declaratieplaats] {
        let eigen = a.lijsten[k]
        // The files of the same version: the same ordinance, in force from the same day.
        let versie = a.lijsten.filter { l in
            if case .verordening = l.soort { return l.naam == eigen.naam && l.geldigVanaf == eigen.geldigVanaf }
            return false
        }
        let ingevuld = Set(versie.flatMap { $0.invullingen.map(\.naam.tekst) })
        let keuzes = Dictionary(versie.flatMap(\.variantKeuzes).map { ($0.artikel, $0.nummer) }, uniquingKeysWith: { a, _ in a })
        let opgenomen = Set(versie.flatMap(\.opgenomenLeden).map(\.lid))
        let weg = versie.flatMap(\.nietOpgenomen)
        // The headings of the model's articles, from the first file that gives them (as the checker reads them).
        var koppen: [Citaat: Artikel] = [:]
        if !weg.isEmpty {
            for l in a.lijsten where l.soort == .regeling {
                for art in l.artikelen where art.hoofdstuk != nil && koppen[art.citaat] == nil { koppen[art.citaat] = art }
            }
        }
        func nietOpgenomen(_ c: Citaat?) -> Bool {
            guard let c, let art = koppen[c.artikelAlleen], let h = art.hoofdstuk else { return false }
            return weg.contains { $0.omvat(hoofdstuk: h, paragraaf: art.paragraaf, subparagraaf: art.subparagraaf) }
        }
        let isGemeente: Bool = { if case .verordening = eigen.soort { true } else { false } }()
        var uit: [Declaratieplaats] = []
        for (_, ds) in a.declaraties.sorted(by: { $0.key < $1.key }) {
            for d in ds where d.aard == .openTerm && !ingevuld.contains(d.naam) {
                // A variant of an onderdeel or lid is chosen by that citation, of the whole article by the article's.
                if isGemeente, let v = d.variant, let c = d.citaat,
                   let sleutel = [c, Citaat(artikel: c.artikel, lid: c.lid, wet: c.wet), c.artikelAlleen].first(where: { keuzes[$0] != nil }),
                   let gekozen = keuzes[sleutel], gekozen != v { continue }
                if isGemeente, let f = d.facultatief, !opgenomen.contains(f) { continue }
                if isGemeente, nietOpgenomen(d.citaat) { continue }
                uit.append(d)
            }
        }
        return uit
    }
}

extension JSONWaarde {
    /// The object with one more key.
    func met(_ sleutel: String, _ w: JSONWaarde) -> JSONWaarde {
        guard case .object(var velden) = self else { return self }
        velden.append((sleutel, w))
        return .object(velden)
    }
}
