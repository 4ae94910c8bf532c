// Syntax: a file's syntax tree → the same file as flat lists of declarations, each with its place in the
// ordinance (citaat, variant, facultative lid) written in from where it sits in the tree. The checker reads
// these lists; the tree stays the source of truth, and this is the one function that derives them.

extension Regelbestand {
    /// A file as flat lists, the way the checker reads it: its header, and every declaration of each kind
    /// in the order written, with `citaat`, `variant` and `facultatief` filled in from its place in the tree.
    /// Made by ``Regelbestand/lijsten``; the checker drops from its copy what a municipality did not choose.
    public struct Lijsten: Sendable {
        public let kop: Kop
        public let soort: Aard
        public let versie: String?
        public let gemeente: String?
        public let geldigVanaf: Datum?
        public let geldigTotEnMet: Datum?
        public var keuzelijsten: [Keuzelijst] = []
        public var gegevens: [Gegevens] = []
        public var gevalVelden: [Veld] = []
        /// The articles as written, with everything they hold.
        public var artikelen: [Artikel] = []
        public var regels: [RegelDeclaratie] = []
        /// The `uitzondering op` declarations (a rule's own `tenzij` stay with the rule).
        public var uitzonderingen: [Uitzondering] = []
        public var openTermen: [OpenTerm] = []
        public var invullingen: [Invulling] = []
        public var uitvoer: [(beslissing: Naam?, peildatum: Naam?, namen: [Naam])] = []
        public var parameters: [Parameter] = []
        /// `eis voorwaarde "uitleg"`: a condition the filled-in open terms must meet (e.g. a recidive period
        /// longer than the normal one), checked before anything runs.
        public var eisen: [Eis] = []
        /// The fixtures, in a `proeven` file.
        public var proeven: [Proef] = []
        /// `bevoegdheid naam "omschrijving"`: a power of the college ("het college kan ...").
        public var bevoegdheden: [BevoegdheidDeclaratie] = []
        /// The variants a model's articles offer, each with its article.
        public var varianten: [(artikel: Citaat, variant: Variant)] = []
        /// A municipality's choices of variant (`artikel 43 variant 2`): the article, the variant, where written.
        public var variantKeuzes: [(artikel: Citaat, nummer: String, bereik: SourceRange)] = []
        /// The model's facultative leden (`lid 2 facultatief`), with where `facultatief` is written.
        public var facultatieveLeden: [(lid: Citaat, bereik: SourceRange)] = []
        /// The facultative leden a municipality adopts (`artikel 44 lid 2 opgenomen`), and whole articles
        /// (`artikel 50 opgenomen`: a citation without a lid).
        public var opgenomenLeden: [(lid: Citaat, bereik: SourceRange)] = []
        /// The parts of the model a municipality does not adopt (`hoofdstuk 4 niet opgenomen`).
        public var nietOpgenomen: [NietOpgenomenDeel] = []
        /// `overgangsrecht als ...` (art. 96): whether a case from before the first version is decided under it.
        public var overgangsrechten: [Overgangsrecht] = []
        /// The vastgesteld date of a verordening (retroactive force when later than its start).
        public var vastgesteld: Datum? = nil

        public var bestand: BestandID { kop.bestand }
        public var naam: String { kop.naam }
        public var kopBereik: SourceRange? { kop.kopBereik }
    }

    /// The file as flat lists (see ``Lijsten``), in one walk over the tree.
    public var lijsten: Lijsten {
        var l = Lijsten(kop: kop, soort: soort, versie: versie, gemeente: gemeente, geldigVanaf: geldigVanaf,
                        geldigTotEnMet: geldigTotEnMet)
        l.vastgesteld = vastgesteld
        switch inhoud {
        case .regeling(let r): l.voegToe(r.delen)
        case .verordening(let v): l.voegToe(v.delen)
        case .parameters(let p): l.parameters = p
        case .proeven(let p): l.proeven = p.proeven
        }
        return l
    }
}

extension Regelbestand.Lijsten {
    /// Where a declaration stands, from the nodes it sits in.
    struct Plaats {
        var citaat: Citaat?
        var variant: String?
        var facultatief: Citaat?
    }

    mutating func voegToe(_ delen: [Regelbestand.Deel]) {
        for deel in delen {
            switch deel {
            case .artikel(let a): voegToe(a)
            case .declaratie(let d): voegToe(d, Plaats())
            case .keuzelijst(let k): keuzelijsten.append(k)
            case .gegevens(let g): gegevens.append(g)
            case .geval(let v): gevalVelden += v
            case .uitvoer(let beslissing, let peildatum, let namen): uitvoer.append((beslissing, peildatum, namen))
            case .invulling(let i): invullingen.append(i)
            case .parameter(let p): parameters.append(p)
            case .variantKeuze(let artikel, let nummer, let bereik): variantKeuzes.append((artikel, nummer, bereik))
            case .opgenomenLid(let lid, let bereik): opgenomenLeden.append((lid, bereik))
            case .nietOpgenomen(let d): nietOpgenomen.append(d)
            }
        }
    }

    /// An article in the order of its text: its own declarations, onderdelen and leden, then each variant's.
    mutating func voegToe(_ a: Artikel) {
        artikelen.append(a)
        var plaats = Plaats(citaat: a.citaat)
        // A whole facultative article (the model's `[Artikel 50 ...]`): all it holds counts only where adopted.
        if let bereik = a.facultatief {
            facultatieveLeden.append((a.citaat, bereik))
            plaats.facultatief = a.citaat
        }
        voegToe(a.declaraties, a.onderdelen, a.leden, plaats)
        for v in a.varianten {
            varianten.append((a.citaat, v))
            var inVariant = plaats
            inVariant.variant = v.nummer
            voegToe(v.declaraties, v.onderdelen, v.leden, inVariant)
        }
    }

    /// The body of an article or a variant at `plaats` (the article's citation, and the variant if any).
    mutating func voegToe(_ declaraties: [Declaratie], _ onderdelen: [Artikel.Onderdeel], _ leden: [Artikel.Lid], _ plaats: Plaats) {
        for d in declaraties { voegToe(d, plaats) }
        for o in onderdelen { voegToe(o, plaats) }
        for lid in leden {
            var inLid = plaats
            inLid.citaat?.lid = lid.nummer
            // Everything in a facultative lid, its onderdelen too, counts only where the lid is adopted.
            if let bereik = lid.facultatief, let c = inLid.citaat {
                facultatieveLeden.append((c, bereik))
                inLid.facultatief = c
            }
            // A variant of this lid alone (`lid 4 variant A`): chosen per lid, by the lid's citation.
            if let (naam, bereik) = lid.variant, let c = inLid.citaat {
                varianten.append((Citaat(artikel: c.artikel, lid: c.lid, wet: c.wet),
                                  Variant(nummer: naam, omschrijving: nil, tekst: lid.tekst, bereik: bereik)))
                inLid.variant = naam
            }
            for d in lid.declaraties { voegToe(d, inLid) }
            for o in lid.onderdelen { voegToe(o, inLid) }
        }
    }

    mutating func voegToe(_ o: Artikel.Onderdeel, _ plaats: Plaats) {
        var inOnderdeel = plaats
        inOnderdeel.citaat?.onderdeel = o.label
        if let (naam, bereik) = o.variant, let c = inOnderdeel.citaat {
            varianten.append((c, Variant(nummer: naam, omschrijving: nil, tekst: o.tekst, bereik: bereik)))
            inOnderdeel.variant = naam
        }
        for d in o.declaraties { voegToe(d, inOnderdeel) }
    }

    mutating func voegToe(_ d: Declaratie, _ p: Plaats) {
        switch d {
        case .regel(var r):
            (r.citaat, r.variant, r.facultatief) = (p.citaat, p.variant, p.facultatief)
            // A rule's `tenzij` stands where the rule stands; a table row in its own onderdeel when it names
            // one ("onderdeel a: ... -> ..."), so a decision cites the row's onderdeel.
            for i in r.tenzij.indices { r.tenzij[i].citaat = p.citaat }
            if case .tabel(var t) = r.lichaam {
                for i in t.rijen.indices {
                    var c = p.citaat
                    if let o = t.rijen[i].onderdeel { c?.onderdeel = o }
                    t.rijen[i].citaat = c
                }
                r.lichaam = .tabel(t)
            }
            regels.append(r)
        case .uitzondering(var u):
            (u.citaat, u.variant, u.facultatief) = (p.citaat, p.variant, p.facultatief)
            uitzonderingen.append(u)
        case .openTerm(var o):
            (o.citaat, o.variant, o.facultatief) = (p.citaat, p.variant, p.facultatief)
            openTermen.append(o)
            // A choice's options are an enumeration of its own name: rules test it by them (`periode is maand`).
            if !o.opties.isEmpty { keuzelijsten.append(Keuzelijst(naam: o.naam, waarden: o.opties.map(\.naam))) }
        case .eis(var e):
            (e.citaat, e.variant, e.facultatief) = (p.citaat, p.variant, p.facultatief)
            eisen.append(e)
        case .bevoegdheid(var b):
            (b.citaat, b.variant, b.facultatief) = (p.citaat, p.variant, p.facultatief)
            bevoegdheden.append(b)
        case .overgangsrecht(var o):
            (o.citaat, o.variant, o.facultatief) = (p.citaat, p.variant, p.facultatief)
            overgangsrechten.append(o)
        }
    }
}
