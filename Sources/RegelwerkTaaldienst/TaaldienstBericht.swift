// Taaldienst: the catalogue of the language server's own texts (protocol errors, hover labels, code action
// titles), in Dutch and English. Diagnostics keep theirs in ``Bericht``; the ordinance's own words (artikel,
// lid, the model's text) stay Dutch, as in a decision.

import RegelwerkKern

/// A text the language server shows in the editor, or sends back as an error.
package enum TaaldienstBericht: Sendable {
    case geenObject
    case ongeldigeID
    case geenJSONRPC
    case geenMethode
    case kaderZonderLengte(String)
    case kaderTeLang(Int)
    case kopTeLang
    case nietGestart
    case afgesloten
    case onbekendeMethode(String)
    case ongeldigeParameters(String)
    case documentNietOpen(String)
    // Hover labels.
    case openTerm
    case regel
    case gevalveld
    case recordveld(String)
    case keuzewaarde(String)
    case soort
    case gegevens
    case landelijkBedrag
    case bevoegdheid
    case beslissing
    case ingevuldPerVersie
    case nietIngevuld
    case versie(String)
    case voorbeeld(String)
    case invulling
    case waardenVanaf
    // Code actions.
    case vervangDoor(String)
    case vulIn(String)

    package func tekst(_ taal: Taal) -> String {
        switch taal {
        case .nl: nl
        case .en: en
        }
    }

    var nl: String {
        switch self {
        case .geenObject: "een bericht moet een JSON-object zijn"
        case .ongeldigeID: "het veld 'id' moet een tekst of een getal zijn"
        case .geenJSONRPC: "het veld 'jsonrpc' moet \"2.0\" zijn"
        case .geenMethode: "het veld 'method' ontbreekt of is geen tekst"
        case .kaderZonderLengte(let k): "kop zonder geldige Content-Length: '\(k)'"
        case .kaderTeLang(let n): "bericht van \(n) bytes is te groot (ten hoogste \(Kaderlezer.maximumLengte)); overgeslagen"
        case .kopTeLang: "kop van meer dan \(Kaderlezer.maximumKop) bytes zonder lege regel; overgeslagen"
        case .nietGestart: "de server is nog niet gestart: eerst 'initialize'"
        case .afgesloten: "de server is afgesloten ('shutdown'); alleen 'exit' kan nog"
        case .onbekendeMethode(let m): "onbekende methode '\(m)'"
        case .ongeldigeParameters(let m): "ongeldige parameters voor '\(m)'"
        case .documentNietOpen(let u): "document is niet geopend: \(u)"
        case .openTerm: "open term"
        case .regel: "regel"
        case .gevalveld: "veld van het geval"
        case .recordveld(let r): "veld van \(r)"
        case .keuzewaarde(let s): "waarde van soort \(s)"
        case .soort: "soort"
        case .gegevens: "gegevens"
        case .landelijkBedrag: "landelijk bedrag"
        case .bevoegdheid: "bevoegdheid van het college"
        case .beslissing: "beslissing"
        case .ingevuldPerVersie: "Ingevuld:"
        case .nietIngevuld: "niet ingevuld"
        case .versie(let p): "versie \(p)"
        case .voorbeeld(let v): "het model noemt als voorbeeld \(v)"
        case .invulling: "invulling van de open term"
        case .waardenVanaf: "Waarden:"
        case .vervangDoor(let n): "Vervang door '\(n)'"
        case .vulIn(let t): "Vul in: \(t)"
        }
    }

    var en: String {
        switch self {
        case .geenObject: "a message must be a JSON object"
        case .ongeldigeID: "the field 'id' must be a string or a number"
        case .geenJSONRPC: "the field 'jsonrpc' must be \"2.0\""
        case .geenMethode: "the field 'method' is missing or not a string"
        case .kaderZonderLengte(let k): "header without a valid Content-Length: '\(k)'"
        case .kaderTeLang(let n): "message of \(n) bytes is too large (at most \(Kaderlezer.maximumLengte)); skipped"
        case .kopTeLang: "header of more than \(Kaderlezer.maximumKop) bytes without a blank line; skipped"
        case .nietGestart: "the server has not been initialized: send 'initialize' first"
        case .afgesloten: "the server has been shut down ('shutdown'); only 'exit' is accepted"
        case .onbekendeMethode(let m): "unknown method '\(m)'"
        case .ongeldigeParameters(let m): "invalid parameters for '\(m)'"
        case .documentNietOpen(let u): "document is not open: \(u)"
        case .openTerm: "open term"
        case .regel: "rule"
        case .gevalveld: "case field"
        case .recordveld(let r): "field of \(r)"
        case .keuzewaarde(let s): "value of sort \(s)"
        case .soort: "sort"
        case .gegevens: "record"
        case .landelijkBedrag: "national amount"
        case .bevoegdheid: "power of the college"
        case .beslissing: "decision"
        case .ingevuldPerVersie: "Filled in:"
        case .nietIngevuld: "not filled in"
        case .versie(let p): "version \(p)"
        case .voorbeeld(let v): "the model suggests \(v)"
        case .invulling: "fill-in of the open term"
        case .waardenVanaf: "Values:"
        case .vervangDoor(let n): "Replace with '\(n)'"
        case .vulIn(let t): "Fill in: \(t)"
        }
    }
}
