// Check: syntax trees of all files → one ``Regelset``: names resolved, types checked, open terms filled,
// tables checked for gaps, overlaps and unreachable rows, cycles found. Reports every error at once.

public struct Checker {
    var diagnostics = Diagnostics()
    var set = Regelset()
    /// The files as flat lists (``Regelbestand/lijsten``), without the declarations of the variants the
    /// municipality did not choose.
    var bestanden: [Regelbestand.Lijsten]

    /// What a name in an expression refers to.
    enum Betekenis {
        case definitie(Int)
        case openTerm(Int)
        case invoer(Int)
        case parameter(Int)
    }
    var namen: [String: (Betekenis, SourceRange)] = [:]
    /// Set while open terms are declared: only they may be a list of an enumeration's values.
    var lijstVanKeuzes = false
    /// Element variables of enclosing aggregates, innermost last.
    var lokalen: [(String, Soort)] = []
    /// Rule declarations per definition, to check bodies after all names are known.
    var regelPerDefinitie: [Int] = []
    /// And the other way: the definitions of each rule declaration (a table may define several), so that
    /// checking a rule finds them without a search (checking stays linear in the number of rules).
    var definitiesPerRegel: [Int: [Int]] = [:]
    /// The type each rule declaration names (`regel n: soort = ...`), known before any body is checked.
    var gedeclareerdeSoort: [Soort?] = []
    /// Rule declarations whose bodies have been checked.
    var gecontroleerdeRegels = Set<Int>()
    /// Why a declared name is not there: its variant is not chosen, or its facultative lid not adopted.
    enum Weggelaten {
        case variant(Citaat, String, gekozen: String?)
        case facultatief(Citaat)
        /// In a part of the model the verordening leaves out (`hoofdstuk 4 niet opgenomen`): where the name
        /// stands, and the part (an index into ``Regelset/nietOpgenomen``).
        case nietOpgenomen(Citaat, deel: Int)
    }
    var weggelatenNamen: [String: Weggelaten] = [:]

    /// A name of a variant not chosen, a facultative lid not adopted or a part of the model left out: reported
    /// as such (for an article without a choice, the missing choice is the error already reported). True when
    /// the name was handled. `invulling`: the name is filled in, not read.
    mutating func meldWeggelaten(_ n: Naam, invulling: Bool = false) -> Bool {
        switch weggelatenNamen[n.tekst] {
        case nil: return false
        case .variant(let a, let variant, let gekozen)?:
            if let gekozen { fout(.naamInAndereVariant(n.tekst, artikel: a.description, variant: variant, gekozen: gekozen), n.bereik) }
        case .facultatief(let lid)?:
            fout(.naamInFacultatiefLid(n.tekst, lid: lid.description), n.bereik)
        case .nietOpgenomen(let c, let k)?:
            let deel = set.nietOpgenomen.delen[k]
            let artikel = c.artikelAlleen.description
            fout(invulling ? .invullingNietOpgenomen(n.tekst, artikel: artikel, deel: deel.omschrijving)
                           : .naamNietOpgenomen(n.tekst, artikel: artikel, deel: deel.omschrijving),
                 n.bereik, suggestie: .neemDeelOp(deel.geschreven))
        }
        return true
    }

    /// The parts of the model the verordening leaves out (`hoofdstuk 4 niet opgenomen`), checked against the
    /// model's headings, into ``Regelset/nietOpgenomen``; returns the part each of their articles stands in.
    /// A law's article counts where the model writes it (artikel 18 van de Participatiewet, under paragraaf
    /// 1.5 of hoofdstuk 4: its rules apply to that chapter's).
    mutating func bepaalNietOpgenomen() -> [Citaat: Int] {
        guard bestanden.contains(where: { !$0.nietOpgenomen.isEmpty }) else { return [:] }
        // The headings of each article of the model, from the first file that gives them: a file may add rules
        // to an article another file heads (verrekenen.regels adds to artikel 44).
        var koppen: [Citaat: (hoofdstuk: Artikel.Kopje, paragraaf: Artikel.Kopje?, sub: Artikel.Kopje?)] = [:]
        for b in bestanden where b.soort == .regeling {
            for a in b.artikelen {
                guard let h = a.hoofdstuk, koppen[a.citaat] == nil else { continue }
                koppen[a.citaat] = (h, a.paragraaf, a.subparagraaf)
            }
        }
        func lijst(_ nummers: [String]) -> String {
            let gesorteerd = Array(Set(nummers)).sorted { Citaat.inVolgorde(Citaat(artikel: $0), Citaat(artikel: $1)) }
            guard gesorteerd.count > 1, let laatste = gesorteerd.last else { return gesorteerd.joined() }
            return gesorteerd.dropLast().joined(separator: ", ") + " en " + laatste
        }
        var nietOpgenomen = set.nietOpgenomen
        var deelVan: [Citaat: Int] = [:]
        for b in bestanden {
            for d in b.nietOpgenomen {
                guard case .verordening = b.soort else { diagnostics.fout(.variantKeuzeBuitenVerordening, d.bereik); continue }
                let inHoofdstuk = koppen.filter { $0.value.hoofdstuk.nummer == d.hoofdstuk }
                guard !inHoofdstuk.isEmpty else {
                    diagnostics.fout(.onbekendDeel("hoofdstuk \(d.hoofdstuk)", kent: "hoofdstuk " + lijst(koppen.values.map(\.hoofdstuk.nummer))), d.bereik)
                    continue
                }
                let inDeel = inHoofdstuk.filter { d.omvat(hoofdstuk: $0.value.hoofdstuk, paragraaf: $0.value.paragraaf, subparagraaf: $0.value.sub) }
                let artikelen = inDeel.keys.sorted(by: Citaat.inVolgorde)
                guard let eerste = artikelen.first(where: { $0.wet == nil }) ?? artikelen.first, let kop = inDeel[eerste] else {
                    let paragrafen = inHoofdstuk.values.flatMap { [$0.paragraaf?.nummer, $0.sub?.nummer].compactMap { $0 } }
                    diagnostics.fout(.onbekendDeel("paragraaf \(d.paragraaf ?? "") in hoofdstuk \(d.hoofdstuk)",
                                                   kent: paragrafen.isEmpty ? "geen paragrafen in hoofdstuk \(d.hoofdstuk)"
                                                       : "paragraaf " + lijst(paragrafen) + " in hoofdstuk \(d.hoofdstuk)"), d.bereik)
                    continue
                }
                // A part inside one already left out (or the same one twice) changes nothing.
                guard artikelen.contains(where: { deelVan[$0] == nil }) else { continue }
                let paragraaf = d.paragraaf.flatMap { p in kop.paragraaf?.nummer == p ? kop.paragraaf : kop.sub }
                let k = nietOpgenomen.delen.count
                let inParagraaf = paragraaf != nil && kop.paragraaf?.nummer != d.paragraaf ? kop.paragraaf : nil
                nietOpgenomen.delen.append(NietOpgenomen.Deel(hoofdstuk: kop.hoofdstuk, paragraaf: paragraaf, inParagraaf: inParagraaf,
                                                              eersteArtikel: eerste.artikel))
                for a in artikelen where deelVan[a] == nil { deelVan[a] = k }
            }
        }
        set.nietOpgenomen = nietOpgenomen
        return deelVan
    }

    /// Rules that requirements (`eis`) read.
    var eisDefinities = Set<Int>()
    /// Definitions in a cycle that is already reported.
    var kringGemeld = Set<Int>()
    /// Every `waarbij` checked: the rule computed, what it holds fixed, and where it is written.
    var veronderstellingen: [(doel: Int, vast: Vastgezet, bereik: SourceRange)] = []

    var openTermDeclaraties: [OpenTerm] = []
    var gebruikteOpenTermen: Set<Int> = []
    /// The open terms the expression being checked reads, in order: the motivation names where each value
    /// comes from ("ingevuld door de gemeente").
    var gelezenOpenTermen: [Int] = []
    var huidigCitaat: Citaat?
    /// This version's municipal files.
    var gemeentelijk: Set<BestandID> = []
    /// Where each open term is filled in (its `invulling`), so a problem its value causes is shown there.
    var invullingBereik: [Int: SourceRange] = [:]
    /// The fill-ins in the bounds of the table row being checked.
    var rijInvullingen: [SourceRange] = []
    /// Set just before checking the whole outcome of a rule, an exception or a table row: there (and in the
    /// branches of an `als` there) `geen` may stand. Every other expression clears it on entry.
    var heleUitkomst = false
    let bronnen: Bronnen
    /// Whether the passes that only warn run (``controleer(_:meerdere:bronnen:waarschuwingen:)``).
    var metWaarschuwingen = true

    /// Checks the parsed files together, as one rule set.
    /// Checks one version of an ordinance. A diagnostic located in the version's own municipal files (a
    /// fill-in, a choice, a rule it adds) names the version ("in de versie vanaf 1 januari 2025"), so that
    /// with several versions loaded the reader knows which one is wrong.
    /// Without `waarschuwingen`, the passes that only warn (what is unused, a blank without its fill-in, a
    /// categorical refusal) are left out: a command that shows no warnings does not wait for them.
    public static func controleer(_ versie: Verordeningsversie, meerdere: Bool, bronnen: Bronnen,
                                  waarschuwingen: Bool = true) -> (Regelset, Diagnostics) {
        var c = Checker(bestanden: versie.bestanden, bronnen: bronnen)
        c.metWaarschuwingen = waarschuwingen
        c.gemeentelijk = Set(versie.gemeentelijk.map(\.bestand))
        c.run()
        guard versie.vanaf != nil else { return (c.set, c.diagnostics) }
        var ds = Diagnostics()
        for var d in c.diagnostics.alle {
            if let r = d.bereik, c.gemeentelijk.contains(r.bestand) { d.context.append(.inDeVersie(versie.periode)) }
            ds.meld(d)
        }
        return (c.set, ds)
    }

    /// Checks files as one rule set (one version).
    public static func controleer(_ bestanden: [Regelbestand], bronnen: Bronnen) -> (Regelset, Diagnostics) {
        var c = Checker(bestanden: bestanden, bronnen: bronnen)
        c.run()
        return (c.set, c.diagnostics)
    }

    init(bestanden: [Regelbestand], bronnen: Bronnen) {
        self.bestanden = bestanden.map(\.lijsten)
        self.bronnen = bronnen
        self.alleRegels = self.bestanden.flatMap(\.regels)
    }

    mutating func run() {
        // A municipality's ordinance names the decision; it must follow a model that is loaded.
        // Without its model every choice and fill-in of the municipality would be unknown: the consolidation
        // reports the one error that says what to load (``Consolidatie/ontbrekendModel(_:_:)``), and nothing
        // here adds follow-ons.
        let modellen = bestanden.filter { $0.soort == .regeling }.map(\.naam)
        for b in bestanden {
            if case .verordening(let volgt, _, _) = b.soort, !modellen.contains(volgt) { return }
        }
        if let hoofd = bestanden.first(where: { if case .verordening = $0.soort { true } else { false } })
            ?? bestanden.first(where: { $0.soort == .regeling }) ?? bestanden.first {
            set.naam = hoofd.naam
            set.geldigVanaf = hoofd.geldigVanaf
            set.geldigTotEnMet = hoofd.geldigTotEnMet
            set.vastgesteld = hoofd.vastgesteld
            var over: [String] = []
            if let g = hoofd.gemeente { over.append(g) }
            // Adopted after the day it takes effect: in force retroactively, and the heading says both days.
            if let v = hoofd.vastgesteld {
                let terug = hoofd.geldigVanaf.map { v > $0 } ?? false
                over.append("vastgesteld op \(v.nederlands)" + (terug ? ", met terugwerkende kracht" : ""))
            }
            if let d = hoofd.geldigVanaf {
                over.append("geldig vanaf \(d.nederlands)" + (hoofd.geldigTotEnMet.map { " tot en met \($0.nederlands)" } ?? ""))
            }
            if let v = hoofd.versie { over.append("versie \(v)") }
            if case .verordening(let model, let modelversie, _) = hoofd.soort {
                over.append("volgt \(model)" + (modelversie.map { ", \($0)" } ?? ""))
            }
            set.versie = over.isEmpty ? nil : over.joined(separator: "; ")
        }
        pasKeuzesToe()
        vervangRegels()
        declareerSoorten()
        declareerInvoer()
        declareerDefinities()
        declareerOpenTermen()
        declareerParameters()
        vulOpenTermenIn()
        bepaalVeldgrenzen()
        controleerRegels()
        controleerUitzonderingen()
        controleerEisen()
        controleerEigenArtikelen()
        controleerUitvoer()
        controleerOvergangsrecht()
        zoekKringen()
        controleerConstanteBerekeningen()
        controleerVeronderstellingen()
        // The articles before the warnings: those about the text (blanks) read them.
        for b in bestanden {
            for a in b.artikelen {
                let sleutel = a.wet.map { "\(a.nummer) \($0)" } ?? a.nummer
                if set.artikelen[sleutel] == nil {
                    set.artikelen[sleutel] = a
                    set.artikelLijst.append(a)
                } else if gemeentelijk.contains(b.bestand), var model = set.artikelen[sleutel],
                          let k = set.artikelLijst.firstIndex(where: { $0.nummer == a.nummer && $0.wet == a.wet }) {
                    // Text a municipality writes in its verordening replaces the model's there (the text of a rule
                    // it replaces, 'in plaats van'): the council adopts the text that is computed.
                    Checker.neemTekstOver(a, in: &model)
                    set.artikelen[sleutel] = model
                    set.artikelLijst[k] = model
                }
            }
        }
        if metWaarschuwingen {
            meldOngebruikt()
            meldCategorischeWeigering()
        }
    }

    // MARK: - Helpers

    /// The texts `eigen` writes (title, article text, a lid's or onderdeel's) in place of the model's.
    static func neemTekstOver(_ eigen: Artikel, in model: inout Artikel) {
        if let t = eigen.titel { model.titel = t }
        if let t = eigen.tekst { model.tekst = t }
        func onderdelen(_ eigen: [Artikel.Onderdeel], _ model: inout [Artikel.Onderdeel]) {
            for o in eigen where o.tekst != nil {
                if let k = model.firstIndex(where: { $0.label == o.label }) { model[k].tekst = o.tekst } else { model.append(o) }
            }
        }
        onderdelen(eigen.onderdelen, &model.onderdelen)
        for l in eigen.leden {
            if let k = model.leden.firstIndex(where: { $0.nummer == l.nummer }) {
                if let t = l.tekst { model.leden[k].tekst = t }
                onderdelen(l.onderdelen, &model.leden[k].onderdelen)
            } else if let v = model.varianten.indices.first(where: { model.varianten[$0].leden.contains { $0.nummer == l.nummer } }),
                      let k = model.varianten[v].leden.firstIndex(where: { $0.nummer == l.nummer }) {
                if let t = l.tekst { model.varianten[v].leden[k].tekst = t }
                onderdelen(l.onderdelen, &model.varianten[v].leden[k].onderdelen)
            } else if l.tekst != nil {
                model.leden.append(l)
            }
        }
    }

    func context(_ c: Citaat?) -> [Bericht] {
        guard let c, c.artikel != Checker.zonderArtikel else { return [] }
        return [.inArtikel(c.description)]
    }

    /// Stands in for the citation of a rule outside any article (already reported as RW0502).
    static let zonderArtikel = "?"

    mutating func fout(_ b: Bericht, _ r: SourceRange, suggestie: Bericht? = nil, notities: [Notitie] = []) {
        diagnostics.fout(b, r, suggestie: suggestie, context: context(huidigCitaat), notities: notities)
    }

    /// Registers a global name; a second use of it is an error pointing at the first.
    mutating func registreer(_ n: Naam, _ b: Betekenis) -> Bool {
        if let (_, eerder) = namen[n.tekst] {
            diagnostics.fout(.dubbeleDefinitie(n.tekst), n.bereik, context: context(huidigCitaat),
                             notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
            return false
        }
        namen[n.tekst] = (b, n.bereik)
        if let l = n.label { set.labels[n.tekst] = l }
        return true
    }

    mutating func soort(_ s: SoortUitdrukking) -> Soort {
        switch s {
        case .basis(let b, _): return b
        case .naam(let n):
            if set.keuzelijsten[n.tekst] != nil { return .keuze(n.tekst) }
            if set.gegevens[n.tekst] != nil { return .record(n.tekst) }
            let alle = Array(set.keuzelijsten.keys) + Array(set.gegevens.keys) + Token.contextueleWoorden.filter { !$0.isEmpty }
            fout(.onbekendeSoort(n.tekst), n.bereik, suggestie: dichtstbijzijnde(n.tekst, in: alle.sorted()).map { .bedoeldeU($0) })
            return .fout
        case .lijst(let n, _):
            if set.gegevens[n.tekst] != nil { return .lijst(.record(n.tekst)) }
            // A list of an enumeration's values: only as an open term the municipality fills in (art. 31 lid 2).
            if lijstVanKeuzes, set.keuzelijsten[n.tekst] != nil { return .lijst(.keuze(n.tekst)) }
            fout(.onbekendeSoort(n.tekst), n.bereik, suggestie: dichtstbijzijnde(n.tekst, in: set.gegevens.keys.sorted()).map { .bedoeldeU($0) })
            return .fout
        }
    }

    // MARK: - Declarations

    /// The municipality's choices in the model: per article with variants the chosen one, and the
    /// facultative leden it adopts. Only those declarations stay. An article without a choice is an error
    /// (and none of its variants stays, so their rules do not clash with each other).
    mutating func pasKeuzesToe() {
        // The parts left out first: a choice in one of their articles is reported, not made.
        let deelVan = bepaalNietOpgenomen()
        func nietOpgenomen(_ c: Citaat?) -> Int? { c.flatMap { deelVan[$0.artikelAlleen] } }
        func meldKeuze(_ c: Citaat, _ k: Int, _ r: SourceRange) {
            let deel = set.nietOpgenomen.delen[k]
            diagnostics.fout(.keuzeNietOpgenomen(c.artikelAlleen.description, deel: deel.omschrijving), r, suggestie: .neemDeelOp(deel.geschreven))
        }
        var aangeboden: [Citaat: [Variant]] = [:]
        var volgorde: [Citaat] = []
        for b in bestanden {
            for (artikel, v) in b.varianten {
                if aangeboden[artikel] == nil { volgorde.append(artikel) }
                aangeboden[artikel, default: []].append(v)
            }
        }
        var gekozen: [Citaat: String] = [:]
        for b in bestanden {
            for (a, nummer, r) in b.variantKeuzes {
                guard case .verordening = b.soort else { diagnostics.fout(.variantKeuzeBuitenVerordening, r); continue }
                if let k = nietOpgenomen(a) { meldKeuze(a, k, r); continue }
                guard let opties = aangeboden[a] else { diagnostics.fout(.geenVarianten(a.description), r); continue }
                guard opties.contains(where: { $0.nummer == nummer }) else {
                    diagnostics.fout(.onbekendeVariant(a.description, nummer), r,
                                     suggestie: .kiesUit(opties.map(\.nummer).joined(separator: ", ")))
                    continue
                }
                guard gekozen[a] == nil else { diagnostics.fout(.variantDubbelGekozen(a.description), r); continue }
                gekozen[a] = nummer
            }
        }
        // Facultative leden: only those the ordinance adopts count.
        var facultatief = Set<Citaat>()
        for b in bestanden { for (lid, _) in b.facultatieveLeden { facultatief.insert(lid) } }
        // Choosing a variant of a facultative lid (art. 31 lid 4: both variants are `[*...*]`) adopts it.
        var opgenomen = Set(gekozen.keys.filter { $0.lid != nil && facultatief.contains($0) })
        for a in volgorde where gekozen[a] == nil && nietOpgenomen(a) == nil {
            // A facultative lid in variants that the ordinance leaves out needs no choice.
            if a.lid != nil, facultatief.contains(a),
               !bestanden.contains(where: { $0.opgenomenLeden.contains { $0.lid == a } }) { continue }
            let opties = aangeboden[a] ?? []
            diagnostics.fout(.variantNietGekozen(a.description, opties: opties.map(\.nummer).joined(separator: ", ")), opties.first?.bereik)
        }
        for b in bestanden {
            for (lid, r) in b.opgenomenLeden {
                guard case .verordening = b.soort else { diagnostics.fout(.variantKeuzeBuitenVerordening, r); continue }
                if let k = nietOpgenomen(lid) { meldKeuze(lid, k, r); continue }
                guard facultatief.contains(lid) else {
                    diagnostics.fout(lid.lid == nil ? .artikelNietFacultatief(lid.description) : .lidNietFacultatief(lid.description), r)
                    continue
                }
                opgenomen.insert(lid)
            }
        }
        set.gekozenVarianten = gekozen
        set.opgenomenLeden = opgenomen
        // A variant of one onderdeel or lid is chosen by its citation, a variant of the whole article by the article's.
        let deelVarianten = Set(aangeboden.keys.filter { $0.lid != nil || $0.onderdeel != nil })
        func variantSleutel(_ c: Citaat) -> Citaat {
            let lid = Citaat(artikel: c.artikel, lid: c.lid, wet: c.wet)
            if deelVarianten.contains(c) { return c }
            return deelVarianten.contains(lid) ? lid : c.artikelAlleen
        }
        func blijft(_ variant: String?, _ lid: Citaat?, _ citaat: Citaat?) -> Bool {
            if nietOpgenomen(citaat) != nil { return false }
            if let lid, !opgenomen.contains(lid) { return false }
            guard let variant else { return true }
            return citaat.map { gekozen[variantSleutel($0)] == variant } ?? false
        }
        // The names of what is left out, so that a reference to one says why it is not there.
        func weggelaten(_ namen: [Naam], _ variant: String?, _ lid: Citaat?, _ citaat: Citaat?) {
            if let c = citaat, let k = nietOpgenomen(c) {
                for n in namen { weggelatenNamen[n.tekst] = .nietOpgenomen(c, deel: k) }
                return
            }
            if let lid, !opgenomen.contains(lid) {
                for n in namen { weggelatenNamen[n.tekst] = .facultatief(lid) }
                return
            }
            guard let variant, let a = citaat.map(variantSleutel), gekozen[a] != variant else { return }
            for n in namen { weggelatenNamen[n.tekst] = .variant(a, variant, gekozen: gekozen[a]) }
        }
        for b in bestanden {
            for r in b.regels { weggelaten(r.namen, r.variant, r.facultatief, r.citaat) }
            for o in b.openTermen { weggelaten([o.naam], o.variant, o.facultatief, o.citaat) }
            for m in b.bevoegdheden { weggelaten([m.naam], m.variant, m.facultatief, m.citaat) }
        }
        for k in bestanden.indices {
            // The articles of a part left out are not in this version's text. What a verordening writes in one (a
            // rule in place of the model's, a text of its own) would silently not count: it is reported.
            if !deelVan.isEmpty {
                if case .verordening = bestanden[k].soort {
                    for a in bestanden[k].artikelen { if let d = nietOpgenomen(a.citaat) { meldKeuze(a.citaat, d, a.bereik) } }
                }
                bestanden[k].artikelen.removeAll { nietOpgenomen($0.citaat) != nil }
            }
            bestanden[k].regels.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
            bestanden[k].uitzonderingen.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
            bestanden[k].openTermen.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
            bestanden[k].eisen.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
            bestanden[k].bevoegdheden.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
            bestanden[k].overgangsrechten.removeAll { !blijft($0.variant, $0.facultatief, $0.citaat) }
        }
        alleRegels = bestanden.flatMap(\.regels)
    }

    /// A municipality's rule with the name of a model's rule replaces it, and says so with the citation
    /// (`in plaats van artikel 41 onder c`); without it, it is an error, never a silent replacement. The
    /// model's exceptions to the rule stay: they apply to the municipality's rule.
    mutating func vervangRegels() {
        var modelRegels: [String: Citaat] = [:]
        for b in bestanden where b.soort == .regeling {
            for r in b.regels { for n in r.namen { modelRegels[n.tekst] = r.citaat ?? Citaat(artikel: Checker.zonderArtikel) } }
        }
        var vervangen = Set<String>()
        for k in bestanden.indices {
            let isVerordening: Bool = { if case .verordening = bestanden[k].soort { true } else { false } }()
            var weg: [Int] = []
            for (i, r) in bestanden[k].regels.enumerated() {
                let bestaand = r.namen.filter { modelRegels[$0.tekst] != nil }
                if let (c, bereik) = r.inPlaatsVan {
                    guard isVerordening else { diagnostics.fout(.variantKeuzeBuitenVerordening, bereik); continue }
                    guard !bestaand.isEmpty else { diagnostics.fout(.vervangtGeenRegel(r.namen.first?.tekst ?? "?"), bereik); continue }
                    for n in bestaand {
                        guard let m = modelRegels[n.tekst] else { continue }
                        if m.valtBinnen(c) {
                            vervangen.insert(n.tekst)
                        } else {
                            diagnostics.fout(.afwijkingCiteertVerkeerd(regel: n.tekst, geciteerd: c.description, werkelijk: m.description), bereik)
                            if !weg.contains(i) { weg.append(i) }
                        }
                    }
                } else if isVerordening, let n = bestaand.first, let m = modelRegels[n.tekst] {
                    diagnostics.fout(.regelVervangenZonderBron(n.tekst, artikel: m.description), n.bereik,
                                     context: context(r.citaat))
                    weg.append(i)
                }
            }
            bestanden[k].regels = bestanden[k].regels.enumerated().filter { !weg.contains($0.offset) }.map(\.element)
        }
        for k in bestanden.indices where bestanden[k].soort == .regeling {
            bestanden[k].regels.removeAll { r in r.namen.contains { vervangen.contains($0.tekst) } }
        }
        alleRegels = bestanden.flatMap(\.regels)
    }

    mutating func declareerSoorten() {
        var gezien: [String: SourceRange] = [:]
        for b in bestanden {
            for k in b.keuzelijsten {
                if let eerder = gezien[k.naam.tekst] {
                    diagnostics.fout(.dubbeleDefinitie(k.naam.tekst), k.naam.bereik, notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
                    continue
                }
                gezien[k.naam.tekst] = k.naam.bereik
                var leden: [String] = []
                for w in k.waarden {
                    if leden.contains(w.tekst) {
                        diagnostics.fout(.dubbeleDefinitie(w.tekst), w.bereik)
                    } else {
                        leden.append(w.tekst)
                        if let l = w.label { set.labels[k.naam.tekst + "." + w.tekst] = l }
                    }
                }
                set.keuzelijsten[k.naam.tekst] = leden
            }
            for g in b.gegevens {
                if let eerder = gezien[g.naam.tekst] {
                    diagnostics.fout(.dubbeleDefinitie(g.naam.tekst), g.naam.bereik, notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
                    continue
                }
                gezien[g.naam.tekst] = g.naam.bereik
                set.gegevens[g.naam.tekst] = RecordSchema(naam: g.naam.tekst, velden: [])
            }
        }
        // Fields after all type names are known, so records may refer to each other in any order.
        for b in bestanden {
            for g in b.gegevens where set.gegevens[g.naam.tekst]?.velden.isEmpty == true {
                var velden: [InvoerVeld] = []
                for v in g.velden {
                    if velden.contains(where: { $0.naam == v.naam.tekst }) {
                        diagnostics.fout(.dubbeleDefinitie(v.naam.tekst), v.naam.bereik)
                        continue
                    }
                    velden.append(InvoerVeld(naam: v.naam.tekst, soort: soort(v.soort), omschrijving: v.omschrijving, bereik: v.naam.bereik))
                    if let l = v.naam.label { set.labels[g.naam.tekst + "." + v.naam.tekst] = l }
                }
                set.gegevens[g.naam.tekst]?.velden = velden
            }
        }
    }

    mutating func declareerInvoer() {
        for b in bestanden {
            for v in b.gevalVelden {
                let i = set.invoer.count
                if registreer(v.naam, .invoer(i)) {
                    set.invoer.append(InvoerVeld(naam: v.naam.tekst, soort: soort(v.soort), omschrijving: v.omschrijving, bereik: v.naam.bereik))
                    if v.isKenmerk {
                        if let eerder = set.kenmerk { fout(.tweeKenmerken(eerder, v.naam.tekst), v.naam.bereik) } else { set.kenmerk = v.naam.tekst }
                    }
                }
            }
            // A power is a yes/no the case gives (applied or not), under "bevoegdheden".
            for m in b.bevoegdheden {
                huidigCitaat = m.citaat
                if m.citaat == nil { diagnostics.fout(.regelZonderBron(m.naam.tekst), m.naam.bereik) }
                let i = set.invoer.count
                if registreer(m.naam, .invoer(i)) {
                    set.invoer.append(InvoerVeld(naam: m.naam.tekst, soort: .waarheid, omschrijving: m.omschrijving, bereik: m.naam.bereik,
                                                 bevoegdheid: m.citaat ?? Citaat(artikel: Checker.zonderArtikel)))
                }
            }
            huidigCitaat = nil
        }
    }

    /// The bounds of case fields and record fields (`bijstandsnorm: bedrag per maand, ten minste €0`): constants
    /// of the field's type, folded now, so reading a case only compares.
    mutating func bepaalVeldgrenzen() {
        func grens(_ e: Uitdrukking?, _ soort: Soort, _ naam: String) -> Waarde? {
            guard let e else { return nil }
            let t = uitdrukking(e, verwacht: soort)
            verwachtSoort(soort, t)
            guard t.soort != .fout else { return nil }
            guard let w = constante(t) else {
                fout(.veldGrensNietVast(naam), e.bereik)
                return nil
            }
            return w
        }
        for b in bestanden {
            for v in b.gevalVelden where v.tenMinste != nil || v.tenHoogste != nil {
                guard let i = set.invoer.firstIndex(where: { $0.naam == v.naam.tekst }) else { continue }
                let s = set.invoer[i].soort
                set.invoer[i].tenMinste = grens(v.tenMinste, s, v.naam.tekst)
                set.invoer[i].tenHoogste = grens(v.tenHoogste, s, v.naam.tekst)
            }
            for g in b.gegevens {
                for v in g.velden where v.tenMinste != nil || v.tenHoogste != nil {
                    guard let k = set.gegevens[g.naam.tekst]?.velden.firstIndex(where: { $0.naam == v.naam.tekst }),
                          let s = set.gegevens[g.naam.tekst]?.velden[k].soort else { continue }
                    let (onder, boven) = (grens(v.tenMinste, s, v.naam.tekst), grens(v.tenHoogste, s, v.naam.tekst))
                    set.gegevens[g.naam.tekst]?.velden[k].tenMinste = onder
                    set.gegevens[g.naam.tekst]?.velden[k].tenHoogste = boven
                }
            }
        }
    }

    /// Every rule name becomes a definition with a provisional type; bodies are checked later.
    mutating func declareerDefinities() {
        var r = 0
        for b in bestanden {
            for regel in b.regels {
                huidigCitaat = regel.citaat
                gedeclareerdeSoort.append(regel.soort.map { soort($0) })
                if regel.citaat == nil {
                    diagnostics.fout(.regelZonderBron(regel.namen[0].tekst), regel.namen[0].bereik)
                }
                for n in regel.namen {
                    let d = set.definities.count
                    if registreer(n, .definitie(d)) {
                        let s = regel.namen.count == 1 ? gedeclareerdeSoort[r] ?? .fout : .fout
                        set.definities.append(Definitie(naam: n.tekst, soort: s, citaat: regel.citaat ?? Citaat(artikel: Checker.zonderArtikel),
                                                        bereik: n.bereik, lichaam: .uitdrukking(.constante(.afwezig, .fout, n.bereik)),
                                                        uitzonderingen: []))
                        regelPerDefinitie.append(r)
                        definitiesPerRegel[r, default: []].append(d)
                    }
                }
                r += 1
            }
        }
        huidigCitaat = nil
    }

    var alleRegels: [RegelDeclaratie] = []

    mutating func declareerOpenTermen() {
        for b in bestanden {
            for o in b.openTermen {
                huidigCitaat = o.citaat
                let i = set.openTermen.count
                if registreer(o.naam, .openTerm(i)) {
                    lijstVanKeuzes = true
                    var term = GevuldeOpenTerm(naam: o.naam.tekst, soort: soort(o.soort), waarde: .afwezig,
                                               citaat: o.citaat, bereik: o.naam.bereik)
                    lijstVanKeuzes = false
                    term.opties = o.opties.map { ($0.naam.tekst, $0.woorden) }
                    if !o.opties.isEmpty { set.keuzewoorden[o.naam.tekst] = o.opties.map(\.woorden) }
                    // The model's words are the options' labels: a decision and the council text both show them.
                    for optie in o.opties { set.labels[o.naam.tekst + "." + optie.naam.tekst] = optie.woorden }
                    set.openTermen.append(term)
                    openTermDeclaraties.append(o)
                }
            }
        }
        huidigCitaat = nil
    }

    /// National parameters: only in parameter files, values constant, of their type, dates ascending.
    mutating func declareerParameters() {
        for b in bestanden {
            for p in b.parameters {
                guard b.soort == .parameters else {
                    diagnostics.fout(.parameterBuitenParameterbestand(p.naam.tekst), p.naam.bereik)
                    continue
                }
                let i = set.parameters.count
                guard registreer(p.naam, .parameter(i)) else { continue }
                let s = soort(p.soort)
                var reeks: [(Datum, Waarde)] = []
                for (vanaf, w, r) in p.waarden {
                    let t = uitdrukking(w, verwacht: s)
                    verwachtSoort(s, t)
                    guard let c = constante(t) else {
                        if t.soort != .fout { diagnostics.fout(.invullingGeenConstante(p.naam.tekst), w.bereik) }
                        continue
                    }
                    if let vorige = reeks.last, vorige.0 >= vanaf {
                        diagnostics.fout(.parameterDatumsNietOplopend(p.naam.tekst), r)
                    }
                    reeks.append((vanaf, c))
                }
                set.parameters.append(LandelijkeParameter(naam: p.naam.tekst, soort: s, omschrijving: p.omschrijving,
                                                          reeks: reeks, bereik: p.naam.bereik))
            }
        }
    }

    mutating func vulOpenTermenIn() {
        var ingevuld: [String: SourceRange] = [:]
        for (i, o) in openTermDeclaraties.enumerated() where i < set.openTermen.count {
            // A list's example (`bijvoorbeeld [a, b]`) pairs no blank by number: it is not folded.
            if case .functie(let f, _, _)? = o.voorbeeld, f.tekst == Parser.lijstFunctie { continue }
            set.openTermen[i].voorbeeld = o.voorbeeld.flatMap { constante(uitdrukking($0, verwacht: set.openTermen[i].soort)) }
        }
        for b in bestanden {
            for inv in b.invullingen {
                guard case .openTerm(let i)? = namen[inv.naam.tekst]?.0 else {
                    if meldWeggelaten(inv.naam, invulling: true) { continue }
                    let kandidaten = set.openTermen.map(\.naam)
                    fout(.onbekendeNaam(inv.naam.tekst), inv.naam.bereik,
                         suggestie: dichtstbijzijnde(inv.naam.tekst, in: kandidaten).map { .bedoeldeU($0) })
                    continue
                }
                if let eerder = ingevuld[inv.naam.tekst] {
                    fout(.dubbeleInvulling(inv.naam.tekst), inv.naam.bereik, notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
                    continue
                }
                ingevuld[inv.naam.tekst] = inv.naam.bereik
                invullingBereik[i] = inv.naam.bereik
                let o = set.openTermen[i]
                // A list-valued open term: its items, each a constant of the element's sort.
                if case .lijst(let element) = o.soort {
                    guard case .functie(let f, let items, _) = inv.waarde, f.tekst == Parser.lijstFunctie else {
                        fout(.lijstVerwacht(inv.naam.tekst), inv.waarde.bereik)
                        // Counted as filled (with nothing), so that its uses report nothing further.
                        set.openTermen[i].lijst = []
                        set.openTermen[i].waarde = .lijst(0, 0)
                        continue
                    }
                    var waarden: [Waarde] = []
                    for item in items {
                        let t = uitdrukking(item, verwacht: element)
                        verwachtSoort(element, t)
                        guard let w = constante(t) else {
                            if t.soort != .fout { fout(.invullingGeenConstante(inv.naam.tekst), item.bereik) }
                            continue
                        }
                        if waarden.contains(w) { fout(.dubbelInLijst(bronTekst(item.bereik)), item.bereik); continue }
                        waarden.append(w)
                    }
                    set.openTermen[i].lijst = waarden
                    set.openTermen[i].waarde = .lijst(0, Int32(waarden.count))
                    continue
                }
                // A choice in the model's words (`invulling bijdrageperiode = "een maand"`), or by its name.
                var waarde = inv.waarde
                if !o.opties.isEmpty, case .tekst(let woorden, let r) = inv.waarde {
                    guard let optie = o.opties.first(where: { Checker.zelfdeWoorden($0.woorden, woorden) }) else {
                        fout(.keuzeNietInModel(inv.naam.tekst, gevonden: woorden), r,
                             suggestie: .kiesUit(o.opties.map { "\"\($0.woorden)\" (\($0.naam))" }.joined(separator: ", ")))
                        continue
                    }
                    waarde = .naam(Naam(tekst: optie.naam, bereik: r))
                }
                let e = uitdrukking(waarde, verwacht: o.soort)
                verwachtSoort(o.soort, e)
                guard let w = constante(e) else {
                    fout(.invullingGeenConstante(inv.naam.tekst), inv.waarde.bereik)
                    continue
                }
                set.openTermen[i].waarde = w
                let decl = openTermDeclaraties[i]
                if let g = decl.tenMinste.flatMap({ constante(uitdrukking($0, verwacht: o.soort)) }), let l = w.alsGetal, let m = g.alsGetal, l < m {
                    fout(.openTermBuitenGrens(o.naam, waarde: Opmaak.tekst(w, o.soort, regelset: set, opslag: nil),
                                              grens: "ten minste " + Opmaak.tekst(g, o.soort, regelset: set, opslag: nil)), inv.waarde.bereik)
                }
                if let g = decl.tenHoogste.flatMap({ constante(uitdrukking($0, verwacht: o.soort)) }), let l = w.alsGetal, let m = g.alsGetal, l > m {
                    fout(.openTermBuitenGrens(o.naam, waarde: Opmaak.tekst(w, o.soort, regelset: set, opslag: nil),
                                              grens: "ten hoogste " + Opmaak.tekst(g, o.soort, regelset: set, opslag: nil)), inv.waarde.bereik)
                }
                if let g = decl.tenHoogste.flatMap({ constante(uitdrukking($0, verwacht: o.soort)) }),
                   case .duur(let d) = w, case .duur(let m) = g, d.eenheid == m.eenheid, d.aantal > m.aantal {
                    fout(.openTermBuitenGrens(o.naam, waarde: d.description, grens: "ten hoogste \(m)"), inv.waarde.bereik)
                }
                if let g = decl.tenMinste.flatMap({ constante(uitdrukking($0, verwacht: o.soort)) }),
                   case .duur(let d) = w, case .duur(let m) = g, d.eenheid == m.eenheid, d.aantal < m.aantal {
                    fout(.openTermBuitenGrens(o.naam, waarde: d.description, grens: "ten minste \(m)"), inv.waarde.bereik)
                }
            }
        }
        // A fill-in already reported as wrong is not also reported as missing.
        for (i, o) in set.openTermen.enumerated() where o.waarde == .afwezig && o.soort != .fout && ingevuld[o.naam] == nil {
            huidigCitaat = o.citaat
            let voorbeeld = openTermDeclaraties[i].voorbeeld.map { bronTekst($0.bereik) }
            // What is missing is the municipality's: shown at its ordinance, with the model's open term noted.
            if let kop = bestanden.first(where: { gemeentelijk.contains($0.bestand) })?.kopBereik {
                fout(.openTermNietIngevuld(o.naam), kop, suggestie: .vulIn(o.naam, voorbeeld: voorbeeld),
                     notities: [Notitie(bericht: .openTermStaatHier, bereik: o.bereik)])
            } else {
                fout(.openTermNietIngevuld(o.naam), o.bereik, suggestie: .vulIn(o.naam, voorbeeld: voorbeeld))
            }
        }
        huidigCitaat = nil
    }

    /// `overgangsrecht als voorwaarde` (art. 96 lid 2): a condition on the fill-ins, folded to whether a case
    /// from before the first version is decided under this ordinance (``Compilatie/kiesVersie``).
    mutating func controleerOvergangsrecht() {
        var eerder: SourceRange?
        for b in bestanden {
            for o in b.overgangsrechten {
                huidigCitaat = o.citaat
                if let eerder {
                    fout(.dubbeleDefinitie("overgangsrecht"), o.bereik, notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
                    continue
                }
                eerder = o.bereik
                let t = uitdrukking(o.voorwaarde, verwacht: .waarheid)
                verwachtSoort(.waarheid, t)
                guard t.soort != .fout else { continue }
                guard case .waarheid(let ok)? = constante(t, doorRegels: Checker.regelbudget) else {
                    if !Checker.wachtOpInvulling(t, budget: Checker.regelbudget, set: set) { fout(.overgangsrechtNietVast, o.voorwaarde.bereik) }
                    continue
                }
                for b in o.beslissingen where !set.beslissingen.contains(where: { $0.naam == b.tekst }) && set.nietOpgenomen.beslissing(b.tekst) == nil {
                    fout(.onbekendeBeslissing(b.tekst, keuzes: set.beslissingen.map(\.naam).filter { !$0.isEmpty }.joined(separator: ", ")), b.bereik)
                }
                set.overgangsrecht = Overgangsregel(citaat: o.citaat ?? Citaat(artikel: Checker.zonderArtikel), naarDezeVerordening: ok,
                                                    beslissingen: o.beslissingen.map(\.tekst))
            }
        }
        huidigCitaat = nil
    }

    /// A municipality's own articles (`artikel 31a eigen`) are never the model's: `check` says where the
    /// model has an article of the same number. An article of a verordening that is neither the model's nor
    /// marked `eigen` is asked to say so. The model's text written twice (a second `regeling` file with the
    /// same article, e.g. a municipality's copy) would merge silently: it is reported.
    mutating func controleerEigenArtikelen() {
        var model: [Citaat: SourceRange] = [:]
        // Where each article's own heading or text stands: a model file may add rules to an article of another
        // (verrekenen adds to artikel 44), but the article's text written twice is a second, silent copy.
        var tekstVan: [Citaat: SourceRange] = [:]
        for b in bestanden where b.soort == .regeling {
            for a in b.artikelen {
                if model[a.citaat] == nil { model[a.citaat] = a.bereik }
                guard a.titel != nil || a.tekst != nil else { continue }
                if let eerder = tekstVan[a.citaat] {
                    diagnostics.waarschuwing(.artikelTweemaalInModel(a.citaat.description), a.bereik,
                                             notities: [Notitie(bericht: .eerderHier, bereik: eerder)])
                } else {
                    tekstVan[a.citaat] = a.bereik
                }
            }
        }
        for b in bestanden {
            guard case .verordening = b.soort else { continue }
            for a in b.artikelen {
                if let eigen = a.eigen {
                    if let m = model[a.citaat] {
                        diagnostics.waarschuwing(.eigenArtikelOokInModel(a.citaat.description), eigen,
                                                 suggestie: .kiesEigenNummer,
                                                 notities: [Notitie(bericht: .modelArtikelHier, bereik: m)])
                    }
                } else if model[a.citaat] == nil, a.wet == nil {
                    diagnostics.waarschuwing(.artikelNietInModel(a.citaat.description), a.bereik,
                                             suggestie: .markeerEigen(a.nummer))
                }
            }
        }
    }

    /// Words as the municipality writes them against the model's: the same but for capitals and spacing.
    static func zelfdeWoorden(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return norm(a) == norm(b)
    }

    /// Requirements between open terms (DESIGN §2: "a constraint between articles broken"), checked on
    /// the filled-in values before anything runs.
    mutating func controleerEisen() {
        for b in bestanden {
            for e in b.eisen {
                huidigCitaat = e.citaat
                let t = uitdrukking(e.voorwaarde, verwacht: .waarheid)
                verwachtSoort(.waarheid, t)
                guard t.soort != .fout else { continue }
                var defs: [Int] = [], invoer: [Int] = []
                t.verwijzingen(&defs, &invoer)
                eisDefinities.formUnion(defs)
                // `regel <= grens` between rules or case fields (a bijdrage never above the kostprijs, artikel
                // 2.1.4, derde lid, Wmo 2015): proven from the rules before any case, or an error at the part that
                // could exceed the bound.
                if case .binair(.kleinerGelijk, .definitie(let d, _, _), let grens, _, _) = t, constante(t, doorRegels: Checker.regelbudget) == nil {
                    if let r = Checker.onbewezenTenHoogste(d, grens, set: set) {
                        fout(.eisNietBewezen(e.uitleg ?? bronTekst(e.voorwaarde.bereik), regel: set.definities[d].naam), r,
                             notities: [Notitie(bericht: .eisStaatHier, bereik: e.voorwaarde.bereik)])
                    }
                    continue
                }
                // An unfilled open term is already reported; the requirement waits for its value.
                guard case .waarheid(let ok)? = constante(t, doorRegels: Checker.regelbudget) else {
                    if !Checker.wachtOpInvulling(t, budget: Checker.regelbudget, set: set) { fout(.eisNietVast, e.voorwaarde.bereik) }
                    continue
                }
                if !ok { fout(.eisNietVoldaan(e.uitleg ?? bronTekst(e.voorwaarde.bereik)), e.voorwaarde.bereik) }
            }
        }
        huidigCitaat = nil
    }

    /// Proves that rule `d` is never more than `grens` (a rule or case field), from the shape of its rule and
    /// exceptions: every value it can take is `x ten hoogste grens`, `minimum(..., grens, ...)`, `grens` itself,
    /// an amount of € 0 or less, `geen`, a branch of `als` that is, or a rule that is. Nil when proven; else
    /// where the first value stands that cannot be shown to stay within the bound. A list of work, not
    /// recursion: the depth of the rules decides nothing.
    static func onbewezenTenHoogste(_ d: Int, _ grens: Getypeerd, set: Regelset) -> SourceRange? {
        func zelfde(_ a: Getypeerd, _ b: Getypeerd) -> Bool {
            switch (a, b) {
            case (.definitie(let x, _, _), .definitie(let y, _, _)), (.invoer(let x, _, _), .invoer(let y, _, _)): x == y
            default: false
            }
        }
        var werk: [Getypeerd] = []
        var gezien = Set<Int>()
        func regelwaarden(_ x: Int) {
            guard gezien.insert(x).inserted else { return }
            let def = set.definities[x]
            switch def.lichaam {
            case .uitdrukking(let e): werk.append(e)
            case .tabel(let t, let kolom): for r in set.tabellen[t].rijen where kolom < r.uitkomsten.count { werk.append(r.uitkomsten[kolom]) }
            }
            for u in def.uitzonderingen { werk.append(u.waarde) }
        }
        regelwaarden(d)
        while let e = werk.popLast() {
            if zelfde(e, grens) { continue }
            switch e {
            case .binair(.tenHoogste, let a, let b, _, _):
                if zelfde(a, grens) || zelfde(b, grens) { continue }
                werk.append(b)
            case .minimum(let es, _, _):
                if es.contains(where: { zelfde($0, grens) }) { continue }
                guard let eerste = es.first else { return e.bereik }
                werk.append(eerste)
            case .als(_, let a, let b, _, _):
                werk.append(a)
                werk.append(b)
            case .constante(.afwezig, _, _):
                continue
            case .constante(.getal(let g), _, _) where !(g > .nul):
                // Nothing, or less: within any cost price (a cost price is never negative).
                continue
            case .definitie(let x, _, _):
                regelwaarden(x)
            default:
                return e.bereik
            }
        }
        return nil
    }

    /// Whether an expression (through the rules it reads) has an unfilled open term, already reported:
    /// then a requirement on it waits for its value instead of being reported as not constant. A walk with
    /// a list of work, each rule (per remaining budget) looked through once: the rules read may be many and
    /// deep, and read each other many times.
    static func wachtOpInvulling(_ t: Getypeerd, budget: Int, set: Regelset) -> Bool {
        var werk: [(Getypeerd, Int)] = [(t, budget)]
        var bezocht = Set<Int>()
        while let (e, b) = werk.popLast() {
            switch e {
            case .constante(_, .fout, _): return true
            case .definitie(let d, _, _):
                guard b > 0, case .uitdrukking(let lichaam) = set.definities[d].lichaam,
                      bezocht.insert(regelsleutel(d, b)).inserted else { continue }
                werk.append((lichaam, b - 1))
            default: werk += e.delen.map { ($0, b) }
            }
        }
        return false
    }

    /// How many rules deep a requirement looks through rules whose bodies are constant.
    static let regelbudget = 20

    /// Source text of a range, e.g. an open term's example value quoted in a suggestion.
    func bronTekst(_ r: SourceRange) -> String { bronnen[r.bestand].tekst(r) }

    // MARK: - Rule bodies

    mutating func controleerRegels() {
        let (volgorde, kringen) = volgordeVanRegels()
        // A cycle between rules whose types follow from their bodies: no order to check them in, so
        // it is reported here, before a body is checked against a type that is not known yet.
        for kring in kringen {
            let defs = kring.compactMap { r in regelPerDefinitie.firstIndex(of: r) }
            guard let eerste = defs.first else { continue }
            kringGemeld.formUnion(defs)
            let keten = (defs + [eerste]).map { set.definities[$0].naam }.joined(separator: " → ")
            diagnostics.fout(.kringverwijzing(keten), set.definities[eerste].bereik, context: context(set.definities[eerste].citaat))
        }
        for r in volgorde { controleerRegel(r) }
        huidigCitaat = nil
    }

    /// The rules in an order where each comes after the rules it mentions, so a rule's type is known
    /// before it is used, whatever the order in the files. Found without recursion: a chain of rules
    /// may be as long as a rule set is large. Within a cycle the order is arbitrary (`zoekKringen`
    /// reports the cycle). A rule that names its type needs no ordering: its type is known from the start
    /// (that is what lets `schending` be computed from rules that read `schending`, art. 54 lid 1).
    func volgordeVanRegels() -> (volgorde: [Int], kringen: [[Int]]) {
        var regelVan: [String: Int] = [:]
        for (d, r) in regelPerDefinitie.enumerated() { regelVan[set.definities[d].naam] = r }
        var uitzonderingenOp: [Int: [Uitzondering]] = [:]
        for b in bestanden {
            for u in b.uitzonderingen { if let r = regelVan[u.doel.tekst] { uitzonderingenOp[r, default: []].append(u) } }
        }
        let verwijst: [[Int]] = alleRegels.enumerated().map { (r, regel) in
            var namen: [String] = []
            switch regel.lichaam {
            case .uitdrukking(let e): e.genoemdeNamen(&namen)
            case .tabel(let t):
                t.op.genoemdeNamen(&namen)
                for rij in t.rijen { for u in rij.uitkomsten { u.genoemdeNamen(&namen) } }
            }
            for u in regel.tenzij + (uitzonderingenOp[r] ?? []) {
                u.voorwaarde.genoemdeNamen(&namen)
                u.waarde.genoemdeNamen(&namen)
            }
            return namen.compactMap { regelVan[$0] }.filter { $0 != r && (gedeclareerdeSoort[$0] == nil || alleRegels[$0].namen.count > 1) }
        }
        var volgorde: [Int] = [], kringen: [[Int]] = []
        Graaf(buren: verwijst).dieptezoeken(klaar: { volgorde.append($0) }, kring: { kringen.append($0) })
        return (volgorde, kringen)
    }

    /// Checks one rule's body; rules it refers to were checked before it (see `volgordeVanRegels`).
    mutating func controleerRegel(_ r: Int) {
        let regel = alleRegels[r]
        defer { gecontroleerdeRegels.insert(r) }
        let defs = definitiesPerRegel[r] ?? []
        guard let d = defs.first else { return }
        let (citaatBuiten, lokalenBuiten) = (huidigCitaat, lokalen)
        huidigCitaat = regel.citaat
        lokalen = []
        defer { (huidigCitaat, lokalen) = (citaatBuiten, lokalenBuiten) }
        let gedeclareerd = gedeclareerdeSoort[r]
        switch regel.lichaam {
        case .uitdrukking(let e):
            gelezenOpenTermen = []
            let t = uitkomst(e, verwacht: gedeclareerd)
            set.definities[d].openTermen = gelezenOpenTermen
            var s = t.soort
            if let g = gedeclareerd { verwachtSoort(g, t); s = g }
            set.definities[d].soort = s
            set.definities[d].lichaam = .uitdrukking(t)
            for u in regel.tenzij {
                set.definities[d].uitzonderingen.append(uitzondering(u, soort: s))
            }
        case .tabel(let tabel):
            if gedeclareerd != nil, defs.count > 1 {
                fout(.verwacht("één naam bij een opgegeven soort", gevonden: "\(defs.count) namen"), regel.soort?.bereik ?? regel.bereik)
            }
            controleerTabel(tabel, defs: defs, gedeclareerd: defs.count == 1 ? gedeclareerd : nil, citaat: regel.citaat)
        }
    }

    mutating func uitzondering(_ u: Uitzondering, soort: Soort) -> GecontroleerdeUitzondering {
        let buiten = gelezenOpenTermen
        defer { gelezenOpenTermen = buiten }
        gelezenOpenTermen = []
        let v = uitdrukking(u.voorwaarde, verwacht: .waarheid)
        verwachtSoort(.waarheid, v)
        let w = uitkomst(u.waarde, verwacht: soort)
        verwachtSoort(soort, w)
        return GecontroleerdeUitzondering(voorwaarde: v, waarde: w, citaat: u.citaat ?? Citaat(artikel: Checker.zonderArtikel),
                                          afwijkingVan: u.afwijkingVan?.0, bereik: u.bereik, openTermen: gelezenOpenTermen)
    }

    mutating func controleerUitzonderingen() {
        var afwijkingen: [(definitie: Int, geciteerd: Citaat, bereik: SourceRange, citaat: Citaat?)] = []
        for b in bestanden {
            for u in b.uitzonderingen {
                huidigCitaat = u.citaat
                guard case .definitie(let d)? = namen[u.doel.tekst]?.0 else {
                    // An exception in an adopted article to a rule of a part left out: reported at the name.
                    if case .nietOpgenomen? = weggelatenNamen[u.doel.tekst], meldWeggelaten(u.doel) { continue }
                    fout(.onbekendeNaam(u.doel.tekst), u.doel.bereik,
                         suggestie: dichtstbijzijnde(u.doel.tekst, in: set.definities.map(\.naam)).map { .bedoeldeU($0) })
                    continue
                }
                if u.citaat == nil { fout(.regelZonderBron(u.doel.tekst), u.bereik) }
                set.definities[d].uitzonderingen.append(uitzondering(u, soort: set.definities[d].soort))
                if let (c, r) = u.afwijkingVan { afwijkingen.append((d, c, r, u.citaat)) }
            }
        }
        // "In afwijking van" cites the rule's own article, or an exception to it that this one overrides;
        // checked once all exceptions are known, whatever file they are in.
        for (d, c, r, citaat) in afwijkingen {
            let def = set.definities[d]
            guard !def.citaat.valtBinnen(c), !def.uitzonderingen.contains(where: { $0.citaat != citaat && $0.citaat.valtBinnen(c) }) else {
                continue
            }
            huidigCitaat = citaat
            fout(.afwijkingCiteertVerkeerd(regel: def.naam, geciteerd: c.description, werkelijk: def.citaat.description), r)
        }
        // Two exceptions with the same condition text can never be told apart: a conflict in the law.
        for d in set.definities {
            var gezien: [String: SourceRange] = [:]
            for u in d.uitzonderingen {
                let sleutel = bronTekst(u.voorwaarde.bereik).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let eerder = gezien[sleutel] {
                    huidigCitaat = u.citaat
                    fout(.dubbeleUitzondering(d.naam), u.voorwaarde.bereik, notities: [Notitie(bericht: .eerdereUitzonderingHier, bereik: eerder)])
                }
                gezien[sleutel] = u.voorwaarde.bereik
            }
        }
        huidigCitaat = nil
    }

    mutating func controleerUitvoer() {
        var nietOpgenomen = set.nietOpgenomen
        for b in bestanden {
            for (beslissing, peildatum, uitvoer) in b.uitvoer {
                let naam = beslissing?.tekst ?? ""
                // A decision whose outputs stand in a part the verordening leaves out is not taken under this
                // version (RW0741 when a case asks for it); it is no error in the rules.
                let weggelaten = weggelatenNamen
                if let (c, k) = uitvoer.compactMap({ n -> (Citaat, Int)? in
                    if case .nietOpgenomen(let c, let k)? = weggelaten[n.tekst] { return (c, k) }
                    return nil
                }).first {
                    if nietOpgenomen.beslissing(naam) == nil {
                        let veld = peildatum.flatMap { p -> String? in
                            if case .invoer(let i)? = namen[p.tekst]?.0, set.invoer[i].soort == .datum { return p.tekst }
                            return nil
                        }
                        nietOpgenomen.beslissingen.append(NietOpgenomen.Beslissing(naam: naam, peildatumVeld: veld, deel: k, citaat: c))
                    }
                    continue
                }
                let k = set.beslissingen.firstIndex { $0.naam == naam } ?? {
                    set.beslissingen.append((naam, [], nil))
                    return set.beslissingen.count - 1
                }()
                if let p = peildatum {
                    if case .invoer(let i)? = namen[p.tekst]?.0, set.invoer[i].soort == .datum {
                        set.beslissingen[k].peildatum = i
                    } else {
                        let datums = set.invoer.filter { $0.soort == .datum }.map(\.naam)
                        diagnostics.fout(.peildatumGeenDatumveld(p.tekst), p.bereik,
                                         suggestie: dichtstbijzijnde(p.tekst, in: datums).map { .bedoeldeU($0) })
                    }
                }
                for n in uitvoer {
                    switch namen[n.tekst]?.0 {
                    case .definitie(let d)?:
                        if !set.uitvoer.contains(d) { set.uitvoer.append(d) }
                        if !set.beslissingen[k].uitvoer.contains(d) { set.beslissingen[k].uitvoer.append(d) }
                        case .openTerm?, .invoer?, .parameter?:
                        diagnostics.fout(.uitvoerGeenRegel(n.tekst), n.bereik)
                    case nil:
                        if meldWeggelaten(n) { continue }
                        diagnostics.fout(.onbekendeNaam(n.tekst), n.bereik,
                                         suggestie: dichtstbijzijnde(n.tekst, in: set.definities.map(\.naam)).map { .bedoeldeU($0) })
                    }
                }
            }
        }
        // A decision written over several lines, one of which reads a part left out, goes as a whole.
        if !nietOpgenomen.beslissingen.isEmpty {
            set.beslissingen.removeAll { b in nietOpgenomen.beslissing(b.naam) != nil }
            set.uitvoer.removeAll { d in !set.beslissingen.contains { $0.uitvoer.contains(d) } }
            set.nietOpgenomen = nietOpgenomen
        }
        if set.uitvoer.isEmpty && !set.definities.isEmpty && !bestanden.contains(where: { !$0.uitvoer.isEmpty }) {
            diagnostics.waarschuwing(.geenUitvoer, nil)
        }
    }

    // MARK: - Cycles and reachability

    /// Whether the rule of definition `d` has been checked (so an error in it is already reported).
    func foutGemeld(bij d: Int) -> Bool { gecontroleerdeRegels.contains(regelPerDefinitie[d]) }

    /// Cycles between rules. A `waarbij` computes its rule in a context of its own, where the name it
    /// holds fixed is not computed: `schending = de s in schendingen met de hoogste op_te_leggen_bedrag
    /// waarbij schending = s` is no cycle, even though `op_te_leggen_bedrag` reads `schending`. It is one
    /// when that rule, around the fixed name, comes back to the rule that makes the supposition
    /// (`a = b waarbij c = 1` with `b = a + c`): that would suppose forever.
    mutating func zoekKringen() {
        var gemeld = kringGemeld
        var kringen: [[Int]] = []
        // A rule that reads itself (`regel b = b + a`, also inside a branch) is a cycle of one: the graph
        // below leaves out edges to oneself.
        for d in set.definities.indices where !gemeld.contains(d)
            && set.verwijzingen(van: d, tabelgenoten: false, veronderstellingen: false).definities.contains(d) {
            gemeld.insert(d)
            kringen.append([d])
        }
        for d in set.definities.indices {
            for (doel, vast) in set.waarbijs(d) where set.bereikbaar(vanaf: doel, zonder: vast).contains(d) && !gemeld.contains(d) {
                gemeld.insert(d)
                kringen.append([d, doel])
            }
        }
        let buren = set.definities.indices.map { set.afhankelijkheden($0, veronderstellingen: false) }
        Graaf(buren: buren).dieptezoeken(klaar: { _ in }, kring: { kring in
            if gemeld.isDisjoint(with: kring) {
                gemeld.formUnion(kring)
                kringen.append(kring)
            }
        })
        kringGemeld = gemeld
        for kring in kringen {
            let keten = (kring + [kring[0]]).map { set.definities[$0].naam }.joined(separator: " → ")
            let def = set.definities[kring[0]]
            diagnostics.fout(.kringverwijzing(keten), def.bereik, context: context(def.citaat))
        }
    }

    /// A `waarbij` whose rule does not depend on what it holds fixed changes nothing: a mistake. One
    /// output of a table with more cannot be held fixed alone: the table computes them together.
    mutating func controleerVeronderstellingen() {
        for (_, vast, r) in veronderstellingen {
            guard case .definitie(let x) = vast, case .tabel(let t, _) = set.definities[x].lichaam, set.tabellen[t].uitvoer.count > 1 else { continue }
            diagnostics.fout(.waarbijTabeluitkomst(set.definities[x].naam), r, context: context(set.definities[x].citaat))
        }
        for (doel, vast, r) in veronderstellingen where !kringGemeld.contains(doel) && set.herberekenen(doel, vast: vast).isEmpty {
            let naam: String
            switch vast {
            case .definitie(let x): naam = set.definities[x].naam
            case .invoer(let i): naam = set.invoer[i].naam
            }
            diagnostics.waarschuwing(.waarbijZonderInvloed(regel: set.definities[doel].naam, vast: naam), r,
                                     context: context(set.definities[doel].citaat))
        }
    }

    /// A rule of the Jeugdhulp or Wmo chapters (hoofdstuk 2 and 3 of the model: articles 3 to 39) that decides
    /// whether someone gets something by category alone: a truth value whose only case data are enumeration
    /// values (the kind of provision, the kind of client) and that no power of the college can change. The
    /// minister of VWS wrote to municipalities that excluding a provision by category in advance conflicts
    /// with the maatwerk the law requires: every case is assessed individually. A warning, not an error: the
    /// rule may be a step that an individual assessment elsewhere completes.
    mutating func meldCategorischeWeigering() {
        func inHoofdstuk2of3(_ c: Citaat) -> Bool {
            guard c.wet == nil, let n = Int(c.artikel.prefix { $0.isASCII && $0.isNumber }) else { return false }
            return (3...39).contains(n)
        }
        for (d, def) in set.definities.enumerated() where def.soort == .waarheid && inHoofdstuk2of3(def.citaat) {
            // Everything the rule reads, through the rules it reads.
            var invoer = Set<Int>()
            for x in set.bereikbaar(vanaf: d, zonder: nil) { invoer.formUnion(set.verwijzingen(van: x, tabelgenoten: true).invoer) }
            let velden = invoer.map { set.invoer[$0] }
            guard !velden.isEmpty, velden.allSatisfy({ $0.bevoegdheid == nil && { if case .keuze = $0.soort { true } else { false } }($0) })
            else { continue }
            diagnostics.waarschuwing(.categorischeWeigering(def.naam, velden: velden.map(\.naam).sorted().joined(separator: ", ")),
                                     def.bereik, suggestie: .individueleBeoordeling, context: context(def.citaat))
        }
    }

    mutating func meldOngebruikt() {
        guard !set.uitvoer.isEmpty else { return }
        // In an article with an error, what looks unused is most often what the error left unread (a table
        // a missing fill-in broke): those warnings would bury the error; they return once it is fixed.
        let metFout = Set(diagnostics.alle.filter { $0.ernst == .fout }.flatMap(\.context).compactMap { b -> String? in
            if case .inArtikel(let c) = b { return c }
            return nil
        })
        func teMelden(_ c: Citaat?) -> Bool {
            guard let a = c?.artikelAlleen.description else { return true }
            return !metFout.contains { $0 == a || $0.hasPrefix(a + " ") }
        }
        var bereikt = Set<Int>()
        var werk = set.uitvoer
        while let d = werk.popLast() {
            if bereikt.insert(d).inserted { werk += set.afhankelijkheden(d) }
        }
        // A rule a requirement reads is used: it states a bound between fill-ins.
        for (i, d) in set.definities.enumerated() where !bereikt.contains(i) && !eisDefinities.contains(i) && d.soort != .fout && teMelden(d.citaat) {
            diagnostics.waarschuwing(.regelOngebruikt(d.naam), d.bereik, context: context(d.citaat))
        }
        // The council's text (issue 14): every blank filled by an open term, every open term shown in a blank.
        // Only for a complete version: a model checked alone has no values to show.
        if !set.openTermen.contains(where: { $0.waarde == .afwezig }) {
            var gekoppeld = Set<Int>()
            let alleTeksten = Blancokoppeling.teksten(set)
            for (artikel, teksten) in alleTeksten where teMelden(artikel.citaat) {
                for (tekst, plaats) in teksten {
                    let k = Blancokoppeling.koppel(tekst, plaats: plaats, set: set)
                    gekoppeld.formUnion(k.paren.map(\.openTerm))
                    for b in k.losseBlanco {
                        diagnostics.waarschuwing(.blancoZonderOpenTerm(blanco: b, plaats: plaats.description), artikel.bereik,
                                                 context: context(plaats))
                    }
                }
            }
            // Only where the article has text: a rule sketched without the model's words renders nothing.
            let metTekst = Set(alleTeksten.filter { $0.teksten.contains { !$0.tekst.isEmpty } }.map(\.artikel.nummer))
            for (i, o) in set.openTermen.enumerated() where !gekoppeld.contains(i) && gebruikteOpenTermen.contains(i) && teMelden(o.citaat) {
                guard let c = o.citaat, c.wet == nil, metTekst.contains(c.artikel) else { continue }
                diagnostics.waarschuwing(.openTermZonderBlanco(o.naam, plaats: c.description), o.bereik, context: context(c))
            }
        }
        for (i, o) in set.openTermen.enumerated() where !gebruikteOpenTermen.contains(i) && teMelden(o.citaat) {
            diagnostics.waarschuwing(.openTermOngebruikt(o.naam), o.bereik, context: context(o.citaat))
        }
    }
}
