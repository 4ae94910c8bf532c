// Syntax: the tokens the lexer produces from rule-file text.

/// Reserved words. Everything the grammar spells in quotes is either one of these or a
/// ``Token/contextueleWoorden`` entry; `GrammarTests` checks both lists against `Grammar/regelwerk.ebnf`.
public enum Sleutelwoord: String, Sendable, CaseIterable {
    case regeling, verordening, parameters, parameter, volgt, versie, soort, `is`, van, gegevens, geval, einde
    case artikel, lid, onderdeel, open, bijvoorbeeld, ten, invulling, uitvoer, eis
    case regel, tenzij, dan, volgens, tabel, op, met, anders, tot, vanaf
    case en, of, niet, als, uitzondering, `in`, waar, onwaar, afgerond, naar
    case som, aantal, bestaat, voor, elke, waarvoor, waarbij
    case proeven, proef, verwacht, bevoegdheid, variant, geen
}

public enum TokenSoort: Sendable, Equatable {
    case sleutelwoord(Sleutelwoord)
    case naam(String)
    case getal(Getal)
    case bedrag(Getal)
    case percentage(Getal)      // stored as the fraction: 10% is 1/10
    case datum(Datum)
    case tekst(String)
    case symbool(String)        // : , ( ) = <> < <= > >= + - * / -> . °
    case einde                  // end of file
}

public struct Token: Sendable {
    public var soort: TokenSoort
    public var bereik: SourceRange

    /// How a token is named in "verwacht X, maar vond Y".
    public var beschrijving: String {
        switch soort {
        case .sleutelwoord(let s): "'\(s.rawValue)'"
        case .naam(let n): "naam '\(n)'"
        case .getal(let g): "getal \(g.decimaleTekst(scheiding: ","))"
        case .bedrag: "een bedrag"
        case .percentage: "een percentage"
        case .datum(let d): "datum \(d)"
        case .tekst: "een tekst"
        case .symbool(let s): "'\(s)'"
        case .einde: "het einde van het bestand"
        }
    }

    /// Words with a meaning only in one position (type names, units, table words): they stay
    /// usable as names elsewhere, so a field may be called `datum` or `bedrag`.
    public static let contextueleWoorden: Set<String> = [
        "een", "afwijking", "minste", "hoogste", "eerste", "unieke", "treffer", "hoofdstuk", "paragraaf",
        "boven", "beneden", "centen", "hele", "euro's", "decimalen", "veelvoud", "meer", "minder", "hoger",
        "bedrag", "getal", "geheel", "percentage", "datum", "duur", "tekst", "waarheidswaarde", "lijst",
        "minimum", "maximum", "gemeente", "geldig", "beslissing", "peildatum", "fout", "per", "facultatief", "opgenomen", "kenmerk", "plaats", "onder",
        "termijn", "na", "de", "laatste", "leeftijd", "tussen", "laagste", "dezelfde", "ander",
        "keuze", "overgangsrecht", "eigen", "vastgesteld",
        "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren", "werkdag", "werkdagen",
    ]

    public static let symbolen: [String] = [
        "->", "<>", "<=", ">=", ":", ",", "(", ")", "=", "<", ">", "+", "-", "*", "/", ".", "°", "[", "]", "{", "}",
    ]
}
