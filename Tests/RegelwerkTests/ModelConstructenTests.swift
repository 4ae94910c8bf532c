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
        #expect(c.regelset.openTermen.first { $0.naam == "vrijgesteld" }?.inWoorden(c.regelset) == "begeleiding en dagbesteding")
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
        #expect(tekst.contains("2. Geen bijdrage voor: begeleiding en dagbesteding."))
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

    // MARK: - A part of the model left out (`hoofdstuk 4 niet opgenomen`)

    /// Two chapters: hoofdstuk 3 (a bijdrage) and hoofdstuk 4 (a verlaging, in paragraaf 1; a premie in paragraaf 2).
    static let tweeHoofdstukken = """
    regeling "M" versie "1"
    geval
      kostprijs: bedrag
      norm: bedrag
      datum_aanvraag: datum
    einde
    uitvoer bijdrage op datum_aanvraag: bijdrage
    uitvoer verlaging op datum_aanvraag: verlagingsbedrag
    uitvoer participatieplaats op datum_aanvraag: premie
    hoofdstuk 3 "maatschappelijke ondersteuning"
    artikel 31 "Bijdrage"
      "De bijdrage is de kostprijs, ten hoogste [bedrag]."
      open hoogste_bijdrage: bedrag, bijvoorbeeld € 17,50
      regel bijdrage: bedrag = kostprijs ten hoogste hoogste_bijdrage
    hoofdstuk 4 "werk, inkomen, re-integratie en tegenprestatie"
    paragraaf 1 "Afstemming"
    artikel 41 "Verlaging"
      "De verlaging is [percentage] van de norm."
      open percentage_41: percentage, bijvoorbeeld 20%
      regel verlagingsbedrag: bedrag = norm * percentage_41
    artikel 43 "Afzien van verlaging"
      variant 1 "een vaste termijn"
        "Na [aantal] jaar."
        open termijn_43: duur, bijvoorbeeld 3 jaar
      variant 2 "drie of vijf jaar"
        "Na drie of vijf jaar."
    paragraaf 2 "Re-integratie"
    artikel 65 "Participatieplaats"
      "Een premie van [bedrag]."
      open premie_65: bedrag, bijvoorbeeld € 100
      regel premie: bedrag = premie_65
    """

    static let zonderHoofdstuk4 = """
    verordening "V" volgt "M" versie "1"
      gemeente GM0001 geldig vanaf 2020-01-01
    hoofdstuk 4 niet opgenomen
    invulling hoogste_bijdrage = € 17,50
    """

    /// Straight from bytes (batch) a line for the decision left out is not bound, with or without a peildatum field
    /// (the general path gives the message); the decision the ordinance takes is.
    @Test(arguments: [true, false])
    func hoofdstukNietOpgenomenRechtstreeks(_ metPeildatum: Bool) throws {
        let model = metPeildatum ? Self.tweeHoofdstukken
            : Self.tweeHoofdstukken.replacingOccurrences(of: "uitvoer verlaging op datum_aanvraag:", with: "uitvoer verlaging:")
        let c = Compilatie.compileer([("model.regels", model), ("v.regels", Self.zonderHoofdstuk4)])
        let b = try Beslisser(c)
        let verlaging = try #require(b.beslissingen.firstIndex { $0.naam == "verlaging" })
        let bijdrage = try #require(b.beslissingen.firstIndex { $0.naam == "bijdrage" })
        let w = Werkplaats(b)
        let regel = Array(#"{"kostprijs": "30", "norm": "1000", "datum_aanvraag": "2021-03-01"}"#.utf8)
        regel.withUnsafeBufferPointer { bytes in
            #expect(b.bind(bytes: bytes, beslissing: verlaging, peildatum: nil, in: w) == nil)
            #expect(b.bind(bytes: bytes, beslissing: bijdrage, peildatum: nil, in: w)?.keuze.index == 0)
        }
    }

    static let metHoofdstuk4 = """
    verordening "V" volgt "M" versie "1"
      gemeente GM0001 geldig vanaf 2021-01-01
    invulling hoogste_bijdrage = € 17,50
    invulling percentage_41 = 20%
    artikel 43 variant 2
    invulling premie_65 = € 100
    """

    /// Left out: its blanks need no fill-in and its variants no choice (no error, and no warning about a blank
    /// without an open term); its decision is not taken, with a message naming the ordinance and the chapter;
    /// the other chapter decides as before; render shows the heading with a line instead of its articles.
    @Test func hoofdstukNietOpgenomen() throws {
        let c = Compilatie.compileer([("model.regels", Self.tweeHoofdstukken), ("v.regels", Self.zonderHoofdstuk4)])
        #expect(codes(c) == [], "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        let b = try Beslisser(c)
        // By hand: a kostprijs of € 30 is more than € 17,50: the bijdrage is € 17,50.
        let bijdrage = b.beslis(.object([("kostprijs", .getal("30")), ("datum_aanvraag", .tekst("2020-03-01"))]), beslissing: "bijdrage")
        #expect((try? bijdrage.get())?.waarde("bijdrage") == Getal.lees("17.50").map { .getal($0) })
        guard case .failure(let f) = b.kies(beslissing: "verlaging") else { Issue.record("een beslissing van hoofdstuk 4"); return }
        #expect(f.bericht.code == "RW0741")
        #expect(f.bericht.tekst(.nl) == "hoofdstuk 4 (werk, inkomen, re-integratie en tegenprestatie) is in de V niet opgenomen: de beslissing 'verlaging' (artikel 41) hoort daarbij en wordt niet genomen")
        #expect(f.bericht.tekst(.en) == "hoofdstuk 4 (werk, inkomen, re-integratie en tegenprestatie) is not adopted in the V: the decision 'verlaging' (artikel 41) belongs to it and is not taken")
        // Asked without a decision, the choices are the decisions the ordinance takes: not the one left out.
        guard case .failure(let zonder) = b.kies(beslissing: nil), case .beslissingNodig(let keuzes) = zonder.bericht else {
            Issue.record("zonder beslissing"); return
        }
        #expect(keuzes == "bijdrage")
        let tekst = VerordeningWeergave.markdown(c.regelset)
        #expect(tekst.contains("## Hoofdstuk 4 – werk, inkomen, re-integratie en tegenprestatie\n\n*Dit hoofdstuk is in deze verordening niet opgenomen.*\n"), "\(tekst)")
        #expect(!tekst.contains("Artikel 41") && !tekst.contains("Artikel 65") && tekst.contains("### Artikel 31. Bijdrage"))
    }

    /// Versions are separate: 2020 leaves hoofdstuk 4 out, 2021 adopts it. A case is decided under the version of
    /// its date: in 2020 the decision is not taken (an error naming that version), in 2021 it is.
    @Test func eenLatereVersieNeemtHetHoofdstukOp() throws {
        let c = Compilatie.compileer([("model.regels", Self.tweeHoofdstukken), ("v2020.regels", Self.zonderHoofdstuk4), ("v2021.regels", Self.metHoofdstuk4)])
        #expect(codes(c) == [], "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        let b = try Beslisser(c)
        func verlaging(_ datum: String) -> Result<Beslissing, Beslisfout> {
            b.beslis(.object([("norm", .getal("1000")), ("datum_aanvraag", .tekst(datum))]), beslissing: "verlaging")
        }
        guard case .failure(.versie(let f)) = verlaging("2020-06-01") else { Issue.record("beslist in 2020"); return }
        #expect(f == .nietOpgenomen(beslissing: "verlaging", artikel: "artikel 41", deel: "hoofdstuk 4 (werk, inkomen, re-integratie en tegenprestatie)",
                                    verordening: "V", versie: "vanaf 1 januari 2020 tot en met 31 december 2020"))
        #expect(f.bericht.tekst(.en).contains("(the version from 1 January 2020 up to and including 31 December 2020)"))
        // By hand: 20% of € 1.000 = € 200.
        #expect((try? verlaging("2021-06-01").get())?.waarde("verlagingsbedrag") == .getal(Getal(geheel: 200)))
        // Render per version: 2021 shows artikel 41 with its fill-in.
        #expect(VerordeningWeergave.markdown(c.versies[1].regelset).contains("De verlaging is 20% van de norm."))
        #expect(VerordeningWeergave.markdown(c.versies[0].regelset).contains("*Dit hoofdstuk is in deze verordening niet opgenomen.*"))
    }

    /// A paragraaf, named within its hoofdstuk: only its articles go. The rest of hoofdstuk 4 is adopted as usual.
    @Test func paragraafNietOpgenomen() throws {
        let v = """
        verordening "V" volgt "M" versie "1"
          gemeente GM0001 geldig vanaf 2020-01-01
        hoofdstuk 4 paragraaf 2 niet opgenomen
        invulling hoogste_bijdrage = € 17,50
        invulling percentage_41 = 20%
        artikel 43 variant 2
        """
        let c = Compilatie.compileer([("model.regels", Self.tweeHoofdstukken), ("v.regels", v)])
        #expect(codes(c) == [], "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        #expect(c.regelset.definitie("premie") == nil && c.regelset.definitie("verlagingsbedrag") != nil)
        let tekst = VerordeningWeergave.markdown(c.regelset)
        #expect(tekst.contains("### Paragraaf 2 – Re-integratie\n\n*Deze paragraaf is in deze verordening niet opgenomen.*\n"), "\(tekst)")
        #expect(tekst.contains("#### Artikel 43. Afzien van verlaging") && !tekst.contains("Artikel 65"))
        // A fill-in in it is an error at the fill-in, saying which part and how to adopt it.
        let fout = Compilatie.compileer([("model.regels", Self.tweeHoofdstukken), ("v.regels", v + "\ninvulling premie_65 = € 100\n")])
        let d = try #require(fout.diagnostics.alle.first)
        #expect(d.code == "RW0574" && d.suggestie == .neemDeelOp("hoofdstuk 4 paragraaf 2"))
        #expect(d.bericht.tekst(.nl).hasPrefix("'premie_65' staat in artikel 65, in paragraaf 2 van hoofdstuk 4 (Re-integratie), dat de verordening niet opneemt"))
    }

    /// `hoofdstuk 4 niet opgenomen` is a choice of the verordening: the model cannot make it; `fmt` keeps it.
    @Test func nietOpgenomenAlleenInDeVerordening() {
        let c = Compilatie.compileer([("model.regels", Self.tweeHoofdstukken + "\nhoofdstuk 3 niet opgenomen\n"), ("v.regels", Self.metHoofdstuk4)])
        #expect(codes(c) == ["RW0519"])
        let een = try? Indeling.canoniek(Array("\(Self.zonderHoofdstuk4)\nhoofdstuk   4  paragraaf 1.1   niet opgenomen\n".utf8)).get()
        #expect(een?.contains("\nhoofdstuk 4 paragraaf 1.1 niet opgenomen\n") == true)
    }

    /// Westerveld adopts the Jeugdwet and Wmo chapters only: its ordinance checks without the model's Participatiewet
    /// fill-ins, and asking it for an afstemming says why there is none.
    @Test func westerveldZonderParticipatiewet() {
        let regels = ["Examples/model", "Examples/landelijk", "Examples/gemeenten/westerveld"].map { repoWortel.appendingPathComponent($0).path }
        let (uit, _, code) = voerUit(["check"] + regels)
        #expect(code == .ok && uit.contains("0 fouten, 0 waarschuwingen"), "\(uit)")
        let (_, fout, c2) = voerUit(["beslis", "--regels"] + regels + ["--beslissing", "afstemming", "--geval",
                                    repoWortel.appendingPathComponent("Examples/gevallen/benadeling-1500.json").path])
        #expect(c2 == .gebruik)
        #expect(fout == "fout[RW0741]: hoofdstuk 4 (werk, inkomen, re-integratie en tegenprestatie) is in de Verordening Jeugdhulp en Maatschappelijke ondersteuning gemeente Westerveld 2020 niet opgenomen: de beslissing 'afstemming' (artikel 41) hoort daarbij en wordt niet genomen\n")
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
