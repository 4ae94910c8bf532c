// Syntax: the syntax tree of one rule file. Every node keeps its exact source range.

/// A name as written, with where it was written.
public struct Naam: Sendable, Hashable {
    public var tekst: String
    public var bereik: SourceRange
    /// The readable label a declaration gives the name (`regel verlagingsbedrag "het verlagingsbedrag"`), used
    /// wherever people read it: the motivation, `velden`, the council text. Nil on a reference, and on a
    /// declaration without one. Labels are written, never generated from the identifier (issue 14).
    public var label: String? = nil
}

/// Where a rule stands: artikel, and optionally lid and onderdeel, of the ordinance or of a law it
/// applies (`artikel 18 lid 7 van de Participatiewet`).
public struct Citaat: Sendable, Hashable, CustomStringConvertible {
    public var artikel: String
    public var lid: String?
    public var onderdeel: String?
    /// The law, when the article is not the ordinance's own.
    public var wet: String?

    public init(artikel: String, lid: String? = nil, onderdeel: String? = nil, wet: String? = nil) {
        self.artikel = artikel
        self.lid = lid
        self.onderdeel = onderdeel
        self.wet = wet
    }

    /// "artikel 51 lid 2 onder a", "artikel 18 lid 7 van de Participatiewet": the way a decision cites it.
    public var description: String {
        var s = "artikel \(artikel)"
        if let lid { s += " lid \(lid)" }
        if let onderdeel { s += " onder \(onderdeel)" }
        if let wet { s += " van de \(wet)" }
        return s
    }

    /// "artikel 51, tweede lid, onder b", "artikel 18, zevende lid, van de Participatiewet": the form of
    /// legislative drafting (Aanwijzingen voor de regelgeving 5.35), for text a beschikking quotes.
    public var juridisch: String {
        var delen = ["artikel \(artikel)"]
        if let lid { delen.append(Citaat.rangtelwoord(lid).map { "\($0) lid" } ?? "lid \(lid)") }
        if let onderdeel { delen.append("onder \(onderdeel)") }
        if let wet { delen.append("van de \(wet)") }
        return delen.joined(separator: ", ")
    }

    /// "tweede" for lid 2; nil for a number not written out (lid 2a, lid 21).
    static func rangtelwoord(_ nummer: String) -> String? {
        let woorden = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
                       "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
                       "negentiende", "twintigste"]
        guard let n = Int(nummer), n >= 1, n <= woorden.count else { return nil }
        return woorden[n - 1]
    }

    /// The article alone (artikel 45 of artikel 45 lid 1 onder a), of the same law.
    public var artikelAlleen: Citaat { Citaat(artikel: artikel, wet: wet) }

    /// Articles in the order of an ordinance: by number (2 before 10), then the laws it applies.
    public static func inVolgorde(_ a: Citaat, _ b: Citaat) -> Bool {
        if (a.wet == nil) != (b.wet == nil) { return a.wet == nil }
        if a.artikel != b.artikel {
            // By the leading number (2 before 10, 4 before 4a), then as written.
            func nummer(_ s: String) -> Int { Int(s.prefix { $0.isASCII && $0.isNumber }) ?? Int.max }
            let (x, y) = (nummer(a.artikel), nummer(b.artikel))
            return x != y ? x < y : a.artikel < b.artikel
        }
        return (a.wet ?? "") < (b.wet ?? "")
    }

    /// Whether `self` lies within `ander` (artikel 45 lid 1 onder a lies within artikel 45 lid 1).
    public func valtBinnen(_ ander: Citaat) -> Bool {
        artikel == ander.artikel && wet == ander.wet && (ander.lid == nil || ander.lid == lid)
            && (ander.onderdeel == nil || ander.onderdeel == onderdeel)
    }
}

/// A type as written in a declaration.
public enum SoortUitdrukking: Sendable {
    case basis(Soort, SourceRange)
    case naam(Naam)
    case lijst(Naam, SourceRange)

    public var bereik: SourceRange {
        switch self {
        case .basis(_, let r), .lijst(_, let r): r
        case .naam(let n): n.bereik
        }
    }
}

public enum BinaireOperator: String, Sendable {
    case plus = "+", min = "-", maal = "*", deel = "/"
    case gelijk = "=", ongelijk = "<>", kleiner = "<", kleinerGelijk = "<=", groter = ">", groterGelijk = ">="
    case en, of
    case tenHoogste = "ten hoogste", tenMinste = "ten minste"
}

public enum EnkeleOperator: String, Sendable {
    case negatief = "-", niet
}

public enum Aggregaat: String, Sendable {
    case som, aantal, bestaat
    /// The largest / smallest value over the elements (e.g. the most recent date in a history).
    case hoogste, laagste
    /// `de x in l met de hoogste w`: the element itself whose value is largest (the first of equals).
    case metHoogste = "met de hoogste", metLaagste = "met de laagste"
    /// `aantal m in l waarvoor f met dezelfde k als een ander`: the elements that pass the filter and share
    /// their key with another element that passes it (a month given twice: 2). Counted by hashing the keys,
    /// never by comparing every element with every other.
    case metDezelfde = "met dezelfde"
}

/// The calendar phrases of the language (DESIGN §3 "Time, Dutch style").
public enum Datumfunctie: String, Sendable, CaseIterable {
    /// `termijn van D na X`: X + D, extended by the Algemene termijnenwet (art. 1 and 2).
    case termijn
    /// `eerste dag van de maand na X`.
    case eersteDagVolgendeMaand = "eerste dag van de maand na"
    /// `eerste dag van de maand van X`.
    case eersteDagMaand = "eerste dag van de maand van"
    /// `laatste dag van de maand van X`.
    case laatsteDagMaand = "laatste dag van de maand van"
    /// `leeftijd van G op P`: whole years.
    case leeftijd
    /// `dagen tussen A en B`, `maanden tussen A en B`, `jaren tussen A en B`: whole units from A to B.
    case dagenTussen = "dagen tussen"
    case maandenTussen = "maanden tussen"
    case jarenTussen = "jaren tussen"
}

/// What `afgerond op …` rounds to, as written: a number of places (`centen` is 2, `hele euro's` 0), or `een
/// veelvoud van x` with x as written; the checker makes it a ``Getal/Afrondingsmaat`` (x must be a positive
/// constant).
public indirect enum Afrondingsdoel: Sendable {
    case decimalen(Int)
    case veelvoud(Uitdrukking)
}

/// An expression node.
public indirect enum Uitdrukking: Sendable {
    case getal(Getal, SourceRange)
    case bedrag(Getal, SourceRange)
    case percentage(Getal, SourceRange)
    case datum(Datum, SourceRange)
    case tekst(String, SourceRange)
    case waarheid(Bool, SourceRange)
    case duur(Duur, SourceRange)
    case naam(Naam)
    case veld(Uitdrukking, Naam)
    case enkel(EnkeleOperator, Uitdrukking, SourceRange)
    case binair(BinaireOperator, Uitdrukking, Uitdrukking, SourceRange)
    case als(Uitdrukking, Uitdrukking, Uitdrukking, SourceRange)
    case functie(Naam, [Uitdrukking], SourceRange)
    case afronding(Uitdrukking, op: Afrondingsdoel, wijze: Getal.Afronding, SourceRange)
    /// `som van w voor elke x in l waarvoor f`, `aantal x in l waarvoor f`, `bestaat x in l waarvoor f`.
    case aggregaat(Aggregaat, variabele: Naam, lijst: Uitdrukking, waarde: Uitdrukking?, filter: Uitdrukking?, SourceRange)
    /// A calendar phrase with its operands (one or two dates, or a duration and a date).
    case datumfunctie(Datumfunctie, [Uitdrukking], SourceRange)
    /// `parameter op datum`: a national amount as it applied on a date.
    case parameterOp(Naam, Uitdrukking, SourceRange)
    /// `regel waarbij naam = waarde`: a rule's value as if `naam` (a rule or case field) had that value,
    /// e.g. the verlaging for each geschonden verplichting in turn (artikel 54 lid 1).
    case waarbij(Naam, vast: Naam, waarde: Uitdrukking, SourceRange)
    /// `geen`: no value, where the law gives none (no verlaging, so no period of one). Its sort is the
    /// rule's; reading it elsewhere is an error that names the rule.
    case geen(SourceRange)
    /// What remains of an expression with a syntax error (already reported): keeps later passes quiet.
    case fout(SourceRange)

    public var bereik: SourceRange {
        switch self {
        case .getal(_, let r), .bedrag(_, let r), .percentage(_, let r), .datum(_, let r), .tekst(_, let r),
             .waarheid(_, let r), .duur(_, let r), .enkel(_, _, let r), .binair(_, _, _, let r),
             .als(_, _, _, let r), .functie(_, _, let r), .afronding(_, _, _, let r), .aggregaat(_, _, _, _, _, let r),
             .datumfunctie(_, _, let r), .parameterOp(_, _, let r), .waarbij(_, _, _, let r), .geen(let r), .fout(let r):
            r
        case .naam(let n): n.bereik
        case .veld(let e, let n): e.bereik.tot(n.bereik)
        }
    }
}

extension Uitdrukking {
    /// Every name the expression mentions (before resolution), except element variables where they are bound.
    public func genoemdeNamen(_ uit: inout [String]) {
        switch self {
        case .getal, .bedrag, .percentage, .datum, .tekst, .waarheid, .duur, .geen, .fout: break
        case .naam(let n): uit.append(n.tekst)
        case .veld(let e, _), .enkel(_, let e, _), .afronding(let e, .decimalen, _, _): e.genoemdeNamen(&uit)
        case .afronding(let e, .veelvoud(let v), _, _): e.genoemdeNamen(&uit); v.genoemdeNamen(&uit)
        case .binair(_, let a, let b, _): a.genoemdeNamen(&uit); b.genoemdeNamen(&uit)
        case .als(let a, let b, let c, _): a.genoemdeNamen(&uit); b.genoemdeNamen(&uit); c.genoemdeNamen(&uit)
        case .functie(_, let es, _), .datumfunctie(_, let es, _): for e in es { e.genoemdeNamen(&uit) }
        case .parameterOp(let n, let e, _): uit.append(n.tekst); e.genoemdeNamen(&uit)
        case .waarbij(let n, let vast, let e, _): uit.append(n.tekst); uit.append(vast.tekst); e.genoemdeNamen(&uit)
        case .aggregaat(_, let v, let l, let w, let f, _):
            l.genoemdeNamen(&uit)
            // Inside, the element variable hides any rule of the same name.
            var binnen: [String] = []
            w?.genoemdeNamen(&binnen)
            f?.genoemdeNamen(&binnen)
            uit += binnen.filter { $0 != v.tekst }
        }
    }
}

/// `tenzij voorwaarde dan waarde`, or an `uitzondering op` from elsewhere.
public struct Uitzondering: Sendable {
    public var doel: Naam
    public var afwijkingVan: (Citaat, SourceRange)?
    public var voorwaarde: Uitdrukking
    public var waarde: Uitdrukking
    /// Where it stands (artikel, lid, onderdeel). Nil in the syntax tree, where its place is the node it
    /// sits in; written in by ``Regelbestand/lijsten``, which the checker reads.
    public var citaat: Citaat? = nil
    public var bereik: SourceRange
    /// The variant of its article it stands in (`variant 2`), if any. Like `citaat`: nil in the tree,
    /// written in by ``Regelbestand/lijsten``.
    public var variant: String? = nil
    /// The facultative lid it stands in (`lid 2 facultatief`), if any: it counts only when adopted. Like
    /// `citaat`: nil in the tree, written in by ``Regelbestand/lijsten``.
    public var facultatief: Citaat? = nil
}

public enum TreffersBeleid: String, Sendable {
    /// Exactly one row may match; overlaps are a compile-time error.
    case uniek = "unieke treffer"
    /// The first matching row wins; a row that can never be first is a compile-time error.
    case eerste = "eerste treffer"
}

public struct Grens: Sendable {
    public var waarde: Uitdrukking
    public var inclusief: Bool
}

public enum RijVoorwaarde: Sendable {
    case anders
    case interval(onder: Grens?, boven: Grens?)
    case keuzes([Naam])
}

public struct Tabelrij: Sendable {
    public var onderdeel: String?
    public var voorwaarde: RijVoorwaarde
    public var uitkomsten: [Uitdrukking]
    /// The rule's citation with this row's onderdeel. Nil in the syntax tree; written in by
    /// ``Regelbestand/lijsten``.
    public var citaat: Citaat? = nil
    public var bereik: SourceRange
}

public struct Tabel: Sendable {
    public var op: Uitdrukking
    public var beleid: TreffersBeleid
    public var rijen: [Tabelrij]
    public var bereik: SourceRange
}

public enum Regellichaam: Sendable {
    case uitdrukking(Uitdrukking)
    case tabel(Tabel)
}

/// `regel naam[: soort] = ...` or `regel a, b volgens tabel op ...`.
public struct RegelDeclaratie: Sendable {
    public var namen: [Naam]
    public var soort: SoortUitdrukking?
    public var lichaam: Regellichaam
    public var tenzij: [Uitzondering]
    /// Where it stands (artikel, lid, onderdeel). Nil in the syntax tree, where its place is the node it
    /// sits in; written in by ``Regelbestand/lijsten``, which the checker reads.
    public var citaat: Citaat? = nil
    public var bereik: SourceRange
    /// In a municipality's ordinance: the model's rule this one replaces (`in plaats van artikel 41 onder c`).
    public var inPlaatsVan: (Citaat, SourceRange)? = nil
    /// The variant of its article it stands in (`variant 2`), if any. Like `citaat`: nil in the tree,
    /// written in by ``Regelbestand/lijsten``.
    public var variant: String? = nil
    /// The facultative lid it stands in (`lid 2 facultatief`), if any: it counts only when adopted. Like
    /// `citaat`: nil in the tree, written in by ``Regelbestand/lijsten``.
    public var facultatief: Citaat? = nil
}

/// `open naam: soort, ten minste x, ten hoogste y, bijvoorbeeld z`: a blank the municipality fills in.
public struct OpenTerm: Sendable {
    public var naam: Naam
    public var soort: SoortUitdrukking
    public var tenMinste: Uitdrukking?
    public var tenHoogste: Uitdrukking?
    public var voorbeeld: Uitdrukking?
    /// Where it stands (artikel, lid, onderdeel). Nil in the syntax tree, where its place is the node it
    /// sits in; written in by ``Regelbestand/lijsten``, which the checker reads.
    public var citaat: Citaat? = nil
    /// The variant of its article it stands in (`variant 2`), if any. Like `citaat`: nil in the tree,
    /// written in by ``Regelbestand/lijsten``.
    public var variant: String? = nil
    /// The facultative lid it stands in (`lid 2 facultatief`), if any: it counts only when adopted. Like
    /// `citaat`: nil in the tree, written in by ``Regelbestand/lijsten``.
    public var facultatief: Citaat? = nil
    /// For a choice of the model (`keuze periode: vier_weken "vier weken" of maand "een maand"`, the
    /// model's `[X OF Y]`): its options, each a name for rules and the model's own words. Its sort is an
    /// enumeration of the same name, declared by ``Regelbestand/lijsten``. Empty for an ordinary blank.
    public var opties: [KeuzeOptie] = []
}

/// One option of a choice (`maand "een maand"`): the name rules test it by, and the model's words, which
/// the municipality may choose it by and which `render` shows.
public struct KeuzeOptie: Sendable {
    public var naam: Naam
    public var woorden: String
}

/// `overgangsrecht als voorwaarde`: the model's transitional law (art. 96) as far as it decides which
/// version applies. A case whose peildatum lies before the first version of the ordinance is decided under
/// that first version when the condition (on fill-ins only) holds; otherwise it is an error citing the article.
public struct Overgangsrecht: Sendable {
    /// `overgangsrecht voor a, b als ...`: the decisions it applies to (empty: every decision). Art. 96 lid 2
    /// speaks of applications, so it concerns the decisions on an application, not e.g. an afstemming.
    public var beslissingen: [Naam] = []
    public var voorwaarde: Uitdrukking
    public var bereik: SourceRange
    /// Like ``Eis``: written in by ``Regelbestand/lijsten``.
    public var citaat: Citaat? = nil
    public var variant: String? = nil
    public var facultatief: Citaat? = nil
}

/// `hoofdstuk 4 niet opgenomen`, `hoofdstuk 4 paragraaf 5 niet opgenomen`: in a municipality's verordening, a
/// part of the model it does not adopt (issue 15: Westerveld adopts the Jeugdwet and Wmo chapters, not the
/// Participatiewet). What the part holds is left out as a variant not chosen is: its blanks need no fill-in,
/// its decisions are not taken, and `render` shows its heading with a line saying so. A paragraaf is named
/// within its hoofdstuk, since the model numbers paragrafen per hoofdstuk (paragraaf 2 is in hoofdstuk 2 and 3).
public struct NietOpgenomenDeel: Sendable, Hashable {
    public var hoofdstuk: String
    /// A paragraaf (`5`) or sub-paragraaf (`1.3`) of the hoofdstuk; nil for the whole hoofdstuk.
    public var paragraaf: String?
    public var bereik: SourceRange

    /// "hoofdstuk 4", "hoofdstuk 4 paragraaf 5": as the verordening writes it.
    public var geschreven: String { "hoofdstuk \(hoofdstuk)" + (paragraaf.map { " paragraaf \($0)" } ?? "") }

    /// Whether an article under these headings stands in the part (a paragraaf `1` holds its `1.1` to `1.5`).
    public func omvat(hoofdstuk h: Artikel.Kopje, paragraaf p: Artikel.Kopje?, subparagraaf sub: Artikel.Kopje?) -> Bool {
        h.nummer == hoofdstuk && (paragraaf == nil || p?.nummer == paragraaf || sub?.nummer == paragraaf)
    }
}

public struct Invulling: Sendable {
    public var naam: Naam
    public var waarde: Uitdrukking
}

public struct Veld: Sendable {
    public var naam: Naam
    public var soort: SoortUitdrukking
    public var omschrijving: String?
    /// `zaaknummer: kenmerk`: the case's identifier (a text), passed through to every decision and record.
    public var isKenmerk = false
    /// `ten minste €0`, `ten hoogste 100%`: the bounds law implies for the field, checked when a case is read.
    public var tenMinste: Uitdrukking? = nil
    public var tenHoogste: Uitdrukking? = nil
}

public struct Keuzelijst: Sendable {
    public var naam: Naam
    public var waarden: [Naam]
}

public struct Gegevens: Sendable {
    public var naam: Naam
    public var velden: [Veld]
}

/// A discretionary power ("het college kan afzien van een verlaging als het daarvoor dringende redenen
/// aanwezig acht"). In rules its name is whether the college applied it in the case; the case gives a
/// reason for each power it applies, and a decision lists every power its rules could use.
public struct BevoegdheidDeclaratie: Sendable {
    public var naam: Naam
    public var omschrijving: String
    /// Where it stands (artikel, lid, onderdeel). Nil in the syntax tree, where its place is the node it
    /// sits in; written in by ``Regelbestand/lijsten``, which the checker reads.
    public var citaat: Citaat? = nil
    /// The variant of its article it stands in (`variant 2`), if any. Like `citaat`: nil in the tree,
    /// written in by ``Regelbestand/lijsten``.
    public var variant: String? = nil
    /// The facultative lid it stands in (`lid 2 facultatief`), if any: it counts only when adopted. Like
    /// `citaat`: nil in the tree, written in by ``Regelbestand/lijsten``.
    public var facultatief: Citaat? = nil
}

/// A value in a fixture: a literal, a list `[...]` or a record `{veld = waarde, ...}`, as a case field
/// or an expected outcome.
public indirect enum Proefwaarde: Sendable {
    case waarde(Uitdrukking)
    case lijst([Proefwaarde], SourceRange)
    case record([(Naam, Proefwaarde)], SourceRange)

    public var bereik: SourceRange {
        switch self {
        case .waarde(let e): e.bereik
        case .lijst(_, let r), .record(_, let r): r
        }
    }
}

/// One fixture: the article it checks, a case (a JSON file and/or fields), and the outcomes expected,
/// worked out by hand from the ordinance text, or the error expected.
public struct Proef: Sendable {
    public var naam: String
    public var citaat: Citaat
    public var beslissing: Naam?
    public var peildatum: Datum?
    /// A JSON case file, relative to the fixture file.
    public var gevalBestand: (pad: String, bereik: SourceRange)?
    public var velden: [(Naam, Proefwaarde)]
    public var verwacht: [(Naam, Proefwaarde)]
    /// `verwacht fout RW0713`: the decision must fail with this message code.
    public var verwachteFout: (code: String, bereik: SourceRange)?
    public var bereik: SourceRange
}

public struct Eis: Sendable {
    public var voorwaarde: Uitdrukking
    public var uitleg: String?
    /// Where it stands (artikel, lid, onderdeel). Nil in the syntax tree, where its place is the node it
    /// sits in; written in by ``Regelbestand/lijsten``, which the checker reads.
    public var citaat: Citaat? = nil
    /// The variant of its article it stands in (`variant 2`), if any. Like `citaat`: nil in the tree,
    /// written in by ``Regelbestand/lijsten``.
    public var variant: String? = nil
    /// The facultative lid it stands in (`lid 2 facultatief`), if any: it counts only when adopted. Like
    /// `citaat`: nil in the tree, written in by ``Regelbestand/lijsten``.
    public var facultatief: Citaat? = nil
}

/// `parameter naam: soort "omschrijving"` with its values `vanaf DATUM: waarde`.
public struct Parameter: Sendable {
    public var naam: Naam
    public var soort: SoortUitdrukking
    public var omschrijving: String?
    public var waarden: [(vanaf: Datum, waarde: Uitdrukking, bereik: SourceRange)]
}

// MARK: - The ordinance as a tree

/// A declaration that stands in the ordinance's text: it belongs to the artikel, variant, lid or onderdeel
/// it is written under, and that place is its citation (DESIGN §2: every rule cites its article).
public enum Declaratie: Sendable {
    case regel(RegelDeclaratie)
    case uitzondering(Uitzondering)
    case openTerm(OpenTerm)
    case eis(Eis)
    case bevoegdheid(BevoegdheidDeclaratie)
    case overgangsrecht(Overgangsrecht)
}

/// An article as written: its heading and text, then what it holds in the order the grammar allows: the
/// declarations under the article itself, its onderdelen, its leden, its variants. A lid ends the article's
/// own onderdelen and a variant its common leden, so the tree keeps the order of the text.
public struct Artikel: Sendable {
    /// `onderdeel a "tekst"`: a lettered part of an article, of a variant or of a lid.
    public struct Onderdeel: Sendable {
        public var label: String
        public var tekst: String?
        /// For a variant of one onderdeel (`onderdeel b variant 2`, the model's art. 29 lid 3 b): its name and
        /// where it is written; chosen like a lid's (`artikel 29 lid 3 onderdeel b variant 2`).
        public var variant: (naam: String, bereik: SourceRange)? = nil
        /// The declarations written under it.
        public var declaraties: [Declaratie] = []
    }
    /// `lid 2 "tekst"`: a numbered paragraph of an article or of one of its variants.
    public struct Lid: Sendable {
        public var nummer: String
        public var tekst: String?
        /// Where `facultatief` is written, for a facultative lid (`lid 2 facultatief`, the model's `[*...*]`):
        /// it is in the ordinance only where the municipality adopts it. Nil for an ordinary lid.
        public var facultatief: SourceRange? = nil
        /// For a variant of one lid (`lid 4 variant A`, the model's art. 31 lid 4): the variant's name and
        /// where it is written. The model writes each variant as its own lid with the same number; the
        /// municipality chooses one (`artikel 31 lid 4 variant A`).
        public var variant: (naam: String, bereik: SourceRange)? = nil
        /// The declarations written under the lid before its first onderdeel.
        public var declaraties: [Declaratie] = []
        public var onderdelen: [Onderdeel] = []
    }
    public var nummer: String
    /// The law, for an article of a law the ordinance applies (nil: the ordinance's own).
    public var wet: String?
    public var titel: String?
    /// The article's own text when it has no leden (or its opening words before them).
    public var tekst: String?
    public var bereik: SourceRange
    /// Where `facultatief` is written, for a whole facultative article (`[Artikel 50 ...]` in the model):
    /// it counts only where the municipality adopts it (`artikel 50 opgenomen`).
    public var facultatief: SourceRange? = nil
    /// Where `eigen` is written, for an article a municipality adds itself (`artikel 31a eigen "..."` in a
    /// verordening): shown as the municipality's own, never taken for the model's.
    public var eigen: SourceRange? = nil
    /// The declarations written under the article itself, before its first onderdeel, lid or variant.
    public var declaraties: [Declaratie] = []
    /// The article's onderdelen when they are not in a lid, before its first lid.
    public var onderdelen: [Onderdeel] = []
    /// The leden every variant shares, before the first variant.
    public var leden: [Lid] = []
    /// The alternative texts a model offers for the article; the municipality chooses one.
    public var varianten: [Variant] = []
    /// The hoofdstuk, paragraaf and sub-paragraaf the article stands under (`hoofdstuk 4 "..."`, `paragraaf 1
    /// "..."`, `paragraaf 1.1 "..."`: a number with a point is a paragraaf within the one before).
    public var hoofdstuk: Kopje? = nil
    public var paragraaf: Kopje? = nil
    public var subparagraaf: Kopje? = nil

    /// A heading of the ordinance: "Hoofdstuk 4 – werk, inkomen, re-integratie en tegenprestatie".
    public struct Kopje: Sendable, Equatable {
        public var nummer: String
        public var titel: String?
    }

    /// `artikel 45`, `artikel 18 van de Participatiewet`.
    public var citaat: Citaat { Citaat(artikel: nummer, wet: wet) }
}

/// `variant 2 "omschrijving"` in a model's article: an alternative text of the whole article, with its own
/// rules; the municipality chooses one (`artikel 43 variant 2`). It runs to the next article.
public struct Variant: Sendable {
    public var nummer: String
    /// What sets it apart ("geen onderscheid naar de ernst van de gedraging").
    public var omschrijving: String?
    /// The article's own text in this variant, when it has no leden.
    public var tekst: String?
    public var bereik: SourceRange
    /// The declarations written under the variant itself, before its first onderdeel or lid.
    public var declaraties: [Declaratie] = []
    /// Its onderdelen when they are not in a lid, before its first lid.
    public var onderdelen: [Artikel.Onderdeel] = []
    public var leden: [Artikel.Lid] = []
}

/// One parsed `.regels` file: its header, and what its kind of file holds. The checker reads it flattened
/// (``Regelbestand/lijsten``).
public struct Regelbestand: Sendable {
    /// What every kind of file has in its header.
    public struct Kop: Sendable {
        public var bestand: BestandID
        /// The name of the regeling, verordening or parameters ("" for fixtures: they name theirs in `voor`).
        public var naam: String = ""
        public var naamBereik: SourceRange? = nil
        /// Where a verordening's header stands, for messages about versions.
        public var kopBereik: SourceRange? = nil
    }

    /// One part of a regeling or verordening at its top level, in the order written.
    public enum Deel: Sendable {
        case artikel(Artikel)
        /// A declaration written where no article is open (before the first, or after a choice): it has no
        /// citation, which the checker reports.
        case declaratie(Declaratie)
        /// `soort naam is een van a, b, c`.
        case keuzelijst(Keuzelijst)
        case gegevens(Gegevens)
        /// `geval ... einde`: fields of the case.
        case geval([Veld])
        /// `uitvoer [beslissing [op peildatumveld]:] a, b, c`: the outputs of a decision; the name may be
        /// left out when a rule set makes only one kind of decision. The peildatum field chooses the version
        /// of the ordinance in force for a case.
        case uitvoer(beslissing: Naam?, peildatum: Naam?, namen: [Naam])
        case invulling(Invulling)
        /// A national amount outside a parameters file: kept so that the checker can say where it belongs.
        case parameter(Parameter)
        /// `artikel 43 variant 2`: a municipality's choice of one of the variants the model offers.
        case variantKeuze(artikel: Citaat, nummer: String, bereik: SourceRange)
        /// `artikel 44 lid 2 opgenomen`: a facultative lid the municipality adopts; `artikel 50 opgenomen`
        /// (no lid in the citation): a whole facultative article.
        case opgenomenLid(lid: Citaat, bereik: SourceRange)
        /// `hoofdstuk 4 niet opgenomen`: a part of the model the municipality does not adopt.
        case nietOpgenomen(NietOpgenomenDeel)
    }

    /// A model ordinance with blanks (the VNG model).
    public struct Regeling: Sendable {
        public var versie: String?
        public var delen: [Deel]
    }

    /// A municipality's ordinance following a model: its fill-ins and choices, and articles of its own.
    public struct Verordening: Sendable {
        public var volgt: String
        public var modelversie: String?
        public var volgtBereik: SourceRange
        /// The municipality's code (GM9999).
        public var gemeente: String?
        /// The period this version is in force (DESIGN §2).
        public var geldigVanaf: Datum?
        public var geldigTotEnMet: Datum?
        /// The day the council adopted it (`vastgesteld 2020-06-25`); later than `geldigVanaf` when it is
        /// in force retroactively.
        public var vastgesteld: Datum? = nil
        public var delen: [Deel]
    }

    /// Fixtures for the ordinance (or regeling) named in `voor` (DESIGN §6).
    public struct Proeven: Sendable {
        public var voor: String
        public var voorBereik: SourceRange
        /// `proef "naam" artikel ... einde`.
        public var proeven: [Proef]
    }

    /// What the file holds, by its kind: only what that kind of file can contain.
    public enum Inhoud: Sendable {
        case regeling(Regeling)
        case verordening(Verordening)
        /// National amounts with the dates they apply from (DESIGN §2: never typed into rules).
        case parameters([Parameter])
        case proeven(Proeven)
    }

    /// What kind of file it is, by its header: ``Inhoud`` without the content.
    public enum Aard: Sendable, Equatable {
        /// A model ordinance with blanks (the VNG model).
        case regeling
        /// A municipality's ordinance following a model: its fill-ins and choices.
        case verordening(volgt: String, modelversie: String?, volgtBereik: SourceRange)
        /// National amounts with the dates they apply from (DESIGN §2: never typed into rules).
        case parameters
        /// Fixtures for the ordinance (or regeling) with this name (DESIGN §6).
        case proeven(voor: String, voorBereik: SourceRange)
    }

    public var kop: Kop
    public var inhoud: Inhoud

    public init(kop: Kop, inhoud: Inhoud) {
        self.kop = kop
        self.inhoud = inhoud
    }
}

// MARK: - The header, whatever the kind

extension Regelbestand {
    /// What kind of file it is, read off its content.
    public var soort: Aard {
        switch inhoud {
        case .regeling: .regeling
        case .verordening(let v): .verordening(volgt: v.volgt, modelversie: v.modelversie, volgtBereik: v.volgtBereik)
        case .parameters: .parameters
        case .proeven(let p): .proeven(voor: p.voor, voorBereik: p.voorBereik)
        }
    }

    public var bestand: BestandID { kop.bestand }
    public var naam: String { kop.naam }
    public var naamBereik: SourceRange? { kop.naamBereik }
    public var kopBereik: SourceRange? { kop.kopBereik }

    /// A regeling's version (`regeling "..." versie "april 2019"`).
    public var versie: String? {
        if case .regeling(let r) = inhoud { return r.versie }
        return nil
    }

    public var gemeente: String? {
        if case .verordening(let v) = inhoud { return v.gemeente }
        return nil
    }

    public var geldigVanaf: Datum? {
        if case .verordening(let v) = inhoud { return v.geldigVanaf }
        return nil
    }

    public var geldigTotEnMet: Datum? {
        if case .verordening(let v) = inhoud { return v.geldigTotEnMet }
        return nil
    }

    public var vastgesteld: Datum? {
        if case .verordening(let v) = inhoud { return v.vastgesteld }
        return nil
    }

    /// The fixtures of a `proeven` file (none in any other kind).
    public var proeven: [Proef] {
        if case .proeven(let p) = inhoud { return p.proeven }
        return []
    }
}
