// Check: the resolved, typed rule set that the checker produces from the syntax trees of all files.

/// A resolved expression: names are indices, every node has its type and source range.
public indirect enum Getypeerd: Sendable {
    case constante(Waarde, Soort, SourceRange)
    case invoer(Int, Soort, SourceRange)                 // case field
    case definitie(Int, Soort, SourceRange)              // a rule's output
    case lokaal(Int, Soort, SourceRange)                 // element variable of an aggregate, by depth
    case veld(Getypeerd, Int, Soort, SourceRange)        // record field by index
    case enkel(EnkeleOperator, Getypeerd, Soort, SourceRange)
    case binair(BinaireOperator, Getypeerd, Getypeerd, Soort, SourceRange)
    case als(Getypeerd, Getypeerd, Getypeerd, Soort, SourceRange)
    case minimum([Getypeerd], Soort, SourceRange)
    case maximum([Getypeerd], Soort, SourceRange)
    case afronding(Getypeerd, maat: Getal.Afrondingsmaat, wijze: Getal.Afronding, Soort, SourceRange)
    case aggregaat(Aggregaat, diepte: Int, lijst: Getypeerd, waarde: Getypeerd?, filter: Getypeerd?, Soort, SourceRange)
    case datumfunctie(Datumfunctie, [Getypeerd], Soort, SourceRange)
    case parameter(Int, datum: Getypeerd, Soort, SourceRange)
    /// Definition `Int`'s value as if `vast` had the value of `waarde` (`regel waarbij naam = waarde`).
    case waarbij(Int, vast: Vastgezet, waarde: Getypeerd, Soort, SourceRange)
    /// Open term `Int` as the version in force on the date filled it in (`verjaringstermijn_43 op
    /// datum_constatering`): not a constant, since the version depends on the case.
    case invullingOp(Int, datum: Getypeerd, Soort, SourceRange)

    public var soort: Soort {
        switch self {
        case .constante(_, let s, _), .invoer(_, let s, _), .definitie(_, let s, _), .lokaal(_, let s, _),
             .veld(_, _, let s, _), .enkel(_, _, let s, _), .binair(_, _, _, let s, _), .als(_, _, _, let s, _),
             .minimum(_, let s, _), .maximum(_, let s, _), .afronding(_, _, _, let s, _),
             .aggregaat(_, _, _, _, _, let s, _), .datumfunctie(_, _, let s, _), .parameter(_, _, let s, _),
             .waarbij(_, _, _, let s, _), .invullingOp(_, _, let s, _):
            s
        }
    }

    public var bereik: SourceRange {
        switch self {
        case .constante(_, _, let r), .invoer(_, _, let r), .definitie(_, _, let r), .lokaal(_, _, let r),
             .veld(_, _, _, let r), .enkel(_, _, _, let r), .binair(_, _, _, _, let r), .als(_, _, _, _, let r),
             .minimum(_, _, let r), .maximum(_, _, let r), .afronding(_, _, _, _, let r),
             .aggregaat(_, _, _, _, _, _, let r), .datumfunctie(_, _, _, let r), .parameter(_, _, _, let r),
             .waarbij(_, _, _, _, let r), .invullingOp(_, _, _, let r):
            r
        }
    }

    /// Whether `geen` stands in it: a constant without a value, of a real sort (not an error's remains).
    var bevatGeen: Bool {
        if case .constante(.afwezig, let s, _) = self { return s != .fout }
        return delen.contains { $0.bevatGeen }
    }

    /// The direct subexpressions (of a `waarbij`: the supposed value, not the rule computed).
    public var delen: [Getypeerd] {
        switch self {
        case .constante, .lokaal, .invoer, .definitie: []
        case .veld(let e, _, _, _), .enkel(_, let e, _, _), .afronding(let e, _, _, _, _), .parameter(_, let e, _, _),
             .waarbij(_, _, let e, _, _), .invullingOp(_, let e, _, _):
            [e]
        case .binair(_, let a, let b, _, _): [a, b]
        case .als(let a, let b, let c, _, _): [a, b, c]
        case .minimum(let es, _, _), .maximum(let es, _, _), .datumfunctie(_, let es, _, _): es
        case .aggregaat(_, _, let l, let w, let f, _, _): [l] + (w.map { [$0] } ?? []) + (f.map { [$0] } ?? [])
        }
    }

    /// Rule outputs and case fields this expression reads, in source order. With `veronderstellingen`
    /// false, the rule of a `waarbij` is left out: it is computed under a supposition, not read as it is.
    public func verwijzingen(_ defs: inout [Int], _ invoer: inout [Int], veronderstellingen: Bool = true) {
        switch self {
        case .invoer(let i, _, _): if !invoer.contains(i) { invoer.append(i) }
        case .definitie(let d, _, _): if !defs.contains(d) { defs.append(d) }
        case .waarbij(let d, _, _, _, _) where veronderstellingen: if !defs.contains(d) { defs.append(d) }
        default: break
        }
        for e in delen { e.verwijzingen(&defs, &invoer, veronderstellingen: veronderstellingen) }
    }

    /// The `waarbij` suppositions in this expression: (rule computed, what is held fixed).
    public func waarbijs(_ uit: inout [(doel: Int, vast: Vastgezet)]) {
        if case .waarbij(let d, let vast, _, _, _) = self { uit.append((d, vast)) }
        for e in delen { e.waarbijs(&uit) }
    }
}

/// What a `waarbij` holds fixed: a rule's value or a case field.
public enum Vastgezet: Sendable, Equatable {
    case definitie(Int)
    case invoer(Int)
}

/// A row test with its bounds already folded to constants (they are checked for gaps and overlaps).
public enum RijToets: Sendable {
    case anders
    case interval(onder: (Getal, inclusief: Bool)?, boven: (Getal, inclusief: Bool)?)
    case keuzes([Int32])
}

public struct GecontroleerdeRij: Sendable {
    public var toets: RijToets
    public var uitkomsten: [Getypeerd]
    public var citaat: Citaat
    public var omschrijving: String        // the row's condition as written, for motivations
    /// The condition with the bounds filled in ("vanaf € 1.000,00 tot € 2.000,00"), for intervals.
    public var concreet: String?
    public var bereik: SourceRange
    /// Where the municipality fills in the open terms in its bounds (empty when the bounds are the model's).
    public var invullingen: [SourceRange] = []
    /// The open terms its bounds and outcomes read (indices into ``Regelset/openTermen``).
    public var openTermen: [Int] = []
}

public struct GecontroleerdeTabel: Sendable {
    public var op: Getypeerd
    /// The looked-up expression as written ("benadelingsbedrag").
    public var opTekst: String
    public var beleid: TreffersBeleid
    public var rijen: [GecontroleerdeRij]
    public var uitvoer: [Int]              // definition index per output column
    public var citaat: Citaat
    public var bereik: SourceRange
}

public struct GecontroleerdeUitzondering: Sendable {
    public var voorwaarde: Getypeerd
    public var waarde: Getypeerd
    public var citaat: Citaat
    /// What it deviates from, as written (`in afwijking van artikel 55 lid 3`): the rule's article, or
    /// another exception to the same rule, which it then takes precedence over.
    public var afwijkingVan: Citaat?
    public var bereik: SourceRange
    /// The open terms its condition and value read.
    public var openTermen: [Int] = []
}

/// One named value a rule defines. A table with two outputs defines two.
public struct Definitie: Sendable {
    public enum Lichaam: Sendable {
        case uitdrukking(Getypeerd)
        case tabel(Int, kolom: Int)
    }
    public var naam: String
    public var soort: Soort
    public var citaat: Citaat
    public var bereik: SourceRange
    public var lichaam: Lichaam
    public var uitzonderingen: [GecontroleerdeUitzondering]
    /// The open terms its rule reads (a table's are per row), for the motivation.
    public var openTermen: [Int] = []
}

public struct InvoerVeld: Sendable {
    public var naam: String
    public var soort: Soort
    public var omschrijving: String?
    public var bereik: SourceRange
    /// For a power of the college: where it stands. Its value is whether the college applied it; the
    /// case gives it under "bevoegdheden", with the reason, and leaving it out means: not applied.
    public var bevoegdheid: Citaat? = nil
    /// The bounds a case's value must keep (`ten minste €0`), folded to constants; checked when it is read.
    public var tenMinste: Waarde? = nil
    public var tenHoogste: Waarde? = nil
}

public struct RecordSchema: Sendable {
    public var naam: String
    public var velden: [InvoerVeld]
}

/// A national amount with its dated values, oldest first.
public struct LandelijkeParameter: Sendable {
    public var naam: String
    public var soort: Soort
    public var omschrijving: String?
    public var reeks: [(vanaf: Datum, waarde: Waarde)]
    public var bereik: SourceRange

    /// The value that applied on `d` and the date it applied from, if any.
    public func waarde(op d: Datum) -> (vanaf: Datum, waarde: Waarde)? { reeks.last { $0.vanaf <= d } }
}

public struct GevuldeOpenTerm: Sendable {
    public var naam: String
    public var soort: Soort
    public var waarde: Waarde
    public var citaat: Citaat?
    public var bereik: SourceRange
    /// For a choice of the model (`keuze`): each option's name and the model's words, in order; the value
    /// is the index of the chosen one. Empty for an ordinary open term.
    public var opties: [(naam: String, woorden: String)] = []
    /// For a list-valued open term (`lijst van Soort`): the items filled in (their sort is the element of
    /// `soort`); nil for any other. Its `waarde` is then only a marker that it is filled in.
    public var lijst: [Waarde]? = nil
    /// The model's example (`bijvoorbeeld 20%`), folded: it pairs the open term with its blank in the text.
    public var voorbeeld: Waarde? = nil

    /// The value as the ordinance's text says it: a choice in the model's words, a list as its items.
    public func inWoorden(_ set: Regelset) -> String {
        if let lijst {
            guard case .lijst(let element) = soort else { return "" }
            // As the ordinance enumerates: "a, b, c en d".
            let woorden = lijst.map { inWoorden($0, element, set) }
            guard woorden.count > 1, let laatste = woorden.last else { return woorden.joined() }
            return woorden.dropLast().joined(separator: ", ") + " en " + laatste
        }
        return inWoorden(waarde, soort, set)
    }

    func inWoorden(_ w: Waarde, _ s: Soort, _ set: Regelset) -> String {
        if case .keuze(let k) = w, !opties.isEmpty, Int(k) >= 0, Int(k) < opties.count { return opties[Int(k)].woorden }
        if case .keuze(let k) = w, case .keuze(let lijst) = s, let t = set.keuzewoorden[lijst], Int(k) >= 0, Int(k) < t.count {
            return t[Int(k)]
        }
        return Opmaak.leesbaar(w, s, regelset: set, opslag: nil)
    }
}

/// The words of the model's choices, the transitional law and the adoption date of a version, kept behind one
/// reference in ``Regelset``.
public final class Keuzegegevens: Sendable {
    /// What it holds; ``Regelset`` changes a copy and puts a new reference in place.
    public struct Inhoud: Sendable {
        public var keuzewoorden: [String: [String]] = [:]
        public var overgangsrecht: Overgangsregel? = nil
        public var vastgesteld: Datum? = nil
        public var nietOpgenomen = NietOpgenomen()
        /// The open terms rules read as another version filled them in (`verjaringstermijn_43 op
        /// datum_constatering`), and per such term every version's fill-in (written in by ``Compilatie``, which
        /// sees all versions).
        public var invullingenOpDatum: [Int] = []
        public var versiewaarden: [Int: [Versiewaarde]] = [:]
        public init() {}
    }
    public let inhoud: Inhoud

    public init(_ inhoud: Inhoud = Inhoud()) {
        self.inhoud = inhoud
    }
}

/// One version's fill-in of an open term, for a rule that reads it `op` a date of the case (the version in
/// force on that date decides which fill-in counts: the verjaringstermijn of artikel 43 as the version on the
/// day of constatering filled it in).
public struct Versiewaarde: Sendable {
    public var vanaf: Datum?
    public var totEnMet: Datum?
    /// "vanaf 1 januari 2025" (``Versie/periode``).
    public var periode: String
    /// Its fill-in; nil when that version does not fill the term in (another variant, a part left out).
    public var waarde: Waarde?

    public init(vanaf: Datum?, totEnMet: Datum?, periode: String, waarde: Waarde?) {
        (self.vanaf, self.totEnMet, self.periode, self.waarde) = (vanaf, totEnMet, periode, waarde)
    }

    public func geldt(op d: Datum) -> Bool {
        (vanaf.map { d >= $0 } ?? true) && (totEnMet.map { d <= $0 } ?? true)
    }
}

/// The parts of the model a version leaves out (`hoofdstuk 4 niet opgenomen`) and what goes with them: the
/// checker drops their articles as it drops a variant not chosen; a decision of theirs is not taken (RW0741);
/// `render` shows their heading with a line instead of their articles.
public struct NietOpgenomen: Sendable {
    /// One part left out, as the model heads it.
    public struct Deel: Sendable {
        public var hoofdstuk: Artikel.Kopje
        /// The paragraaf (or sub-paragraaf) left out; nil when the whole hoofdstuk is.
        public var paragraaf: Artikel.Kopje?
        /// For a sub-paragraaf left out (`paragraaf 1.3`): the paragraaf it stands in (`paragraaf 1`).
        public var inParagraaf: Artikel.Kopje? = nil
        /// Its first article by number: where the council's text shows its heading.
        public var eersteArtikel: String
        /// "hoofdstuk 4 (werk, inkomen, re-integratie en tegenprestatie)", "paragraaf 5 van hoofdstuk 4
        /// (Individuele studietoeslag)": the part in a message.
        public var omschrijving: String {
            if let p = paragraaf { return "paragraaf \(p.nummer) van hoofdstuk \(hoofdstuk.nummer)" + (p.titel.map { " (\($0))" } ?? "") }
            return "hoofdstuk \(hoofdstuk.nummer)" + (hoofdstuk.titel.map { " (\($0))" } ?? "")
        }
        /// "hoofdstuk 4", "hoofdstuk 4 paragraaf 5": as the verordening writes it.
        public var geschreven: String { "hoofdstuk \(hoofdstuk.nummer)" + (paragraaf.map { " paragraaf \($0.nummer)" } ?? "") }
    }
    /// A decision whose outputs stand in a part left out: not taken under this version.
    public struct Beslissing: Sendable {
        public var naam: String
        /// The case field that gives its peildatum (the model's, as for a decision that is taken).
        public var peildatumVeld: String?
        /// Index into ``delen``.
        public var deel: Int
        /// Where its (first) output left out stands.
        public var citaat: Citaat
    }
    public var delen: [Deel] = []
    public var beslissingen: [Beslissing] = []

    public init() {}

    public func beslissing(_ naam: String) -> Beslissing? { beslissingen.first { $0.naam == naam } }
}

/// The ordinance's transitional law as the version rule reads it (art. 96 lid 2).
public struct Overgangsregel: Sendable {
    /// Where it stands (artikel 96 lid 2).
    public let citaat: Citaat
    /// Whether a case from before the first version is decided under it (else under the repealed ordinance).
    public let naarDezeVerordening: Bool
    /// The decisions it applies to (empty: all).
    public let beslissingen: [String]

    public init(citaat: Citaat, naarDezeVerordening: Bool, beslissingen: [String]) {
        self.citaat = citaat
        self.naarDezeVerordening = naarDezeVerordening
        self.beslissingen = beslissingen
    }
}

/// Everything the planner needs: resolved, typed and free of errors.
public struct Regelset: Sendable {
    public var naam: String = ""
    package init() {}
    /// "GM9999; geldig vanaf 1 januari 2024; volgt Model Verordening sociaal domein, april 2019".
    public var versie: String?
    public var keuzelijsten: [String: [String]] = [:]
    public var gegevens: [String: RecordSchema] = [:]
    public var invoer: [InvoerVeld] = []
    public var definities: [Definitie] = []
    public var tabellen: [GecontroleerdeTabel] = []
    public var openTermen: [GevuldeOpenTerm] = []
    public var parameters: [LandelijkeParameter] = []
    /// The case field declared as the case's identifier (`zaaknummer: kenmerk`), if any.
    public var kenmerk: String?
    /// All outputs of all decisions, in declaration order.
    public var uitvoer: [Int] = []
    /// The decisions by name ("" for an unnamed `uitvoer`), each with its outputs and the case field
    /// (index into `invoer`) that gives its peildatum, in declaration order.
    public var beslissingen: [(naam: String, uitvoer: [Int], peildatum: Int?)] = []
    /// The period in which this version of the ordinance is in force (nil: open-ended).
    public var geldigVanaf: Datum?
    public var geldigTotEnMet: Datum?
    /// Article texts by number ("55"; a law's article as "18 Participatiewet"), for motivations and rendering.
    public var artikelen: [String: Artikel] = [:]
    /// The articles in the order of the files, for rendering the consolidated ordinance.
    public var artikelLijst: [Artikel] = []
    /// The variant chosen per article (the variants themselves are in the article), and the facultative
    /// leden adopted.
    public var gekozenVarianten: [Citaat: String] = [:]
    public var opgenomenLeden: Set<Citaat> = []
    /// What the model's choices and the version rule add (``Keuzegegevens``): one reference, so that the rule
    /// set, which a debug build copies into every frame of the planner's recursion, does not grow.
    public var keuzegegevens = Keuzegegevens()
    /// The model's words of the options of each choice (`keuze`), by the choice's enumeration.
    public var keuzewoorden: [String: [String]] {
        get { keuzegegevens.inhoud.keuzewoorden }
        set { wijzig { $0.keuzewoorden = newValue } }
    }
    /// The ordinance's transitional law (art. 96), as far as it decides the version: where it stands, and
    /// whether a case from before the first version is decided under that version (else under the repealed
    /// ordinance, which is not loaded).
    public var overgangsrecht: Overgangsregel? {
        get { keuzegegevens.inhoud.overgangsrecht }
        set { wijzig { $0.overgangsrecht = newValue } }
    }
    /// The day the council adopted this version, when its files say so (`vastgesteld 2020-06-25`).
    public var vastgesteld: Datum? {
        get { keuzegegevens.inhoud.vastgesteld }
        set { wijzig { $0.vastgesteld = newValue } }
    }
    /// The parts of the model this version does not adopt, and the decisions that go with them.
    public var nietOpgenomen: NietOpgenomen {
        get { keuzegegevens.inhoud.nietOpgenomen }
        set { wijzig { $0.nietOpgenomen = newValue } }
    }
    /// The open terms a rule reads `op` a date (indices into ``openTermen``).
    public var invullingenOpDatum: [Int] {
        get { keuzegegevens.inhoud.invullingenOpDatum }
        set { wijzig { $0.invullingenOpDatum = newValue } }
    }
    /// Per open term a rule reads `op` a date: every version's fill-in, oldest version first.
    public var versiewaarden: [Int: [Versiewaarde]] {
        get { keuzegegevens.inhoud.versiewaarden }
        set { wijzig { $0.versiewaarden = newValue } }
    }

    mutating func wijzig(_ f: (inout Keuzegegevens.Inhoud) -> Void) {
        var inhoud = keuzegegevens.inhoud
        f(&inhoud)
        keuzegegevens = Keuzegegevens(inhoud)
    }

    /// The readable labels the declarations give (`regel verlagingsbedrag "het verlagingsbedrag"`), by name;
    /// a record field's as "Gegevens.veld", an enumeration value's as "Soort.waarde".
    public var labels: [String: String] = [:]

    /// The label of a rule, case field, open term or parameter, or of a record field or enumeration value
    /// (`binnen` its record or enumeration); nil when none is declared.
    public func label(_ naam: String, binnen: String? = nil) -> String? {
        labels[binnen.map { $0 + "." + naam } ?? naam]
    }

    /// Constant text pool shared by every case (case text is appended after it).
    public var teksten: [String] = []

    public func definitie(_ naam: String) -> Int? { definities.firstIndex { $0.naam == naam } }

    /// The expressions that compute definition `d`: its body (a table's input and its rows) and its
    /// exceptions. With `tabelgenoten`, also the table's other outputs' exceptions: the plan computes a
    /// table's outputs in one block.
    func uitdrukkingen(_ d: Int, tabelgenoten: Bool = false) -> [Getypeerd] {
        let def = definities[d]
        var es: [Getypeerd] = []
        switch def.lichaam {
        case .uitdrukking(let e): es.append(e)
        case .tabel(let t, _):
            let tabel = tabellen[t]
            es.append(tabel.op)
            for r in tabel.rijen { es += r.uitkomsten }
            if tabelgenoten {
                for o in tabel.uitvoer where o != d {
                    for u in definities[o].uitzonderingen { es += [u.voorwaarde, u.waarde] }
                }
            }
        }
        for u in def.uitzonderingen { es += [u.voorwaarde, u.waarde] }
        return es
    }

    /// The definitions that definition `d` reads (not `d` itself). With `tabelgenoten`, a table output
    /// also depends on the table's other outputs: the plan computes them in one block. With
    /// `veronderstellingen` false, the rules computed under a `waarbij` are left out.
    public func afhankelijkheden(_ d: Int, tabelgenoten: Bool = false, veronderstellingen: Bool = true) -> [Int] {
        verwijzingen(van: d, tabelgenoten: tabelgenoten, veronderstellingen: veronderstellingen).definities.filter { $0 != d }
    }

    /// The definitions (with `tabelgenoten`, a table's outputs among them) and case fields that the rules
    /// of definition `d` read.
    func verwijzingen(van d: Int, tabelgenoten: Bool, veronderstellingen: Bool = true) -> (definities: [Int], invoer: [Int]) {
        var defs: [Int] = [], invoer: [Int] = []
        if tabelgenoten, case .tabel(let t, _) = definities[d].lichaam {
            defs += tabellen[t].uitvoer
        }
        for e in uitdrukkingen(d, tabelgenoten: tabelgenoten) {
            e.verwijzingen(&defs, &invoer, veronderstellingen: veronderstellingen)
        }
        return (defs, invoer)
    }

    /// Whether definition `d` may have no value: `geen` in its rule, an exception to it or a table row.
    public func kanGeenZijn(_ d: Int) -> Bool {
        uitdrukkingen(d, tabelgenoten: false).contains { $0.bevatGeen }
    }

    /// The suppositions (`regel waarbij naam = waarde`) in the rules of definition `d`.
    public func waarbijs(_ d: Int, tabelgenoten: Bool = false) -> [(doel: Int, vast: Vastgezet)] {
        var uit: [(doel: Int, vast: Vastgezet)] = []
        for e in uitdrukkingen(d, tabelgenoten: tabelgenoten) { e.waarbijs(&uit) }
        return uit
    }

    /// The definitions reachable from `start` (itself included, unless it is `zonder`), in post-order,
    /// not walking through `zonder`. Without recursion: a chain of rules may be long.
    public func bereikbaar(vanaf start: Int, zonder: Vastgezet?, tabelgenoten: Bool = false) -> [Int] {
        var volgorde: [Int] = []
        var gezien = Set<Int>()
        var werk: [(knoop: Int, buren: [Int], k: Int)] = []
        func bezoek(_ x: Int) {
            guard .definitie(x) != zonder, gezien.insert(x).inserted else { return }
            werk.append((x, afhankelijkheden(x, tabelgenoten: tabelgenoten), 0))
        }
        bezoek(start)
        while let (x, bs, k) = werk.last {
            if k < bs.count {
                werk[werk.count - 1].k += 1
                bezoek(bs[k])
            } else {
                werk.removeLast()
                volgorde.append(x)
            }
        }
        return volgorde
    }

    /// The definitions a supposition (`doel waarbij vast = ...`) must recompute: those reachable from
    /// `doel` that depend on `vast`. Empty when `doel` does not depend on `vast` at all.
    public func herberekenen(_ doel: Int, vast: Vastgezet) -> [Int] {
        var hangtAf = Set<Int>()
        for x in bereikbaar(vanaf: doel, zonder: vast, tabelgenoten: true) {
            let (defs, invoer) = verwijzingen(van: x, tabelgenoten: true)
            let direct: Bool
            switch vast {
            case .definitie(let v): direct = defs.contains(v)
            case .invoer(let i): direct = invoer.contains(i)
            }
            if direct || defs.contains(where: { $0 != x && hangtAf.contains($0) }) { hangtAf.insert(x) }
        }
        return hangtAf.sorted()
    }
}
