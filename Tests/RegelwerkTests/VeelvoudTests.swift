// Rounding to a multiple (Model Verordening art. 30 lid 3: "De berekende bedragen worden naar beneden afgerond
// op een veelvoud van € 0,20"): the checker's demands on the multiple, the plan, and a municipality's multiple.
// The arithmetic itself, with hand-worked values, is in GetalTests.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen

@Suite struct VeelvoudTests {
    static let kop = """
    regeling "Veelvoud"
    geval
      bedrag: bedrag
      deel: percentage
    einde
    uitvoer x
    artikel 30

    """

    /// The multiple is a positive constant of the rounded value's kind; each other one is an error at it.
    @Test func hetVeelvoudIsEenPositieveConstanteVanDezelfdeSoort() {
        expectDiagnostics(Self.kop + """
              regel x = bedrag naar beneden afgerond op een veelvoud van 1️⃣€0
              regel y = bedrag naar beneden afgerond op een veelvoud van 2️⃣-€0,20
              regel z = bedrag afgerond op een veelvoud van 3️⃣bedrag
              regel w = bedrag afgerond op een veelvoud van 4️⃣5%
              regel v = deel afgerond op een veelvoud van 5️⃣€0,20
              regel t = bedrag * 2
              regel u = bedrag afgerond op een veelvoud van 6️⃣t
            """, [
                .at("1️⃣", "RW0412", "moet groter dan nul zijn, maar is € 0,00"),
                .at("2️⃣", "RW0412", "moet groter dan nul zijn, maar is € -0,20"),
                .at("3️⃣", "RW0413", "'bedrag' is geen vaste waarde"),
                .at("4️⃣", "RW0411", "een bedrag wordt afgerond op een veelvoud van dezelfde soort, maar dit is een percentage"),
                .at("5️⃣", "RW0411", "een percentage wordt afgerond op een veelvoud van dezelfde soort, maar dit is een bedrag"),
                .at("6️⃣", "RW0413", "'t' is geen vaste waarde"),
            ])
        // A negative multiple was meant positive; for the others, an example of the right kind.
        let c = compileer(Self.kop + "  regel x = bedrag afgerond op een veelvoud van -€0,25\n  regel y = deel afgerond op een veelvoud van deel")
        #expect(c.diagnostics.gesorteerd.map(\.suggestie) == [.bedoeldeU("€ 0,25"), .schrijfVeelvoud("5%")])
    }

    /// `afgerond op een veelvoud` needs `van` and a value; the message names every way to round.
    @Test func zonderVanIsEenSyntaxfout() {
        expectDiagnostics(Self.kop + "  regel x = bedrag afgerond op een veelvoud 1️⃣€0,20", [.at("1️⃣", "RW0105", "verwacht 'van'")])
        expectDiagnostics(Self.kop + "  regel x = bedrag afgerond op 1️⃣veelvouden", [
            .at("1️⃣", "RW0105", "'centen', 'hele euro's', een aantal 'decimalen' of 'een veelvoud van'"),
        ])
    }

    /// The plan keeps the multiple in a constant slot; `regelwerk plan` names it; a plan whose multiple slot is
    /// not a constant's is refused before it runs.
    @Test func hetPlanLeestHetVeelvoudUitEenConstante() throws {
        let c = compileer(Self.kop + "  regel x = bedrag naar beneden afgerond op een veelvoud van €0,20")
        #expect(!c.diagnostics.heeftFouten)
        var plan = Planner.maak(c.regelset)
        let tekst = PlanWeergave.tekst(plan)
        #expect(tekst.contains("  s0 = 0.2\n"), "\(tekst)")
        // The rounding writes the rule's own slot (s2): no temporary and copy; the block's one alternative is recorded
        // where it ends.
        #expect(tekst.contains("afrondingVeelvoud s2 <- s1, veelvoud van s0, naarBeneden\n  0002  terug   (koos regel   artikel 30)"), "\(tekst)")
        #expect(plan.operandenBinnenBereik)
        let i = try #require(plan.code.firstIndex { $0.op == .afrondingVeelvoud })
        plan.code[i].c = 1      // the case field's slot: not a constant
        #expect(!plan.operandenBinnenBereik)
        plan.code[i].c = 0
        plan.code[i].d = Int32(Getal.Afronding.allCases.count)
        #expect(!plan.operandenBinnenBereik)
    }

    /// Constant operands are rounded when checked, with the interpreter's arithmetic.
    @Test func eenConstanteWordtMeteenAfgerond() throws {
        let c = compileer(Self.kop + "  regel x = €3,47 naar boven afgerond op een veelvoud van €0,20")
        let d = try #require(c.regelset.definitie("x"))
        guard case .uitdrukking(.constante(let w, .bedrag, _)) = c.regelset.definities[d].lichaam else {
            Issue.record("niet gevouwen")
            return
        }
        #expect(w == .getal(g("3.6")))
    }

    static let model = """
    regeling "M"
    geval
      bedrag: bedrag
    einde
    uitvoer x
    artikel 30
      lid 3 "De bedragen worden naar beneden afgerond op een veelvoud van [bedrag]."
        open stap "het veelvoud": bedrag
        regel x "het bedrag": bedrag = bedrag naar beneden afgerond op een veelvoud van stap
    """

    static func verordening(_ stap: String) -> String {
        "verordening \"V\" volgt \"M\"\n  gemeente GM0001 geldig vanaf 2020-01-01\nartikel 30\n  invulling stap = \(stap)\n"
    }

    /// The multiple may be an open term the municipality fills in: € 0,25 rounds € 6,94 down to € 6,75 (27,76
    /// multiples), and the motivation shows the value filled in.
    @Test func eenVeelvoudDatDeGemeenteInvult() throws {
        let b = try beslisRegels([Self.model, Self.verordening("€0,25")], geval: #"{"bedrag": "6.94"}"#)
        #expect(uitkomst(b, "x") == "€ 6,75")
        let tekst = BesluitWeergave.tekst(b)
        #expect(tekst.contains("Berekening: € 6,94 = € 6,94, naar beneden afgerond op een veelvoud van € 0,25: € 6,75."), "\(tekst)")
    }

    /// Filled in with nothing to round to: the error points at the multiple in the rule.
    @Test func eenIngevuldVeelvoudVanNulIsEenFout() {
        let c = Compilatie.compileer([("model.regels", Self.model), ("v.regels", Self.verordening("€0"))])
        #expect(c.diagnostics.gesorteerd.filter { $0.ernst == .fout }.map(\.code) == ["RW0412"],
                "\(DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.alle))")
    }
}
