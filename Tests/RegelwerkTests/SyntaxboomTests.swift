// Syntax tree: a parsed file reads like the ordinance (artikel → variant → lid → onderdeel → declarations),
// and its flat lists give each declaration the citation, variant and facultative lid of its place.

import Testing
@testable import RegelwerkKern

@Suite struct SyntaxboomTests {
    /// Article 7 with a rule of its own, a common lid 1, and two variants; variant 2 has a lid 2 and a
    /// facultative lid 3 whose onderdeel a holds a rule and an open term.
    static let model = """
    regeling "Boom"
    geval
      inkomen: bedrag
    einde
    uitvoer toeslag
    artikel 7 "Toeslag"
      regel basis = €10
      lid 1 "De toeslag is [bedrag] bovenop de basis."
        open bedrag_7: bedrag, bijvoorbeeld €5
      variant 1 "zonder verhoging"
        regel toeslag = basis + bedrag_7
      variant 2 "met verhoging"
        lid 2 "De toeslag is het bedrag met de verhoging."
          regel toeslag = basis + bedrag_7 + verhoging tenzij inkomen > €5.000 dan €0
        lid 3 facultatief "De verhoging is:"
          onderdeel a "€ 5 bij een inkomen onder [grens]."
            regel verhoging = als inkomen < grens_7 dan €5 anders €0
            open grens_7: bedrag, bijvoorbeeld €1.000
    """

    func parse(_ tekst: String) -> (Regelbestand, Diagnostics) {
        var bronnen = Bronnen()
        let id = bronnen.voegToe(pad: "boom.regels", bytes: Array(tekst.utf8))
        return Parser.parse(bronnen[id], id: id)
    }

    /// "regel basis", "open bedrag_7": what a declaration is, by its first name.
    func namen(_ ds: [Declaratie]) -> [String] {
        ds.map { d in
            switch d {
            case .regel(let r): "regel \(r.namen.map(\.tekst).joined(separator: ", "))"
            case .uitzondering(let u): "uitzondering op \(u.doel.tekst)"
            case .openTerm(let o): "open \(o.naam.tekst)"
            case .eis(let e): "eis \(e.uitleg ?? "")"
            case .bevoegdheid(let b): "bevoegdheid \(b.naam.tekst)"
            case .overgangsrecht: "overgangsrecht"
            }
        }
    }

    func delen(_ b: Regelbestand) -> [Regelbestand.Deel] {
        switch b.inhoud {
        case .regeling(let r): r.delen
        case .verordening(let v): v.delen
        case .parameters, .proeven: []
        }
    }

    @Test func deBoomVolgtDeVerordening() throws {
        let (b, ds) = parse(Self.model)
        #expect(ds.alle.isEmpty)
        #expect(b.soort == .regeling && b.naam == "Boom")
        let d = delen(b)
        try #require(d.count == 3)
        guard case .geval(let velden) = d[0], case .uitvoer(nil, nil, let uit) = d[1], case .artikel(let a) = d[2] else {
            Issue.record("verwacht geval, uitvoer, artikel: \(d)")
            return
        }
        #expect(velden.map(\.naam.tekst) == ["inkomen"])
        #expect(uit.map(\.tekst) == ["toeslag"])

        #expect(a.nummer == "7" && a.titel == "Toeslag")
        #expect(namen(a.declaraties) == ["regel basis"])
        #expect(a.onderdelen.isEmpty)
        #expect(a.leden.map(\.nummer) == ["1"])
        #expect(namen(a.leden[0].declaraties) == ["open bedrag_7"])
        try #require(a.varianten.count == 2)

        let (v1, v2) = (a.varianten[0], a.varianten[1])
        #expect(v1.nummer == "1" && v1.omschrijving == "zonder verhoging")
        #expect(namen(v1.declaraties) == ["regel toeslag"])
        #expect(v1.leden.isEmpty && v1.onderdelen.isEmpty)

        #expect(v2.nummer == "2" && v2.declaraties.isEmpty && v2.onderdelen.isEmpty)
        try #require(v2.leden.map(\.nummer) == ["2", "3"])
        let (lid2, lid3) = (v2.leden[0], v2.leden[1])
        #expect(lid2.facultatief == nil)
        #expect(namen(lid2.declaraties) == ["regel toeslag"])
        #expect(lid3.facultatief != nil)
        #expect(lid3.declaraties.isEmpty)
        #expect(lid3.onderdelen.map(\.label) == ["a"])
        #expect(namen(lid3.onderdelen[0].declaraties) == ["regel verhoging", "open grens_7"])
    }

    @Test func deLijstenNemenDePlaatsUitDeBoom() {
        let l = parse(Self.model).0.lijsten
        // By hand: citation from artikel, lid and onderdeel; the variant from the variant block; the
        // facultative lid from lid 3 (for its onderdeel too).
        func plaats(_ c: Citaat?, _ v: String?, _ f: Citaat?) -> String {
            "\(c?.description ?? "-") | \(v ?? "-") | \(f?.description ?? "-")"
        }
        #expect(l.regels.map { "\($0.namen[0].tekst): " + plaats($0.citaat, $0.variant, $0.facultatief) } == [
            "basis: artikel 7 | - | -",
            "toeslag: artikel 7 | 1 | -",
            "toeslag: artikel 7 lid 2 | 2 | -",
            "verhoging: artikel 7 lid 3 onder a | 2 | artikel 7 lid 3",
        ])
        #expect(l.openTermen.map { "\($0.naam.tekst): " + plaats($0.citaat, $0.variant, $0.facultatief) } == [
            "bedrag_7: artikel 7 lid 1 | - | -",
            "grens_7: artikel 7 lid 3 onder a | 2 | artikel 7 lid 3",
        ])
        // A rule's `tenzij` takes the rule's citation, as before (and no variant of its own).
        #expect(l.regels[2].tenzij.map { plaats($0.citaat, $0.variant, $0.facultatief) } == ["artikel 7 lid 2 | - | -"])
        #expect(l.varianten.map { "\($0.artikel) variant \($0.variant.nummer)" } == ["artikel 7 variant 1", "artikel 7 variant 2"])
        #expect(l.facultatieveLeden.map(\.lid) == [Citaat(artikel: "7", lid: "3")])
        #expect(l.artikelen.map(\.nummer) == ["7"])
        #expect(l.gevalVelden.map(\.naam.tekst) == ["inkomen"])
    }

    @Test func tabelrijenStaanInHunOnderdeel() {
        let tekst = """
        regeling "R"
        soort Categorie is een van eerste, tweede
        artikel 48 "Hoogte"
          regel percentage_48 volgens tabel op categorie
            onderdeel a: eerste -> 10%
            onderdeel b: tweede -> 20%
          einde
        """
        let l = parse(tekst).0.lijsten
        guard case .tabel(let t)? = l.regels.first?.lichaam else {
            Issue.record("verwacht een tabel")
            return
        }
        #expect(t.rijen.map { $0.citaat?.description } == ["artikel 48 onder a", "artikel 48 onder b"])
        #expect(l.keuzelijsten.map(\.naam.tekst) == ["Categorie"])
    }

    /// A municipality's choices stand at the top level: they open no article, so what follows is not in one.
    @Test func keuzesStaanBovenaan() throws {
        let (b, ds) = parse("""
        verordening "V" volgt "Boom" gemeente GM9999 geldig vanaf 2025-01-01
        artikel 7 variant 2
        artikel 7 lid 3 opgenomen
        invulling bedrag_7 = €5
        """)
        #expect(ds.alle.isEmpty)
        #expect(b.gemeente == "GM9999" && b.geldigVanaf != nil && b.kopBereik != nil)
        let d = delen(b)
        try #require(d.count == 3)
        guard case .variantKeuze(let a, "2", _) = d[0], case .opgenomenLid(let lid, _) = d[1], case .invulling(let i) = d[2] else {
            Issue.record("verwacht variantkeuze, opgenomen lid, invulling: \(d)")
            return
        }
        #expect(a == Citaat(artikel: "7") && lid == Citaat(artikel: "7", lid: "3") && i.naam.tekst == "bedrag_7")
        let l = b.lijsten
        #expect(l.variantKeuzes.map(\.nummer) == ["2"] && l.opgenomenLeden.count == 1 && l.artikelen.isEmpty)
    }

    @Test func eenLidBuitenEenArtikel() {
        let (_, ds) = parse("regeling \"R\"\nlid 1\n  regel x = 1\n")
        #expect(ds.alle.map { $0.bericht.tekst(.nl) } == ["verwacht eerst 'artikel', maar vond getal 1"])
    }

    @Test func eenParameterbestandBevatAlleenParameters() {
        let (b, ds) = parse("parameters \"L\"\nparameter p: bedrag\n  vanaf 2024-01-01: €1\nregel x = 1\n")
        #expect(ds.alle.map(\.code) == ["RW0105"])
        guard case .parameters(let ps) = b.inhoud else {
            Issue.record("verwacht een parameterbestand")
            return
        }
        #expect(ps.map(\.naam.tekst) == ["p"])
    }

    @Test func eenProevenbestandBevatAlleenProeven() {
        let (b, _) = parse("proeven voor \"R\"\nproef \"p\" artikel 1\n  verwacht x = 1\neinde\n")
        #expect(b.proeven.map(\.naam) == ["p"])
        #expect(b.lijsten.proeven.count == 1 && b.lijsten.regels.isEmpty)
    }
}
