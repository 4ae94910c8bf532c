// Check: every kind of diagnostic, located by a marker in the rule text.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

let kop = """
regeling "Test"
soort Categorie is een van eerste, tweede, derde
geval
  inkomen: bedrag
  vermogen: bedrag
  categorie: Categorie
  peildatum: datum
  ontbreekt: waarheidswaarde
einde

"""

@Suite struct CheckerTests {
    @Test func onbekendeNaamMetSuggestie() throws {
        expectDiagnostics(kop + """
        artikel 74
          lid 2
            regel toeslag: bedrag = 1️⃣inkomn * 10%
        """, [.at("1️⃣", "RW0301", "onbekende naam 'inkomn'")])
        let c = compileer(kop + "artikel 1\n regel x = inkomn")
        let d = try #require(c.diagnostics.alle.first)
        #expect(d.suggestie == .bedoeldeU("inkomen"))
        #expect(d.context == [.inArtikel("artikel 1")])
    }

    @Test func alleFoutenTegelijk() {
        expectDiagnostics(kop + """
        artikel 1
          regel a = 1️⃣onbekend1
          regel b = 2️⃣inkomen * inkomen
          regel c = 3️⃣peildatum + €5
        """, [
            .at("1️⃣", "RW0301", "onbekende naam 'onbekend1'"),
            .at("2️⃣", "RW0402", "kan bedrag en bedrag niet combineren met '*'"),
            .at("3️⃣", "RW0402", "kan datum en bedrag niet combineren met '+'"),
        ])
    }

    @Test(arguments: [
        ("inkomen * 10%", Soort.bedrag), ("10% * inkomen", .bedrag), ("inkomen / inkomen", .getal),
        ("inkomen / 2", .bedrag), ("inkomen + €1", .bedrag), ("10% + 5%", .percentage), ("2 * 3", .geheelGetal),
        ("7 / 2", .getal), ("peildatum + 1 maand", .datum), ("2 maanden * 2", .duur), ("inkomen > €0", .waarheid),
        ("inkomen ten hoogste €100", .bedrag), ("minimum(inkomen, vermogen, €0)", .bedrag),
        ("inkomen * 3% afgerond op centen", .bedrag), ("als ontbreekt dan 1 anders 2,5", .getal),
        ("inkomen naar beneden afgerond op een veelvoud van €0,20", .bedrag), ("7 / 2 afgerond op een veelvoud van 5", .geheelGetal),
        ("7 afgerond op een veelvoud van 0,5", .getal), ("10% afgerond op een veelvoud van 5%", .percentage),
        ("categorie is tweede", .waarheid), ("niet ontbreekt en inkomen < vermogen", .waarheid),
    ])
    func soortenVanUitdrukkingen(_ uitdrukking: String, _ soort: Soort) throws {
        let c = compileer(kop + "artikel 1\n regel x = \(uitdrukking)\nuitvoer x")
        #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        let d = try #require(c.regelset.definitie("x"))
        #expect(c.regelset.definities[d].soort == soort)
    }

    /// Amounts per period (DESIGN §4): a monthly and a yearly amount never mix; a plain amount goes with
    /// either; an amount per month over a duration is a plain amount.
    static let perioden = """
        regeling "Perioden"
        geval
          norm: bedrag per maand
          jaarinkomen: bedrag per jaar
          vast: bedrag
          duur_verlaging: duur
        einde

        """

    @Test(arguments: [
        ("norm * 10%", Soort.bedragPer(.maand)), ("norm + vast", .bedragPer(.maand)), ("vast + norm", .bedragPer(.maand)),
        ("norm / norm", .getal), ("norm * duur_verlaging", .bedrag), ("duur_verlaging * norm", .bedrag),
        ("norm ten hoogste vast", .bedragPer(.maand)), ("jaarinkomen / 12", .bedragPer(.jaar)), ("norm > vast", .waarheid),
        ("norm naar beneden afgerond op een veelvoud van €0,20", .bedragPer(.maand)),
    ])
    func bedragenPerPeriode(_ uitdrukking: String, _ soort: Soort) throws {
        let c = compileer(Self.perioden + "uitvoer x\nartikel 1\n regel x = \(uitdrukking)")
        #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        let d = try #require(c.regelset.definitie("x"))
        #expect(c.regelset.definities[d].soort == soort)
    }

    @Test func eenBedragPerMaandEnPerJaarMengenNiet() throws {
        expectDiagnostics(Self.perioden + """
            uitvoer a, b, c
            artikel 1
              regel a = 1️⃣norm + jaarinkomen
              regel b = 2️⃣norm < jaarinkomen
              regel c: bedrag per maand = 3️⃣jaarinkomen
            """, [
                .at("1️⃣", "RW0402", "kan bedrag per maand en bedrag per jaar niet combineren met '+'"),
                .at("2️⃣", "RW0408", "kan een bedrag per maand niet vergelijken met een bedrag per jaar"),
                .at("3️⃣", "RW0401", "verwacht een bedrag per maand, maar dit is een bedrag per jaar"),
            ])
        let c = compileer(Self.perioden + "uitvoer a\nartikel 1\n regel a = norm + jaarinkomen")
        #expect(c.diagnostics.alle.first?.suggestie == .periodenVerschillen)
    }

    @Test func gedeclareerdeSoortMoetKloppen() {
        expectDiagnostics(kop + "artikel 1\n regel x: percentage = 1️⃣inkomen", [.at("1️⃣", "RW0401", "verwacht een percentage, maar dit is een bedrag")])
    }

    @Test func voorwaardeMoetWaarOfOnwaarZijn() {
        expectDiagnostics(kop + "artikel 1\n regel x = als 1️⃣inkomen dan 1 anders 2", [.at("1️⃣", "RW0401", "verwacht een waarheidswaarde")])
    }

    /// `geen` (no value) only as a whole outcome whose sort is known: a rule's, a branch of its `als`, an
    /// exception's; never as an operand, never where nothing says what sort it would be.
    @Test func geenAlleenAlsHeleUitkomst() {
        expectDiagnostics(kop + """
        artikel 1
          regel a: datum = als ontbreekt dan geen anders peildatum
          regel b = als ontbreekt dan geen anders inkomen
          regel c: bedrag = inkomen tenzij ontbreekt dan geen
          regel d = 1️⃣geen
          regel e: bedrag = 2️⃣geen + inkomen
          regel f = als 3️⃣geen dan inkomen anders vermogen
        """, [.at("1️⃣", "RW0410", "'geen' kan alleen de hele uitkomst"), .at("2️⃣", "RW0410", "'geen'"), .at("3️⃣", "RW0410", "'geen'")])
    }

    @Test func kringverwijzingNoemtDeKeten() {
        expectDiagnostics(kop + """
        artikel 1
          regel 1️⃣a: bedrag = b + €1
          regel b: bedrag = c
          regel c: bedrag = a
        """, [.at("1️⃣", "RW0501", "a → b → c → a")])
    }

    @Test func dubbeleDefinitie() {
        expectDiagnostics(kop + "artikel 1\n regel x = 1\n regel 1️⃣x = 2", [.at("1️⃣", "RW0302", "'x' is al eerder gedefinieerd")])
    }

    @Test func regelZonderBronvermelding() {
        expectDiagnostics(kop + "regel 1️⃣x = 1", [.at("1️⃣", "RW0502", "niet in een artikel")])
    }

    @Test func syntaxfoutenWordenAllemaalGemeld() {
        expectDiagnostics(kop + """
        artikel 1
          regel x = (1 +
          1️⃣regel y = 2️⃣* 3
          regel z = 3️⃣1.5
        """, [
            .at("1️⃣", "RW0105", "verwacht een waarde, naam of '(', maar vond 'regel'"),
            .at("2️⃣", "RW0105", "maar vond '*'"),
            .at("3️⃣", "RW0103", "ongeldig getal '1.5'"),
        ])
    }

    @Test func onbekendTeken() {
        expectDiagnostics(kop + "artikel 1\n regel x = 1 + 1️⃣@ 2", [
            .at("1️⃣", "RW0101", "onverwacht teken '@'"),
        ], waarschuwingen: false)
    }

    @Test func uitzonderingMetVerkeerdCitaat() {
        expectDiagnostics(kop + """
        artikel 45
          lid 1
            regel grondslag = inkomen
        artikel 46
          uitzondering op grondslag 1️⃣in afwijking van artikel 45 lid 2 als ontbreekt dan €0
        """, [.at("1️⃣", "RW0503", "'grondslag' staat in artikel 45 lid 1")])
    }

    @Test func tweeUitzonderingenMetDezelfdeVoorwaarde() {
        expectDiagnostics(kop + """
        artikel 45
          regel grondslag = inkomen
            tenzij ontbreekt dan €0
            tenzij 1️⃣ontbreekt dan €1
        """, [.at("1️⃣", "RW0504", "dezelfde voorwaarde")])
    }

    @Test func openTermNietIngevuldOfBuitenGrens() throws {
        expectDiagnostics(kop + """
        artikel 48
          open 1️⃣duur_a: duur, ten minste 1 maand, ten hoogste 3 maanden, bijvoorbeeld 1 maand
          open pct: percentage, ten minste 0%, ten hoogste 100%
          regel x = pct
        invulling pct = 2️⃣120%
        uitvoer x
        """, [
            .at("1️⃣", "RW0506", "open term 'duur_a' is niet ingevuld"),
            .at("2️⃣", "RW0507", "de invulling 120% van 'pct' ligt buiten de grens: ten hoogste 100%"),
        ])
        let c = compileer(kop + "artikel 48\n open d: duur, bijvoorbeeld 1 maand\n regel x = d\n")
        #expect(c.diagnostics.alle.first?.suggestie == .vulIn("d", voorbeeld: "1 maand"))
    }

    @Test func eisOpOpenTermen() {
        expectDiagnostics(kop + """
        artikel 49
          open a: duur
          open b: duur
          eis 1️⃣b > a "b moet langer zijn dan a"
          eis 2️⃣inkomen > €0
          regel x = a + b
        invulling a = 2 maanden
        invulling b = 2 maanden
        uitvoer x
        """, [
            .at("1️⃣", "RW0513", "niet voldaan aan de eis: b moet langer zijn dan a"),
            .at("2️⃣", "RW0514", "een eis mag alleen vaste waarden en open termen gebruiken"),
        ])
    }

    @Test func duurBovenDeGrens() {
        expectDiagnostics(kop + """
        artikel 49
          open d: duur, ten minste 1 maand, ten hoogste 3 maanden
          regel x = d
        invulling d = 1️⃣4 maanden
        uitvoer x
        """, [.at("1️⃣", "RW0507", "ten hoogste 3 maanden")])
    }

    /// The commands that show no warnings compile without the passes that only warn: none of those warnings,
    /// and the same errors (here an unknown name in one article, an unused rule and open term in another).
    @Test func zonderWaarschuwingenDezelfdeFouten() {
        let bron = kop + """
        artikel 1
          open p: percentage
          regel x = inkomen
          regel y = vermogen
        artikel 2
          regel z = inkomen + onbekend
        invulling p = 5%
        uitvoer x, z
        """
        let met = Compilatie.compileer(bytes: [("test.regels", Array(bron.utf8))])
        let zonder = Compilatie.compileer(bytes: [("test.regels", Array(bron.utf8))], waarschuwingen: false)
        let fouten = { (c: Compilatie) in c.diagnostics.gesorteerd.filter { $0.ernst == .fout }.map { "\($0.code) \($0.bereik?.start ?? 0)" } }
        #expect(!fouten(met).isEmpty)
        #expect(fouten(zonder) == fouten(met))
        #expect(met.diagnostics.alle.contains { $0.code == "RW0508" } && met.diagnostics.alle.contains { $0.code == "RW0509" })
        #expect(!zonder.diagnostics.alle.contains { $0.code == "RW0508" || $0.code == "RW0509" })
    }

    @Test func waarschuwtVoorOngebruikteRegelsEnOpenTermen() {
        expectDiagnostics(kop + """
        artikel 1
          open 1️⃣p: percentage
          regel x = inkomen
          regel 2️⃣y = vermogen
        invulling p = 5%
        uitvoer x
        """, [
            .at("1️⃣", "RW0508", "open term 'p' wordt door geen regel gebruikt"),
            .at("2️⃣", "RW0509", "regel 'y' draagt aan geen uitvoer bij"),
        ], waarschuwingen: true)
    }

    @Test func verordeningMoetEenGeladenModelVolgen() {
        let c = compileer("verordening \"V\" volgt \"Modle\"\n", "regeling \"Model\"\n")
        #expect(c.diagnostics.alle.map(\.code) == ["RW0308"])
        #expect(c.diagnostics.alle.first?.suggestie == .bedoeldeU("Model"))
    }

    @Test func onbekendeKeuzewaarde() {
        expectDiagnostics(kop + "artikel 1\n regel x = categorie is 1️⃣vierde", [.at("1️⃣", "RW0305", "'vierde' is geen waarde van 'Categorie'")])
    }

    @Test func teDiepGenest() {
        let diep = String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)
        let c = compileer(kop + "artikel 1\n regel x = \(diep)")
        #expect(c.diagnostics.alle.contains { $0.code == "RW0106" })
    }

    @Test func langeSomIsGeenStapeloverloop() {
        // A flat chain is no nesting, but its tree is as high as it is long: refused as too high (RW0110).
        let som = Array(repeating: "inkomen", count: 10_000).joined(separator: " + ")
        let c = compileer(kop + "artikel 1\n regel x = \(som)")
        #expect(c.diagnostics.alle.contains { $0.code == "RW0110" })
    }

    @Test func langeKetenVanRegelsIsGeenStapeloverloop() throws {
        // r0 = r1 + 1, r1 = r2 + 1, ..., r1500 = 0: checked and run without recursion, so r0 = 1500.
        var regels = "regeling \"Keten\"\ngeval\nx: geheel getal\neinde\nuitvoer r0\nartikel 1\n"
        for i in 0..<1_500 { regels += " regel r\(i) = r\(i + 1) + 1\n" }
        regels += " regel r1500 = 0\n"
        let c = compileer(regels)
        #expect(!c.diagnostics.heeftFouten)
        var w = Werker(plan: Planner.maak(c.regelset))
        w.nieuwGeval()
        try w.beslis()
        #expect(w.waarde(definitie: 0) == .getal(Getal(geheel: 1500)))
        #expect(Besluit.maak(w).motivering.count == 1_501)
    }

    @Test func diepsteToegestaneNestingLooptDoorDeHelePijplijn() throws {
        // Just under the parser's limit: checked, planned, run and motivated on a test thread's stack.
        let n = Parser.maximumDiepte - 5
        let diep = String(repeating: "(", count: n) + "inkomen" + String(repeating: " + €1)", count: n)
        let c = compileer(kop + "uitvoer x\nartikel 1\n regel x = \(diep)")
        #expect(!c.diagnostics.heeftFouten, "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
        var w = Werker(plan: Planner.maak(c.regelset))
        w.nieuwGeval()
        _ = GevalLezer.laad(try JSONLezer.lees(#"{"inkomen": 1}"#), in: &w)
        try w.beslis()
        #expect(Besluit.maak(w).uitkomsten.first?.tekst == "€ \(n + 1),00")
    }
    /// A rule that reads itself is a cycle at check time, also inside a branch (it used to pass `check`
    /// and fail on every case).
    @Test(arguments: ["regel 1️⃣b: bedrag = b + inkomen", "regel 1️⃣b: bedrag = als inkomen > €1 dan b anders €2"])
    func eenRegelDieZichzelfLeest(_ regel: String) {
        expectDiagnostics(kop + "\nuitvoer b\nartikel 1\n  " + regel + "\n", [.at("1️⃣", "RW0501", "b → b")])
    }

    /// A computation of constants that can never be done is the rules' error, at the expression.
    @Test(arguments: [
        ("regel b: bedrag = 1️⃣€1 / 0", "RW0527", "deling door nul"),
        ("regel b: bedrag = inkomen + 1️⃣€1 / (2 - 2)", "RW0527", "deling door nul"),
        ("regel b: bedrag = 1️⃣€99999999999999999999999999999999999 * 1000000", "RW0528", "getal te groot"),
    ])
    func eenConstanteBerekeningDieNietKan(_ regel: String, _ code: String, _ bericht: String) {
        expectDiagnostics(kop + "\nuitvoer b\nartikel 1\n  " + regel + "\n", [.at("1️⃣", code, bericht)])
    }
}
