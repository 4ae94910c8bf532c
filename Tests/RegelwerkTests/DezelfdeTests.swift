// `aantal m in l waarvoor f met dezelfde k als een ander`: the elements that pass the filter and share their key
// with another that passes it. Counted by hashing the keys; the values here are worked out by hand.
import Testing
@testable import RegelwerkKern
import RegelwerkGevallen

private func dezelfde(_ uitdrukking: String, _ maanden: String) throws -> String? {
    let regels = """
    regeling "Dezelfde"
    soort Aard is een van
      loon "loon",
      uitkering "uitkering"
    gegevens Maandinkomen
      maand: datum
      inkomen: bedrag
      aard: Aard
      omschrijving: tekst
    einde
    geval
      maandinkomens: lijst van Maandinkomen
    einde
    uitvoer x
    artikel 1
      regel x \(uitdrukking.hasPrefix("volgens") ? "" : "= ")\(uitdrukking)
    """
    return try beslisRegels([regels], geval: #"{"maandinkomens": \#(maanden)}"#).uitkomsten.first?.tekst
}

private func m(_ maand: String, _ inkomen: String = "100", aard: String = "loon", omschrijving: String = "a") -> String {
    #"{"maand": "\#(maand)", "inkomen": \#(inkomen), "aard": "\#(aard)", "omschrijving": "\#(omschrijving)"}"#
}

@Suite struct DezelfdeTests {
    static let perMaand = "aantal m in maandinkomens met dezelfde eerste dag van de maand van m.maand als een ander"
    static let inPeriode = "aantal m in maandinkomens waarvoor m.maand >= 2024-02-01 met dezelfde eerste dag van de maand van m.maand als een ander"

    @Test(arguments: [
        // Empty list: nothing shares a key.
        (perMaand, "[]", "0"),
        // All distinct.
        (perMaand, "[\(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-03-01"))]", "0"),
        // One month given twice (on another day of the month too): both entries count.
        (perMaand, "[\(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-02-15"))]", "2"),
        // One month three times, another twice: 3 + 2.
        (perMaand, "[\(m("2024-02-01")), \(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-03-01")), \(m("2024-01-31")), \(m("2024-02-29"))]", "5"),
        // The filter leaves out one of the two January entries: the other no longer shares its month.
        (inPeriode, "[\(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-01-20")), \(m("2024-03-01"))]", "0"),
        (inPeriode, "[\(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-01-20")), \(m("2024-02-01"))]", "2"),
        // Numbers as keys: 100 and 100,00 are one key; enumeration and text keys.
        ("aantal m in maandinkomens met dezelfde m.inkomen als een ander", "[\(m("2024-01-01", "100")), \(m("2024-02-01", "100.00")), \(m("2024-03-01", "100.01"))]", "2"),
        ("aantal m in maandinkomens met dezelfde m.aard als een ander", "[\(m("2024-01-01", aard: "uitkering")), \(m("2024-02-01")), \(m("2024-03-01", aard: "uitkering"))]", "2"),
        ("aantal m in maandinkomens met dezelfde m.omschrijving als een ander", "[\(m("2024-01-01", omschrijving: "vakantiegeld")), \(m("2024-02-01", omschrijving: "loon")), \(m("2024-03-01", omschrijving: "vakantiegeld"))]", "2"),
    ])
    func telt(_ uitdrukking: String, _ maanden: String, _ verwacht: String) throws {
        #expect(try dezelfde(uitdrukking, maanden) == verwacht)
    }

    /// The same as comparing every element with every other, as the model did before (37² comparisons).
    @Test(arguments: [
        "[]",
        "[\(m("2024-01-01")), \(m("2024-02-01")), \(m("2024-02-15")), \(m("2024-02-20")), \(m("2024-04-01")), \(m("2024-04-30"))]",
    ])
    func gelijkAanParen(_ maanden: String) throws {
        let paren = "aantal m in maandinkomens waarvoor (aantal n in maandinkomens waarvoor eerste dag van de maand van n.maand = eerste dag van de maand van m.maand) > 1"
        #expect(try dezelfde(Self.perMaand, maanden) == dezelfde(paren, maanden))
    }

    /// An element whose key is missing is an error naming the field, as in the other aggregates.
    @Test func ontbrekendeSleutel() throws {
        do {
            _ = try dezelfde(Self.perMaand, #"[\#(m("2024-01-01")), {"inkomen": 100, "aard": "loon", "omschrijving": "a"}]"#)
            Issue.record("verwacht een fout")
        } catch let f as Beslisfout {
            guard case .veldOntbreekt(let veld, _, _) = f.bericht else { Issue.record("\(f.bericht)"); return }
            #expect(veld.hasSuffix(".maand"), "\(veld)")
        }
    }

    /// Nested: the key buffer of an aggregate inside the filter is its own.
    @Test func genest() throws {
        let genest = "aantal m in maandinkomens waarvoor (aantal n in maandinkomens met dezelfde n.aard als een ander) > 0 met dezelfde eerste dag van de maand van m.maand als een ander"
        #expect(try dezelfde(genest, "[\(m("2024-01-01")), \(m("2024-01-02", aard: "uitkering")), \(m("2024-02-01", aard: "uitkering"))]") == "2")
    }

    @Test func sleutelVanEenOngeschikteSoort() {
        let c = compileer("""
        regeling "Dezelfde"
        gegevens M
          betaald: waarheidswaarde
        einde
        geval
          l: lijst van M
        einde
        uitvoer x
        artikel 1
          regel x = aantal m in l met dezelfde m.betaald als een ander
        """)
        #expect(c.diagnostics.alle.contains { $0.bericht == .sleutelOngeschikt("m.betaald", "waarheidswaarde") })
    }

    /// "met eerste treffer" after a count in a table stays the table's.
    @Test func tabelMetEersteTreffer() throws {
        let x = "volgens tabel op aantal m in maandinkomens met eerste treffer\n    tot 2 -> 1\n    anders -> 2\n  einde"
        #expect(try dezelfde(x, "[\(m("2024-01-01"))]") == "1")
    }
}
