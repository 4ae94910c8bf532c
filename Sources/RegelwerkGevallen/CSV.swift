// Evaluate: case data as CSV (DESIGN §5, `regelwerk batch` over a spreadsheet export). A header row names
// the case fields; each further row is one case. Cells are read as the rule set declares their field, so
// the spreadsheet needs no JSON, except for lists and records (a cell holding JSON text).

import RegelwerkKern

/// Reading and writing CSV (RFC 4180): cells separated by `,` or `;`, a cell in double quotes may hold the
/// separator, line ends and `""` for a quote.
public enum CSV {
    /// The separator of a file, from its header line: `;` when it holds more semicolons than commas outside
    /// quotes (what a Dutch spreadsheet writes, with a decimal comma in its numbers), else `,`.
    public static func scheiding(kop: ArraySlice<UInt8>) -> UInt8 {
        var komma = 0, puntkomma = 0, tussenAanhalingstekens = false
        for b in kop {
            switch b {
            case aanhalingsteken: tussenAanhalingstekens.toggle()
            case 0x2C where !tussenAanhalingstekens: komma += 1
            case 0x3B where !tussenAanhalingstekens: puntkomma += 1
            default: break
            }
        }
        return puntkomma > komma ? 0x3B : 0x2C
    }

    static let aanhalingsteken: UInt8 = 0x22

    /// Splits the complete records off the front of `buffer`: a record ends at a line end outside quotes
    /// (`\r\n` or `\n`). What follows the last one stays in the buffer for the next block, unless the input
    /// has ended. Each record comes with the number of line ends inside it, so the caller can number lines.
    public static func records(_ buffer: inout [UInt8], eindeInvoer: Bool) -> [(record: ArraySlice<UInt8>, regeleinden: Int)] {
        var uit: [(ArraySlice<UInt8>, Int)] = []
        var begin = 0, binnen = 0, tussenAanhalingstekens = false
        for i in buffer.indices {
            switch buffer[i] {
            case aanhalingsteken: tussenAanhalingstekens.toggle()
            case 0x0A where tussenAanhalingstekens: binnen += 1
            case 0x0A:
                let eind = i > begin && buffer[i - 1] == 0x0D ? i - 1 : i
                uit.append((buffer[begin..<eind], binnen))
                begin = i + 1
                binnen = 0
            default: break
            }
        }
        if eindeInvoer && begin < buffer.count {
            uit.append((buffer[begin...], binnen))
            begin = buffer.count
        }
        buffer = Array(buffer[begin...])
        return uit
    }

    /// The cells of one record. A quote inside a cell that does not start with one, or text after a
    /// closing quote, is an error rather than a guess; so is text that is not UTF-8.
    public static func cellen(_ record: ArraySlice<UInt8>, scheiding: UInt8) -> Result<[String], GevalProbleem> {
        var cellen: [String] = []
        var i = record.startIndex
        while true {
            var bytes: [UInt8] = []
            if i < record.endIndex, record[i] == aanhalingsteken {
                i += 1
                while true {
                    guard i < record.endIndex else { return .failure(GevalProbleem(bericht: .csvAanhalingstekens)) }
                    if record[i] == aanhalingsteken {
                        if i + 1 < record.endIndex, record[i + 1] == aanhalingsteken {
                            bytes.append(aanhalingsteken)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    bytes.append(record[i])
                    i += 1
                }
                guard i == record.endIndex || record[i] == scheiding else { return .failure(GevalProbleem(bericht: .csvAanhalingstekens)) }
            } else {
                while i < record.endIndex, record[i] != scheiding {
                    if record[i] == aanhalingsteken { return .failure(GevalProbleem(bericht: .csvAanhalingstekens)) }
                    bytes.append(record[i])
                    i += 1
                }
            }
            guard let cel = String(validating: bytes, as: UTF8.self) else { return .failure(GevalProbleem(bericht: .ongeldigeUTF8)) }
            cellen.append(cel)
            guard i < record.endIndex else { return .success(cellen) }
            i += 1     // the separator
        }
    }

    /// The column names of a header: trimmed, none empty, none twice. A byte order mark (which spreadsheets
    /// write before the first name) is dropped.
    public static func kop(_ cellen: [String]) -> Result<[String], GevalProbleem> {
        var namen: [String] = []
        for (k, cel) in cellen.enumerated() {
            var naam = cel.trimmingSpaces()
            if k == 0, naam.hasPrefix("\u{FEFF}") { naam = String(naam.dropFirst()).trimmingSpaces() }
            guard !naam.isEmpty else { return .failure(GevalProbleem(bericht: .csvKolomZonderNaam(k + 1))) }
            guard !namen.contains(naam) else { return .failure(GevalProbleem(bericht: .csvDubbeleKolom(naam))) }
            namen.append(naam)
        }
        return .success(namen)
    }

    /// One row as a case object: each cell that is not empty becomes the field its column names, read as
    /// the rule set declares that field. Columns the rules do not know stay text (the case reader warns).
    public static func geval(kop: [String], cellen: [String], regelset: Regelset, scheiding: UInt8) -> Result<JSONWaarde, GevalProbleem> {
        guard cellen.count == kop.count else {
            return .failure(GevalProbleem(bericht: .csvAantalCellen(gevonden: cellen.count, kop: kop.count)))
        }
        var velden: [(String, JSONWaarde)] = []
        for (naam, cel) in zip(kop, cellen) {
            let tekst = cel.trimmingSpaces()
            guard !tekst.isEmpty else { continue }
            let soort = regelset.invoer.first { $0.naam == naam }?.soort
            switch veld(naam, tekst, soort: soort, scheiding: scheiding) {
            case .success(let w): velden.append((naam, w))
            case .failure(let p): return .failure(p)
            }
        }
        return .success(.object(velden))
    }

    /// One cell as the JSON value the case reader takes for a field of this sort.
    package static func veld(_ naam: String, _ tekst: String, soort: Soort?, scheiding: UInt8) -> Result<JSONWaarde, GevalProbleem> {
        func json(_ voorbeeld: String) -> Result<JSONWaarde, GevalProbleem> {
            do {
                return .success(try JSONLezer.lees(tekst))
            } catch {
                return .failure(GevalProbleem(bericht: .veldVerkeerdeSoort(veld: naam, verwacht: soort?.description ?? "JSON",
                                                                           gevonden: JSONWaarde.tekst(tekst).beschrijving),
                                              suggestie: .tekst("schrijf de waarde als JSON, bijvoorbeeld \(voorbeeld)")))
            }
        }
        switch soort {
        case nil:
            return naam == "bevoegdheden" ? json("{\"naam van de bevoegdheid\": \"de reden\"}") : .success(.tekst(tekst))
        case .lijst?:
            return json("[{\"veld\": \"waarde\"}]")
        case .record?:
            return json("{\"veld\": \"waarde\"}")
        case .waarheid?:
            switch tekst.lowercased() {
            case "true", "waar", "ja": return .success(.waarheid(true))
            case "false", "onwaar", "nee": return .success(.waarheid(false))
            default: return .success(.tekst(tekst))     // the case reader says what it expected
            }
        case .bedrag?, .bedragPer?, .getal?, .geheelGetal?, .percentage?:
            // A file separated by ';' comes from a Dutch spreadsheet: 1.401,50 and 12,5%, and no other way,
            // so that 1.401 is never read as one point four.
            guard scheiding == 0x3B else { return .success(.tekst(tekst)) }
            var t = Substring(tekst)
            if t.hasPrefix("€") { t = t.dropFirst().drop { $0 == " " } }
            let procent = t.hasSuffix("%")
            if procent { t = t.dropLast() }
            let getal = String(t).trimmingSpaces()
            guard let g = Getal.lees(Substring(getal), decimaal: ",", duizendtal: ".") else {
                // Written right but too many digits: say what the limit is, not how to write a number.
                let cijfers = Array(getal.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") })
                let goed = cijfers.first.map { $0 >= 0x30 && $0 <= 0x39 } == true && cijfers.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
                    && Lexer.isGoedGeschreven(cijfers[...])
                return .failure(GevalProbleem(bericht: .veldVerkeerdeSoort(veld: naam, verwacht: soort?.description ?? "",
                                                                           gevonden: JSONWaarde.tekst(tekst).beschrijving),
                                              suggestie: goed ? .getalTeGroot(Lexer.ingekort(cijfers[...], maximum: 60))
                                                              : .tekst("in een CSV met ; schrijf getallen zoals 1.401,50 of 12,5%")))
            }
            return .success(.tekst(g.decimaleTekst() + (procent ? "%" : "")))
        default:
            return .success(.tekst(tekst))
        }
    }

    /// A cell as written: in quotes when it holds the separator, a quote or a line end.
    public static func cel(_ s: String, scheiding: UInt8) -> String {
        let nodig = s.utf8.contains { $0 == scheiding || $0 == aanhalingsteken || $0 == 0x0A || $0 == 0x0D }
        return nodig ? "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : s
    }
}

/// Reads the records of a CSV file, block by block, as cases: the first record is the header (it sets the
/// separator), each further one a case numbered by the line it starts on. A bad header makes every case an
/// error that says so, so that no row is dropped.
public struct CSVLezer: Sendable {
    let regelset: Regelset
    public private(set) var kop: Result<[String], GevalProbleem>?
    public private(set) var scheiding: UInt8 = 0x2C
    var regel = 1

    /// `regelset` gives the sorts of the fields.
    public init(regelset: Regelset) { self.regelset = regelset }

    /// A record too large to read was skipped, with `regeleinden` line ends in it: its line. (The header,
    /// if it was the one, is then an error for every row.)
    public mutating func overgeslagen(regeleinden: Int, maximum: Int = Gevalgrens.bytes) -> Int {
        defer { regel += 1 + regeleinden }
        if kop == nil { kop = .failure(GevalProbleem(bericht: .gevalTeGroot(maximum))) }
        return regel
    }

    /// The cases in the next records of the file, in order.
    public mutating func gevallen(_ records: [(record: ArraySlice<UInt8>, regeleinden: Int)])
        -> [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)] {
        var records = records[...]
        if kop == nil, let (eerste, binnen) = records.popFirst() {
            scheiding = CSV.scheiding(kop: eerste)
            kop = CSV.cellen(eerste, scheiding: scheiding).flatMap(CSV.kop)
            regel += 1 + binnen
        }
        guard let kop else { return [] }
        var uit: [(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)] = []
        uit.reserveCapacity(records.count)
        for (record, binnen) in records {
            let geval = kop.flatMap { namen in
                CSV.cellen(record, scheiding: scheiding).flatMap { CSV.geval(kop: namen, cellen: $0, regelset: regelset, scheiding: scheiding) }
            }
            uit.append((regel, geval))
            regel += 1 + binnen
        }
        return uit
    }
}
