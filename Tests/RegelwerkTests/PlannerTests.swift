// The planner: what it emits for a rule, beside what the rule decides. Values worked out by hand.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen

@Suite struct PlannerTests {
    static let regels = """
    regeling "Plan"
    geval
      a: getal
    einde
    uitvoer x, y, z
    artikel 1
      regel x = als a > 10 dan a * 2 anders a + 1
      regel y = a > 5 en a < 20
      regel z = a < 0 of a > 100
    """

    /// The arms of `als` and both sides of `en` and `of` write the rule's own slot: the plan has no temporary
    /// and copy for them (issue 17: such copies were a quarter of the model's plans).
    @Test func armenSchrijvenDeRegelZelf() throws {
        let c = Compilatie.compileer([("plan.regels", Self.regels)])
        #expect(!c.diagnostics.heeftFouten)
        let plan = Planner.maak(c.regelset)
        #expect(!plan.code.contains { $0.op == .kopie }, "\(PlanWeergave.tekst(plan))")
        #expect(plan.operandenBinnenBereik)
    }

    static let herhaald = """
    regeling "Plan"
    geval
      a: geheel getal
      b: geheel getal
    einde
    uitvoer c, d
    artikel 1
      regel x: geheel getal = a + 1
      regel c = x > 1 en x < 10 en b > x en b < 20
      regel d: geheel getal = (als a > 0 dan x anders 0) + x
    """

    /// A block asks for a rule once on every way to where it reads it, and checks a case field once: `c` reads `x`
    /// three times and `b` twice, one after the other (one `nodig`, one `eisInvoer` of `b` are left); `d` reads `x`
    /// in one arm of an `als` and after it, where the way through the other arm has not asked for it (both stay).
    /// The outcomes by hand: a = 5, b = 7 gives x = 6, c = 6 > 1 en 6 < 10 en 7 > 6 en 7 < 20 = waar, d = 6 + 6 = 12;
    /// a = -3, b = 7 gives x = -2, c = onwaar (-2 > 1 is not), d = 0 + -2 = -2.
    @Test(arguments: [("5", "7", "waar", "12"), ("-3", "7", "onwaar", "-2"), ("5", "30", "onwaar", "12")])
    func eenBlokVraagtEenRegelEenKeerPerWeg(a: String, b: String, c: String, d: String) throws {
        let comp = Compilatie.compileer([("plan.regels", Self.herhaald)])
        #expect(!comp.diagnostics.heeftFouten)
        let plan = Planner.maak(comp.regelset)
        #expect(plan.operandenBinnenBereik)
        let set = comp.regelset
        func code(van naam: String) throws -> ArraySlice<Instructie> {
            let d = try #require(set.definities.firstIndex { $0.naam == naam })
            let blok = Int(plan.definitieBlok[d])
            let begin = Int(plan.blokken[blok].start)
            let eind = plan.blokken.map { Int($0.start) }.filter { $0 > begin }.min() ?? plan.code.count
            return plan.code[begin..<eind]
        }
        let x = try #require(set.definities.firstIndex { $0.naam == "x" }), blokX = plan.definitieBlok[x]
        let slotB = plan.invoerSlot[try #require(set.invoer.firstIndex { $0.naam == "b" })]
        let weergave = PlanWeergave.tekst(plan)
        // (A `nodig` followed by a copy is one `nodigKopie`, a checked field copied one `kopieInvoer`.)
        let vraagt: Set<Opcode> = [.nodig, .nodigKopie], eist: Set<Opcode> = [.eisInvoer, .kopieInvoer]
        #expect(try code(van: "c").filter { vraagt.contains($0.op) && $0.c == blokX }.count == 1, "\(weergave)")
        #expect(try code(van: "c").filter { eist.contains($0.op) && $0.b == slotB }.count == 1, "\(weergave)")
        #expect(try code(van: "d").filter { vraagt.contains($0.op) && $0.c == blokX }.count == 2, "\(weergave)")
        let besluit = try beslisRegels([Self.herhaald], geval: #"{"a": \#(a), "b": \#(b)}"#)
        #expect(besluit.uitkomsten.map(\.tekst) == [c, d])
    }

    static let paren = """
    regeling "Plan"
    geval
      a: geheel getal
      b: waarheidswaarde
    einde
    uitvoer y, z
    artikel 1
      regel x: geheel getal = a + 1
      regel y: geheel getal = x
      regel z = b
    artikel 2
      uitzondering op y in afwijking van artikel 1 als b dan 0
    """

    /// The pairs a plan has most are one instruction each: `z` checks `b` and copies it (`kopieInvoer`), `y` asks for
    /// `x` and copies its value (`nodigKopie`), and neither records its alternative at its start (`kies`) but where it
    /// ends, `z` always (its one alternative), `y` not (an exception may replace it). By hand: a = 4 and b onwaar give
    /// x = 5, y = 5 by artikel 1, z = onwaar; b waar gives y = 0 by the exception of artikel 2, z = waar.
    @Test(arguments: [("false", "onwaar", "5", "artikel 1"), ("true", "waar", "0", "artikel 2")])
    func parenWordenEenInstructie(json: String, b: String, y: String, grond: String) throws {
        let comp = Compilatie.compileer([("plan.regels", Self.paren)])
        #expect(!comp.diagnostics.heeftFouten)
        let plan = Planner.maak(comp.regelset)
        #expect(plan.operandenBinnenBereik)
        let weergave = PlanWeergave.tekst(plan)
        let set = comp.regelset
        func blok(_ naam: String) throws -> Int { Int(plan.definitieBlok[try #require(set.definities.firstIndex { $0.naam == naam })]) }
        let code = { (b: Int) in plan.code.indices.filter { plan.blokVan[$0] == Int32(b) }.map { plan.code[$0] } }
        let codeZ = try code(blok("z")), codeY = try code(blok("y")), blokX = Int32(try blok("x"))
        #expect(codeZ.map(\.op) == [.kopieInvoer, .terug] && codeZ.last?.d == 0, "\(weergave)")
        #expect(codeY.contains { $0.op == .nodigKopie && $0.c == blokX } && codeY.contains { $0.op == .kies }, "\(weergave)")
        #expect(!codeY.contains { $0.op == .eisInvoer || $0.op == .nodig }, "\(weergave)")
        let besluit = try beslisRegels([Self.paren], geval: #"{"a": 4, "b": \#(json)}"#)
        #expect(besluit.uitkomsten.map(\.tekst) == [y, b])
        let stapY = try #require(besluit.motivering.first { $0.waarden.first?.naam == "y" })
        #expect(stapY.citaat.description.hasPrefix(grond), "\(stapY.citaat)")
        let stapZ = try #require(besluit.motivering.first { $0.waarden.first?.naam == "z" })
        #expect(stapZ.citaat.description.hasPrefix("artikel 1"), "\(stapZ.citaat)")
    }

    static func vooraf(_ waarbij: String) -> String {
        """
        regeling "Plan"
        geval
          a: geheel getal
        einde
        uitvoer q2, r
        artikel 1
          regel p: geheel getal = a * 3
          regel q: geheel getal = p + 1
          regel q2: geheel getal = p + q
          regel s: geheel getal = q waarbij \(waarbij)
          regel r: geheel getal = p + s
        """
    }

    /// A block does not ask for a rule that every way to it has computed (its callers asked for it first): `q` is
    /// asked for by `q2` after `p`, and by `s` under a supposition that holds `p` itself fixed, which counts as computed
    /// there; so `q` does not ask for `p`. Under a supposition on the case field `a`, `p` is set aside and computed
    /// again inside it, though `r` asked for `p` before `s`: `q` must ask for it there, and keeps its `nodig`. By hand,
    /// a = 4: p = 12, q = 13, q2 = 12 + 13 = 25; under p = 10, q = 11, so s = 11 and r = 12 + 11 = 23; under a = 7,
    /// p = 21 and q = 22, so s = 22 and r = 12 + 22 = 34.
    @Test(arguments: [("p = 10", false, "23"), ("a = 7", true, "34")])
    func eenRegelDieElkeWegAlHeeftWordtNietGevraagd(waarbij: String, vraagtP: Bool, r: String) throws {
        let bron = Self.vooraf(waarbij)
        let comp = Compilatie.compileer([("plan.regels", bron)])
        #expect(!comp.diagnostics.heeftFouten)
        let plan = Planner.maak(comp.regelset)
        #expect(plan.operandenBinnenBereik)
        let set = comp.regelset
        func blok(_ naam: String) throws -> Int32 { plan.definitieBlok[try #require(set.definities.firstIndex { $0.naam == naam })] }
        let blokP = try blok("p"), blokQ = try blok("q")
        let vraagt: Set<Opcode> = [.nodig, .nodigKopie]
        let codeQ = plan.code.indices.filter { plan.blokVan[$0] == blokQ }.map { plan.code[$0] }
        #expect(codeQ.contains { vraagt.contains($0.op) && $0.c == blokP } == vraagtP, "\(PlanWeergave.tekst(plan))")
        let besluit = try beslisRegels([bron], geval: #"{"a": 4}"#)
        #expect(besluit.uitkomsten.map(\.tekst) == ["25", r])
    }

    static let tabel = """
    regeling "Plan"
    soort Kleur is een van rood, groen, blauw
    geval
      k: Kleur
    einde
    uitvoer x, y
    artikel 1
      regel x, y volgens tabel op k
        rood  -> 1, 10
        groen -> 2, 20
        blauw -> 3, 30
      einde
    """

    /// A table row records its row where it ends the block, not with a `kies` at its start and a jump to a shared end:
    /// the plan has no `kies` and a `terug` per row, and the motivation names the row. By hand: groen gives x = 2, y = 20.
    @Test(arguments: [("rood", "1", "10"), ("groen", "2", "20"), ("blauw", "3", "30")])
    func eenTabelrijEindigtHetBlokZelf(k: String, x: String, y: String) throws {
        let comp = Compilatie.compileer([("plan.regels", Self.tabel)])
        #expect(!comp.diagnostics.heeftFouten)
        let plan = Planner.maak(comp.regelset)
        #expect(plan.operandenBinnenBereik)
        let weergave = PlanWeergave.tekst(plan)
        #expect(!plan.code.contains { $0.op == .kies }, "\(weergave)")
        #expect(plan.code.filter { ($0.op == .terug || $0.op == .kopieTerug) && $0.d >= 0 }.count == 3, "\(weergave)")
        let besluit = try beslisRegels([Self.tabel], geval: #"{"k": "\#(k)"}"#)
        #expect(besluit.uitkomsten.map(\.tekst) == [x, y])
        let stap = try #require(besluit.motivering.first { $0.waarden.first?.naam == "x" })
        guard case .rij(let rij, _) = stap.grond else { Issue.record("geen tabelrij: \(stap.grond)"); return }
        #expect(rij == k)
    }

    static let velden = """
    regeling "Plan"
    soort Kleur is een van rood, groen, blauw
    gegevens Ding
      kleur: Kleur
      maat: geheel getal
    einde
    geval
      dingen: lijst van Ding
    einde
    uitvoer n
    artikel 1
      regel n: geheel getal = aantal d in dingen waarvoor (d.kleur is rood of d.kleur is groen) en d.kleur is niet blauw
        en d.maat > 2 en d.maat < 9 en d.maat <> 4
    """

    /// A block reads a field of a record once on every way to where it is read again: the condition reads `d.kleur`
    /// and `d.maat` three times each per element, the plan once each. By hand: rood 5 counts (rood, not blauw, 5 > 2,
    /// 5 < 9, 5 <> 4), groen 2 does not (2 > 2 is onwaar), blauw 7 not (neither rood nor groen), groen 8 counts, rood
    /// 10 not (10 < 9 is onwaar), groen 4 not (4 <> 4 is onwaar): n = 2; with only blauw 7 and groen 2, n = 0.
    @Test(arguments: [
        (#"[{"kleur": "rood", "maat": 5}, {"kleur": "groen", "maat": 2}, {"kleur": "blauw", "maat": 7}, {"kleur": "groen", "maat": 8}, {"kleur": "rood", "maat": 10}, {"kleur": "groen", "maat": 4}]"#, "2"),
        (#"[{"kleur": "blauw", "maat": 7}, {"kleur": "groen", "maat": 2}]"#, "0"),
    ])
    func eenVeldWordtEenKeerPerWegGelezen(dingen: String, n: String) throws {
        let comp = Compilatie.compileer([("plan.regels", Self.velden)])
        #expect(!comp.diagnostics.heeftFouten)
        let plan = Planner.maak(comp.regelset)
        #expect(plan.operandenBinnenBereik)
        let velden = plan.code.filter { $0.op == .veld }.map(\.c)
        #expect(velden.count == 2 && Set(velden).count == 2, "\(PlanWeergave.tekst(plan))")
        let besluit = try beslisRegels([Self.velden], geval: #"{"dingen": \#(dingen)}"#)
        #expect(besluit.uitkomsten.map(\.tekst) == [n])
    }

    /// A plan that follows coverage keeps each block's `kies` where the block takes it.
    @Test func eenPlanMetDekkingKiestWaarHetKiest() throws {
        let comp = Compilatie.compileer([("plan.regels", Self.paren)])
        let plan = Planner.maak(comp.regelset, dekking: true)
        #expect(plan.operandenBinnenBereik)
        #expect(plan.code.filter { $0.op == .kies }.count == 3 && !plan.code.contains { $0.op == .terug && $0.d != -1 })
    }

    static let uitzonderingen = """
    regeling "Plan"
    geval
      a: getal
    einde
    uitvoer x
    artikel 1
      regel x = a + 1
    artikel 2
      uitzondering op x in afwijking van artikel 1 als a > 10 dan 100
    artikel 3
      uitzondering op x in afwijking van artikel 1 als a < 0 dan 0
    """

    /// An exception group starts with one check over all its conditions that goes past the values and the choice
    /// when none holds (the common case), to just after the group's `uitzondering` and the rule's `kies`, recording the
    /// rule itself. By hand: a = 5 gives the rule, 5 + 1 = 6; a = 20 the exception of artikel 2, 100; a = -3 that of
    /// artikel 3, 0.
    @Test(arguments: [("5", "6"), ("20", "100"), ("-3", "0")])
    func eenUitzonderingsgroepBegintMetEenToetsOfGeenGeldt(a: String, x: String) throws {
        let c = Compilatie.compileer([("plan.regels", Self.uitzonderingen)])
        #expect(!c.diagnostics.heeftFouten)
        let plan = Planner.maak(c.regelset)
        let groep = try #require(plan.uitzonderingsgroepen.first)
        let toets = try #require(plan.code.firstIndex { $0.op == .geenUitzondering })
        let keuze = try #require(plan.code.firstIndex { $0.op == .uitzondering })
        #expect(toets < keuze && plan.code[toets].a == groep.voorwaarden && plan.code[toets].d == groep.aantal)
        // Past the rule's own `kies`, which it records itself (the way through `uitzondering` still reads the `kies`).
        #expect(plan.code[keuze + 1].op == .kies && plan.code[toets].b == plan.code[keuze + 1].d, "\(PlanWeergave.tekst(plan))")
        #expect(plan.code[toets].c == Int32(keuze + 2), "\(PlanWeergave.tekst(plan))")
        #expect(plan.operandenBinnenBereik)
        let b = try beslisRegels([Self.uitzonderingen], geval: #"{"a": \#(a)}"#)
        #expect(b.uitkomsten.map(\.tekst) == [x])
    }

    /// The interpreter reads the next instruction without asking whether there is one: a plan whose code does
    /// not end in a return or a jump is refused before it runs.
    @Test func eenPlanEindigtInTerugOfSprong() throws {
        let c = Compilatie.compileer([("plan.regels", Self.regels)])
        var plan = Planner.maak(c.regelset)
        #expect(plan.code.last?.op == .terug && plan.operandenBinnenBereik)
        plan.code.append(Instructie(.kopie, 0, 0))
        #expect(!plan.operandenBinnenBereik)
        plan.code.append(Instructie(.spring, 0, 0, 0))
        #expect(plan.operandenBinnenBereik)
    }

    /// No jump of any plan of the Examples lands on an unconditional jump: the planner threads such chains
    /// (a loop body's last jump went to a jump back to the loop's start, twice per list element).
    @Test func geenSprongNaarEenSprong() throws {
        let c = try Compilatie.lees(paden: voorbeeldRegels)
        let beslisser = try Beslisser(c)
        var sprongen = 0
        for b in beslisser.beslissingen {
            for plan in b.plannen {
                for ins in plan.code {
                    switch ins.op {
                    case .spring, .springAlsOnwaar, .springAlsWaar, .volgende, .geenUitzondering:
                        sprongen += 1
                        #expect(plan.code[Int(ins.c)].op != .spring, "\(b.naam): \(PlanWeergave.tekst(plan))")
                    default: continue
                    }
                }
                #expect(plan.operandenBinnenBereik)
            }
        }
        #expect(sprongen > 100)
    }

    /// By hand: a = 15: x = 15 × 2 = 30, y = (15 > 5) en (15 < 20) = waar, z = onwaar; a = 3: x = 3 + 1 = 4,
    /// y = onwaar (3 > 5 is onwaar: 3 < 20 is not looked at), z = onwaar; a = 25: x = 50, y = onwaar (25 < 20
    /// is onwaar); a = -1: x = 0, y = onwaar, z = waar; a = 101: x = 202, y = onwaar, z = waar.
    @Test(arguments: [
        ("15", "30", true, false), ("3", "4", false, false), ("25", "50", false, false), ("-1", "0", false, true),
        ("101", "202", false, true),
    ])
    func beslistZoalsDeRegelZegt(_ a: String, _ x: String, _ y: Bool, _ z: Bool) throws {
        let b = try Beslisser(Compilatie.compileer([("plan.regels", Self.regels)]))
        let uit = try b.beslis(.object([("a", .getal(a))])).get()
        #expect(uit.waarde("x") == Getal.lees(Substring(x)).map { .getal($0) })
        #expect(uit.waarde("y") == .waarheid(y))
        #expect(uit.waarde("z") == .waarheid(z))
    }
}
