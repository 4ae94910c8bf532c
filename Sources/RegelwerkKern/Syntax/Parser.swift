// Syntax: tokens → ``Regelbestand``. Recursive descent; on an error it reports what it expected and
// resynchronises at the next declaration keyword, so one run shows every syntax error of a file.

public struct Parser {
    var tokens: [Token]
    var p = 0
    let bestand: BestandID
    public private(set) var diagnostics = Diagnostics()
    /// How deeply the expression being read is nested (brackets, `als`, `niet`, a minus, an operand of a
    /// calendar phrase or aggregate): the parser's own recursion, bounded by ``maximumDiepte``.
    var diepte = 0
    /// The height of the expression tree returned last: set by every expression function before it
    /// returns, so that each node's height follows from its operands' without walking the tree again.
    var hoogte = 0
    /// The article, variant, lid and onderdeel being written: declarations go into the innermost.
    var open = OpenDelen()
    /// The hoofdstuk and paragraaf the next article stands under.
    var hoofdstuk: Artikel.Kopje?, paragraaf: Artikel.Kopje?, subparagraaf: Artikel.Kopje?
    /// The article the last choice line named (`artikel 52 variant 1`). Such a line opens no article, but a
    /// municipality groups its fill-ins under it, so a syntax error below it is reported in that article.
    var keuzeArtikel: Citaat?
    var binnenLeeftijd = false

    /// Deeper nesting than this in one expression is refused (DESIGN §8: no crash on any input). A chain
    /// `a + b + c` is read in a loop and is no nesting: it counts only towards ``maximumHoogte``.
    public static let maximumDiepte = 200

    /// A higher expression tree than this is refused, every operator of a chain counted (the tree of
    /// `a + b + c` is as high as the chain is long). Checked as the tree is built, so no higher tree ever
    /// exists. The bound is set by the passes after the parser, which walk the tree recursively: the
    /// planner's `uitdrukking` (Plan/Planner.swift) takes about 31 KB of stack per level in a debug build,
    /// so an 8 MB stack holds about 265 levels. When the planner walks a chain of operators in a loop, this
    /// can be raised well above ``maximumDiepte``.
    public static let maximumHoogte = 250

    struct Afbreken: Error {}

    /// Lexes and parses one source file.
    public static func parse(_ bron: Bronbestand, id: BestandID) -> (Regelbestand, Diagnostics) {
        Stapel.metRuimte { parseHier(bron, id: id) }
    }

    static func parseHier(_ bron: Bronbestand, id: BestandID) -> (Regelbestand, Diagnostics) {
        var lexer = Lexer(bron, id: id)
        let tokens = lexer.tokens()
        var parser = Parser(tokens: tokens, bestand: id)
        var ds = lexer.diagnostics
        let r = parser.bestandParsen()
        ds.voegToe(parser.diagnostics)
        return (r, ds)
    }

    init(tokens: [Token], bestand: BestandID) {
        self.tokens = tokens
        self.bestand = bestand
    }

    // MARK: - Token helpers

    var huidig: Token { tokens[Swift.min(p, tokens.count - 1)] }
    func vooruit(_ n: Int) -> Token { tokens[Swift.min(p + n, tokens.count - 1)] }

    mutating func neem() -> Token {
        let t = huidig
        if p < tokens.count - 1 { p += 1 }
        return t
    }

    func isSleutel(_ s: Sleutelwoord) -> Bool {
        if case .sleutelwoord(s) = huidig.soort { return true }
        return false
    }

    func isSymbool(_ s: String) -> Bool {
        if case .symbool(s) = huidig.soort { return true }
        return false
    }

    /// A contextual word: a name token with this exact text.
    func isWoord(_ w: String, _ n: Int = 0) -> Bool {
        if case .naam(w) = vooruit(n).soort { return true }
        return false
    }

    mutating func neemSleutel(_ s: Sleutelwoord) -> Bool {
        if isSleutel(s) { _ = neem(); return true }
        return false
    }

    mutating func neemSymbool(_ s: String) -> Bool {
        if isSymbool(s) { _ = neem(); return true }
        return false
    }

    mutating func neemWoord(_ w: String) -> Bool {
        if isWoord(w) { _ = neem(); return true }
        return false
    }

    mutating func fout(_ verwacht: String) -> Afbreken {
        diagnostics.fout(.verwacht(verwacht, gevonden: huidig.beschrijving), huidig.bereik,
                         context: (open.citaat ?? keuzeArtikel).map { [.inArtikel($0.description)] } ?? [])
        return Afbreken()
    }

    @discardableResult
    mutating func verwachtSleutel(_ s: Sleutelwoord) throws(Afbreken) -> Token {
        guard isSleutel(s) else { throw fout("'\(s.rawValue)'") }
        return neem()
    }

    @discardableResult
    mutating func verwachtSymbool(_ s: String) throws(Afbreken) -> Token {
        guard isSymbool(s) else { throw fout("'\(s)'") }
        return neem()
    }

    mutating func verwachtWoord(_ w: String) throws(Afbreken) {
        guard neemWoord(w) else { throw fout("'\(w)'") }
    }

    mutating func naam(_ wat: String = "een naam") throws(Afbreken) -> Naam {
        if case .naam(let n) = huidig.soort {
            let t = neem()
            return Naam(tekst: n, bereik: t.bereik)
        }
        throw fout(wat)
    }

    /// A declared name with its optional label: `verlagingsbedrag "het verlagingsbedrag"`.
    mutating func benoemd(_ wat: String = "een naam") throws(Afbreken) -> Naam {
        var n = try naam(wat)
        n.label = tekstOptioneel()
        return n
    }

    mutating func tekstOptioneel() -> String? {
        if case .tekst(let s) = huidig.soort { _ = neem(); return s }
        return nil
    }

    mutating func tekst() throws(Afbreken) -> String {
        guard let s = tekstOptioneel() else { throw fout("een tekst tussen aanhalingstekens") }
        return s
    }

    /// An article or lid number: `45`, `8a`, `2.1.3` (the lexer reads `2.1.3` as one number token
    /// only when groups have three digits, so numbers and adjacent letters are joined here).
    mutating func nummer() throws(Afbreken) -> String {
        let t = huidig
        var s: String
        switch t.soort {
        case .getal(let g) where g.isGeheel && !g.isNegatief:
            s = String(describing: g)
            _ = neem()
        default:
            throw fout("een nummer")
        }
        // "8a": a name glued to the number.
        if case .naam(let n) = huidig.soort, huidig.bereik.start == t.bereik.eind {
            s += n
            _ = neem()
        }
        return s
    }

    // The lines that open or choose a part of the ordinance, each in its own function: `declaratie` stays on
    // the stack under every expression, and a larger frame there lowers the nesting an expression may reach.

    /// `artikel ...`: opens an article, or (in a verordening) chooses a variant or adopts a facultative part.
    @inline(never)
    mutating func artikelRegel(_ delen: inout [Regelbestand.Deel]) throws(Afbreken) {
        _ = neem()
        let begin = huidig.bereik
        let nr = try nummer()
        let wet = try wetOptioneel()
        // A new article line ends the article before, with all it holds.
        if let a = open.sluitArtikel() { delen.append(.artikel(a)) }
        // In a municipality's ordinance: the choice of one of the model's variants of the article, or
        // the adoption of a facultative lid. Neither opens an article.
        if neemSleutel(.variant) {
            keuzeArtikel = Citaat(artikel: nr, wet: wet)
            let b = huidig.bereik
            delen.append(.variantKeuze(artikel: Citaat(artikel: nr, wet: wet), nummer: try variantNaam(), bereik: b))
            return
        }
        // `artikel 50 opgenomen`: a whole facultative article adopted.
        if isWoord("opgenomen") {
            keuzeArtikel = Citaat(artikel: nr, wet: wet)
            let b = neem().bereik
            delen.append(.opgenomenLid(lid: Citaat(artikel: nr, wet: wet), bereik: begin.tot(b)))
            return
        }
        if isSleutel(.lid), isWoord("opgenomen", 2) {
            keuzeArtikel = Citaat(artikel: nr, wet: wet)
            let b = neem().bereik
            let lid = try nummer()
            _ = neem()
            delen.append(.opgenomenLid(lid: Citaat(artikel: nr, lid: lid, wet: wet), bereik: b.tot(tokens[p - 1].bereik)))
            return
        }
        // `artikel 31 lid 4 variant A`, `artikel 29 lid 3 onderdeel a variant 2`: the choice of a variant of
        // one lid or onderdeel.
        // Layout is free: `artikel 7 lid 2 onderdeel a` may also open an article, a lid and an onderdeel.
        if isSleutel(.lid), vooruit(2).soort == .sleutelwoord(.variant)
            || (vooruit(2).soort == .sleutelwoord(.onderdeel) && vooruit(4).soort == .sleutelwoord(.variant)) {
            keuzeArtikel = Citaat(artikel: nr, wet: wet)
            _ = neem()
            var c = Citaat(artikel: nr, lid: try nummer(), wet: wet)
            if neemSleutel(.onderdeel) { c.onderdeel = try label() }
            try verwachtSleutel(.variant)
            let b = huidig.bereik
            delen.append(.variantKeuze(artikel: c, nummer: try variantNaam(), bereik: b))
            return
        }
        // `facultatief`: the model's whole facultative article; `eigen`: a municipality's own article.
        let facultatief = isWoord("facultatief") ? neem().bereik : nil
        let eigen = isWoord("eigen") ? neem().bereik : nil
        let titel = tekstOptioneel()
        open.artikel = Artikel(nummer: nr, wet: wet, titel: titel, tekst: tekstOptioneel(), bereik: begin)
        open.artikel?.facultatief = facultatief
        open.artikel?.eigen = eigen
        // A law's article written under a heading (artikel 18 van de Participatiewet after paragraaf 1.5) stands
        // there too: it applies to that part's rules, and goes with it when a verordening leaves the part out.
        // `render` shows no law's article, so the heading changes nothing there.
        open.artikel?.hoofdstuk = hoofdstuk
        open.artikel?.paragraaf = paragraaf
        open.artikel?.subparagraaf = subparagraaf
    }

    /// `lid 2 [facultatief] [variant A] "tekst"`.
    @inline(never)
    mutating func lidRegel() throws(Afbreken) {
        _ = neem()
        guard open.artikel != nil else { throw fout("eerst 'artikel'") }
        let nr = try nummer()
        // `lid 2 facultatief`: the model's [*...*]; it counts only where the municipality adopts it.
        let facultatief = isWoord("facultatief") ? neem().bereik : nil
        // `lid 4 variant A`: one of the model's variants of this lid alone.
        var variant: (naam: String, bereik: SourceRange)?
        if isSleutel(.variant) {
            let b = neem().bereik
            variant = (try variantNaam(), b.tot(tokens[p - 1].bereik))
        }
        var lid = Artikel.Lid(nummer: nr, tekst: tekstOptioneel(), facultatief: facultatief)
        lid.variant = variant
        open.begin(lid)
    }

    /// `onderdeel a [variant 2] "tekst"`.
    @inline(never)
    mutating func onderdeelRegel() throws(Afbreken) {
        _ = neem()
        guard open.artikel != nil else { throw fout("eerst 'artikel'") }
        let l = try label()
        // `onderdeel b variant 2`: one of the model's variants of this onderdeel alone (art. 29 lid 3 b).
        var variant: (naam: String, bereik: SourceRange)?
        if isSleutel(.variant) {
            let b = neem().bereik
            variant = (try variantNaam(), b.tot(tokens[p - 1].bereik))
        }
        var o = Artikel.Onderdeel(label: l, tekst: tekstOptioneel())
        o.variant = variant
        open.begin(o)
    }

    /// A variant's name as the model writes it: a number (`variant 2`) or a letter (`variant A`).
    mutating func variantNaam() throws(Afbreken) -> String {
        if case .naam(let n) = huidig.soort { _ = neem(); return n }
        guard case .getal = huidig.soort else { throw fout("de naam van een variant, zoals 2 of A") }
        return try nummer()
    }

    /// An onderdeel label: `a`, `b`, or `b 1°`.
    mutating func label() throws(Afbreken) -> String {
        var s = try naam("een letter als 'a'").tekst
        if case .getal(let g) = huidig.soort, case .symbool("°") = vooruit(1).soort {
            _ = neem(); _ = neem()
            s += " \(g)°"
        }
        return s
    }

    // MARK: - File

    static let declaratieBegin: [Sleutelwoord] = [.soort, .gegevens, .geval, .artikel, .lid, .onderdeel,
                                                  .open, .regel, .uitzondering, .invulling, .uitvoer, .parameter, .eis, .proef,
                                                  .bevoegdheid, .variant]

    mutating func synchroniseer() {
        while true {
            if case .einde = huidig.soort { return }
            if case .sleutelwoord(let s) = huidig.soort, Parser.declaratieBegin.contains(s) { return }
            if isContextueleDeclaratie { return }
            if isWoord("hoofdstuk") || isWoord("paragraaf") { return }
            _ = neem()
        }
    }

    /// A declaration that starts with a contextual word: `keuze naam:` (a choice of the model) or
    /// `overgangsrecht als` (art. 96). Elsewhere these words stay usable as names.
    var isContextueleDeclaratie: Bool {
        if isWoord("keuze"), case .naam = vooruit(1).soort {
            if vooruit(2).soort == .symbool(":") { return true }
            if case .tekst = vooruit(2).soort, vooruit(3).soort == .symbool(":") { return true }
        }
        if isWoord("overgangsrecht"), vooruit(1).soort == .sleutelwoord(.als) || vooruit(1).soort == .sleutelwoord(.voor) { return true }
        return false
    }

    mutating func bestandParsen() -> Regelbestand {
        var kop = Regelbestand.Kop(bestand: bestand)
        // The header says the kind; a header that breaks off leaves the kind as far as it was read.
        var aard = Regelbestand.Aard.regeling
        var versie: String?, gemeente: String?, geldigVanaf: Datum?, geldigTotEnMet: Datum?, vastgesteld: Datum?
        do {
            if neemSleutel(.regeling) {
                kop.naamBereik = huidig.bereik
                kop.naam = try tekst()
                if neemSleutel(.versie) { versie = try tekst() }
            } else if neemSleutel(.parameters) {
                aard = .parameters
                kop.naamBereik = huidig.bereik
                kop.naam = try tekst()
            } else if neemSleutel(.proeven) {
                try verwachtSleutel(.voor)
                let b = huidig.bereik
                aard = .proeven(voor: try tekst(), voorBereik: b)
                kop.naamBereik = b
            } else if isSleutel(.verordening) {
                kop.kopBereik = neem().bereik
                kop.naamBereik = huidig.bereik
                kop.naam = try tekst()
                try verwachtSleutel(.volgt)
                let b = huidig.bereik
                let model = try tekst()
                let modelversie = neemSleutel(.versie) ? try tekst() : nil
                aard = .verordening(volgt: model, modelversie: modelversie, volgtBereik: b)
                if neemWoord("gemeente") { gemeente = try naam("een gemeentecode zoals GM9999").tekst }
                if neemWoord("vastgesteld") { vastgesteld = try datum("een datum als 2020-06-25") }
                if neemWoord("geldig") {
                    try verwachtSleutel(.vanaf)
                    guard case .datum(let d) = huidig.soort else { throw fout("een datum als 2024-01-01") }
                    _ = neem()
                    geldigVanaf = d
                    if neemSleutel(.tot) {
                        try verwachtSleutel(.en)
                        try verwachtSleutel(.met)
                        guard case .datum(let t) = huidig.soort else { throw fout("een datum als 2024-12-31") }
                        _ = neem()
                        geldigTotEnMet = t
                    }
                }
                // `vastgesteld` may also follow the period (adopted after the day it takes effect).
                if vastgesteld == nil, neemWoord("vastgesteld") { vastgesteld = try datum("een datum als 2020-06-25") }
            } else {
                diagnostics.fout(.ontbrekendeKop, huidig.bereik)
                throw Afbreken()
            }
        } catch {
            synchroniseer()
        }
        var delen: [Regelbestand.Deel] = []
        var proeven: [Proef] = []
        while true {
            if case .einde = huidig.soort { break }
            let voor = p
            diepte = 0
            do throws(Afbreken) {
                try declaratie(aard, &delen, &proeven)
            } catch {
                if p == voor { _ = neem() }
                synchroniseer()
            }
        }
        if let a = open.sluitArtikel() { delen.append(.artikel(a)) }
        let inhoud: Regelbestand.Inhoud
        switch aard {
        case .regeling:
            inhoud = .regeling(.init(versie: versie, delen: delen))
        case .verordening(let volgt, let modelversie, let volgtBereik):
            inhoud = .verordening(.init(volgt: volgt, modelversie: modelversie, volgtBereik: volgtBereik, gemeente: gemeente,
                                        geldigVanaf: geldigVanaf, geldigTotEnMet: geldigTotEnMet, vastgesteld: vastgesteld,
                                        delen: delen))
        case .parameters:
            // `declaratie` lets nothing but parameters into a parameters file.
            inhoud = .parameters(delen.compactMap { if case .parameter(let p) = $0 { p } else { nil } })
        case .proeven(let voor, let voorBereik):
            inhoud = .proeven(.init(voor: voor, voorBereik: voorBereik, proeven: proeven))
        }
        return Regelbestand(kop: kop, inhoud: inhoud)
    }

    /// A declaration of the text: into the innermost open part or, with no article open, to the top level.
    mutating func plaats(_ d: Declaratie, _ delen: inout [Regelbestand.Deel]) {
        if !open.voegToe(d) { delen.append(.declaratie(d)) }
    }

    /// One declaration: a part of the ordinance (`artikel`, `variant`, `lid`, `onderdeel`) opens in `open`,
    /// a declaration of the text goes into the innermost open part, the rest goes to the file's top level.
    mutating func declaratie(_ aard: Regelbestand.Aard, _ delen: inout [Regelbestand.Deel], _ proeven: inout [Proef]) throws(Afbreken) {
        // `hoofdstuk 4 "werk, inkomen, re-integratie en tegenprestatie"`, `paragraaf 1.1 "Algemene bepalingen"`:
        // the ordinance's headings, over the articles that follow (the council's text shows them).
        if isWoord("hoofdstuk") || isWoord("paragraaf"), aard == .regeling || { if case .verordening = aard { true } else { false } }() {
            let isHoofdstuk = isWoord("hoofdstuk")
            let kopBegin = neem().bereik
            // "4", or a paragraph's "1.1" (which the lexer gives as one word after 'paragraaf').
            let nummer: String
            switch huidig.soort {
            case .getal(let g) where g.isGeheel && !g.isNegatief: nummer = g.decimaleTekst()
            case .naam(let n) where !isHoofdstuk && n.first?.isNumber == true: nummer = n
            default: throw fout("een nummer")
            }
            let nummerBereik = neem().bereik
            // `hoofdstuk 4 [paragraaf 5] niet opgenomen`: a part of the model the verordening leaves out. It
            // opens no heading: the articles that follow stand where they stood.
            // (A model may write `hoofdstuk 4` without a title and `paragraaf 1` on the next line: only
            // `niet opgenomen` makes it a part left out.)
            if isHoofdstuk, isSleutel(.niet) && isWoord("opgenomen", 1)
                || isWoord("paragraaf") && vooruit(2).soort == .sleutelwoord(.niet) && isWoord("opgenomen", 3) {
                var deel = NietOpgenomenDeel(hoofdstuk: nummer, paragraaf: nil, bereik: nummerBereik)
                if neemWoord("paragraaf") {
                    switch huidig.soort {
                    case .getal(let g) where g.isGeheel && !g.isNegatief: deel.paragraaf = g.decimaleTekst()
                    case .naam(let n) where n.first?.isNumber == true: deel.paragraaf = n
                    default: throw fout("een nummer")
                    }
                    _ = neem()
                }
                try verwachtSleutel(.niet)
                try verwachtWoord("opgenomen")
                if let a = open.sluitArtikel() { delen.append(.artikel(a)) }
                deel.bereik = kopBegin.tot(tokens[p - 1].bereik)
                delen.append(.nietOpgenomen(deel))
                keuzeArtikel = nil
                return
            }
            let kopje = Artikel.Kopje(nummer: nummer, titel: tekstOptioneel())
            if let a = open.sluitArtikel() { delen.append(.artikel(a)) }
            if isHoofdstuk {
                (hoofdstuk, paragraaf, subparagraaf) = (kopje, nil, nil)
            } else if kopje.nummer.contains(".") {
                subparagraaf = kopje
            } else {
                (paragraaf, subparagraaf) = (kopje, nil)
            }
            return
        }
        if aard != .parameters, !isProevenAard(aard), isContextueleDeclaratie {
            try contextueleDeclaratie(&delen)
            return
        }
        guard case .sleutelwoord(let s) = huidig.soort else {
            throw fout("'artikel', 'regel', 'soort', 'gegevens', 'geval', 'open', 'invulling' of 'uitvoer'")
        }
        // Fixtures and rules live apart: a rule in a fixture file would be read by nothing.
        let isProevenbestand: Bool = { if case .proeven = aard { true } else { false } }()
        if isProevenbestand && s != .proef { throw fout("'proef' (een proevenbestand bevat alleen proeven)") }
        if !isProevenbestand && s == .proef {
            // Reported, then read as a fixture all the same, so that its words cause no further errors.
            _ = fout("een regel of artikel (een proef hoort in een bestand 'proeven voor \"...\"')")
        }
        // National amounts live apart too (DESIGN §2): a parameters file declares nothing else. (A word that
        // starts no declaration gets the general message below.)
        if aard == .parameters && s != .parameter && s != .proef && Parser.declaratieBegin.contains(s) {
            throw fout("'parameter' (een bestand 'parameters \"...\"' bevat alleen parameters)")
        }
        switch s {
        case .soort:
            _ = neem()
            let n = try naam()
            try verwachtSleutel(.is)
            try verwachtWoord("een")
            try verwachtSleutel(.van)
            var waarden = [try benoemd("een waarde")]
            while neemSymbool(",") { waarden.append(try benoemd("een waarde")) }
            delen.append(.keuzelijst(Keuzelijst(naam: n, waarden: waarden)))
        case .gegevens:
            _ = neem()
            let n = try naam()
            delen.append(.gegevens(Gegevens(naam: n, velden: try velden())))
        case .geval:
            _ = neem()
            delen.append(.geval(try velden()))
        case .artikel:
            try artikelRegel(&delen)
        case .lid:
            try lidRegel()
        case .onderdeel:
            try onderdeelRegel()
        case .variant:
            let begin = neem().bereik
            guard open.artikel != nil else { throw fout("eerst 'artikel'") }
            let nr = try variantNaam()
            let einde = tokens[p - 1].bereik
            open.begin(Variant(nummer: nr, omschrijving: tekstOptioneel(), tekst: tekstOptioneel(), bereik: begin.tot(einde)))
        case .bevoegdheid:
            _ = neem()
            let n = try naam()
            plaats(.bevoegdheid(BevoegdheidDeclaratie(naam: n, omschrijving: try tekst())), &delen)
        case .open:
            _ = neem()
            let n = try benoemd()
            try verwachtSymbool(":")
            var o = OpenTerm(naam: n, soort: try soortUitdrukking())
            while neemSymbool(",") {
                if neemSleutel(.ten) {
                    if neemWoord("minste") { o.tenMinste = try uitdrukking() }
                    else if neemWoord("hoogste") { o.tenHoogste = try uitdrukking() }
                    else { throw fout("'minste' of 'hoogste'") }
                } else if neemSleutel(.bijvoorbeeld) {
                    o.voorbeeld = try waardeOfLijst()
                } else {
                    throw fout("'ten minste', 'ten hoogste' of 'bijvoorbeeld'")
                }
            }
            plaats(.openTerm(o), &delen)
        case .regel:
            // A rule whose body has a syntax error keeps its name (with an error body), so that
            // references to it elsewhere do not report it as unknown as well.
            let begin = p
            do {
                plaats(.regel(try regel()), &delen)
            } catch {
                p = begin
                _ = neem()
                var namen: [Naam] = []
                while case .naam(let n) = huidig.soort {
                    namen.append(Naam(tekst: n, bereik: neem().bereik))
                    if !neemSymbool(",") { break }
                }
                if let eerste = namen.first {
                    plaats(.regel(RegelDeclaratie(namen: namen, soort: nil, lichaam: .uitdrukking(.fout(eerste.bereik)),
                                                  tenzij: [], bereik: eerste.bereik)), &delen)
                }
                throw error
            }
        case .uitzondering:
            let begin = neem().bereik
            try verwachtSleutel(.op)
            let doel = try naam("de naam van een regel")
            var afwijking: (Citaat, SourceRange)?
            if isSleutel(.in) {
                let b = neem().bereik
                try verwachtWoord("afwijking")
                try verwachtSleutel(.van)
                afwijking = (try verwijzing(), b.tot(tokens[p - 1].bereik))
            }
            try verwachtSleutel(.als)
            let v = try uitdrukking()
            try verwachtSleutel(.dan)
            let w = try uitdrukking()
            plaats(.uitzondering(Uitzondering(doel: doel, afwijkingVan: afwijking, voorwaarde: v, waarde: w, bereik: begin.tot(w.bereik))),
                   &delen)
        case .parameter:
            _ = neem()
            let n = try benoemd()
            try verwachtSymbool(":")
            var par = Parameter(naam: n, soort: try soortUitdrukking(), omschrijving: tekstOptioneel(), waarden: [])
            while isSleutel(.vanaf) {
                let begin = neem().bereik
                guard case .datum(let d) = huidig.soort else { throw fout("een datum als 2024-01-01") }
                _ = neem()
                try verwachtSymbool(":")
                let w = try uitdrukking()
                par.waarden.append((d, w, begin.tot(w.bereik)))
            }
            if par.waarden.isEmpty { throw fout("'vanaf' met een datum en een waarde") }
            delen.append(.parameter(par))
        case .eis:
            _ = neem()
            let v = try uitdrukking()
            plaats(.eis(Eis(voorwaarde: v, uitleg: tekstOptioneel())), &delen)
        case .invulling:
            _ = neem()
            let n = try naam()
            try verwachtSymbool("=")
            delen.append(.invulling(Invulling(naam: n, waarde: try waardeOfLijst())))
        case .uitvoer:
            _ = neem()
            var eerste = try naam()
            var beslissing: Naam?, peildatum: Naam?
            if isSleutel(.op) || isSymbool(":") {
                beslissing = eerste
                if neemSleutel(.op) { peildatum = try naam("het datumveld dat de peildatum geeft") }
                try verwachtSymbool(":")
                eerste = try naam()
            }
            var namen = [eerste]
            while neemSymbool(",") { namen.append(try naam()) }
            delen.append(.uitvoer(beslissing: beslissing, peildatum: peildatum, namen: namen))
        case .proef:
            let proef = try proef()
            // Only a fixture file holds fixtures; elsewhere the fixture is already reported above.
            if isProevenbestand { proeven.append(proef) }
        default:
            throw fout("'artikel', 'regel', 'soort', 'gegevens', 'geval', 'open', 'invulling' of 'uitvoer'")
        }
    }

    /// The name under which a list `[a, b]` in an invulling is kept as a ``Uitdrukking/functie(_:_:_:)``.
    public static let lijstFunctie = "[]"
    /// The name under which `x is een van lijst` is kept as a ``Uitdrukking/functie(_:_:_:)``.
    public static let eenVanFunctie = "is een van"

    /// A fill-in's value: an expression, or `[a, b]`, the items of a list-valued open term (art. 31 lid 2:
    /// the provisions without bijdrage), kept as a ``Uitdrukking/functie(_:_:_:)`` named ``lijstFunctie``.
    @inline(never)
    mutating func waardeOfLijst() throws(Afbreken) -> Uitdrukking {
        guard isSymbool("[") else { return try uitdrukking() }
        let begin = neem().bereik
        var items: [Uitdrukking] = []
        if !isSymbool("]") {
            items.append(try uitdrukking())
            while neemSymbool(",") { items.append(try uitdrukking()) }
        }
        let eind = try verwachtSymbool("]")
        return .functie(Naam(tekst: Parser.lijstFunctie, bereik: begin), items, begin.tot(eind.bereik))
    }

    func isProevenAard(_ aard: Regelbestand.Aard) -> Bool {
        if case .proeven = aard { return true }
        return false
    }

    mutating func datum(_ wat: String) throws(Afbreken) -> Datum {
        guard case .datum(let d) = huidig.soort else { throw fout(wat) }
        _ = neem()
        return d
    }

    /// `keuze naam: optie "woorden" of optie "woorden" [, bijvoorbeeld optie]`: the model's `[X OF Y]`, a
    /// choice the municipality makes in the model's words; or `overgangsrecht als voorwaarde` (art. 96).
    @inline(never)
    mutating func contextueleDeclaratie(_ delen: inout [Regelbestand.Deel]) throws(Afbreken) {
        if neemWoord("overgangsrecht") {
            let begin = tokens[p - 1].bereik
            var beslissingen: [Naam] = []
            if neemSleutel(.voor) {
                beslissingen.append(try naam("de naam van een beslissing"))
                while neemSymbool(",") { beslissingen.append(try naam("de naam van een beslissing")) }
            }
            try verwachtSleutel(.als)
            let v = try uitdrukking()
            plaats(.overgangsrecht(Overgangsrecht(beslissingen: beslissingen, voorwaarde: v, bereik: begin.tot(v.bereik))), &delen)
            return
        }
        let begin = neem().bereik
        let n = try benoemd()
        try verwachtSymbool(":")
        var opties: [KeuzeOptie] = []
        repeat {
            let o = try naam("de naam van een keuze, zoals maand")
            guard let w = tekstOptioneel() else { throw fout("de woorden van het model tussen aanhalingstekens") }
            opties.append(KeuzeOptie(naam: o, woorden: w))
        } while neemSleutel(.of)
        var term = OpenTerm(naam: n, soort: .naam(n), tenMinste: nil, tenHoogste: nil, voorbeeld: nil)
        term.opties = opties
        if neemSymbool(",") {
            try verwachtSleutel(.bijvoorbeeld)
            term.voorbeeld = .naam(try naam("een van de keuzes"))
        }
        _ = begin
        plaats(.openTerm(term), &delen)
    }

    /// `proef "naam" artikel 51 lid 2 onderdeel b`, then `beslissing`, `peildatum`, `geval ["bestand.json"]`
    /// with fields, `verwacht` with outcomes or `verwacht fout RW0713`, and `einde`.
    mutating func proef() throws(Afbreken) -> Proef {
        let begin = neem().bereik
        let naam = try tekst()
        let c = try verwijzing()
        var p = Proef(naam: naam, citaat: c, beslissing: nil, peildatum: nil, gevalBestand: nil, velden: [], verwacht: [],
                      verwachteFout: nil, bereik: begin)
        while !neemSleutel(.einde) {
            if neemWoord("beslissing") {
                p.beslissing = try self.naam("de naam van een beslissing")
            } else if neemWoord("peildatum") {
                guard case .datum(let d) = huidig.soort else { throw fout("een datum als 2024-01-01") }
                _ = neem()
                p.peildatum = d
            } else if neemSleutel(.geval) {
                if case .tekst(let t) = huidig.soort { p.gevalBestand = (t, neem().bereik) }
                p.velden += try proefvelden()
            } else if neemSleutel(.verwacht) {
                if neemWoord("fout") {
                    let code = try self.naam("een meldingscode zoals RW0701")
                    p.verwachteFout = (code.tekst, code.bereik)
                } else {
                    p.verwacht += try proefvelden()
                }
            } else {
                throw fout("'beslissing', 'peildatum', 'geval', 'verwacht' of 'einde'")
            }
        }
        p.bereik = begin.tot(tokens[self.p - 1].bereik)
        return p
    }

    /// `naam = waarde` pairs, up to the next word of a fixture.
    mutating func proefvelden() throws(Afbreken) -> [(Naam, Proefwaarde)] {
        var uit: [(Naam, Proefwaarde)] = []
        while case .naam(let n) = huidig.soort, !["beslissing", "peildatum"].contains(n) || vooruit(1).soort == .symbool("=") {
            let veld = try naam()
            try verwachtSymbool("=")
            uit.append((veld, try proefwaarde()))
        }
        return uit
    }

    mutating func proefwaarde() throws(Afbreken) -> Proefwaarde {
        let begin = huidig.bereik
        // `[[[[...`: a list in a list is nesting, bounded like an expression's.
        try dieper()
        defer { diepte -= 1 }
        if neemSymbool("[") {
            var es: [Proefwaarde] = []
            if !isSymbool("]") {
                es.append(try proefwaarde())
                while neemSymbool(",") { es.append(try proefwaarde()) }
            }
            let eind = try verwachtSymbool("]")
            return .lijst(es, begin.tot(eind.bereik))
        }
        if neemSymbool("{") {
            var velden: [(Naam, Proefwaarde)] = []
            repeat {
                let n = try naam("een veldnaam")
                try verwachtSymbool("=")
                velden.append((n, try proefwaarde()))
            } while neemSymbool(",")
            let eind = try verwachtSymbool("}")
            return .record(velden, begin.tot(eind.bereik))
        }
        return .waarde(try enkel())
    }

    /// `artikel 45 lid 1 onderdeel a`, or `lid 1` (within the current article).
    mutating func verwijzing() throws(Afbreken) -> Citaat {
        var c: Citaat
        if neemSleutel(.artikel) {
            c = Citaat(artikel: try nummer())
            if neemSleutel(.lid) { c.lid = try nummer() }
        } else if neemSleutel(.lid) {
            c = Citaat(artikel: open.artikel?.nummer ?? "?", lid: try nummer(), wet: open.artikel?.wet)
        } else {
            throw fout("'artikel' of 'lid'")
        }
        // "onder c" as decisions cite it, or "onderdeel c" as the rule files declare it.
        if neemSleutel(.onderdeel) || neemWoord("onder") { c.onderdeel = try label() }
        if let wet = try wetOptioneel() { c.wet = wet }
        return c
    }

    /// `van de Participatiewet` or `van de "Wet maatschappelijke ondersteuning 2015"` after an article number.
    mutating func wetOptioneel() throws(Afbreken) -> String? {
        guard isSleutel(.van), isWoord("de", 1) else { return nil }
        _ = neem(); _ = neem()
        if case .tekst(let t) = huidig.soort { _ = neem(); return t }
        return try naam("de naam van een wet").tekst
    }

    mutating func velden() throws(Afbreken) -> [Veld] {
        var v: [Veld] = []
        while !isSleutel(.einde) {
            let n = try benoemd("een veldnaam of 'einde'")
            try verwachtSymbool(":")
            // `kenmerk`: the case's identifier, a text no rule needs to read.
            let kenmerk = isWoord("kenmerk") ? neem().bereik : nil
            let s: SoortUitdrukking
            if let k = kenmerk { s = .basis(.tekst, k) } else { s = try soortUitdrukking() }
            var veld = Veld(naam: n, soort: s)
            veld.isKenmerk = kenmerk != nil
            while neemSymbool(",") {
                guard neemSleutel(.ten) else { throw fout("'ten minste' of 'ten hoogste'") }
                if neemWoord("minste") { veld.tenMinste = try uitdrukking() }
                else if neemWoord("hoogste") { veld.tenHoogste = try uitdrukking() }
                else { throw fout("'minste' of 'hoogste'") }
            }
            veld.omschrijving = tekstOptioneel()
            v.append(veld)
        }
        _ = neem()
        return v
    }

    mutating func soortUitdrukking() throws(Afbreken) -> SoortUitdrukking {
        let t = huidig
        guard case .naam(let w) = t.soort else { throw fout("een soort, zoals 'bedrag' of 'datum'") }
        _ = neem()
        switch w {
        case "bedrag":
            guard neemWoord("per") else { return .basis(.bedrag, t.bereik) }
            guard case .naam(let p) = huidig.soort, let periode = Periode(rawValue: p) else { throw fout("'dag', 'week', 'maand' of 'jaar'") }
            _ = neem()
            return .basis(.bedragPer(periode), t.bereik.tot(tokens[self.p - 1].bereik))
        case "getal": return .basis(.getal, t.bereik)
        case "geheel":
            try verwachtWoord("getal")
            return .basis(.geheelGetal, t.bereik.tot(tokens[p - 1].bereik))
        case "percentage": return .basis(.percentage, t.bereik)
        case "datum": return .basis(.datum, t.bereik)
        case "duur": return .basis(.duur, t.bereik)
        case "tekst": return .basis(.tekst, t.bereik)
        case "waarheidswaarde": return .basis(.waarheid, t.bereik)
        case "lijst":
            try verwachtSleutel(.van)
            let n = try naam("de naam van gegevens")
            return .lijst(n, t.bereik.tot(n.bereik))
        default: return .naam(Naam(tekst: w, bereik: t.bereik))
        }
    }

    // MARK: - Rules

    mutating func regel() throws(Afbreken) -> RegelDeclaratie {
        let begin = neem().bereik
        var namen = [try benoemd("de naam van de regel")]
        while neemSymbool(",") { namen.append(try benoemd("de naam van de regel")) }
        var soort: SoortUitdrukking?
        if neemSymbool(":") { soort = try soortUitdrukking() }
        // "in plaats van artikel 41 onder c": a municipality's rule that replaces the model's.
        var inPlaatsVan: (Citaat, SourceRange)?
        if isSleutel(.in), isWoord("plaats", 1) {
            let b = neem().bereik
            _ = neem()
            try verwachtSleutel(.van)
            inPlaatsVan = (try verwijzing(), b.tot(tokens[p - 1].bereik))
        }
        if neemSymbool("=") {
            let e = try uitdrukking()
            var tenzij: [Uitzondering] = []
            while isSleutel(.tenzij) {
                let b = neem().bereik
                let v = try uitdrukking()
                try verwachtSleutel(.dan)
                let w = try uitdrukking()
                tenzij.append(Uitzondering(doel: namen[0], afwijkingVan: nil, voorwaarde: v, waarde: w, bereik: b.tot(w.bereik)))
            }
            if namen.count > 1 {
                diagnostics.fout(.verwacht("één naam (meerdere namen alleen bij een tabel)", gevonden: "'\(namen[1].tekst)'"), namen[1].bereik)
            }
            return RegelDeclaratie(namen: namen, soort: soort, lichaam: .uitdrukking(e), tenzij: tenzij,
                                   bereik: begin.tot(e.bereik), inPlaatsVan: inPlaatsVan)
        }
        guard isSleutel(.volgens) else { throw fout("'=' of 'volgens tabel'") }
        _ = neem()
        try verwachtSleutel(.tabel)
        try verwachtSleutel(.op)
        let op = try uitdrukking()
        var beleid = TreffersBeleid.uniek
        if neemSleutel(.met) {
            if neemWoord("eerste") { beleid = .eerste }
            else if neemWoord("unieke") { beleid = .uniek }
            else { throw fout("'eerste treffer' of 'unieke treffer'") }
            try verwachtWoord("treffer")
        }
        var rijen: [Tabelrij] = []
        while !isSleutel(.einde) {
            if case .einde = huidig.soort { throw fout("'einde' van de tabel") }
            rijen.append(try tabelrij())
        }
        let eind = neem().bereik
        return RegelDeclaratie(namen: namen, soort: soort,
                               lichaam: .tabel(Tabel(op: op, beleid: beleid, rijen: rijen, bereik: begin.tot(eind))),
                               tenzij: [], bereik: begin.tot(eind), inPlaatsVan: inPlaatsVan)
    }

    mutating func tabelrij() throws(Afbreken) -> Tabelrij {
        let begin = huidig.bereik
        var onderdeel: String?
        if neemSleutel(.onderdeel) {
            onderdeel = try label()
            try verwachtSymbool(":")
        }
        let v: RijVoorwaarde
        if neemSleutel(.anders) {
            v = .anders
        } else if neemSleutel(.tot) {
            v = .interval(onder: nil, boven: try bovengrens())
        } else if neemSleutel(.vanaf) {
            v = .interval(onder: Grens(waarde: try som(), inclusief: true), boven: nil)
        } else if neemSleutel(.van) {
            let onder = Grens(waarde: try som(), inclusief: true)
            if neemSleutel(.tot) {
                v = .interval(onder: onder, boven: try bovengrens())
            } else {
                v = .interval(onder: onder, boven: nil)
                try verwachtSleutel(.of)
                if !neemWoord("meer") { try verwachtWoord("hoger") }
            }
        } else if isWoord("meer") || isWoord("minder"), case .sleutelwoord(.dan) = vooruit(1).soort {
            let meer = isWoord("meer")
            _ = neem(); _ = neem()
            let g = try som()
            v = meer ? .interval(onder: Grens(waarde: g, inclusief: false), boven: nil)
                     : .interval(onder: nil, boven: Grens(waarde: g, inclusief: false))
        } else if neemSleutel(.ten) {
            if neemWoord("minste") { v = .interval(onder: Grens(waarde: try som(), inclusief: true), boven: nil) }
            else if neemWoord("hoogste") { v = .interval(onder: nil, boven: Grens(waarde: try som(), inclusief: true)) }
            else { throw fout("'minste' of 'hoogste'") }
        } else if case .naam = huidig.soort {
            var k = [try naam()]
            while neemSymbool(",") { k.append(try naam()) }
            v = .keuzes(k)
        } else {
            throw fout("een rij: 'tot', 'van', 'vanaf', 'meer dan', 'minder dan', een keuzewaarde of 'anders'")
        }
        try verwachtSymbool("->")
        var uit = [try uitdrukking()]
        while neemSymbool(",") { uit.append(try uitdrukking()) }
        return Tabelrij(onderdeel: onderdeel, voorwaarde: v, uitkomsten: uit, bereik: begin.tot(uit[uit.count - 1].bereik))
    }

    /// After `tot`: `X` (exclusive) or `en met X` (inclusive).
    mutating func bovengrens() throws(Afbreken) -> Grens {
        if neemSleutel(.en) {
            try verwachtSleutel(.met)
            return Grens(waarde: try som(), inclusief: true)
        }
        return Grens(waarde: try som(), inclusief: false)
    }

    // MARK: - Expressions

    /// One level of nesting more; too many is refused before the parser's own recursion could overflow.
    mutating func dieper() throws(Afbreken) {
        diepte += 1
        if diepte > Parser.maximumDiepte {
            diepte -= 1
            diagnostics.fout(.teDiepGenest(Parser.maximumDiepte), huidig.bereik)
            throw Afbreken()
        }
    }

    /// A node over operands whose highest is `operand` high: sets ``hoogte``, and refuses a tree higher
    /// than ``maximumHoogte``.
    mutating func knoop(_ operand: Int, _ bereik: SourceRange) throws(Afbreken) {
        hoogte = operand + 1
        if hoogte > Parser.maximumHoogte {
            diagnostics.fout(.uitdrukkingTeDiep(Parser.maximumHoogte), bereik)
            throw Afbreken()
        }
    }

    mutating func uitdrukking() throws(Afbreken) -> Uitdrukking {
        if isSleutel(.als) {
            try dieper()
            defer { diepte -= 1 }
            let b = neem().bereik
            let c = try uitdrukking()
            let hc = hoogte
            try verwachtSleutel(.dan)
            let d = try uitdrukking()
            let hd = hoogte
            try verwachtSleutel(.anders)
            let e = try uitdrukking()
            try knoop(Swift.max(hc, hd, hoogte), b.tot(e.bereik))
            return .als(c, d, e, b.tot(e.bereik))
        }
        return try of()
    }

    // A chain of operators is read in a loop (left-associative): it adds height, not nesting.

    mutating func of() throws(Afbreken) -> Uitdrukking {
        var l = try en()
        while neemSleutel(.of) {
            let hl = hoogte
            let r = try en()
            l = .binair(.of, l, r, l.bereik.tot(r.bereik))
            try knoop(Swift.max(hl, hoogte), l.bereik)
        }
        return l
    }

    mutating func en() throws(Afbreken) -> Uitdrukking {
        var l = try niet()
        while neemSleutel(.en) {
            let hl = hoogte
            let r = try niet()
            l = .binair(.en, l, r, l.bereik.tot(r.bereik))
            try knoop(Swift.max(hl, hoogte), l.bereik)
        }
        return l
    }

    mutating func niet() throws(Afbreken) -> Uitdrukking {
        if isSleutel(.niet) {
            try dieper()
            defer { diepte -= 1 }
            let b = neem().bereik
            let e = try niet()
            try knoop(hoogte, b.tot(e.bereik))
            return .enkel(.niet, e, b.tot(e.bereik))
        }
        return try vergelijking()
    }

    mutating func vergelijking() throws(Afbreken) -> Uitdrukking {
        let l = try begrenzing()
        let hl = hoogte
        let op: BinaireOperator
        switch huidig.soort {
        case .symbool("="): op = .gelijk
        case .symbool("<>"): op = .ongelijk
        case .symbool("<"): op = .kleiner
        case .symbool("<="): op = .kleinerGelijk
        case .symbool(">"): op = .groter
        case .symbool(">="): op = .groterGelijk
        case .sleutelwoord(.is):
            return try isVergelijking(l, hl)
        default: return l
        }
        _ = neem()
        let r = try begrenzing()
        try knoop(Swift.max(hl, hoogte), l.bereik.tot(r.bereik))
        return .binair(op, l, r, l.bereik.tot(r.bereik))
    }

    /// `x is [niet] y`, and `x is een van lijst` (membership of a list-valued open term). Its own function,
    /// so that the frame of ``vergelijking()``, which every level of a nested expression repeats, stays small.
    @inline(never)
    mutating func isVergelijking(_ l: Uitdrukking, _ hl: Int) throws(Afbreken) -> Uitdrukking {
        _ = neem()
        let eenVan = isWoord("een") && vooruit(1).soort == .sleutelwoord(.van)
        if eenVan { _ = neem(); _ = neem() }
        let o: BinaireOperator = !eenVan && neemSleutel(.niet) ? .ongelijk : .gelijk
        let r = try begrenzing()
        let bereik = l.bereik.tot(r.bereik)
        try knoop(Swift.max(hl, hoogte), bereik)
        if eenVan { return .functie(Naam(tekst: Parser.eenVanFunctie, bereik: bereik), [l, r], bereik) }
        return .binair(o, l, r, bereik)
    }

    /// `som [ten hoogste som | ten minste som]* [afronding]`.
    mutating func begrenzing() throws(Afbreken) -> Uitdrukking {
        var l = try som()
        while isSleutel(.ten) {
            if isWoord("hoogste", 1) || isWoord("minste", 1) {
                let hl = hoogte
                _ = neem()
                let op: BinaireOperator = neem().soort == .naam("hoogste") ? .tenHoogste : .tenMinste
                let r = try som()
                l = .binair(op, l, r, l.bereik.tot(r.bereik))
                try knoop(Swift.max(hl, hoogte), l.bereik)
            } else {
                break
            }
        }
        if isSleutel(.afgerond) || isSleutel(.naar) {
            let hl = hoogte
            var wijze = Getal.Afronding.rekenkundig
            if neemSleutel(.naar) {
                if neemWoord("boven") { wijze = .naarBoven }
                else if neemWoord("beneden") { wijze = .naarBeneden }
                else { throw fout("'boven' of 'beneden'") }
            }
            try verwachtSleutel(.afgerond)
            try verwachtSleutel(.op)
            let doel: Afrondingsdoel
            var hoogsteOperand = hl
            if neemWoord("centen") {
                doel = .decimalen(2)
            } else if neemWoord("hele") {
                try verwachtWoord("euro's")
                doel = .decimalen(0)
            } else if case .getal(let g) = huidig.soort, g.isGeheel, g.teller <= 30 {
                _ = neem()
                try verwachtWoord("decimalen")
                doel = .decimalen(Int(g.teller))
            } else if isWoord("een"), isWoord("veelvoud", 1) {
                // "naar beneden afgerond op een veelvoud van € 0,20" (art. 30 lid 3): a literal or a name; the
                // checker asks a positive constant.
                _ = neem()
                _ = neem()
                try verwachtSleutel(.van)
                doel = .veelvoud(try enkel())
                hoogsteOperand = Swift.max(hl, hoogte)
            } else {
                throw fout("'centen', 'hele euro's', een aantal 'decimalen' of 'een veelvoud van'")
            }
            let bereik = l.bereik.tot(tokens[p - 1].bereik)
            try knoop(hoogsteOperand, bereik)
            return .afronding(l, op: doel, wijze: wijze, bereik)
        }
        return l
    }

    mutating func som() throws(Afbreken) -> Uitdrukking {
        var l = try product()
        while true {
            let op: BinaireOperator
            if isSymbool("+") { op = .plus } else if isSymbool("-") { op = .min } else { return l }
            _ = neem()
            let hl = hoogte
            let r = try product()
            l = .binair(op, l, r, l.bereik.tot(r.bereik))
            try knoop(Swift.max(hl, hoogte), l.bereik)
        }
    }

    mutating func product() throws(Afbreken) -> Uitdrukking {
        var l = try enkel()
        while true {
            let op: BinaireOperator
            if isSymbool("*") { op = .maal } else if isSymbool("/") { op = .deel } else { return l }
            _ = neem()
            let hl = hoogte
            let r = try enkel()
            l = .binair(op, l, r, l.bereik.tot(r.bereik))
            try knoop(Swift.max(hl, hoogte), l.bereik)
        }
    }

    /// Every recursion of the expression grammar passes through here, `niet` or `als`, so counting the
    /// nesting here bounds the parser's stack. A bracket is one level: `(` leads to `uitdrukking`, which
    /// comes back here.
    mutating func enkel() throws(Afbreken) -> Uitdrukking {
        try dieper()
        defer { diepte -= 1 }
        if isSymbool("-") {
            let b = neem().bereik
            let e = try enkel()
            try knoop(hoogte, b.tot(e.bereik))
            return .enkel(.negatief, e, b.tot(e.bereik))
        }
        var e = try primair()
        while neemSymbool(".") {
            let he = hoogte
            e = .veld(e, try naam("een veldnaam"))
            try knoop(he, e.bereik)
        }
        // "op_te_leggen_bedrag waarbij schending = s": a rule's value under a supposition.
        if case .naam(let n) = e, neemSleutel(.waarbij) {
            let vast = try naam("de naam van een regel of gegeven")
            try verwachtSymbool("=")
            let w = try som()
            try knoop(hoogte, n.bereik.tot(w.bereik))
            return .waarbij(n, vast: vast, waarde: w, n.bereik.tot(w.bereik))
        }
        // "norm op 2024-07-01": a national parameter as it applied on a date.
        if case .naam(let n) = e, isSleutel(.op), !binnenLeeftijd {
            _ = neem()
            let datum = try enkel()
            try knoop(hoogte, n.bereik.tot(datum.bereik))
            return .parameterOp(n, datum, n.bereik.tot(datum.bereik))
        }
        return e
    }

    package static let eenheden: [String: Duur.Eenheid] = [
        "dag": .dagen, "dagen": .dagen, "week": .weken, "weken": .weken, "maand": .maanden, "maanden": .maanden,
        "jaar": .jaren, "jaren": .jaren, "werkdag": .werkdagen, "werkdagen": .werkdagen,
    ]

    mutating func primair() throws(Afbreken) -> Uitdrukking {
        let t = huidig
        hoogte = 1     // a leaf; the other cases set it from their operands
        switch t.soort {
        case .getal(let g):
            _ = neem()
            if case .naam(let w) = huidig.soort, let eenheid = Parser.eenheden[w] {
                let u = neem()
                // Reported at the number, not at the token after the unit (on the next line, perhaps).
                let context: [Bericht] = (open.citaat ?? keuzeArtikel).map { [.inArtikel($0.description)] } ?? []
                guard g.isGeheel else {
                    diagnostics.fout(.verwacht("een heel aantal", gevonden: t.beschrijving), t.bereik, context: context)
                    throw Afbreken()
                }
                guard let n = Int64(exactly: g.teller) else {
                    diagnostics.fout(.duurTeGroot(Lexer.ingekort(ArraySlice(String(describing: g).utf8))), t.bereik.tot(u.bereik), context: context)
                    throw Afbreken()
                }
                return .duur(Duur(n, eenheid), t.bereik.tot(u.bereik))
            }
            return .getal(g, t.bereik)
        case .bedrag(let g): _ = neem(); return .bedrag(g, t.bereik)
        case .percentage(let g): _ = neem(); return .percentage(g, t.bereik)
        case .datum(let d): _ = neem(); return .datum(d, t.bereik)
        case .tekst(let s): _ = neem(); return .tekst(s, t.bereik)
        case .sleutelwoord(.waar): _ = neem(); return .waarheid(true, t.bereik)
        case .sleutelwoord(.onwaar): _ = neem(); return .waarheid(false, t.bereik)
        case .sleutelwoord(.geen): _ = neem(); return .geen(t.bereik)
        case .symbool("("):
            _ = neem()
            let e = try uitdrukking()
            try verwachtSymbool(")")
            return e
        case .sleutelwoord(.som):
            _ = neem()
            try verwachtSleutel(.van)
            let w = try uitdrukking()
            let hw = hoogte
            try verwachtSleutel(.voor)
            try verwachtSleutel(.elke)
            return try aggregaatRest(.som, begin: t.bereik, waarde: w, hoogte: hw)
        case .sleutelwoord(.aantal), .sleutelwoord(.bestaat):
            _ = neem()
            return try aggregaatRest(t.soort == .sleutelwoord(.aantal) ? .aantal : .bestaat, begin: t.bereik, waarde: nil, hoogte: 0)
        case .naam("de") where vooruit(2).soort == .sleutelwoord(.in):
            // "de s in schendingen met de hoogste w": the element, not the value.
            _ = neem()
            let v = try naam("een naam voor elk element")
            try verwachtSleutel(.in)
            let l = try enkel()
            var h = hoogte
            try verwachtSleutel(.met)
            try verwachtWoord("de")
            let a: Aggregaat
            if neemWoord("hoogste") { a = .metHoogste } else if neemWoord("laagste") { a = .metLaagste } else {
                throw fout("'hoogste' of 'laagste'")
            }
            let w = try uitdrukking()
            h = Swift.max(h, hoogte)
            var filter: Uitdrukking?
            if neemSleutel(.waarvoor) {
                filter = try uitdrukking()
                h = Swift.max(h, hoogte)
            }
            try knoop(h, t.bereik.tot(filter?.bereik ?? w.bereik))
            return .aggregaat(a, variabele: v, lijst: l, waarde: w, filter: filter, t.bereik.tot(filter?.bereik ?? w.bereik))
        case .naam(let n) where n == "hoogste" || n == "laagste":
            guard case .sleutelwoord(.van) = vooruit(1).soort else { fallthrough }
            _ = neem(); _ = neem()
            let w = try uitdrukking()
            let hw = hoogte
            try verwachtSleutel(.voor)
            try verwachtSleutel(.elke)
            return try aggregaatRest(n == "hoogste" ? .hoogste : .laagste, begin: t.bereik, waarde: w, hoogte: hw)
        case .naam(let n) where n == "termijn" && vooruit(1).soort == .sleutelwoord(.van):
            _ = neem(); _ = neem()
            let duur = try som()
            let hd = hoogte
            try verwachtWoord("na")
            let datum = try som()
            try knoop(Swift.max(hd, hoogte), t.bereik.tot(datum.bereik))
            return .datumfunctie(.termijn, [duur, datum], t.bereik.tot(datum.bereik))
        case .naam(let n) where (n == "eerste" || n == "laatste") && isWoord("dag", 1):
            _ = neem(); _ = neem()
            try verwachtSleutel(.van)
            try verwachtWoord("de")
            try verwachtWoord("maand")
            let f: Datumfunctie
            if n == "eerste" && neemWoord("na") {
                f = .eersteDagVolgendeMaand
            } else {
                try verwachtSleutel(.van)
                f = n == "eerste" ? .eersteDagMaand : .laatsteDagMaand
            }
            let datum = try som()
            try knoop(hoogte, t.bereik.tot(datum.bereik))
            return .datumfunctie(f, [datum], t.bereik.tot(datum.bereik))
        case .naam(let n) where n == "leeftijd" && vooruit(1).soort == .sleutelwoord(.van):
            _ = neem(); _ = neem()
            // Here "op" belongs to "leeftijd van G op P", not to a parameter lookup.
            binnenLeeftijd = true
            let geboren = try som()
            let hg = hoogte
            binnenLeeftijd = false
            try verwachtSleutel(.op)
            let peil = try som()
            try knoop(Swift.max(hg, hoogte), t.bereik.tot(peil.bereik))
            return .datumfunctie(.leeftijd, [geboren, peil], t.bereik.tot(peil.bereik))
        case .naam(let n) where ["dagen", "maanden", "jaren"].contains(n) && isWoord("tussen", 1):
            _ = neem(); _ = neem()
            let a = try som()
            let ha = hoogte
            try verwachtSleutel(.en)
            let b = try som()
            try knoop(Swift.max(ha, hoogte), t.bereik.tot(b.bereik))
            let f: Datumfunctie = n == "dagen" ? .dagenTussen : n == "maanden" ? .maandenTussen : .jarenTussen
            return .datumfunctie(f, [a, b], t.bereik.tot(b.bereik))
        case .naam(let n):
            _ = neem()
            if (n == "minimum" || n == "maximum"), neemSymbool("(") {
                var args = [try uitdrukking()]
                var h = hoogte
                while neemSymbool(",") {
                    args.append(try uitdrukking())
                    h = Swift.max(h, hoogte)
                }
                let eind = try verwachtSymbool(")")
                try knoop(h, t.bereik.tot(eind.bereik))
                return .functie(Naam(tekst: n, bereik: t.bereik), args, t.bereik.tot(eind.bereik))
            }
            return .naam(Naam(tekst: n, bereik: t.bereik))
        default:
            throw fout("een waarde, naam of '('")
        }
    }

    /// The rest of an aggregate after its value (`hoogte`: the value's height, 0 without one).
    mutating func aggregaatRest(_ a: Aggregaat, begin: SourceRange, waarde: Uitdrukking?, hoogte hw: Int) throws(Afbreken) -> Uitdrukking {
        let v = try naam("een naam voor elk element")
        try verwachtSleutel(.in)
        let l = try enkel()
        var h = Swift.max(hw, hoogte)
        var filter: Uitdrukking?
        if a == .bestaat {
            try verwachtSleutel(.waarvoor)
            filter = try uitdrukking()
            h = Swift.max(h, hoogte)
        } else if neemSleutel(.waarvoor) {
            filter = try uitdrukking()
            h = Swift.max(h, hoogte)
        }
        // "aantal m in l waarvoor f met dezelfde k als een ander": the key, after the filter. Only "met dezelfde"
        // starts it, so "volgens tabel op aantal m in l met eerste treffer" stays the table's.
        if a == .aantal, isSleutel(.met), isWoord("dezelfde", 1) {
            _ = neem(); _ = neem()
            let k = try som()
            h = Swift.max(h, hoogte)
            _ = try verwachtSleutel(.als)
            try verwachtWoord("een")
            let eind = huidig.bereik
            try verwachtWoord("ander")
            try knoop(h, begin.tot(eind))
            return .aggregaat(.metDezelfde, variabele: v, lijst: l, waarde: k, filter: filter, begin.tot(eind))
        }
        let eind = filter?.bereik ?? l.bereik
        try knoop(h, begin.tot(eind))
        return .aggregaat(a, variabele: v, lijst: l, waarde: waarde, filter: filter, begin.tot(eind))
    }
}
