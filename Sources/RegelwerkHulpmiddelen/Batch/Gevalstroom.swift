// Tools: the input loop shared by `batch` and `vergelijk`. Reads cases block by block (JSON Lines, or
// CSV rows made into cases) so that memory stays flat however long the input is, and hands each block on
// in input order; a case too large to read is handed on as such and skipped.

import Foundation
import RegelwerkKern
import RegelwerkGevallen

public enum Gevalstroom {
    /// Fills `buffer` until it holds a block (enough to keep every core busy, few enough to keep memory
    /// flat) and a line end after it, or the input ends: a line longer than a block is read on to its end.
    static func vulBlok(_ buffer: inout [UInt8], _ einde: inout Bool, maximum: Int, _ lees: () -> [UInt8]?) {
        // Room for the block and a read past its end at once: grown read by read, every byte of the input was
        // copied three times instead of once (the lines of the previous block keep its buffer, so each block
        // needs a buffer of its own).
        if !einde && buffer.capacity < 5 << 20 { buffer.reserveCapacity(5 << 20) }
        while !einde && (buffer.count < 4 << 20 || !buffer.contains(0x0A)) && buffer.count <= maximum {
            if let stuk = lees() { buffer += stuk } else { einde = true }
        }
    }

    /// A block of cases: lines of JSON Lines (parsed where they are decided, on all cores), or CSV rows
    /// read as cases, each with the line it starts on (`kopGelezen` on the block that read the header).
    public enum Stuk {
        case regels(Regels, eersteNummer: Int)
        case gevallen([(nummer: Int, geval: Result<JSONWaarde, GevalProbleem>)], scheiding: UInt8, kopGelezen: Bool)
        /// A case larger than ``Gevalgrens/bytes``, skipped; for CSV with the file's separator.
        case teGroot(nummer: Int, scheiding: UInt8?, kopGelezen: Bool)
    }

    /// Drops a case too large to read, which starts the buffer: up to and including the first line end after
    /// its first ``Gevalgrens/bytes`` bytes (for CSV whatever its quotes say), reading on if need be.
    /// Returns the line ends dropped before that one.
    static func slaOver(_ buffer: inout [UInt8], _ einde: inout Bool, maximum: Int, _ lees: () -> [UInt8]?) -> Int {
        if buffer.count > maximum, let nl = buffer[maximum...].firstIndex(of: 0x0A) {
            let binnen = buffer[..<nl].count { $0 == 0x0A }
            buffer.removeSubrange(...nl)
            return binnen
        }
        let binnen = buffer.count { $0 == 0x0A }
        buffer = []
        while let stuk = lees() {
            if let nl = stuk.firstIndex(of: 0x0A) {
                buffer = Array(stuk[(nl + 1)...])
                return binnen
            }
        }
        einde = true
        return binnen
    }

    /// Reads the input block by block and hands each block on, in order. For CSV the header names the
    /// fields (its separator is the file's); a bad header makes every row an error that says so, so no row
    /// is dropped. A line or record larger than `maximum` (``Gevalgrens/bytes``; tests set less) is no case: it is handed on as such
    /// and its rest is skipped, so that memory stays bounded whatever the input. When the input ended on a read error
    /// (`afgebroken`, asked once it has ended), a last line or record without its end was cut by the error: it is
    /// not handed on (a cut case would be decided as broken JSON, or worse, as a shorter valid one).
    public static func perBlok(_ lees: () -> [UInt8]?, csv: Bool, regelset: Regelset, maximum: Int = Gevalgrens.bytes,
                               afgebroken: () -> Bool = { false }, _ verwerk: (Stuk) -> Void) {
        var buffer: [UInt8] = [], nummer = 1, einde = false
        var lezer = CSVLezer(regelset: regelset)
        while true {
            vulBlok(&buffer, &einde, maximum: maximum, lees)
            // The end of the input is a line's end only when the input ended as it should.
            let eindeInvoer = einde && !afgebroken()
            if csv {
                var records = CSV.records(&buffer, eindeInvoer: eindeInvoer)
                if records.isEmpty && !einde {
                    if buffer.count > maximum {
                        let eerste = lezer.kop == nil
                        let binnen = slaOver(&buffer, &einde, maximum: maximum, lees)
                        verwerk(.teGroot(nummer: lezer.overgeslagen(regeleinden: binnen, maximum: maximum), scheiding: lezer.scheiding, kopGelezen: eerste))
                    } else if let stuk = lees() {
                        buffer += stuk
                    } else {
                        einde = true
                    }
                    continue
                }
                while !records.isEmpty {
                    let k = records.firstIndex { $0.record.count > maximum } ?? records.count
                    let eerste = lezer.kop == nil
                    let gevallen = lezer.gevallen(Array(records[..<k]))
                    if !gevallen.isEmpty || (eerste && lezer.kop != nil) {
                        verwerk(.gevallen(gevallen, scheiding: lezer.scheiding, kopGelezen: eerste && lezer.kop != nil))
                    }
                    guard k < records.count else { break }
                    let kopNogNiet = lezer.kop == nil
                    verwerk(.teGroot(nummer: lezer.overgeslagen(regeleinden: records[k].regeleinden, maximum: maximum), scheiding: lezer.scheiding,
                                     kopGelezen: kopNogNiet))
                    records.removeFirst(k + 1)
                }
            } else {
                let regels = Batch.regels(&buffer, eindeInvoer: eindeInvoer)
                if regels.isEmpty && !einde && buffer.count > maximum {
                    _ = slaOver(&buffer, &einde, maximum: maximum, lees)
                    verwerk(.teGroot(nummer: nummer, scheiding: nil, kopGelezen: false))
                    nummer += 1
                    continue
                }
                var van = 0
                while van < regels.count {
                    let k = regels.grenzen[van...].firstIndex { $0.count > maximum } ?? regels.count
                    if k > van {
                        verwerk(.regels(regels.deel(van..<k), eersteNummer: nummer))
                        nummer += k - van
                    }
                    guard k < regels.count else { break }
                    verwerk(.teGroot(nummer: nummer, scheiding: nil, kopGelezen: false))
                    nummer += 1
                    van = k + 1
                }
            }
            if einde && (buffer.isEmpty || !eindeInvoer) { break }
        }
    }

}
