// Diagnostics: the one catalogue of every message Regelwerk shows, in Dutch and English.

/// Every user-facing message, with a stable code (`RW` + number) and its text per ``Taal``.
/// Codes are grouped: 01xx syntax, 03xx names, 04xx types, 05xx rules and open terms,
/// 06xx decision tables, 07xx case data and evaluation, 08xx fixtures, 09xx context and help lines.
public enum Bericht: Sendable, Hashable {
    // MARK: syntax
    case onverwachtTeken(String)
    case onafgeslotenTekst
    case ongeldigGetal(String)
    case ongeldigeDatum(String)
    case verwacht(String, gevonden: String)
    case teDiepGenest(Int)
    case ongeldigeUTF8
    case bestandTeGroot(Int)
    case ontbrekendeKop
    case uitdrukkingTeDiep(Int)
    case getalTeGroot(String)
    case duurTeGroot(String)
    // MARK: names
    case onbekendeNaam(String)
    case dubbeleDefinitie(String)
    case onbekendeSoort(String)
    case onbekendVeld(String, record: String)
    case onbekendeKeuzewaarde(String, soort: String)
    case onbekendModel(String)
    case peildatumGeenDatumveld(String)
    case meerdereVerordeningen(String, String)
    case versiesOverlappen(String, String)
    case versieZonderBegin
    case geenVersieVanKracht(String, datum: String, versies: String)
    case peildatumNodig(versies: String)
    case onbekendeBeslissing(String, keuzes: String)
    case beslissingNodig(keuzes: String)
    case onbekendeUitvoer(String)
    case parameterZonderDatum(String)
    case parameterBuitenParameterbestand(String)
    case parameterDatumsNietOplopend(String)
    case geenParameter(String)
    case geenParameterwaarde(String, datum: String)
    /// `open_term op veld`: no version of the ordinance in force on that date (RW0742).
    case geenVersieVoorInvulling(String, veld: String, datum: String, versies: String)
    /// `open_term op datum` for a text or list: its value is not the same thing in every version (RW0577).
    case invullingOpSoort(String, soort: String)
    /// `open_term op veld`: the version in force on that date does not fill the term in (RW0743).
    case invullingNietInVersie(String, veld: String, datum: String, versie: String)
    case bevoegdheidOnbekend(String)
    case bevoegdheidZonderReden(String)
    case bevoegdheidBuitenBevoegdheden(String)
    case csvAantalCellen(gevonden: Int, kop: Int)
    case csvAanhalingstekens
    case csvKolomZonderNaam(Int)
    case csvDubbeleKolom(String)
    case geenWaarde(regel: String, citaat: String, nodigVoor: String)
    case gevalTeGroot(Int)
    case waarbijGeenRegel(String)
    case waarbijNietVast(String)
    case waarbijTabeluitkomst(String)
    // MARK: types
    case soortVerschil(verwacht: String, gevonden: String)
    case ongeldigeBewerking(String, links: String, rechts: String)
    case ongeldigeEnkeleBewerking(String, String)
    case takkenVerschillen(String, String)
    case geenZonderSoort
    case afrondingOngeldig(String)
    /// `afgerond op een veelvoud van x` where x is of another kind than the value rounded.
    case veelvoudSoort(veelvoud: String, afgerond: String)
    /// ... where x is zero or negative: no multiple to round to, or one that turns the directions around.
    case veelvoudNietPositief(String)
    /// ... where x depends on the case: the step of a rounding is fixed before any case, like a table's bound.
    case veelvoudNietVast(String)
    /// `aantal m in l met dezelfde k als een ander` where k is of a kind without equality to count by (a
    /// truth value, a duration, a record, a list): (the key as written, its kind).
    case sleutelOngeschikt(String, String)
    case geenLijst(String)
    case vergelijkingOngeldig(String, String)
    case geenRecord(String)
    // MARK: rules and open terms
    case kringverwijzing(String)
    case constanteDelingDoorNul
    case constanteOverloop
    case constanteBuitenKalender
    case regelZonderBron(String)
    case afwijkingCiteertVerkeerd(regel: String, geciteerd: String, werkelijk: String)
    case dubbeleUitzondering(String)
    case geenUitvoer
    case openTermNietIngevuld(String)
    case openTermBuitenGrens(String, waarde: String, grens: String)
    case openTermOngebruikt(String)
    /// A blank `[...]` of the model's text that no open term fills: the council's text would keep it.
    case blancoZonderOpenTerm(blanco: String, plaats: String)
    /// An open term whose place has no blank for it: the council's text would not show the value computed.
    case openTermZonderBlanco(String, plaats: String)
    case regelOngebruikt(String)
    case dubbeleInvulling(String)
    case invullingGeenConstante(String)
    case uitvoerGeenRegel(String)
    case eisNietVoldaan(String)
    case eisNietVast
    case waarbijSoortOnbekend(String)
    case variantNietGekozen(String, opties: String)
    case onbekendeVariant(String, String)
    case variantKeuzeBuitenVerordening
    case geenVarianten(String)
    case variantDubbelGekozen(String)
    case naamInAndereVariant(String, artikel: String, variant: String, gekozen: String)
    case lidNietFacultatief(String)
    case naamInFacultatiefLid(String, lid: String)
    case regelVervangenZonderBron(String, artikel: String)
    case vervangtGeenRegel(String)
    case waarbijZonderInvloed(regel: String, vast: String)
    case keuzeNietInModel(String, gevonden: String)
    case lijstAlleenInInvulling
    case lijstVerwacht(String)
    case lijsttermZonderEenVan(String)
    case eenVanGeenLijst(String)
    case dubbelInLijst(String)
    case artikelNietFacultatief(String)
    case overgangsrechtNietVast
    case artikelTweemaalInModel(String)
    case eigenArtikelOokInModel(String)
    case artikelNietInModel(String)
    case categorischeWeigering(String, velden: String)
    case eisNietBewezen(String, regel: String)
    case overgangsrechtOudeVerordening(datum: String, inwerkingtreding: String, artikel: String)
    /// A name read where its part of the model is left out (`hoofdstuk 4 niet opgenomen`).
    case naamNietOpgenomen(String, artikel: String, deel: String)
    /// A fill-in of an open term in a part left out: it decides nothing and the council's text does not show it.
    case invullingNietOpgenomen(String, artikel: String, deel: String)
    /// A choice (variant, facultative part) or a declaration of the verordening in an article of a part left out.
    case keuzeNietOpgenomen(String, deel: String)
    /// `hoofdstuk 7 niet opgenomen` where the model has no hoofdstuk 7 (or no such paragraaf in it).
    case onbekendDeel(String, kent: String)
    /// A decision of a part the version leaves out (RW0741).
    case beslissingNietOpgenomen(beslissing: String, artikel: String, deel: String, verordening: String, versie: String?)
    // MARK: fixtures
    case proefZonderBeslissing(String)
    case proefGevalOnleesbaar(String)
    case proefWaardeVerkeerd(String, soort: String)
    case proefCiteertNiets(String)
    // MARK: decision tables
    case tabelGat(String)
    case tabelOverlap(String, String)
    case tabelRijOnbereikbaar(String)
    case tabelGrensNietConstant
    case tabelKeuzesOntbreken(String)
    case tabelAantalUitkomsten(verwacht: Int, gevonden: Int)
    case tabelVoorwaardeSoort(String)
    // MARK: case data and evaluation
    case veldOntbreekt(veld: String, soort: String, nodigVoor: String)
    case veldVerkeerdeSoort(veld: String, verwacht: String, gevonden: String)
    case veldOnbekend(String)
    case veldBuitenGrens(veld: String, waarde: String, grens: String)
    case veldGrensNietVast(String)
    case tweeKenmerken(String, String)
    case eenCSVRij(Int)
    case geenTabelrijPast(regel: String, waarde: String)
    case rekenOverloop(String)
    case delingDoorNul(String)
    case uitzonderingenBotsen(regel: String, eerste: String, tweede: String)
    case ongeldigeJSON(String)
    case jsonTeDiep(Int)
    case jsonDubbeleSleutel(String)
    case jsonGeenObject
    case jsonVoorloopnul(String)
    case jsonGetalTeGroot(String)
    case datumBuitenBereik(String)
    case geenElement(String)
    case eenhedenVerschillen(String)
    case internOnverwacht(String)
    // MARK: context and help
    case inArtikel(String)
    case inDeVersie(String)
    case rijStaatHier
    case laadHetModel(String)
    case laadParameters(String, pad: String)
    case ookIngevuldHier
    case openTermStaatHier
    case bedoeldeU(String)
    case eerderHier
    case overlappendeRijHier
    case eerdereUitzonderingHier
    case vulIn(String, voorbeeld: String?)
    case kiesUit(String)
    case schrijfVeelvoud(String)
    case periodenVerschillen
    case kiesEigenNummer
    case modelArtikelHier
    case markeerEigen(String)
    case neemDeelOp(String)
    case individueleBeoordeling
    case eisStaatHier
    case meerMeldingen(Int, bestand: String?)
    case tekst(String)

    /// The stable identifier shown as `fout[RW0301]`.
    public var code: String {
        let n: Int
        switch self {
        case .onverwachtTeken: n = 101
        case .onafgeslotenTekst: n = 102
        case .ongeldigGetal: n = 103
        case .ongeldigeDatum: n = 104
        case .verwacht: n = 105
        case .teDiepGenest: n = 106
        case .ongeldigeUTF8: n = 107
        case .bestandTeGroot: n = 108
        case .ontbrekendeKop: n = 109
        case .uitdrukkingTeDiep: n = 110
        case .getalTeGroot: n = 111
        case .duurTeGroot: n = 112
        case .onbekendeNaam: n = 301
        case .dubbeleDefinitie: n = 302
        case .onbekendeSoort: n = 303
        case .onbekendVeld: n = 304
        case .onbekendeKeuzewaarde: n = 305
        case .onbekendModel: n = 308
        case .peildatumGeenDatumveld: n = 309
        case .meerdereVerordeningen: n = 310
        case .versiesOverlappen: n = 311
        case .versieZonderBegin: n = 312
        case .geenVersieVanKracht: n = 715
        case .peildatumNodig: n = 730
        case .onbekendeBeslissing: n = 731
        case .beslissingNodig: n = 732
        case .onbekendeUitvoer: n = 733
        case .parameterZonderDatum: n = 313
        case .parameterBuitenParameterbestand: n = 314
        case .parameterDatumsNietOplopend: n = 315
        case .geenParameter: n = 316
        case .geenParameterwaarde: n = 716
        case .geenVersieVoorInvulling: n = 742
        case .invullingOpSoort: n = 577
        case .invullingNietInVersie: n = 743
        case .bevoegdheidOnbekend: n = 717
        case .bevoegdheidZonderReden: n = 718
        case .bevoegdheidBuitenBevoegdheden: n = 719
        case .csvAantalCellen: n = 720
        case .csvAanhalingstekens: n = 721
        case .csvKolomZonderNaam: n = 722
        case .csvDubbeleKolom: n = 723
        case .geenWaarde: n = 724
        case .gevalTeGroot: n = 725
        case .waarbijGeenRegel: n = 317
        case .waarbijNietVast: n = 318
        case .waarbijTabeluitkomst: n = 319
        case .soortVerschil: n = 401
        case .ongeldigeBewerking: n = 402
        case .ongeldigeEnkeleBewerking: n = 403
        case .takkenVerschillen: n = 405
        case .geenZonderSoort: n = 410
        case .afrondingOngeldig: n = 406
        case .veelvoudSoort: n = 411
        case .veelvoudNietPositief: n = 412
        case .veelvoudNietVast: n = 413
        case .sleutelOngeschikt: n = 414
        case .geenLijst: n = 407
        case .vergelijkingOngeldig: n = 408
        case .geenRecord: n = 409
        case .kringverwijzing: n = 501
        case .constanteDelingDoorNul: n = 527
        case .constanteOverloop: n = 528
        case .constanteBuitenKalender: n = 529
        case .regelZonderBron: n = 502
        case .afwijkingCiteertVerkeerd: n = 503
        case .dubbeleUitzondering: n = 504
        case .geenUitvoer: n = 505
        case .openTermNietIngevuld: n = 506
        case .openTermBuitenGrens: n = 507
        case .openTermOngebruikt: n = 508
        case .blancoZonderOpenTerm: n = 540
        case .openTermZonderBlanco: n = 541
        case .regelOngebruikt: n = 509
        case .dubbeleInvulling: n = 510
        case .invullingGeenConstante: n = 511
        case .uitvoerGeenRegel: n = 512
        case .eisNietVoldaan: n = 513
        case .eisNietVast: n = 514
        case .waarbijSoortOnbekend: n = 515
        case .variantNietGekozen: n = 517
        case .onbekendeVariant: n = 518
        case .variantKeuzeBuitenVerordening: n = 519
        case .geenVarianten: n = 520
        case .variantDubbelGekozen: n = 521
        case .naamInAndereVariant: n = 522
        case .lidNietFacultatief: n = 523
        case .naamInFacultatiefLid: n = 524
        case .regelVervangenZonderBron: n = 525
        case .vervangtGeenRegel: n = 526
        case .waarbijZonderInvloed: n = 516
        case .keuzeNietInModel: n = 560
        case .lijstAlleenInInvulling: n = 561
        case .lijstVerwacht: n = 562
        case .lijsttermZonderEenVan: n = 563
        case .eenVanGeenLijst: n = 564
        case .dubbelInLijst: n = 565
        case .artikelNietFacultatief: n = 566
        case .overgangsrechtNietVast: n = 567
        case .artikelTweemaalInModel: n = 568
        case .eigenArtikelOokInModel: n = 569
        case .artikelNietInModel: n = 570
        case .categorischeWeigering: n = 571
        case .eisNietBewezen: n = 572
        case .overgangsrechtOudeVerordening: n = 740
        case .naamNietOpgenomen: n = 573
        case .invullingNietOpgenomen: n = 574
        case .keuzeNietOpgenomen: n = 575
        case .onbekendDeel: n = 576
        case .beslissingNietOpgenomen: n = 741
        case .tabelGat: n = 601
        case .tabelOverlap: n = 602
        case .tabelRijOnbereikbaar: n = 603
        case .tabelGrensNietConstant: n = 604
        case .tabelKeuzesOntbreken: n = 605
        case .tabelAantalUitkomsten: n = 606
        case .tabelVoorwaardeSoort: n = 607
        case .veldOntbreekt: n = 701
        case .veldVerkeerdeSoort: n = 702
        case .veldOnbekend: n = 703
        case .veldBuitenGrens: n = 734
        case .veldGrensNietVast: n = 530
        case .tweeKenmerken: n = 531
        case .eenCSVRij: n = 735
        case .geenTabelrijPast: n = 704
        case .rekenOverloop: n = 705
        case .delingDoorNul: n = 706
        case .uitzonderingenBotsen: n = 707
        case .ongeldigeJSON: n = 708
        case .jsonTeDiep: n = 709
        case .jsonDubbeleSleutel: n = 710
        case .jsonGeenObject: n = 711
        case .jsonVoorloopnul: n = 726
        case .jsonGetalTeGroot: n = 727
        case .datumBuitenBereik: n = 712
        case .geenElement: n = 713
        case .eenhedenVerschillen: n = 714
        case .internOnverwacht: n = 799
        case .proefZonderBeslissing: n = 801
        case .proefGevalOnleesbaar: n = 802
        case .proefWaardeVerkeerd: n = 803
        case .proefCiteertNiets: n = 804
        case .inArtikel, .inDeVersie, .rijStaatHier, .laadHetModel, .laadParameters, .ookIngevuldHier, .openTermStaatHier, .bedoeldeU,
             .eerderHier, .overlappendeRijHier, .eerdereUitzonderingHier, .vulIn, .kiesUit, .schrijfVeelvoud, .tekst, .periodenVerschillen,
             .kiesEigenNummer, .modelArtikelHier, .markeerEigen, .neemDeelOp, .individueleBeoordeling, .eisStaatHier,
             .meerMeldingen: n = 900
        }
        return "RW" + (n < 1000 ? "0" : "") + String(n)
    }

    /// What every `Getal` holds, as `Getal.lees` reads it: a 128-bit numerator (every number of 38 digits fits) and a
    /// 63-bit denominator (every number of 18 decimals fits; more only when the extra ones reduce away, as zeros do).
    /// Named in the messages about numbers that do not fit.
    static let getalCijfers = 38
    static let getalDecimalen = 18

    /// Whether the message itself already cites the article (so no `= in artikel` line is added).
    public var noemtArtikel: Bool {
        if case .veldOntbreekt = self { return true }
        return false
    }

    /// The message in the given language.
    public func tekst(_ taal: Taal) -> String {
        switch taal {
        case .nl: nederlands
        case .en: engels
        }
    }

    private var nederlands: String {
        switch self {
        case .onverwachtTeken(let t): t.count == 1 ? "onverwacht teken '\(t)'" : "onverwachte tekens '\(t)'"
        case .onafgeslotenTekst: "tekst zonder afsluitend '\"'"
        case .ongeldigGetal(let t): "ongeldig getal '\(t)'; schrijf bijvoorbeeld 1.000,50 of 12,5"
        case .ongeldigeDatum(let t): "ongeldige datum '\(t)'; schrijf JJJJ-MM-DD met een bestaande dag"
        case .verwacht(let v, let g): "verwacht \(v), maar vond \(g)"
        case .teDiepGenest(let n): "te diep genest (meer dan \(n) niveaus)"
        case .uitdrukkingTeDiep(let n): "uitdrukking te diep (meer dan \(n) niveaus, elke bewerking van een reeks als a + b + c meegeteld); verdeel haar over meer regels"
        case .getalTeGroot(let t): "getal '\(t)' past niet: een getal heeft ten hoogste \(Bericht.getalCijfers) cijfers, waarvan ten hoogste \(Bericht.getalDecimalen) na de komma"
        case .duurTeGroot(let t): "duur '\(t)' is te groot: ten hoogste \(Int64.max) dagen, weken, maanden of jaren"
        case .ongeldigeUTF8: "het bestand is geen geldige UTF-8-tekst"
        case .bestandTeGroot(let n): "het bestand is te groot (meer dan \(n) bytes)"
        case .ontbrekendeKop: "een regelbestand begint met 'regeling \"naam\"', 'verordening \"naam\"', 'parameters \"naam\"' of 'proeven voor \"naam\"'"
        case .onbekendeNaam(let n): "onbekende naam '\(n)'"
        case .dubbeleDefinitie(let n): "'\(n)' is al eerder gedefinieerd"
        case .onbekendeSoort(let n): "onbekende soort '\(n)'"
        case .onbekendVeld(let v, let r): "'\(r)' heeft geen veld '\(v)'"
        case .onbekendeKeuzewaarde(let w, let s): "'\(w)' is geen waarde van '\(s)'"
        case .onbekendModel(let m): "de verordening volgt \"\(m)\", maar die regeling is niet geladen"
        case .peildatumGeenDatumveld(let n): "'\(n)' is geen datumveld van het geval en kan dus geen peildatum geven"
        case .meerdereVerordeningen(let a, let b): "twee verschillende verordeningen tegelijk geladen: \"\(a)\" en \"\(b)\""
        case .versiesOverlappen(let a, let b): "de versies geldig vanaf \(a) en vanaf \(b) overlappen"
        case .versieZonderBegin: "bij meer dan één versie moet elke versie 'geldig vanaf' noemen"
        case .geenVersieVanKracht(let n, let d, let v): "geen versie van \"\(n)\" is van kracht op \(d); geladen: \(v)"
        case .peildatumNodig(let v): "er zijn meer versies (\(v)); geef een peildatum (--peildatum) of kies een beslissing die haar peildatum uit het geval haalt"
        case .onbekendeBeslissing(let b, let k): "de regels kennen geen beslissing '\(b)'; kies uit: \(k)"
        case .beslissingNodig(let k): "de regels kennen meer dan één beslissing; geef --beslissing, kies uit: \(k)"
        case .onbekendeUitvoer(let n): "'\(n)' is geen regel"
        case .parameterZonderDatum(let n): "'\(n)' is een landelijke parameter en heeft een datum nodig: schrijf '\(n) op <datum>'"
        case .parameterBuitenParameterbestand(let n): "parameter '\(n)' hoort in een bestand dat begint met 'parameters \"naam\"', niet in de regels"
        case .parameterDatumsNietOplopend(let n): "de datums van parameter '\(n)' moeten oplopen, zonder dubbele"
        case .geenParameter(let n): "'\(n)' is geen landelijke parameter of open term, dus 'op <datum>' past er niet bij"
        case .geenParameterwaarde(let n, let d): "parameter '\(n)' heeft geen waarde op \(d)"
        case .invullingOpSoort(let n, let s): "'\(n)' is een \(s); 'op <datum>' leest de invulling van een andere versie alleen bij een getal, bedrag, percentage, duur, datum, waarheidswaarde of keuze"
        case .geenVersieVoorInvulling(let n, let veld, let d, let v):
            "'\(n) op \(veld)' leest de invulling van de versie die gold op \(d), maar op die dag was geen versie van de verordening van kracht; geladen: \(v)"
        case .invullingNietInVersie(let n, let veld, let d, let v):
            "'\(n) op \(veld)' leest de invulling van de versie die gold op \(d), de versie \(v); die vult '\(n)' niet in (zij kiest een andere variant of neemt dat deel niet op)"
        case .bevoegdheidOnbekend(let n): "de regels kennen geen bevoegdheid '\(n)'"
        case .bevoegdheidZonderReden(let n): "bevoegdheid '\(n)' is toegepast zonder reden; geef de reden als tekst"
        case .bevoegdheidBuitenBevoegdheden(let n): "'\(n)' is een bevoegdheid van het college; geef haar onder \"bevoegdheden\" met de reden: {\"\(n)\": \"de reden\"}"
        case .csvAantalCellen(let g, let k): "deze regel heeft \(g) \(g == 1 ? "cel" : "cellen"), de kop \(k)"
        case .csvAanhalingstekens: "een cel tussen aanhalingstekens is niet goed afgesloten; schrijf een \" in een cel als \"\""
        case .csvKolomZonderNaam(let k): "kolom \(k) van de kop heeft geen naam"
        case .csvDubbeleKolom(let n): "de kolom '\(n)' staat twee keer in de kop"
        case .geenWaarde(let r, let c, let nodig): "'\(r)' (\(c)) heeft in dit geval geen waarde, maar \(nodig) rekent ermee"
        case .gevalTeGroot(let m): "dit geval is groter dan \(m >> 20) MiB en wordt niet gelezen; de rest ervan is overgeslagen"
        case .waarbijGeenRegel(let n): "'\(n)' is geen regel: alleen de uitkomst van een regel kan 'waarbij' worden berekend"
        case .waarbijNietVast(let n): "'\(n)' kan niet worden vastgezet: 'waarbij' zet een regel of een gegeven van het geval vast"
        case .waarbijTabeluitkomst(let n): "'\(n)' is een van de uitkomsten van één tabel; 'waarbij' kan alleen een regel met één uitkomst vastzetten"
        case .soortVerschil(let v, let g): "verwacht een \(v), maar dit is een \(g)"
        case .ongeldigeBewerking(let op, let l, let r): "kan \(l) en \(r) niet combineren met '\(op)'"
        case .ongeldigeEnkeleBewerking(let op, let s): "'\(op)' werkt niet op een \(s)"
        case .takkenVerschillen(let a, let b): "de uitkomsten hebben verschillende soorten: \(a) en \(b)"
        case .geenZonderSoort: "'geen' kan alleen de hele uitkomst van een regel zijn (of van een tak van 'als'), waarvan de soort bekend is"
        case .afrondingOngeldig(let s): "alleen een bedrag of getal kan worden afgerond, dit is een \(s)"
        case .veelvoudSoort(let v, let a): "een \(a) wordt afgerond op een veelvoud van dezelfde soort, maar dit is een \(v)"
        case .veelvoudNietPositief(let w): "het veelvoud waarop wordt afgerond moet groter dan nul zijn, maar is \(w)"
        case .sleutelOngeschikt(let t, let s): "'\(t)' is een \(s): 'met dezelfde' vergelijkt een bedrag, getal, percentage, datum, tekst of keuze"
        case .veelvoudNietVast(let t): "'\(t)' is geen vaste waarde: het veelvoud waarop wordt afgerond staat vast vóór elk geval (een getal of een open term)"
        case .geenLijst(let s): "verwacht een lijst, maar dit is een \(s)"
        case .vergelijkingOngeldig(let a, let b): "kan een \(a) niet vergelijken met een \(b)"
        case .geenRecord(let s): "een \(s) heeft geen velden"
        case .kringverwijzing(let k): "kringverwijzing tussen regels: \(k)"
        case .constanteDelingDoorNul: "deling door nul: deze berekening heeft nooit een uitkomst"
        case .constanteOverloop: "getal te groot of te fijn: deze berekening past nooit in een exact getal (38 cijfers, als breuk een noemer van 18)"
        case .constanteBuitenKalender: "deze berekening valt buiten de kalender"
        case .regelZonderBron(let n): "regel '\(n)' staat niet in een artikel; elke regel heeft een bronvermelding nodig"
        case .afwijkingCiteertVerkeerd(let r, let g, let w): "'in afwijking van \(g)' klopt niet: '\(r)' staat in \(w)"
        case .dubbeleUitzondering(let r): "twee uitzonderingen op '\(r)' hebben dezelfde voorwaarde"
        case .geenUitvoer: "er is geen 'uitvoer'; geef aan welke regels de beslissing vormen"
        case .openTermNietIngevuld(let n): "open term '\(n)' is niet ingevuld"
        case .openTermBuitenGrens(let n, let w, let g): "de invulling \(w) van '\(n)' ligt buiten de grens: \(g)"
        case .openTermOngebruikt(let n): "open term '\(n)' wordt door geen regel gebruikt"
        case .blancoZonderOpenTerm(let b, let p): "de blanco '\(b)' in de tekst van \(p) wordt door geen open term ingevuld"
        case .openTermZonderBlanco(let n, let p): "open term '\(n)' heeft geen blanco in de tekst van \(p): de verordening toont de waarde niet"
        case .regelOngebruikt(let n): "regel '\(n)' draagt aan geen uitvoer bij"
        case .dubbeleInvulling(let n): "'\(n)' is al eerder ingevuld"
        case .invullingGeenConstante(let n): "de invulling van '\(n)' moet een vaste waarde zijn"
        case .uitvoerGeenRegel(let n): "'\(n)' in 'uitvoer' is geen regel"
        case .eisNietVoldaan(let u): "niet voldaan aan de eis: \(u)"
        case .eisNietVast: "een eis mag alleen vaste waarden en open termen gebruiken, zodat zij vóór elk geval te toetsen is"
        case .proefZonderBeslissing(let k): "de regels kennen meer dan één beslissing; noem er een in de proef ('beslissing ...'), kies uit: \(k)"
        case .proefGevalOnleesbaar(let p): "kan het geval '\(p)' niet lezen (het pad is ten opzichte van dit bestand)"
        case .proefWaardeVerkeerd(let n, let s): "'\(n)' is een \(s); schrijf de verwachte waarde als \(s)"
        case .proefCiteertNiets(let c): "de proef noemt \(c), maar de verordening heeft dat niet"
        case .waarbijSoortOnbekend(let n): "de soort van '\(n)' moet hier al bekend zijn; noem haar in de regel ('regel \(n): soort = ...')"
        case .variantNietGekozen(let a, let o): "de verordening kiest geen variant van \(a); het model biedt variant \(o)"
        case .onbekendeVariant(let a, let v): "\(a) heeft geen variant \(v)"
        case .variantKeuzeBuitenVerordening: "een keuze in het model (een variant, een facultatief lid) maakt de verordening van een gemeente, niet het model"
        case .geenVarianten(let a): "het model biedt voor \(a) geen varianten"
        case .variantDubbelGekozen(let a): "voor \(a) is al een variant gekozen"
        case .naamInAndereVariant(let n, let a, let v, let g): "'\(n)' hoort bij variant \(v) van \(a), maar de verordening kiest variant \(g)"
        case .lidNietFacultatief(let l): "\(l) is in het model geen facultatief lid; alleen een facultatief lid wordt opgenomen"
        case .naamInFacultatiefLid(let n, let l): "'\(n)' hoort bij het facultatieve \(l), dat de verordening niet opneemt ('\(l) opgenomen')"
        case .regelVervangenZonderBron(let n, let a): "regel '\(n)' staat al in het model (\(a)); een verordening vervangt haar met 'regel \(n) in plaats van \(a) = ...'"
        case .vervangtGeenRegel(let n): "het model heeft geen regel '\(n)' om te vervangen"
        case .waarbijZonderInvloed(let r, let v): "'\(r)' hangt niet af van '\(v)', dus 'waarbij' verandert niets"
        case .tabelGat(let g): "de tabel dekt niet alle waarden: \(g) valt in geen rij"
        case .tabelOverlap(let a, let b): "de rijen '\(a)' en '\(b)' overlappen, terwijl de tabel 'unieke treffer' vraagt"
        case .tabelRijOnbereikbaar(let r): "rij '\(r)' wordt nooit bereikt: eerdere rijen dekken al haar waarden"
        case .tabelGrensNietConstant: "een grens in een tabel moet een vaste waarde of een ingevulde open term zijn"
        case .tabelKeuzesOntbreken(let m): "de tabel dekt niet alle keuzes; ontbrekend: \(m)"
        case .tabelAantalUitkomsten(let v, let g): "de tabel levert \(v) uitkomsten, maar deze rij geeft er \(g)"
        case .tabelVoorwaardeSoort(let s): "deze voorwaarde past niet bij de tabel op een \(s)"
        case .veldOntbreekt(let v, let s, let n): "het geval mist het veld '\(v)' (\(s)), nodig voor \(n)"
        case .veldVerkeerdeSoort(let v, let e, let g): "veld '\(v)' moet een \(e) zijn, maar is \(g)"
        case .veldOnbekend(let v): "onbekend veld '\(v)' in het geval"
        case .veldBuitenGrens(let v, let w, let g): "veld '\(v)' is \(w), maar moet \(g) zijn"
        case .veldGrensNietVast(let v): "de grens van het veld '\(v)' moet een vaste waarde zijn"
        case .tweeKenmerken(let a, let b): "een geval heeft één kenmerk: '\(a)' is het al, '\(b)' kan het niet ook zijn"
        case .eenCSVRij(let n): "een geval als CSV is een kop en één rij, maar dit bestand heeft er \(n); gebruik 'regelwerk batch' voor meer gevallen"
        case .geenTabelrijPast(let r, let w): "geen rij van de tabel voor '\(r)' past bij \(w)"
        case .rekenOverloop(let r): "getal te groot of te fijn bij het berekenen van '\(r)' (een exact getal heeft ten hoogste \(Bericht.getalCijfers) cijfers, en als breuk een noemer van ten hoogste \(Bericht.getalDecimalen) cijfers)"
        case .delingDoorNul(let r): "deling door nul bij het berekenen van '\(r)'"
        case .uitzonderingenBotsen(let r, let a, let b): "twee uitzonderingen op '\(r)' zijn tegelijk van toepassing en geven verschillende waarden: \(a) en \(b)"
        case .ongeldigeJSON(let d): "ongeldige JSON: \(d)"
        case .jsonTeDiep(let n): "JSON te diep genest (meer dan \(n) niveaus)"
        case .jsonDubbeleSleutel(let k): "de sleutel '\(k)' komt twee keer voor"
        case .jsonGeenObject: "een geval moet een JSON-object zijn"
        case .jsonVoorloopnul(let t): "ongeldig JSON-getal '\(t)': een getal begint niet met een 0 gevolgd door een cijfer"
        case .jsonGetalTeGroot(let t): "JSON-getal '\(t)' past niet: een getal heeft ten hoogste \(Bericht.getalCijfers) cijfers, waarvan ten hoogste \(Bericht.getalDecimalen) na de punt"
        case .datumBuitenBereik(let r): "datum buiten het kalenderbereik bij het berekenen van '\(r)'"
        case .geenElement(let r): "de lijst heeft geen passend element, dus geen hoogste of laagste waarde, bij het berekenen van '\(r)'"
        case .eenhedenVerschillen(let r): "duren in verschillende eenheden (bijvoorbeeld maanden en dagen) bij het berekenen van '\(r)'"
        case .internOnverwacht(let r): "interne fout van regelwerk bij het berekenen van '\(r)': een waarde van een onverwachte soort; meld dit met de regels en het geval"
        case .inArtikel(let c): "in \(c)"
        case .inDeVersie(let p): "in de versie \(p)"
        case .rijStaatHier: "de rij van de tabel staat hier"
        case .laadHetModel(let m): "laad ook de regeling \"\(m)\" (het bestand of de map van het model, bijvoorbeeld Examples/model)"
        case .laadParameters(let n, let p): "'\(n)' staat in '\(p)'; laad dat bestand of die map ook"
        case .ookIngevuldHier: "een andere grens van die rij is hier ingevuld"
        case .openTermStaatHier: "de open term staat hier"
        case .bedoeldeU(let n): "bedoelde u '\(n)'?"
        case .eerderHier: "de eerdere definitie staat hier"
        case .overlappendeRijHier: "de rij waarmee deze overlapt staat hier"
        case .eerdereUitzonderingHier: "de uitzondering met dezelfde voorwaarde staat hier"
        case .vulIn(let n, let v): "vul in met 'invulling \(n) = ...'" + (v.map { " (het model noemt als voorbeeld \($0))" } ?? "")
        case .kiesUit(let l): "kies uit: \(l)"
        case .schrijfVeelvoud(let v): "schrijf bijvoorbeeld 'afgerond op een veelvoud van \(v)', of noem een open term die de gemeente invult"
        case .periodenVerschillen: "reken om via een duur: een bedrag per maand maal 12 maanden is het bedrag voor die twaalf maanden"
        case .kiesEigenNummer: "geef het eigen artikel een nummer dat het model niet gebruikt (bijvoorbeeld met een letter: 31a), of vervang de regels van het model met 'in plaats van'"
        case .modelArtikelHier: "het artikel van het model met dat nummer staat hier"
        case .markeerEigen(let n): "schrijf 'artikel \(n) eigen' als het een eigen artikel van de gemeente is"
        case .neemDeelOp(let d): "neemt de gemeente \(d) wel op, haal dan de regel '\(d) niet opgenomen' weg"
        case .eisStaatHier: "de eis staat hier"
        case .eisNietBewezen(let eis, let r): "hier kan '\(r)' boven de grens komen, en dan geldt de eis niet: \(eis); begrens de waarde met 'ten hoogste'"
        case .individueleBeoordeling: "laat de regel ook lezen wat het onderzoek naar de persoon vaststelt (een gegeven van het geval of een bevoegdheid van het college), zodat het besluit op een individuele beoordeling berust"
        case .categorischeWeigering(let r, let v): "regel '\(r)' beslist alleen naar categorie (\(v)): een voorziening vooraf categoraal uitsluiten verdraagt zich niet met het maatwerk dat de Wmo 2015 en de Jeugdwet vragen (brief van de minister van VWS)"
        case .keuzeNietInModel(let n, let g): "\"\(g)\" is geen keuze die het model voor '\(n)' biedt"
        case .lijstAlleenInInvulling: "een lijst [ ... ] staat alleen in de invulling van een open term die een lijst is"
        case .lijstVerwacht(let n): "'\(n)' is een lijst: vul haar in als [a, b] (of [] voor geen)"
        case .lijsttermZonderEenVan(let n): "'\(n)' is een lijst; een regel toetst haar met 'x is een van \(n)'"
        case .eenVanGeenLijst(let n): "'is een van' vraagt een open term die een lijst is, en '\(n)' is dat niet"
        case .dubbelInLijst(let n): "'\(n)' staat twee keer in de lijst"
        case .artikelNietFacultatief(let a): "\(a) is in het model geen facultatief artikel; alleen een facultatief artikel wordt opgenomen"
        case .overgangsrechtNietVast: "de voorwaarde van het overgangsrecht mag alleen invullingen en vaste waarden lezen: zij kiest de versie vóór elk geval"
        case .artikelTweemaalInModel(let a): "\(a) staat in twee bestanden van het model; ze worden stil samengevoegd. Staat hier de tekst van een gemeente, schrijf die dan in haar verordening als eigen artikel"
        case .eigenArtikelOokInModel(let a): "dit eigen artikel van de gemeente heeft het nummer van \(a) van het model"
        case .artikelNietInModel(let a): "\(a) staat niet in het model; een artikel dat de gemeente zelf toevoegt heet 'eigen'"
        case .overgangsrechtOudeVerordening(let d, let i, let a): "de peildatum \(d) ligt vóór de inwerkingtreding op \(i); volgens \(a) (overgangsrecht) wordt deze zaak afgehandeld krachtens de ingetrokken verordening, die hier niet is geladen"
        case .naamNietOpgenomen(let n, let a, let d): "'\(n)' staat in \(a), in \(d), dat de verordening niet opneemt"
        case .invullingNietOpgenomen(let n, let a, let d): "'\(n)' staat in \(a), in \(d), dat de verordening niet opneemt: de invulling beslist niets en staat niet in de tekst van de verordening; haal haar weg"
        case .keuzeNietOpgenomen(let a, let d): "\(a) staat in \(d), dat de verordening niet opneemt: wat de verordening erin kiest of schrijft, geldt niet; haal het weg"
        case .onbekendDeel(let d, let k): "het model kent geen \(d); het kent \(k)"
        case .beslissingNietOpgenomen(let b, let a, let d, let v, let p):
            "\(d) is in de \(v)\(p.map { " (de versie \($0))" } ?? "") niet opgenomen: de beslissing '\(b)' (\(a)) hoort daarbij en wordt niet genomen"
        case .meerMeldingen(let m, let b): "en nog \(m) \(m == 1 ? "melding" : "meldingen")" + (b.map { " in \($0)" } ?? "")
        case .tekst(let t): t
        }
    }

    /// A version's period (``Versie/periode``, "vanaf 1 januari 2025 tot en met …") in English: the words and
    /// the months; it is built, not written by the rules, so nothing of the ordinance's own text changes.
    package static func periodeEngels(_ p: String) -> String {
        var uit = p.replacingOccurrences(of: "zonder begindatum", with: "without a start date")
            .replacingOccurrences(of: "tot en met", with: "up to and including").replacingOccurrences(of: "vanaf", with: "from")
        let engels = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        for (nl, en) in zip(Datum.maandnamen, engels) { uit = uit.replacingOccurrences(of: " \(nl) ", with: " \(en) ") }
        return uit
    }

    /// What a field that chooses the version is needed for (``Compilatie``); a rule's name and article otherwise.
    package static let voorDeVersie = "de keuze van de versie (peildatum)"

    /// The JSON reader's details are written in Dutch where it stops; English says them here, so that
    /// `--lang en` has no Dutch half-line. A detail not listed stays as written (a test reads every one).
    static func jsonProbleemEngels(_ d: String) -> String {
        let vast: [String: String] = [
            "onverwachte tekens na het einde": "unexpected characters after the end",
            "onverwacht einde": "unexpected end",
            "verwacht een sleutel tussen aanhalingstekens": "expected a key in quotation marks",
            "verwacht ':'": "expected ':'",
            "onverwacht einde; verwacht ',' of '}'": "unexpected end; expected ',' or '}'",
            "verwacht ',' of '}'": "expected ',' or '}'",
            "onverwacht einde; verwacht ',' of ']'": "unexpected end; expected ',' or ']'",
            "verwacht ',' of ']'": "expected ',' or ']'",
            "ongeldig getal": "invalid number",
            "getal te lang": "number too long",
            "stuurteken in tekst": "control character in a string",
            "ongeldig surrogaatpaar": "invalid surrogate pair",
            "ongeldige \\u-code": "invalid \\u escape",
            "onvolledige \\u-code": "incomplete \\u escape",
            "ongeldige escape": "invalid escape",
            "tekst zonder afsluitend '\"'": "string without a closing '\"'",
        ]
        if let e = vast[d] { return e }
        if d.hasPrefix("onverwacht teken ") { return "unexpected character " + d.dropFirst("onverwacht teken ".count) }
        if d.hasPrefix("onbekend woord; verwacht ") { return "unknown word; expected " + d.dropFirst("onbekend woord; verwacht ".count) }
        return d
    }

    /// What the parser expected and found is written in Dutch where it stops (``Parser``, ``Token/beschrijving``);
    /// English says it here. The language's own words stay in their quotes ('artikel', 'ten minste'): only the
    /// words around them are translated. A test reads every literal the parser writes.
    static func verwachtEngels(_ s: String) -> String {
        let vast: [String: String] = [
            "eerst 'artikel'": "'artikel' first",
            "een datum als 2024-01-01": "a date such as 2024-01-01",
            "een datum als 2024-12-31": "a date such as 2024-12-31",
            "één naam (meerdere namen alleen bij een tabel)": "one name (several names only for a table)",
            "één naam bij een opgegeven soort": "one name with a given type",
            "een heel aantal": "a whole number",
            "een waarde, naam of '('": "a value, name or '('",
            "een tekst tussen aanhalingstekens": "a text in quotation marks",
            "een soort, zoals 'bedrag' of 'datum'": "a type, such as 'bedrag' or 'datum'",
            "een rij: 'tot', 'van', 'vanaf', 'meer dan', 'minder dan', een keuzewaarde of 'anders'":
                "a row: 'tot', 'van', 'vanaf', 'meer dan', 'minder dan', a choice value or 'anders'",
            "een regel of artikel (een proef hoort in een bestand 'proeven voor \"...\"')":
                "a rule or article (a fixture belongs in a file 'proeven voor \"...\"')",
            "een nummer": "a number",
            "de naam van een variant, zoals 2 of A": "the name of a variant, such as 2 or A",
            "de woorden van het model tussen aanhalingstekens": "the model's words in quotation marks",
            "een datum als 2020-06-25": "a date such as 2020-06-25",
            "de naam van een keuze, zoals maand": "the name of an option, such as maand",
            "een van de keuzes": "one of the options",
            "'vanaf' met een datum en een waarde": "'vanaf' with a date and a value",
            "'proef' (een proevenbestand bevat alleen proeven)": "'proef' (a fixture file holds only fixtures)",
            "'parameter' (een bestand 'parameters \"...\"' bevat alleen parameters)": "'parameter' (a file 'parameters \"...\"' holds only parameters)",
            "'einde' van de tabel": "'einde' of the table",
            "'centen', 'hele euro's', een aantal 'decimalen' of 'een veelvoud van'":
                "'centen', 'hele euro's', a number of 'decimalen' or 'een veelvoud van'",
            // What was found (``Token/beschrijving``).
            "een bedrag": "an amount",
            "een percentage": "a percentage",
            "een tekst": "a text",
            "het einde van het bestand": "the end of the file",
        ]
        if let e = vast[s] { return e }
        for (nl, en) in [("naam '", "name '"), ("getal ", "number "), ("datum ", "date ")] where s.hasPrefix(nl) {
            return en + s.dropFirst(nl.count)
        }
        if s.hasSuffix(" namen"), let n = Int(s.dropLast(" namen".count)) { return "\(n) names" }
        // A list of the language's words in quotes: only the word joining the last two is Dutch.
        return s.replacingOccurrences(of: "' of '", with: "' or '")
    }

    private var engels: String {
        switch self {
        case .onverwachtTeken(let t): t.count == 1 ? "unexpected character '\(t)'" : "unexpected characters '\(t)'"
        case .onafgeslotenTekst: "text without a closing '\"'"
        case .ongeldigGetal(let t): "invalid number '\(t)'; write e.g. 1.000,50 or 12,5"
        case .ongeldigeDatum(let t): "invalid date '\(t)'; write YYYY-MM-DD with a day that exists"
        case .verwacht(let v, let g): "expected \(Self.verwachtEngels(v)), found \(Self.verwachtEngels(g))"
        case .teDiepGenest(let n): "nested too deeply (more than \(n) levels)"
        case .uitdrukkingTeDiep(let n): "expression too deep (more than \(n) levels, counting every operator of a chain like a + b + c); split it over several rules"
        case .getalTeGroot(let t): "number '\(t)' does not fit: a number has at most \(Bericht.getalCijfers) digits, at most \(Bericht.getalDecimalen) of them after the decimal comma"
        case .duurTeGroot(let t): "duration '\(t)' is too large: at most \(Int64.max) days, weeks, months or years"
        case .ongeldigeUTF8: "the file is not valid UTF-8 text"
        case .bestandTeGroot(let n): "the file is too large (more than \(n) bytes)"
        case .ontbrekendeKop: "a rule file starts with 'regeling \"name\"', 'verordening \"name\"', 'parameters \"name\"' or 'proeven voor \"name\"'"
        case .onbekendeNaam(let n): "unknown name '\(n)'"
        case .dubbeleDefinitie(let n): "'\(n)' is already defined"
        case .onbekendeSoort(let n): "unknown type '\(n)'"
        case .onbekendVeld(let v, let r): "'\(r)' has no field '\(v)'"
        case .onbekendeKeuzewaarde(let w, let s): "'\(w)' is not a value of '\(s)'"
        case .onbekendModel(let m): "the ordinance follows \"\(m)\", but that model is not loaded"
        case .peildatumGeenDatumveld(let n): "'\(n)' is not a date field of the case, so it cannot give the reference date"
        case .meerdereVerordeningen(let a, let b): "two different ordinances loaded at once: \"\(a)\" and \"\(b)\""
        case .versiesOverlappen(let a, let b): "the versions in force from \(a) and from \(b) overlap"
        case .versieZonderBegin: "with more than one version, every version must state 'geldig vanaf'"
        case .geenVersieVanKracht(let n, let d, let v): "no version of \"\(n)\" is in force on \(d); loaded: \(Self.periodeEngels(v))"
        case .peildatumNodig(let v): "there are several versions (\(Self.periodeEngels(v))); give a reference date (--peildatum) or choose a decision that takes its reference date from the case"
        case .onbekendeBeslissing(let b, let k): "the rules have no decision '\(b)'; choose from: \(k)"
        case .beslissingNodig(let k): "the rules have more than one decision; give --beslissing, choose from: \(k)"
        case .onbekendeUitvoer(let n): "'\(n)' is not a rule"
        case .parameterZonderDatum(let n): "'\(n)' is a national parameter and needs a date: write '\(n) op <date>'"
        case .parameterBuitenParameterbestand(let n): "parameter '\(n)' belongs in a file starting with 'parameters \"name\"', not in the rules"
        case .parameterDatumsNietOplopend(let n): "the dates of parameter '\(n)' must ascend, without duplicates"
        case .geenParameter(let n): "'\(n)' is neither a national parameter nor an open term, so 'op <date>' does not apply"
        case .geenParameterwaarde(let n, let d): "parameter '\(n)' has no value on \(d)"
        case .invullingOpSoort(let n, let s): "'\(n)' is a \(s); 'op <date>' reads another version's fill-in only for a number, amount, percentage, duration, date, truth value or choice"
        case .geenVersieVoorInvulling(let n, let veld, let d, let v):
            "'\(n) op \(veld)' reads the fill-in of the version in force on \(String(Self.periodeEngels(" \(d) ").dropFirst().dropLast())), but no version of the ordinance was in force that day; loaded: \(Self.periodeEngels(v))"
        case .invullingNietInVersie(let n, let veld, let d, let v):
            "'\(n) op \(veld)' reads the fill-in of the version in force on \(String(Self.periodeEngels(" \(d) ").dropFirst().dropLast())), the version \(Self.periodeEngels(v)); it does not fill in '\(n)' (it chooses another variant or does not adopt that part)"
        case .bevoegdheidOnbekend(let n): "the rules have no power '\(n)'"
        case .bevoegdheidZonderReden(let n): "power '\(n)' is applied without a reason; give the reason as text"
        case .bevoegdheidBuitenBevoegdheden(let n): "'\(n)' is a power of the college; give it under \"bevoegdheden\" with the reason: {\"\(n)\": \"the reason\"}"
        case .csvAantalCellen(let g, let k): "this row has \(g) \(g == 1 ? "cell" : "cells"), the header \(k)"
        case .csvAanhalingstekens: "a quoted cell is not closed properly; write a \" inside a cell as \"\""
        case .csvKolomZonderNaam(let k): "column \(k) of the header has no name"
        case .csvDubbeleKolom(let n): "the column '\(n)' occurs twice in the header"
        case .geenWaarde(let r, let c, let nodig): "'\(r)' (\(c)) has no value in this case, but \(nodig) computes with it"
        case .gevalTeGroot(let m): "this case is larger than \(m >> 20) MiB and is not read; the rest of it was skipped"
        case .waarbijGeenRegel(let n): "'\(n)' is not a rule: only a rule's outcome can be computed 'waarbij'"
        case .waarbijNietVast(let n): "'\(n)' cannot be held fixed: 'waarbij' fixes a rule or a field of the case"
        case .waarbijTabeluitkomst(let n): "'\(n)' is one of the outcomes of one table; 'waarbij' can only fix a rule with a single outcome"
        case .soortVerschil(let v, let g): "expected a \(v), but this is a \(g)"
        case .ongeldigeBewerking(let op, let l, let r): "cannot combine \(l) and \(r) with '\(op)'"
        case .ongeldigeEnkeleBewerking(let op, let s): "'\(op)' does not apply to a \(s)"
        case .takkenVerschillen(let a, let b): "the outcomes have different types: \(a) and \(b)"
        case .geenZonderSoort: "'geen' can only be the whole outcome of a rule (or of a branch of 'als') whose type is known"
        case .afrondingOngeldig(let s): "only an amount or number can be rounded, this is a \(s)"
        case .veelvoudSoort(let v, let a): "a \(a) is rounded to a multiple of the same kind, but this is a \(v)"
        case .veelvoudNietPositief(let w): "the multiple to round to must be greater than zero, but it is \(w)"
        case .sleutelOngeschikt(let t, let s): "'\(t)' is a \(s): 'met dezelfde' compares an amount, number, percentage, date, text or enumeration value"
        case .veelvoudNietVast(let t): "'\(t)' is not a constant: the multiple to round to is fixed before any case (a number or an open term)"
        case .geenLijst(let s): "expected a list, but this is a \(s)"
        case .vergelijkingOngeldig(let a, let b): "cannot compare a \(a) with a \(b)"
        case .geenRecord(let s): "a \(s) has no fields"
        case .kringverwijzing(let k): "rules refer to each other in a cycle: \(k)"
        case .constanteDelingDoorNul: "division by zero: this computation never has a result"
        case .constanteOverloop: "number too large or too fine: this computation never fits an exact number (38 digits, as a fraction a denominator of 18)"
        case .constanteBuitenKalender: "this computation falls outside the calendar"
        case .regelZonderBron(let n): "rule '\(n)' is not inside an article; every rule needs a citation"
        case .afwijkingCiteertVerkeerd(let r, let g, let w): "'in afwijking van \(g)' is wrong: '\(r)' is defined in \(w)"
        case .dubbeleUitzondering(let r): "two exceptions to '\(r)' have the same condition"
        case .geenUitvoer: "there is no 'uitvoer'; say which rules make up the decision"
        case .openTermNietIngevuld(let n): "open term '\(n)' is not filled in"
        case .openTermBuitenGrens(let n, let w, let g): "the value \(w) of '\(n)' is out of bounds: \(g)"
        case .openTermOngebruikt(let n): "open term '\(n)' is not used by any rule"
        case .blancoZonderOpenTerm(let b, let p): "the blank '\(b)' in the text of \(p) is filled by no open term"
        case .openTermZonderBlanco(let n, let p): "open term '\(n)' has no blank in the text of \(p): the ordinance does not show its value"
        case .regelOngebruikt(let n): "rule '\(n)' contributes to no output"
        case .dubbeleInvulling(let n): "'\(n)' is already filled in"
        case .invullingGeenConstante(let n): "the value of '\(n)' must be a constant"
        case .uitvoerGeenRegel(let n): "'\(n)' in 'uitvoer' is not a rule"
        case .eisNietVoldaan(let u): "requirement not met: \(u)"
        case .eisNietVast: "a requirement may only use constants and open terms, so that it can be checked before any case"
        case .proefZonderBeslissing(let k): "the rules have more than one decision; name one in the fixture ('beslissing ...'), choose from: \(k)"
        case .proefGevalOnleesbaar(let p): "cannot read the case '\(p)' (the path is relative to this file)"
        case .proefWaardeVerkeerd(let n, let s): "'\(n)' is a \(s); write the expected value as a \(s)"
        case .proefCiteertNiets(let c): "the fixture names \(c), which the ordinance does not have"
        case .waarbijSoortOnbekend(let n): "the type of '\(n)' must already be known here; name it in the rule ('regel \(n): soort = ...')"
        case .variantNietGekozen(let a, let o): "the ordinance chooses no variant of \(a); the model offers variant \(o)"
        case .onbekendeVariant(let a, let v): "\(a) has no variant \(v)"
        case .variantKeuzeBuitenVerordening: "a choice in the model (a variant, a facultative lid) is made by a municipality's ordinance, not by the model"
        case .geenVarianten(let a): "the model offers no variants of \(a)"
        case .variantDubbelGekozen(let a): "a variant of \(a) is already chosen"
        case .naamInAndereVariant(let n, let a, let v, let g): "'\(n)' belongs to variant \(v) of \(a), but the ordinance chooses variant \(g)"
        case .lidNietFacultatief(let l): "\(l) is not a facultative lid of the model; only a facultative lid is adopted"
        case .naamInFacultatiefLid(let n, let l): "'\(n)' belongs to the facultative \(l), which the ordinance does not adopt ('\(l) opgenomen')"
        case .regelVervangenZonderBron(let n, let a): "rule '\(n)' is already in the model (\(a)); an ordinance replaces it with 'regel \(n) in plaats van \(a) = ...'"
        case .vervangtGeenRegel(let n): "the model has no rule '\(n)' to replace"
        case .waarbijZonderInvloed(let r, let v): "'\(r)' does not depend on '\(v)', so 'waarbij' changes nothing"
        case .tabelGat(let g): "the table does not cover every value: \(g) falls in no row"
        case .tabelOverlap(let a, let b): "rows '\(a)' and '\(b)' overlap, but the table asks for 'unieke treffer'"
        case .tabelRijOnbereikbaar(let r): "row '\(r)' is never reached: earlier rows cover all its values"
        case .tabelGrensNietConstant: "a bound in a table must be a constant or a filled-in open term"
        case .tabelKeuzesOntbreken(let m): "the table does not cover every choice; missing: \(m)"
        case .tabelAantalUitkomsten(let v, let g): "the table yields \(v) outcomes, but this row gives \(g)"
        case .tabelVoorwaardeSoort(let s): "this condition does not fit a table over a \(s)"
        case .veldOntbreekt(let v, let s, let n): "the case lacks the field '\(v)' (\(s)), needed for \(n == Self.voorDeVersie ? "choosing the version (reference date)" : n)"
        case .veldVerkeerdeSoort(let v, let e, let g): "field '\(v)' must be a \(e), but is \(g)"
        case .veldOnbekend(let v): "unknown field '\(v)' in the case"
        case .veldBuitenGrens(let v, let w, let g): "field '\(v)' is \(w), but must be \(g.replacingOccurrences(of: "ten minste", with: "at least").replacingOccurrences(of: "ten hoogste", with: "at most"))"
        case .veldGrensNietVast(let v): "the bound of the field '\(v)' must be a constant"
        case .tweeKenmerken(let a, let b): "a case has one identifier: '\(a)' is it already, '\(b)' cannot be one too"
        case .eenCSVRij(let n): "a case as CSV is a header and one row, but this file has \(n); use 'regelwerk batch' for more cases"
        case .geenTabelrijPast(let r, let w): "no row of the table for '\(r)' matches \(w)"
        case .rekenOverloop(let r): "number too large or too fine while computing '\(r)' (an exact number has at most \(Bericht.getalCijfers) digits, and as a fraction a denominator of at most \(Bericht.getalDecimalen) digits)"
        case .delingDoorNul(let r): "division by zero while computing '\(r)'"
        case .uitzonderingenBotsen(let r, let a, let b): "two exceptions to '\(r)' apply at once with different values: \(a) and \(b)"
        case .ongeldigeJSON(let d): "invalid JSON: \(Self.jsonProbleemEngels(d))"
        case .jsonTeDiep(let n): "JSON nested too deeply (more than \(n) levels)"
        case .jsonDubbeleSleutel(let k): "the key '\(k)' occurs twice"
        case .jsonGeenObject: "a case must be a JSON object"
        case .jsonVoorloopnul(let t): "invalid JSON number '\(t)': a number does not start with a 0 followed by a digit"
        case .jsonGetalTeGroot(let t): "JSON number '\(t)' does not fit: a number has at most \(Bericht.getalCijfers) digits, at most \(Bericht.getalDecimalen) of them after the point"
        case .datumBuitenBereik(let r): "date out of the calendar's range while computing '\(r)'"
        case .geenElement(let r): "the list has no matching element, so no highest or lowest value, while computing '\(r)'"
        case .eenhedenVerschillen(let r): "durations in different units (for example months and days) while computing '\(r)'"
        case .internOnverwacht(let r): "internal error in regelwerk while computing '\(r)': a value of an unexpected kind; please report it with the rules and the case"
        case .inDeVersie(let p): "in the version \(Self.periodeEngels(p))"
        case .rijStaatHier: "the row of the table is here"
        case .laadHetModel(let m): "load the regeling \"\(m)\" too (the model's file or folder, for example Examples/model)"
        case .laadParameters(let n, let p): "'\(n)' is defined in '\(p)'; load that file or folder too"
        case .ookIngevuldHier: "another bound of that row is filled in here"
        case .openTermStaatHier: "the open term is here"
        case .inArtikel(let c): "in \(c)"
        case .bedoeldeU(let n): "did you mean '\(n)'?"
        case .eerderHier: "the earlier definition is here"
        case .overlappendeRijHier: "the row it overlaps is here"
        case .eerdereUitzonderingHier: "the exception with the same condition is here"
        case .vulIn(let n, let v): "fill it in with 'invulling \(n) = ...'" + (v.map { " (the model suggests \($0))" } ?? "")
        case .kiesUit(let l): "choose from: \(l)"
        case .schrijfVeelvoud(let v): "write for example 'afgerond op een veelvoud van \(v)', or name an open term the municipality fills in"
        case .periodenVerschillen: "convert through a duration: an amount per month times 12 maanden is the amount for those twelve months"
        case .kiesEigenNummer: "give the own article a number the model does not use (for example with a letter: 31a), or replace the model's rules with 'in plaats van'"
        case .modelArtikelHier: "the model's article with that number is here"
        case .markeerEigen(let n): "write 'artikel \(n) eigen' if it is an article the municipality adds itself"
        case .neemDeelOp(let d): "if the municipality does adopt \(d), remove the line '\(d) niet opgenomen'"
        case .eisStaatHier: "the requirement is here"
        case .eisNietBewezen(let eis, let r): "here '\(r)' can exceed the bound, and then the requirement fails: \(eis); bound the value with 'ten hoogste'"
        case .individueleBeoordeling: "let the rule also read what the assessment of the person establishes (a case field or a power of the college), so that the decision rests on an individual assessment"
        case .categorischeWeigering(let r, let v): "rule '\(r)' decides by category alone (\(v)): excluding a provision by category in advance conflicts with the maatwerk the Wmo 2015 and the Jeugdwet require (letter of the minister of VWS)"
        case .keuzeNietInModel(let n, let g): "\"\(g)\" is not a choice the model offers for '\(n)'"
        case .lijstAlleenInInvulling: "a list [ ... ] stands only in the fill-in of an open term that is a list"
        case .lijstVerwacht(let n): "'\(n)' is a list: fill it in as [a, b] (or [] for none)"
        case .lijsttermZonderEenVan(let n): "'\(n)' is a list; a rule tests it with 'x is een van \(n)'"
        case .eenVanGeenLijst(let n): "'is een van' needs an open term that is a list, and '\(n)' is not one"
        case .dubbelInLijst(let n): "'\(n)' is twice in the list"
        case .artikelNietFacultatief(let a): "\(a) is not a facultative article of the model; only a facultative article is adopted"
        case .overgangsrechtNietVast: "the condition of the transitional law may read only fill-ins and constants: it chooses the version before any case"
        case .artikelTweemaalInModel(let a): "\(a) stands in two files of the model; they merge silently. If this is a municipality's text, write it in its ordinance as an own article"
        case .eigenArtikelOokInModel(let a): "this own article of the municipality has the number of the model's \(a)"
        case .artikelNietInModel(let a): "\(a) is not in the model; an article the municipality adds itself is marked 'eigen'"
        case .overgangsrechtOudeVerordening(let d, let i, let a): "the peildatum \(d) lies before the entry into force on \(i); under \(a) (transitional law) this case is handled under the repealed ordinance, which is not loaded"
        case .naamNietOpgenomen(let n, let a, let d): "'\(n)' stands in \(a), in \(d), which the ordinance does not adopt"
        case .invullingNietOpgenomen(let n, let a, let d): "'\(n)' stands in \(a), in \(d), which the ordinance does not adopt: the fill-in decides nothing and is not in the ordinance's text; remove it"
        case .keuzeNietOpgenomen(let a, let d): "\(a) stands in \(d), which the ordinance does not adopt: what the ordinance chooses or writes in it does not apply; remove it"
        case .onbekendDeel(let d, let k): "the model has no \(d); it has \(k)"
        case .beslissingNietOpgenomen(let b, let a, let d, let v, let p):
            "\(d) is not adopted in the \(v)\(p.map { " (the version \(Self.periodeEngels($0)))" } ?? ""): the decision '\(b)' (\(a)) belongs to it and is not taken"
        case .meerMeldingen(let m, let b): "and \(m) more \(m == 1 ? "diagnostic" : "diagnostics")" + (b.map { " in \($0)" } ?? "")
        case .tekst(let t): t
        }
    }
}
