// The constructs the whole model needs (issue 15): choices in the model's words, list-valued open terms,
// whole facultative articles, variants of one lid or onderdeel, a municipality's own articles, and the
// version rule the ordinance states itself (vastgesteld, overgangsrecht).

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct ModelConstructenTests {
    static let model = """
    regeling "M" versie "1"
    soort Voorziening is een van begeleiding "begeleiding", dagbesteding "dagbesteding", hulpmiddel "een hulpmiddel"
    geval
      voorziening: Voorziening
      kostprijs: bedrag
      datum_aanvraag: datum
    einde
    uitvoer bijdrage op datum_aanvraag: bijdrage, periode_is_maand
    artikel 31 "Bijdrage"
      lid 1 "Een bijdrage in de kosten."
        regel kostprijs_telt: bedrag = kostprijs
      lid 2 facultatief "Geen bijdrage voor: [...]."
        open vrijgesteld: lijst van Voorziening, bijvoorbeeld [begeleiding]
        uitzondering op kostprijs_telt in afwijking van artikel 31 lid 1 als voorziening is een van vrijgesteld dan € 0
      lid 3 "Ten hoogste € 17,50 per [vier weken OF maand]."
        keuze periode: vier_weken "vier weken" of maand "maand", bijvoorbeeld vier_weken
        regel bijdrage: bedrag = kostprijs_telt ten hoogste € 17,50
        regel periode_is_maand: waarheidswaarde = periode is maand
      lid 4 facultatief variant A "Geen bijdrage onder [bedrag]."
        open grens_a: bedrag
        uitzondering op bijdrage in afwijking van artikel 31 lid 3 als kostprijs_telt < grens_a dan € 0
      lid 4 facultatief variant B "Ten hoogste [bedrag]."
        open bedrag_b: bedrag
        uitzondering op bijdrage in afwijking van artikel 31 lid 3 als waar dan kostprijs_telt ten hoogste bedrag_b
    artikel 50 facultatief "Verrekening"
      "Het college verrekent in [aantal] termijnen."
      open termijnen: geheel getal
      regel aantal_termijnen: geheel getal = termijnen
    artikel 96 "Overgangsrecht"
      lid 2 "Afgehandeld krachtens [de ingetrokken verordening OF deze verordening]."
        keuze afhandeling: ingetrokken "de ingetrokken verordening" of deze "deze verordening"
        overgangsrecht voor bijdrage als afhandeling is deze
    """

    static func verordening(_ keuzes: String, kop: String = "geldig vanaf 2020-01-01") -> String {
        "verordening \"V\" volgt \"M\" versie \"1\"\n  gemeente GM0001 \(kop)\n" + keuzes
    }

    static let keuzes = """
    artikel 31 lid 2 opgenomen
    invulling vrijgesteld = [begeleiding, dagbesteding]
    invulling periode = "maand"
    artikel 31 lid 4 variant B
    invulling bedrag_b = € 10
    artikel 96
    invulling afhandeling = "deze verordening"

    """

    func compileerM(_ v: String) -> Compilatie {
        Compilatie.compileer([("model.regels", Self.model), ("v.regels", v)])
    }

    func codes(_ c: Compilatie) -> [String] { c.diagnostics.gesorteerd.map(\.code) }

    func beslis(_ c: Compilatie, _ velden: [(String, JSONWaarde)]) -> Result<Beslissing, Beslisfout>? {
        guard let b = try? Beslisser(c) else { return nil }
        return b.beslis(.object(velden), peildatum: nil)
    }

    @Test func alleKeuzesSchoon() {
        let c = compileerM(Self.verordening(Self.keuzes))
        #expect(codes(c) == [], "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        #expect(c.regelset.openTermen.first { $0.naam == "periode" }?.inWoorden(c.regelset) == "maand")
        #expect(c.regelset.openTermen.first { $0.naam == "vrijgesteld" }?.inWoorden(c.regelset) == "begeleiding, dagbesteding")
    }

    /// `[X OF Y]`: the municipality chooses in the model's words, or by the option's name; rules test it.
    @Test func keuzeInDeWoordenVanHetModel() throws {
        for invulling in ["\"maand\"", "\"  Maand \"", "maand"] {
            let c = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "\"maand\"", with: invulling)))
            #expect(codes(c) == [], "\(invulling)")
            guard case .success(let b)? = beslis(c, [("voorziening", .tekst("hulpmiddel")), ("kostprijs", .getal("20")), ("datum_aanvraag", .tekst("2020-03-01"))]) else {
                Issue.record("niet beslist"); continue
            }
            #expect(b.waarde("periode_is_maand") == .waarheid(true))
        }
        // Words the model does not offer: an error at the fill-in, with the options to choose from.
        let c = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "\"maand\"", with: "\"een week\"")))
        let d = try #require(c.diagnostics.alle.first { $0.code == "RW0560" })
        #expect(d.bericht.tekst(.nl) == "\"een week\" is geen keuze die het model voor 'periode' biedt")
        #expect(d.suggestie?.tekst(.nl) == "kies uit: \"vier weken\" (vier_weken), \"maand\" (maand)")
    }

    /// A list-valued open term: filled with one or more items, tested with `is een van`.
    @Test func lijstVanKeuzes() {
        let c = compileerM(Self.verordening(Self.keuzes))
        for (voorziening, bijdrage) in [("begeleiding", "0"), ("dagbesteding", "0"), ("hulpmiddel", "10")] {
            guard case .success(let b)? = beslis(c, [("voorziening", .tekst(voorziening)), ("kostprijs", .getal("40")), ("datum_aanvraag", .tekst("2020-03-01"))]) else {
                Issue.record("niet beslist: \(voorziening)"); continue
            }
            #expect(b.waarde("bijdrage") == .getal(Getal.lees(Substring(bijdrage)) ?? .nul), "\(voorziening)")
        }
        // An empty list: nothing is exempted.
        let leeg = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "[begeleiding, dagbesteding]", with: "[]")))
        #expect(codes(leeg) == [])
        // Not a list, a duplicate item, a list where no list belongs.
        #expect(codes(compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "[begeleiding, dagbesteding]", with: "begeleiding")))) == ["RW0562"])
        #expect(codes(compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "[begeleiding, dagbesteding]", with: "[begeleiding, begeleiding]")))) == ["RW0565"])
        #expect(codes(compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "€ 10", with: "[€ 10]")))).contains("RW0561"))
    }

    @Test func lijstAlleenMetEenVan() {
        // In a model alone the open terms are not filled in (RW0506); the uses are reported all the same.
        expectDiagnostics("""
        regeling "M"
        soort S is een van a, b
        geval
          s: S
        einde
        uitvoer x, y
        artikel 1
          open 1️⃣l: lijst van S
          open 2️⃣n: S
          regel x: waarheidswaarde = 3️⃣l = a
          regel y: waarheidswaarde = s is een van 4️⃣n
        """, [.at("1️⃣", "RW0506", "open term 'l' is niet ingevuld"), .at("2️⃣", "RW0506", "open term 'n' is niet ingevuld"),
              .at("3️⃣", "RW0563", "'l' is een lijst; een regel toetst haar met 'x is een van l'"),
              .at("4️⃣", "RW0564", "'is een van' vraagt een open term die een lijst is, en 'n' is dat niet")])
    }

    /// `artikel 50 opgenomen` adopts a whole facultative article; without it, it is not there; a
    /// non-facultative article cannot be adopted.
    @Test func facultatiefArtikel() {
        let zonder = compileerM(Self.verordening(Self.keuzes))
        #expect(zonder.regelset.definitie("aantal_termijnen") == nil)
        #expect(!VerordeningWeergave.markdown(zonder.regelset).contains("Artikel 50"))
        let met = compileerM(Self.verordening(Self.keuzes + "artikel 50 opgenomen\ninvulling termijnen = 3\n"))
        // (The article's rule is read by no decision here: the warning that says so is all.)
        #expect(codes(met) == ["RW0509"])
        #expect(met.regelset.definitie("aantal_termijnen") != nil)
        #expect(VerordeningWeergave.markdown(met.regelset).contains("Het college verrekent in 3 termijnen."))
        let fout = compileerM(Self.verordening(Self.keuzes + "artikel 96 opgenomen\n"))
        #expect(codes(fout) == ["RW0566"])
        #expect(fout.diagnostics.alle.first?.bericht.tekst(.nl) == "artikel 96 is in het model geen facultatief artikel; alleen een facultatief artikel wordt opgenomen")
    }

    /// Variants of one lid (art. 31 lid 4 variant A/B), named as the model names them; choosing one of a
    /// facultative lid adopts it; leaving the lid out needs no choice.
    @Test func variantVanEenLid() {
        let b = compileerM(Self.verordening(Self.keuzes))
        let tekst = VerordeningWeergave.markdown(b.regelset)
        #expect(tekst.contains("4. Ten hoogste € 10."))
        #expect(!tekst.contains("Geen bijdrage onder"))
        let a = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "artikel 31 lid 4 variant B\ninvulling bedrag_b = € 10", with: "artikel 31 lid 4 variant A\ninvulling grens_a = € 30")))
        #expect(codes(a) == [])
        let geen = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "artikel 31 lid 4 variant B\ninvulling bedrag_b = € 10\n", with: "")))
        #expect(codes(geen) == [])
        let onbekend = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "lid 4 variant B", with: "lid 4 variant C")))
        #expect(codes(onbekend).contains("RW0518"))
    }

    /// The render shows the choices in the model's words and the list as its items.
    @Test func renderInDeGekozenWoorden() {
        let tekst = VerordeningWeergave.markdown(compileerM(Self.verordening(Self.keuzes)).regelset)
        #expect(tekst.contains("2. Geen bijdrage voor: begeleiding, dagbesteding."))
        #expect(tekst.contains("3. Ten hoogste € 17,50 per maand."))
        #expect(tekst.contains("2. Afgehandeld krachtens deze verordening."))
    }

    /// A municipality's own article is marked `eigen`; check says where the model has one of the same
    /// number, and asks an unmarked article the model lacks to say whose it is.
    @Test func eigenArtikelen() {
        let c = compileerM(Self.verordening(Self.keuzes + "artikel 31a eigen \"Eigen regel\"\nartikel 31b \"Zonder merk\"\nartikel 96 eigen \"Dubbel\"\n"))
        #expect(codes(c) == ["RW0570", "RW0569"])
        #expect(VerordeningWeergave.markdown(c.regelset).contains("## Artikel 31a. Eigen regel (eigen artikel van de gemeente)"))
        // The model's text written twice (a second regeling file with the same article) is reported.
        let twee = Compilatie.compileer([("model.regels", Self.model), ("kopie.regels", "regeling \"M\" versie \"1\"\nartikel 50 \"Nog eens\"\n"),
                                         ("v.regels", Self.verordening(Self.keuzes))])
        #expect(codes(twee).contains("RW0568"))
    }

    /// Art. 96 lid 2: a case from before the first version is decided under it when the ordinance says so,
    /// for the decisions the article names; otherwise an error naming the article.
    @Test func overgangsrecht() {
        let veld: [(String, JSONWaarde)] = [("voorziening", .tekst("hulpmiddel")), ("kostprijs", .getal("12")), ("datum_aanvraag", .tekst("2019-11-15"))]
        let deze = compileerM(Self.verordening(Self.keuzes))
        guard case .success(let b)? = beslis(deze, veld) else { Issue.record("niet beslist"); return }
        #expect(b.waarde("bijdrage") == .getal(Getal(geheel: 10)))
        #expect(deze.kiesVersie(peildatum: d("2019-11-15"), bron: "datum_aanvraag", beslissing: "bijdrage").map(\.uitleg) == .success(
            "beslist volgens de versie vanaf 1 januari 2020: de peildatum 15 november 2019 (datum_aanvraag) ligt vóór de inwerkingtreding, en volgens artikel 96 lid 2 (overgangsrecht) wordt de zaak afgehandeld krachtens deze verordening"))
        // Another decision than the article names: no version, as before.
        #expect(deze.kiesVersie(peildatum: d("2019-11-15"), beslissing: "andere").map(\.index) == .failure(.geenVersie(regeling: "V", datum: d("2019-11-15"), versies: ["vanaf 1 januari 2020"])))
        let ingetrokken = compileerM(Self.verordening(Self.keuzes.replacingOccurrences(of: "\"deze verordening\"", with: "ingetrokken")))
        guard case .failure(.versie(let f))? = beslis(ingetrokken, veld) else { Issue.record("wel beslist"); return }
        #expect(f.bericht.code == "RW0740")
        #expect(f.bericht.tekst(.nl) == "de peildatum 15 november 2019 ligt vóór de inwerkingtreding op 1 januari 2020; volgens artikel 96 lid 2 (overgangsrecht) wordt deze zaak afgehandeld krachtens de ingetrokken verordening, die hier niet is geladen")
    }

    /// Adopted after the day it takes effect: both days in the heading and in the version's explanation.
    @Test func terugwerkendeKracht() {
        let c = compileerM(Self.verordening(Self.keuzes, kop: "vastgesteld 2020-06-25 geldig vanaf 2020-01-01"))
        #expect(codes(c) == [])
        #expect(c.regelset.versie == "GM0001; vastgesteld op 25 juni 2020, met terugwerkende kracht; geldig vanaf 1 januari 2020; volgt M, 1")
        #expect(c.kiesVersie(peildatum: d("2020-03-01"), bron: "datum_aanvraag").map(\.uitleg) == .success(
            "beslist volgens de versie vanaf 1 januari 2020 (vastgesteld op 25 juni 2020, met terugwerkende kracht in werking vanaf 1 januari 2020), die gold op de peildatum 1 maart 2020 (datum_aanvraag)"))
    }

    /// The VWS letter: a Wmo or Jeugdwet rule that refuses by category alone is a warning; one that also reads
    /// the individual assessment (a case field or a power) is not; outside chapters 2 and 3 nothing is said.
    @Test func categorischeWeigering() {
        let bron = """
        regeling "M"
        soort Voorziening is een van huishoudelijke_hulp, hulpmiddel
        geval
          voorziening: Voorziening
          zelf_niet_in_staat: waarheidswaarde
        einde
        uitvoer a, b, c
        artikel 20
          regel 1️⃣a: waarheidswaarde = niet (voorziening is huishoudelijke_hulp)
          regel b: waarheidswaarde = niet (voorziening is huishoudelijke_hulp) of zelf_niet_in_staat
        artikel 60
          regel c: waarheidswaarde = voorziening is hulpmiddel
        """
        expectDiagnostics(bron, [.at("1️⃣", "RW0571", "regel 'a' beslist alleen naar categorie (voorziening)")], waarschuwingen: true)
    }

    /// `eis regel <= grens`: proven from the rules (a bijdrage never above the kostprijs), or an error at the
    /// value that could exceed it, with a note at the requirement.
    @Test func bijdrageNooitBovenDeKostprijs() throws {
        let model = """
        regeling "M"
        geval
          kostprijs: bedrag, ten minste € 0
          gehuwd: waarheidswaarde
        einde
        uitvoer bijdrage
        artikel 31
          lid 3
            eis bijdrage <= kostprijs "nooit boven de kostprijs"
            regel bijdrage: bedrag = kostprijs ten hoogste € 17,50
              tenzij gehuwd dan € 0
        """
        #expect(codes(Compilatie.compileer([("m.regels", model)])) == [])
        let fout = model.replacingOccurrences(of: "tenzij gehuwd dan € 0", with: "tenzij gehuwd dan € 5")
        let c = Compilatie.compileer([("m.regels", fout)])
        let d = try #require(c.diagnostics.alle.first)
        #expect(d.code == "RW0572")
        #expect(d.bericht.tekst(.nl) == "hier kan 'bijdrage' boven de grens komen, en dan geldt de eis niet: nooit boven de kostprijs; begrens de waarde met 'ten hoogste'")
        #expect(d.notities.first?.bericht == .eisStaatHier)
    }

    /// Every new construct survives `fmt`, and formatting twice changes nothing.
    @Test func fmtLaatDeConstructenHeel() {
        for bron in [Self.model, Self.verordening(Self.keuzes + "artikel 50 opgenomen\ninvulling termijnen = 3\nartikel 29 lid 3 onderdeel b variant 2\n", kop: "vastgesteld 2020-06-25 geldig vanaf 2020-01-01")] {
            guard let een = try? Indeling.canoniek(Array(bron.utf8)).get() else { Issue.record("niet op te maken"); continue }
            #expect((try? Indeling.canoniek(Array(een.utf8)).get()) == een)
            let tokens = { (t: String) in
                var l = Lexer(Bronbestand(pad: "x", tekst: t), id: BestandID(waarde: 0))
                return l.tokens().map(\.soort)
            }
            #expect(tokens(een) == tokens(bron))
        }
    }
}


extension Beslissing {
    func waarde(_ naam: String) -> Waarde? { uitkomsten.first { $0.naam == naam }?.waarde }
}
