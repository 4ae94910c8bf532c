// Taaldienst: scripted LSP conversations driven in-process through the server's message handler, with
// position markers in the Examples' text (as the golden and diagnostic tests use them); the framing of the
// byte stream; UTF-16 positions; and the whole server through `regelwerk lsp` with a malformed message.
// Every expected value is worked out by hand from the Examples (line numbers counted from 0, as LSP does).

import Foundation
import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkTaaldienst
@testable import RegelwerkCLI

/// A scripted client: sends messages to one server and reads what comes back.
struct Gesprek {
    var dienst = Taaldienst(taal: .nl, taalVast: true)
    var volgendeID = 1

    /// Sends a JSON text as it is; returns the server's messages.
    mutating func stuur(_ json: String) -> [JSONWaarde] { dienst.behandel(Array(json.utf8)) }

    /// Sends a request and returns its response (exactly one comes back, with the request's id).
    mutating func verzoek(_ methode: String, _ params: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONWaarde {
        let id = volgendeID
        volgendeID += 1
        let uit = stuur(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(methode)","params":\#(params)}"#)
        #expect(uit.count == 1, "één antwoord op \(methode)", sourceLocation: sourceLocation)
        #expect(uit.first?["id"] == .n(id), sourceLocation: sourceLocation)
        return uit.first ?? .null
    }

    /// Sends a notification; a notification gets no response.
    mutating func meld(_ methode: String, _ params: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let uit = stuur(#"{"jsonrpc":"2.0","method":"\#(methode)","params":\#(params)}"#)
        #expect(uit.isEmpty, "geen antwoord op een notificatie", sourceLocation: sourceLocation)
    }

    /// `initialize` with the repository as the workspace folder, then `initialized`.
    mutating func start(snippets: Bool = false) -> JSONWaarde {
        let wortel = JSONSchrijver.tekst(Werkruimte.uri(pad: repoWortel.path))
        let r = verzoek("initialize", #"{"processId":null,"rootUri":\#(wortel),"capabilities":{"textDocument":{"completion":{"completionItem":{"snippetSupport":\#(snippets)}}}}}"#)
        meld("initialized", "{}")
        return r
    }

    /// Opens a document with the given text under the path of a file of the repository.
    mutating func open(_ relatief: String, _ tekst: String) {
        meld("textDocument/didOpen", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(relatief))),"languageId":"regelwerk","version":1,"text":\#(JSONSchrijver.tekst(tekst))}}"#)
    }

    /// A request at a position of a document.
    mutating func opPlek(_ methode: String, _ relatief: String, _ p: (Int, Int), extra: String = "") -> JSONWaarde {
        verzoek(methode, #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(relatief)))},"position":{"line":\#(p.0),"character":\#(p.1)}\#(extra)}"#)["result"] ?? .null
    }

    /// The diagnostics published for a document after the debounce, if any were.
    mutating func meldingen(_ relatief: String) -> [JSONWaarde]? {
        let u = uri(relatief)
        return dienst.controleer().last { $0["method"]?.tekst == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.tekst == u }?["params"]?["diagnostics"]?.lijst
    }
}

func uri(_ relatief: String) -> String { Werkruimte.uri(pad: repoWortel.appendingPathComponent(relatief).path) }

func voorbeeld(_ relatief: String) throws -> String {
    try String(contentsOf: repoWortel.appendingPathComponent(relatief), encoding: .utf8)
}

/// The LSP position (line, UTF-16 character) of a UTF-8 offset, counted with the standard library's own
/// UTF-16 view: independent of the server's conversion, which it checks.
func lspPositie(_ tekst: String, _ offset: UInt32?) -> (Int, Int) {
    let voor = String(decoding: Array(tekst.utf8)[..<Int(offset ?? 0)], as: UTF8.self)
    let regels = voor.split(separator: "\n", omittingEmptySubsequences: false)
    return (regels.count - 1, regels.last.map { $0.utf16.count } ?? 0)
}

/// The LSP position of the first `zoek` in the example file `pad`, `na` characters in: where a declaration
/// stands, found by its text, so that adding lines to the Examples does not move the expectation.
func plekVan(_ zoek: String, in pad: String, na: Int = 0) -> (Int, Int) {
    let tekst = (try? String(contentsOf: repoWortel.appendingPathComponent(pad), encoding: .utf8)) ?? ""
    guard let r = tekst.range(of: zoek) else { return (-1, -1) }
    return lspPositie(tekst, UInt32(tekst.utf8.distance(from: tekst.utf8.startIndex, to: r.lowerBound) + na))
}

/// `{"line":l,"character":c}` as a pair.
func paar(_ w: JSONWaarde?) -> (Int, Int)? {
    guard let l = w?["line"]?.geheel, let c = w?["character"]?.geheel else { return nil }
    return (l, c)
}

let gemeente2024 = "Examples/gemeenten/voorbeeldstad/2024/afstemming.regels"
let modelAfstemming = "Examples/model/afstemming.regels"

@Suite struct TaaldienstTests {
    // MARK: - Lifecycle and protocol errors

    @Test func initializeNoemtDeMogelijkheden() {
        var g = Gesprek()
        let r = g.start()
        let m = r["result"]?["capabilities"]
        #expect(m?["positionEncoding"]?.tekst == "utf-16")
        #expect(m?["textDocumentSync"]?["change"] == .n(2))
        for k in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider"] {
            #expect(m?[k] == .waarheid(true), "\(k)")
        }
        #expect(m?["codeActionProvider"]?["codeActionKinds"] == .array([.tekst("quickfix")]))
        #expect(r["result"]?["serverInfo"]?["name"]?.tekst == "regelwerk")
    }

    @Test(arguments: [
        ("{kapot", -32700),                                                        // no JSON
        (#"[1, 2]"#, -32600),                                                      // a batch: not used by LSP
        (#""tekst""#, -32600),
        (#"{"id":1,"method":"initialize"}"#, -32600),                              // no "jsonrpc"
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"initialize"}"#, -32600),        // an id that is an object
        (#"{"jsonrpc":"2.0","id":1}"#, -32600),                                    // no method
        (#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}"#, -32002),  // before initialize
    ])
    func foutBerichtKrijgtFoutantwoord(_ bericht: String, _ code: Int) {
        var g = Gesprek()
        let uit = g.stuur(bericht)
        #expect(uit.count == 1)
        #expect(uit.first?["error"]?["code"] == .n(code), "\(bericht)")
        #expect(uit.first?["jsonrpc"]?.tekst == "2.0")
    }

    @Test func foutantwoordDraagtHetIdVanHetVerzoek() {
        var g = Gesprek()
        let uit = g.stuur(#"{"jsonrpc":"2.0","id":"abc","method":"textDocument/hover","params":{}}"#)
        #expect(uit.first?["id"] == .tekst("abc"))
        #expect(uit.first?["error"]?["code"] == .n(-32002))
    }

    @Test func onbekendeMethodeEnOngeldigeParameters() {
        var g = Gesprek()
        _ = g.start()
        let onbekend = g.verzoek("workspace/symbool", "{}")
        #expect(onbekend["error"]?["code"] == .n(-32601))
        let zonderPlek = g.verzoek("textDocument/hover", #"{"textDocument":{}}"#)
        #expect(zonderPlek["error"]?["code"] == .n(-32602))
        let negatief = g.verzoek("textDocument/hover", #"{"textDocument":{"uri":"file:///x.regels"},"position":{"line":-1,"character":0}}"#)
        #expect(negatief["error"]?["code"] == .n(-32602))
        // A notification the server does not know is ignored, without a response.
        g.meld("$/onbekend", "{}")
        // A document that is not open has nothing to show: no result, no error.
        let nergens = g.opPlek("textDocument/hover", "nergens.regels", (0, 0))
        #expect(nergens == .null)
    }

    @Test func shutdownEnExit() {
        var g = Gesprek()
        _ = g.start()
        let afgesloten = g.verzoek("shutdown", "null")
        #expect(afgesloten["result"] == .null)
        let daarna = g.verzoek("textDocument/hover", "{}")
        #expect(daarna["error"]?["code"] == .n(-32600))
        #expect(g.dienst.afsluitcode == nil)
        g.meld("exit", "null")
        #expect(g.dienst.afsluitcode == 0)

        var zonder = Gesprek()
        _ = zonder.start()
        zonder.meld("exit", "null")
        #expect(zonder.dienst.afsluitcode == 1)
    }

    // MARK: - Diagnostics and code actions

    @Test func typfoutInEenInvullingWordtOnderstreeptMetBedoeldeU() throws {
        var g = Gesprek()
        _ = g.start()
        let bron = try voorbeeld(gemeente2024).replacingOccurrences(of: "invulling duur_eerste_categorie =",
                                                                    with: "invulling 1️⃣duur_eerste_categrie2️⃣ =")
        let (tekst, plek) = zonderMarkeringen(bron)
        g.open(gemeente2024, tekst)
        #expect(g.dienst.wachtOpControle)
        let gepubliceerd = g.meldingen(gemeente2024)
        let meldingen = try #require(gepubliceerd)
        let typfout = try #require(meldingen.first { $0["code"]?.tekst == "RW0301" })
        // "invulling duur_eerste_categrie" is line 11 of the file: line 10 from 0, the name from character 10.
        #expect(paar(typfout["range"]?["start"]).map { $0 == (10, 10) } == true)
        #expect(paar(typfout["range"]?["end"]).map { $0 == (10, 30) } == true)
        #expect(paar(typfout["range"]?["start"]).map { $0 == lspPositie(tekst, plek["1️⃣"]) } == true)
        #expect(paar(typfout["range"]?["end"]).map { $0 == lspPositie(tekst, plek["2️⃣"]) } == true)
        #expect(typfout["severity"] == .n(1))
        #expect(typfout["source"]?.tekst == "regelwerk")
        #expect(typfout["message"]?.tekst?.hasPrefix("onbekende naam 'duur_eerste_categrie'") == true)
        #expect(typfout["message"]?.tekst?.hasSuffix("bedoelde u 'duur_eerste_categorie'?") == true)
        // The open term is now unfilled: said at the ordinance's header, with the model's open term as related place.
        let leeg = try #require(meldingen.first { $0["code"]?.tekst == "RW0506" })
        let verwant = try #require(leeg["relatedInformation"]?.lijst?.first)
        #expect(verwant["location"]?["uri"]?.tekst == uri(modelAfstemming))
        #expect(paar(verwant["location"]?["range"]?["start"]).map { $0 == plekVan("open duur_eerste_categorie", in: modelAfstemming, na: 5) } == true)
        #expect(g.dienst.wachtOpControle == false)

        // The quick fix replaces the name by the suggestion.
        let acties = g.verzoek("textDocument/codeAction", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024)))},"range":{"start":{"line":10,"character":12},"end":{"line":10,"character":12}},"context":{"diagnostics":[]}}"#)["result"]?.lijst ?? []
        let vervang = try #require(acties.first { $0["title"]?.tekst == "Vervang door 'duur_eerste_categorie'" })
        #expect(vervang["kind"]?.tekst == "quickfix")
        let bewerking = try #require(vervang["edit"]?["changes"]?[uri(gemeente2024)]?.lijst?.first)
        #expect(bewerking["newText"]?.tekst == "duur_eerste_categorie")
        #expect(paar(bewerking["range"]?["start"]).map { $0 == (10, 10) } == true)

        // Applying it as an incremental change clears the file's diagnostics: an empty list is published.
        g.meld("textDocument/didChange", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024))),"version":2},"contentChanges":[{"range":{"start":{"line":10,"character":10},"end":{"line":10,"character":30}},"text":"duur_eerste_categorie"}]}"#)
        let daarna = g.meldingen(gemeente2024)
        #expect(daarna?.isEmpty == true)
    }

    @Test func ontbrekendeInvullingKrijgtVulInActie() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(gemeente2024).replacingOccurrences(of: "invulling duur_52 = 1 maand\n", with: "")
        g.open(gemeente2024, tekst)
        let gepubliceerd = g.meldingen(gemeente2024)
        let meldingen = try #require(gepubliceerd)
        let leeg = try #require(meldingen.first { $0["code"]?.tekst == "RW0506" })
        // At the header: "verordening" on line 5 of the file.
        #expect(paar(leeg["range"]?["start"]).map { $0 == (4, 0) } == true)
        let acties = g.verzoek("textDocument/codeAction", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024)))},"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":0}},"context":{"diagnostics":[]}}"#)["result"]?.lijst ?? []
        let vul = try #require(acties.first { $0["title"]?.tekst == "Vul in: invulling duur_52 = 1 maand" })
        let bewerking = try #require(vul["edit"]?["changes"]?[uri(gemeente2024)]?.lijst?.first)
        #expect(bewerking["newText"]?.tekst == "invulling duur_52 = 1 maand\n")
        // At the end of the text (it ends with a line break, so on the empty last line).
        let regels = tekst.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(paar(bewerking["range"]?["start"]).map { $0 == (regels - 1, 0) } == true)
    }

    @Test func eenBestandDatNietTeLezenIsKrijgtTochMeldingen() throws {
        var g = Gesprek()
        _ = g.start()
        g.open(gemeente2024, try voorbeeld(gemeente2024) + "invulling = = =\n")
        let gepubliceerd = g.meldingen(gemeente2024)
        let meldingen = try #require(gepubliceerd)
        #expect(meldingen.contains { $0["code"]?.tekst == "RW0105" })
    }

    @Test func engelsAlsDeEditorEngelsSpreekt() throws {
        var g = Gesprek(dienst: Taaldienst(taal: .nl, taalVast: false))
        let wortel = JSONSchrijver.tekst(Werkruimte.uri(pad: repoWortel.path))
        _ = g.verzoek("initialize", #"{"locale":"en-GB","rootUri":\#(wortel),"capabilities":{}}"#)
        g.open(gemeente2024, try voorbeeld(gemeente2024).replacingOccurrences(of: "invulling duur_52 =", with: "invulling duur_25 ="))
        let gepubliceerd = g.meldingen(gemeente2024)
        let meldingen = try #require(gepubliceerd)
        let typfout = try #require(meldingen.first { $0["code"]?.tekst == "RW0301" })
        #expect(typfout["message"]?.tekst?.hasPrefix("unknown name 'duur_25'") == true)
        #expect(typfout["message"]?.tekst?.hasSuffix("did you mean 'duur_52'?") == true)
        // Chosen with --lang, the language stays.
        var vast = Gesprek(dienst: Taaldienst(taal: .nl, taalVast: true))
        _ = vast.verzoek("initialize", #"{"locale":"en","capabilities":{}}"#)
        #expect(vast.dienst.taal == .nl)
    }

    @Test func hetProjectbestandZegtWelkeBestandenSamenHoren() throws {
        // A project elsewhere, without workspace folders: only the project file can tell where the model is.
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regelwerk-lsp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let fm = FileManager.default
        try fm.createDirectory(at: map.appendingPathComponent("gemeente"), withIntermediateDirectories: true)
        try fm.copyItem(at: repoWortel.appendingPathComponent("Examples/model"), to: map.appendingPathComponent("het model"))
        try fm.copyItem(at: repoWortel.appendingPathComponent("Examples/landelijk"), to: map.appendingPathComponent("landelijk"))
        for b in ["afstemming", "inkomenstoelage", "procedures", "studietoeslag"] {
            try fm.copyItem(at: repoWortel.appendingPathComponent("Examples/gemeenten/voorbeeldstad/2024/\(b).regels"),
                            to: map.appendingPathComponent("gemeente/\(b).regels"))
        }
        try "# de regelmappen\nhet model\nlandelijk   # landelijke bedragen\ngemeente\n".write(to: map.appendingPathComponent(".regelwerk"), atomically: true, encoding: .utf8)
        var g = Gesprek()
        _ = g.verzoek("initialize", #"{"capabilities":{}}"#)
        g.meld("initialized", "{}")
        let bestand = map.appendingPathComponent("gemeente/afstemming.regels")
        let u = Werkruimte.uri(pad: bestand.path)
        let tekst = try String(contentsOf: bestand, encoding: .utf8).replacingOccurrences(of: "invulling duur_52 =", with: "invulling duur_25 =")
        g.meld("textDocument/didOpen", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(u)),"languageId":"regelwerk","version":1,"text":\#(JSONSchrijver.tekst(tekst))}}"#)
        let berichten = g.dienst.controleer()
        let eigen = berichten.first { $0["params"]?["uri"]?.tekst == u }?["params"]?["diagnostics"]?.lijst ?? []
        #expect(eigen.contains { $0["message"]?.tekst?.contains("bedoelde u 'duur_52'?") == true })
        #expect(!eigen.contains { $0["code"]?.tekst == "RW0308" })    // the model is found: no "onbekend model"
        // The model's path has a space: its URI is percent-encoded, and read back to the same path.
        let model = map.appendingPathComponent("het model/afstemming.regels").path
        #expect(Werkruimte.uri(pad: model).contains("het%20model"))
        #expect(Werkruimte.pad(uri: Werkruimte.uri(pad: model)) == URL(fileURLWithPath: model).standardizedFileURL.path)
    }

    @Test func zonderProjectbestandZeggenDeKoppenWatSamenHoort() {
        func kop(_ aard: Regelbestand.Aard, _ naam: String) -> Kopinfo { Kopinfo(aard: aard, naam: naam) }
        let r = SourceRange(bestand: BestandID(waarde: 0), start: 0, eind: 0)
        let koppen: [(pad: String, kop: Kopinfo)] = [
            ("/m/a.regels", kop(.regeling, "Model")),
            ("/m/b.regels", kop(.regeling, "Model")),
            ("/l/bedragen.regels", kop(.parameters, "Landelijk")),
            ("/t/golden.regels", kop(.regeling, "Golden")),
            ("/g/2024.regels", kop(.verordening(volgt: "Model", modelversie: nil, volgtBereik: r), "Stad")),
            ("/g/2025.regels", kop(.verordening(volgt: "Model", modelversie: nil, volgtBereik: r), "Stad")),
            ("/h/dorp.regels", kop(.verordening(volgt: "Model", modelversie: nil, volgtBereik: r), "Dorp")),
            ("/g/proeven.regels", kop(.proeven(voor: "Stad", voorBereik: r), "")),
        ]
        let stad = ["/m/a.regels", "/m/b.regels", "/l/bedragen.regels", "/g/2024.regels", "/g/2025.regels", "/g/proeven.regels"]
        #expect(Werkruimte.groep(van: "/g/2025.regels", koppen: koppen) == stad)
        #expect(Werkruimte.groep(van: "/g/proeven.regels", koppen: koppen) == stad)
        // A model goes with the first ordinance that follows it.
        #expect(Werkruimte.groep(van: "/m/b.regels", koppen: koppen) == stad)
        #expect(Werkruimte.groep(van: "/h/dorp.regels", koppen: koppen) == ["/m/a.regels", "/m/b.regels", "/l/bedragen.regels", "/h/dorp.regels"])
        #expect(Werkruimte.groep(van: "/t/golden.regels", koppen: koppen) == ["/l/bedragen.regels", "/t/golden.regels"])
        #expect(Werkruimte.groep(van: "/elders.regels", koppen: koppen) == ["/elders.regels"])
    }

    // MARK: - Hover, definition, references

    @Test func hoverOpEenInvullingToontHetModelDeGrenzenEnElkeVersie() throws {
        var g = Gesprek()
        _ = g.start()
        let (tekst, plek) = zonderMarkeringen(try voorbeeld(gemeente2024).replacingOccurrences(
            of: "invulling percentage_eerste_categorie", with: "invulling percentage_eer1️⃣ste_categorie"))
        g.open(gemeente2024, tekst)
        let h = g.opPlek("textDocument/hover", gemeente2024, lspPositie(tekst, plek["1️⃣"]))
        let inhoud = try #require(h["contents"]?["value"]?.tekst)
        #expect(h["contents"]?["kind"]?.tekst == "markdown")
        for deel in ["**invulling van de open term** `percentage_eerste_categorie`: percentage",
                     "*het percentage voor de eerste categorie*",
                     "*Artikel 48 onder a — Hoogte en duur van de verlaging*",
                     "> a. [percentage] van de bijstandsnorm gedurende [periode] bij gedragingen van de eerste categorie;",
                     "ten minste 0%; ten hoogste 100%; het model noemt als voorbeeld 10%",
                     "- versie vanaf 1 januari 2024 tot en met 31 december 2024: 10%",
                     "- versie vanaf 1 januari 2025: 50%"] {
            #expect(inhoud.contains(deel), "\(deel)\n---\n\(inhoud)")
        }
        // The range is the name: line 9 from 0, characters 10 to 37.
        #expect(paar(h["range"]?["start"]).map { $0 == (9, 10) } == true)
        #expect(paar(h["range"]?["end"]).map { $0 == (9, 37) } == true)
    }

    @Test func hoverOpEenVeldEenRegelEnEenKeuzewaarde() throws {
        var g = Gesprek()
        _ = g.start()
        let bron = try voorbeeld(modelAfstemming)
            .replacingOccurrences(of: "  bijstandsnorm \"de bijstandsnorm\"", with: "  bijstands1️⃣norm \"de bijstandsnorm\"")
            .replacingOccurrences(of: "    regel verlagingsduur \"de duur", with: "    regel verlagings2️⃣duur \"de duur")
            .replacingOccurrences(of: "  tekortschietend_besef \"tekortschietend", with: "  tekortschietend3️⃣_besef \"tekortschietend")
        let (tekst, plek) = zonderMarkeringen(bron)
        g.open(modelAfstemming, tekst)
        let veld = g.opPlek("textDocument/hover", modelAfstemming, lspPositie(tekst, plek["1️⃣"]))["contents"]?["value"]?.tekst ?? ""
        #expect(veld.contains("**veld van het geval** `bijstandsnorm`: bedrag per maand"), "\(veld)")
        #expect(veld.contains("De bijstandsnorm van belanghebbende per maand, inclusief vakantietoeslag (artikel 40)."))
        #expect(veld.contains("ten minste €0"))
        let regel = g.opPlek("textDocument/hover", modelAfstemming, lspPositie(tekst, plek["2️⃣"]))["contents"]?["value"]?.tekst ?? ""
        #expect(regel.contains("**regel** `verlagingsduur`: duur"), "\(regel)")
        #expect(regel.contains("*Artikel 41 onder b — Besluit tot opleggen van een verlaging*"))
        #expect(regel.contains("> b. de duur van de verlaging;"))
        #expect(regel.contains("*de duur van de verlaging*"))
        let waarde = g.opPlek("textDocument/hover", modelAfstemming, lspPositie(tekst, plek["3️⃣"]))["contents"]?["value"]?.tekst ?? ""
        #expect(waarde.contains("**waarde van soort Schending** `tekortschietend_besef`"), "\(waarde)")
        #expect(waarde.contains("*tekortschietend besef van verantwoordelijkheid*"))
        #expect(waarde.contains("artikel 51"))
    }

    @Test func definitieVanEenInvullingIsDeOpenTermInHetModel() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(gemeente2024)
        g.open(gemeente2024, tekst)
        // "invulling percentage_eerste_categorie": line 9 from 0.
        let d = g.opPlek("textDocument/definition", gemeente2024, (9, 15))
        let plaats = try #require(d.lijst?.first)
        #expect(plaats["uri"]?.tekst == uri(modelAfstemming))
        // "    open percentage_eerste_categorie ...": the name, 27 characters after 'open '.
        #expect(paar(plaats["range"]?["start"]).map { $0 == plekVan("open percentage_eerste_categorie", in: modelAfstemming, na: 5) } == true)
        #expect(paar(plaats["range"]?["end"]).map { $0 == plekVan("open percentage_eerste_categorie", in: modelAfstemming, na: 32) } == true)
    }

    @Test func definitieVanEenVariantkeuzeEnVanEenArtikelInEenProef() throws {
        var g = Gesprek()
        _ = g.start()
        let (tekst, plek) = zonderMarkeringen(try voorbeeld(gemeente2024).replacingOccurrences(of: "artikel 43 variant 1", with: "artikel 43 variant 1️⃣1"))
        g.open(gemeente2024, tekst)
        let variant = g.opPlek("textDocument/definition", gemeente2024, lspPositie(tekst, plek["1️⃣"]))
        #expect(variant["uri"]?.tekst == uri(modelAfstemming))
        // `  variant 1 "eerste lid bij de opties ..."` of artikel 43.
        #expect(paar(variant["range"]?["start"]).map { $0 == plekVan("variant 1 \"eerste lid bij de opties", in: modelAfstemming) } == true)

        let proeven = "Examples/gemeenten/voorbeeldstad/proeven/afstemming.regels"
        let (ptekst, pplek) = zonderMarkeringen(try voorbeeld(proeven)
            .replacingOccurrences(of: "percentage, duur en bedrag\" artikel 41", with: "percentage, duur en bedrag\" artikel 41️⃣1")
            .replacingOccurrences(of: "\"Geen enkele verwijtbaarheid: geen verlaging\" artikel 43 lid 1", with: "\"Geen enkele verwijtbaarheid: geen verlaging\" artikel 43 lid 2️⃣1"))
        g.open(proeven, ptekst)
        let artikel = g.opPlek("textDocument/definition", proeven, lspPositie(ptekst, pplek["1️⃣"]))
        #expect(artikel["uri"]?.tekst == uri(modelAfstemming))
        // `artikel 41 "Besluit tot opleggen van een verlaging"`: the number from character 8.
        #expect(paar(artikel["range"]?["start"]).map { $0 == plekVan("artikel 41 \"Besluit", in: modelAfstemming, na: 8) } == true)
        let lid = g.opPlek("textDocument/definition", proeven, lspPositie(ptekst, pplek["2️⃣"]))
        // The first `lid 1` of artikel 43 (in variant 1), from character 4.
        #expect(paar(lid["range"]?["start"]).map { $0 == plekVan("    lid 1 \"Het college ziet af van een verlaging als:", in: modelAfstemming, na: 4) } == true)
        // Hover on the article of a fixture shows its heading.
        let h = g.opPlek("textDocument/hover", proeven, lspPositie(ptekst, pplek["1️⃣"]))["contents"]?["value"]?.tekst ?? ""
        #expect(h.hasPrefix("**Artikel 41 — Besluit tot opleggen van een verlaging**"), "\(h)")
    }

    @Test func verwijzingenNaarEenOpenTerm() throws {
        var g = Gesprek()
        _ = g.start()
        g.open(gemeente2024, try voorbeeld(gemeente2024))
        let r = g.opPlek("textDocument/references", gemeente2024, (9, 15), extra: #","context":{"includeDeclaration":true}"#).lijst ?? []
        // The declaration in the model, its use in the table of artikel 48, and the fill-ins of both versions.
        let uris = r.compactMap { $0["uri"]?.tekst }
        #expect(uris.filter { $0 == uri(modelAfstemming) }.count == 2)
        #expect(uris.contains(uri(gemeente2024)))
        #expect(uris.contains(uri("Examples/gemeenten/voorbeeldstad/2025/afstemming.regels")))
        #expect(r.count == 4)
        let zonder = g.opPlek("textDocument/references", gemeente2024, (9, 15), extra: #","context":{"includeDeclaration":false}"#).lijst ?? []
        #expect(zonder.count == 3)
    }

    // MARK: - Completion

    @Test func aanvullenNaInvullingNoemtAlleenWatNogOpenIs() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(gemeente2024).replacingOccurrences(of: "invulling duur_49_b = 2 maanden\n", with: "") + "invulling "
        g.open(gemeente2024, tekst)
        let laatste = tekst.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let items = g.opPlek("textDocument/completion", gemeente2024, (laatste, 10))["items"]?.lijst ?? []
        let namen = items.compactMap { $0["label"]?.tekst }
        #expect(namen == ["duur_49_b"], "\(namen)")
        #expect(items.first?["detail"]?.tekst == "duur")
    }

    /// Westerveld leaves out hoofdstuk 4 (`hoofdstuk 4 niet opgenomen`): its open terms are not offered to fill in.
    @Test func aanvullenNaInvullingLaatEenNietOpgenomenHoofdstukWeg() throws {
        var g = Gesprek()
        _ = g.start()
        let overige = "Examples/gemeenten/westerveld/2020/overige.regels"
        let tekst = try voorbeeld(overige).replacingOccurrences(of: "invulling termijn_verslag_wmo = 10 werkdagen         # artikel 24\n", with: "")
            + "invulling "
        g.open(overige, tekst)
        let laatste = tekst.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let namen = (g.opPlek("textDocument/completion", overige, (laatste, 10))["items"]?.lijst ?? []).compactMap { $0["label"]?.tekst }
        #expect(namen == ["termijn_verslag_wmo"], "\(namen)")
    }

    @Test func aanvullenNaIsGeeftDeWaardenVanDeSoort() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(modelAfstemming) + "    regel x = schending.geschonden is "
        g.open(modelAfstemming, tekst)
        let laatste = tekst.split(separator: "\n", omittingEmptySubsequences: false)
        let items = g.opPlek("textDocument/completion", modelAfstemming, (laatste.count - 1, laatste.last?.utf16.count ?? 0))["items"]?.lijst ?? []
        let namen = Set(items.compactMap { $0["label"]?.tekst })
        #expect(namen == ["gedraging_participatiewet", "gedraging_ioaw_ioaz", "tekortschietend_besef", "zeer_ernstige_misdraging",
                          "overige_verplichting", "geuniformeerde_arbeidsverplichting"])
    }

    @Test func aanvullenInEenUitdrukkingGeeftNamenMetSoort() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(modelAfstemming) + "    regel x = grond"
        g.open(modelAfstemming, tekst)
        let laatste = tekst.split(separator: "\n", omittingEmptySubsequences: false)
        let items = g.opPlek("textDocument/completion", modelAfstemming, (laatste.count - 1, laatste.last?.utf16.count ?? 0))["items"]?.lijst ?? []
        let grondslag = try #require(items.first { $0["label"]?.tekst == "grondslag" })
        #expect(grondslag["detail"]?.tekst == "bedrag per maand")
        #expect(items.contains { $0["label"]?.tekst == "bijstandsnorm" && $0["detail"]?.tekst == "bedrag per maand" })
        #expect(items.contains { $0["label"]?.tekst == "als" && $0["kind"] == .n(14) })
    }

    // MARK: - Outline and formatting

    @Test func overzichtVanHetModel() throws {
        var g = Gesprek()
        _ = g.start()
        g.open(modelAfstemming, try voorbeeld(modelAfstemming))
        let r = g.verzoek("textDocument/documentSymbol", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(modelAfstemming)))}}"#)["result"]?.lijst ?? []
        let namen = r.compactMap { $0["name"]?.tekst }
        #expect(Array(namen.prefix(8)) == ["Schending", "Arbeidsverplichting", "Gedraging46", "Gedraging47", "Categorie", "Misdraging52",
                                            "Verplichting53", "EerdereVerlaging"])
        // The articles stand under their hoofdstuk and paragraaf: hoofdstuk 4, paragraaf 1, paragraaf 1.1.
        let h4 = try #require(r.first { $0["name"]?.tekst == "Hoofdstuk 4" })
        #expect(h4["detail"]?.tekst == "werk, inkomen, re-integratie en tegenprestatie")
        let p1 = try #require(h4["children"]?.lijst?.first { $0["name"]?.tekst == "Paragraaf 1" })
        let p11 = try #require(p1["children"]?.lijst?.first { $0["name"]?.tekst == "Paragraaf 1.1" })
        let artikelen = (h4["children"]?.lijst ?? []).flatMap { $0["children"]?.lijst ?? [] }.flatMap { $0["children"]?.lijst ?? [] }
        let art41 = try #require(p11["children"]?.lijst?.first { $0["name"]?.tekst == "Artikel 41" })
        #expect(art41["detail"]?.tekst == "Besluit tot opleggen van een verlaging")
        #expect(paar(art41["range"]?["start"]).map { $0 == plekVan("artikel 41 \"Besluit", in: modelAfstemming) } == true)
        // The model's four onderdelen of artikel 41; b holds the rule of the duration.
        let onderdelen = art41["children"]?.lijst?.compactMap { $0["name"]?.tekst } ?? []
        #expect(onderdelen == ["Onderdeel a", "Onderdeel b", "Onderdeel c", "Onderdeel d"])
        let b = art41["children"]?.lijst?.first { $0["name"]?.tekst == "Onderdeel b" }?["children"]?.lijst?.compactMap { $0["name"]?.tekst } ?? []
        #expect(b == ["verlagingsduur"])
        let art43 = try #require(artikelen.first { $0["name"]?.tekst == "Artikel 43" })
        let delen = art43["children"]?.lijst?.compactMap { $0["name"]?.tekst } ?? []
        #expect(delen == ["Lid 2", "Lid 3", "Variant 1", "Variant 2"])
        let variant1 = art43["children"]?.lijst?[2]["children"]?.lijst?.compactMap { $0["name"]?.tekst } ?? []
        #expect(variant1 == ["Lid 1"])
        // The table of artikel 48 names its rows `onderdeel a:`; those are rows, not onderdelen.
        let art48 = try #require(artikelen.first { $0["name"]?.tekst == "Artikel 48" })
        #expect(art48["children"]?.lijst?.compactMap { $0["name"]?.tekst } == ["categorie_48", "percentage_48, duur_48", "Onderdeel a", "Onderdeel b", "Onderdeel c"])
    }

    @Test func opmaakIsFmt() throws {
        var g = Gesprek()
        _ = g.start()
        let rommelig = "Tests/RegelwerkTests/Golden/fmt/rommelig.regels"
        g.open(rommelig, try voorbeeld(rommelig))
        let r = g.verzoek("textDocument/formatting", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(rommelig)))},"options":{"tabSize":2,"insertSpaces":true}}"#)["result"]?.lijst ?? []
        #expect(r.count == 1)
        #expect(r.first?["newText"]?.tekst == (try voorbeeld("Tests/RegelwerkTests/Golden/fmt/rommelig.opgemaakt")))
        #expect(paar(r.first?["range"]?["start"]).map { $0 == (0, 0) } == true)
        // A text already laid out needs no edit.
        g.open(gemeente2024, try voorbeeld(gemeente2024))
        let niets = g.verzoek("textDocument/formatting", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024)))},"options":{"tabSize":2,"insertSpaces":true}}"#)["result"]
        #expect(niets == .array([]))
    }

    @Test func duizendBewerkingenHoudenDeToestandKlein() throws {
        var g = Gesprek()
        _ = g.start()
        g.open(gemeente2024, try voorbeeld(gemeente2024))
        _ = g.dienst.controleer()
        for k in 0..<1_000 {
            let teken = k % 2 == 0 ? "x" : ""
            let eind = k % 2 == 0 ? 0 : 1
            g.meld("textDocument/didChange", #"{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024))),"version":\#(k + 2)},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":\#(eind)}},"text":"\#(teken)"}]}"#)
            if k % 100 == 99 { _ = g.dienst.controleer() }
        }
        #expect(g.dienst.controles.count == 1)
        #expect(g.dienst.analyses.count <= 1)
        #expect(g.dienst.documenten[repoWortel.appendingPathComponent(gemeente2024).path]?.bytes == Array(try voorbeeld(gemeente2024).utf8))
    }

    /// Every position of a file, and messages cut short or with bytes changed: the server answers each
    /// request once, with a result or an error, and never stops (DESIGN §8).
    @Test func willekeurigeBerichtenEnPlekken() throws {
        var g = Gesprek()
        _ = g.start()
        let tekst = try voorbeeld(gemeente2024) + "regel x = schending. is \"open\u{00E9} 😀 artikel 43 variant\n"
        g.open(gemeente2024, tekst)
        let regels = tekst.split(separator: "\n", omittingEmptySubsequences: false)
        for (r, regel) in regels.enumerated() {
            for c in stride(from: 0, through: regel.utf16.count + 1, by: 3) {
                for methode in ["textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/references"] {
                    _ = g.opPlek(methode, gemeente2024, (r, c))
                }
            }
        }
        var toestand: UInt64 = 0x9E3779B97F4A7C15
        func willekeurig(_ n: Int) -> Int {
            toestand &+= 0x9E3779B97F4A7C15
            var z = toestand
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        let goed = Array(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024)))},"position":{"line":9,"character":12}}}"#.utf8)
        for _ in 0..<500 {
            var b = goed
            switch willekeurig(3) {
            case 0: b = Array(b.prefix(willekeurig(b.count)))
            case 1: for _ in 0..<3 { b[willekeurig(b.count)] = UInt8(willekeurig(256)) }
            default: b.insert(contentsOf: b[0..<willekeurig(b.count)], at: willekeurig(b.count))
            }
            let uit = g.dienst.behandel(b)
            #expect(uit.count <= 1)
        }
        #expect(g.dienst.afsluitcode == nil)
    }

    // MARK: - Framing

    @Test func kadersKomenInStukken() {
        var l = Kaderlezer()
        let bericht = Array("Content-Length: 17\r\n\r\n{\"jsonrpc\":\"2.0\"}".utf8)
        for b in bericht.dropLast() {
            l.voegToe([b])
            #expect(l.volgende() == nil)
        }
        l.voegToe([bericht[bericht.count - 1]])
        #expect(l.volgende() == .success(Array("{\"jsonrpc\":\"2.0\"}".utf8)))
        #expect(l.volgende() == nil)
        // Two messages in one piece, header names in any case, another header beside it.
        l.voegToe(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 4\r\n\r\nnull".utf8))
        #expect(l.volgende() == .success(Array("{}".utf8)))
        #expect(l.volgende() == .success(Array("null".utf8)))
    }

    @Test func slechteKaderlengteGeeftFoutEnDeStroomGaatDoor() {
        var l = Kaderlezer()
        l.voegToe(Array("Content-Length: twaalf\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8))
        #expect(l.volgende() == .failure(.geenLengte("Content-Length: twaalf")))
        #expect(l.volgende() == .success(Array("{}".utf8)))
        l.voegToe(Array("Content-Length: -3\r\n\r\n".utf8))
        #expect(l.volgende() == .failure(.geenLengte("Content-Length: -3")))
        l.voegToe(Array("Content-Type: x\r\n\r\n".utf8))
        #expect(l.volgende() == .failure(.geenLengte("Content-Type: x")))
    }

    @Test func teGrootBerichtWordtOvergeslagen() {
        var l = Kaderlezer()
        let n = Kaderlezer.maximumLengte + 1
        l.voegToe(Array("Content-Length: \(n)\r\n\r\nabc".utf8))
        #expect(l.volgende() == .failure(.teLang(n)))
        // The rest of its body arrives later and is dropped; the next message is read.
        l.voegToe([UInt8](repeating: 65, count: n - 3))
        l.voegToe(Array("Content-Length: 2\r\n\r\n[]".utf8))
        #expect(l.volgende() == .success(Array("[]".utf8)))
    }

    @Test func kopZonderEindeWordtNietEindeloosBewaard() {
        var l = Kaderlezer()
        l.voegToe([UInt8](repeating: 65, count: Kaderlezer.maximumKop + 1))
        #expect(l.volgende() == .failure(.kopTeLang))
        #expect(l.buffer.isEmpty)
    }

    // MARK: - Positions

    @Test func utf16PositiesOpUtf8Bytes() {
        // a (1 byte, 1 unit), € (3, 1), é (2, 1), 😀 (4, 2), b.
        let bytes = Array("a€é😀b\ncd".utf8)
        let t = Regeltabel(bytes)
        #expect(t.offset(Positie(regel: 0, teken: 5), in: bytes) == 10)          // b
        #expect(t.positie(10, in: bytes) == Positie(regel: 0, teken: 5))
        #expect(t.offset(Positie(regel: 0, teken: 4), in: bytes) == 6)           // inside 😀: its start
        #expect(t.offset(Positie(regel: 0, teken: 99), in: bytes) == 11)         // past the line: its end
        #expect(t.offset(Positie(regel: 1, teken: 1), in: bytes) == 13)          // d
        #expect(t.offset(Positie(regel: 7, teken: 0), in: bytes) == bytes.count) // past the text: its end
        #expect(t.positie(bytes.count, in: bytes) == Positie(regel: 1, teken: 2))
    }

    @Test func incrementeleWijzigingen() {
        var d = Document(uri: "file:///x.regels", pad: "/x.regels", versie: 1, tekst: "regel a = €1\nregel é = 2\n")
        d.wijzig(van: Positie(regel: 0, teken: 6), tot: Positie(regel: 0, teken: 7), tekst: "b")
        #expect(String(decoding: d.bytes, as: UTF8.self) == "regel b = €1\nregel é = 2\n")
        // After 'é' (one unit, two bytes) on the second line.
        d.wijzig(van: Positie(regel: 1, teken: 7), tot: Positie(regel: 1, teken: 7), tekst: "😀")
        #expect(String(decoding: d.bytes, as: UTF8.self) == "regel é😀 = 2\n".reduce("regel b = €1\n") { $0 + String($1) })
        // Across the line break ("regel b = €1" is 12 units long), then the whole text.
        d.wijzig(van: Positie(regel: 0, teken: 12), tot: Positie(regel: 1, teken: 0), tekst: " ")
        #expect(String(decoding: d.bytes, as: UTF8.self) == "regel b = €1 regel é😀 = 2\n")
        d.wijzig(van: nil, tot: nil, tekst: "")
        #expect(d.bytes.isEmpty)
    }

    // MARK: - The whole server through the command line

    /// The messages of a server's standard output: every byte belongs to a frame.
    func kaders(_ uit: String, sourceLocation: SourceLocation = #_sourceLocation) -> [JSONWaarde] {
        var l = Kaderlezer()
        l.voegToe(Array(uit.utf8))
        var berichten: [JSONWaarde] = []
        while let k = l.volgende() {
            guard case .success(let body) = k, let w = try? JSONLezer.lees(body) else {
                Issue.record("geen kader op standaarduitvoer", sourceLocation: sourceLocation)
                break
            }
            berichten.append(w)
        }
        #expect(l.buffer.isEmpty, "standaarduitvoer bevat iets anders dan kaders", sourceLocation: sourceLocation)
        return berichten
    }

    @Test func regelwerkLspMetEenKapotBericht() throws {
        let tekst = try voorbeeld(gemeente2024).replacingOccurrences(of: "invulling duur_52 =", with: "invulling duur_25 =")
        let berichten = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":\#(JSONSchrijver.tekst(Werkruimte.uri(pad: repoWortel.path))),"capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x"},"position":"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(JSONSchrijver.tekst(uri(gemeente2024))),"languageId":"regelwerk","version":1,"text":\#(JSONSchrijver.tekst(tekst))}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ]
        let invoer = berichten.map { Kaderlezer.kader($0) }.joined() + "Content-Length: x\r\n\r\n"
        // Input in small pieces, as from a pipe: the diagnostics follow once the open document has arrived.
        let (uit, fout, code) = voerUit(["lsp"], stdin: invoer, blokken: 16)
        #expect(code == .ok, "\(fout)")
        #expect(fout.isEmpty)
        let antwoorden = kaders(uit)
        #expect(antwoorden.first?["id"] == .n(1))
        #expect(antwoorden.contains { $0["id"] == .null && $0["error"]?["code"] == .n(-32700) })
        let meldingen = antwoorden.first { $0["method"]?.tekst == "textDocument/publishDiagnostics" }
        #expect(meldingen?["params"]?["diagnostics"]?.lijst?.contains { $0["message"]?.tekst?.contains("bedoelde u 'duur_52'?") == true } == true)
        #expect(antwoorden.last?["id"] == .n(3))

        // Input that ends without shutdown and exit: exit code 1, as the protocol says.
        let (_, _, zonder) = voerUit(["lsp"], stdin: Kaderlezer.kader(berichten[0]))
        #expect(zonder.rawValue == 1)
    }
}
