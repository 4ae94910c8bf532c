// Diagnostics: renders diagnostics as text, in the layout of the Swift compiler's diagnostics.

/// Formats diagnostics like:
/// ```
/// regels.regels:14:19: fout[RW0301]: onbekende naam 'inkomensgrens'
///    |
/// 14 |   regel toeslag = inkomensgrens * 10%
///    |                   ^~~~~~~~~~~~~
///    = in artikel 74 lid 2
///    = bedoelde u 'inkomensgrens_a'?
/// ```
public struct DiagnosticWeergave {
    public var bronnen: Bronnen
    public var taal: Taal
    /// At most this many diagnostics of one file are shown, then one line says how many more there are:
    /// a file full of mistakes must not bury the first ones, nor make the output grow without bound.
    public var maximumPerBestand: Int

    /// A source line is shown at most this many characters wide, cut around the caret.
    static let regelbreedte = 120
    /// Characters of the line kept before the caret when the line is cut.
    static let voorDeCaret = 40
    /// A message longer than this (a name of a megabyte quoted in it) is cut.
    static let berichtlengte = 1_000

    public init(bronnen: Bronnen, taal: Taal, maximumPerBestand: Int = 100) {
        self.bronnen = bronnen
        self.taal = taal
        self.maximumPerBestand = maximumPerBestand
    }

    /// The diagnostics in the order given, at most ``maximumPerBestand`` per file (diagnostics without a
    /// place count as one more file), each file's overflow said in one line after the last one shown.
    /// With each diagnostic's text bounded too, the output is bounded by the number of files.
    public func tekst(_ diagnostics: [Diagnostic]) -> String {
        var aantal: [UInt32?: Int] = [:]
        var laatste: [UInt32?: Int] = [:]
        for (k, d) in diagnostics.enumerated() {
            aantal[d.bereik?.bestand.waarde, default: 0] += 1
            laatste[d.bereik?.bestand.waarde] = k
        }
        var uit = ""
        var getoond: [UInt32?: Int] = [:]
        for (k, d) in diagnostics.enumerated() {
            let bestand = d.bereik?.bestand.waarde
            let n = getoond[bestand, default: 0]
            if n < maximumPerBestand {
                uit += tekst(d)
                getoond[bestand] = n + 1
            }
            if laatste[bestand] == k, let totaal = aantal[bestand], totaal > maximumPerBestand {
                let pad = d.bereik.map { bronnen[$0.bestand].pad }
                uit += Bericht.meerMeldingen(totaal - maximumPerBestand, bestand: pad).tekst(taal) + "\n"
            }
        }
        return uit
    }

    public func tekst(_ d: Diagnostic) -> String {
        var uit = ""
        let kop = "\(d.ernst.label(taal))[\(d.code)]: \(bericht(d.bericht))"
        guard let r = d.bereik else {
            uit += kop + "\n"
            for c in d.context { uit += "  = \(bericht(c))\n" }
            if let s = d.suggestie { uit += "  = \(bericht(s))\n" }
            return uit
        }
        let bestand = bronnen[r.bestand]
        let (regel, kolom) = bestand.positie(r.start)
        uit += "\(bestand.pad):\(regel):\(kolom): \(kop)\n"
        let nummer = String(regel)
        let marge = String(repeating: " ", count: nummer.count)
        let (getoond, caretKolom, caretLengte) = DiagnosticWeergave.uitsnede(bestand, r, regel: regel, kolom: kolom)
        uit += "\(marge) |\n"
        uit += "\(nummer) | \(getoond)\n"
        uit += "\(marge) | " + String(repeating: " ", count: caretKolom - 1) + "^" + String(repeating: "~", count: caretLengte - 1) + "\n"
        for c in d.context { uit += "\(marge) = \(bericht(c))\n" }
        if let s = d.suggestie { uit += "\(marge) = \(bericht(s))\n" }
        for n in d.notities {
            if let nr = n.bereik {
                uit += "\(bronnen.plaats(nr)): \(Ernst.opmerking.label(taal)): \(bericht(n.bericht))\n"
            } else {
                uit += "\(Ernst.opmerking.label(taal)): \(bericht(n.bericht))\n"
            }
        }
        return uit
    }

    func bericht(_ b: Bericht) -> String {
        let t = b.tekst(taal)
        return t.count <= DiagnosticWeergave.berichtlengte ? t : String(t.prefix(DiagnosticWeergave.berichtlengte)) + "…"
    }

    /// The source line of a range with the caret's column and length (in characters; the caret spans the
    /// range on its first line). A line is echoed once per diagnostic, so a line longer than
    /// ``regelbreedte`` bytes is cut to the part around the caret, with a '…' where it is cut: echoing a
    /// whole 40 KB line each time made the output quadratic. The cut works on the bytes near the caret
    /// only, so that a diagnostic costs the same on a long line as on a short one.
    static func uitsnede(_ bestand: Bronbestand, _ r: SourceRange, regel: Int, kolom: Int) -> (tekst: String, kolom: Int, lengte: Int) {
        let begin = bestand.regelbegin[regel - 1]
        var eind = regel < bestand.regelbegin.count ? bestand.regelbegin[regel] - 1 : bestand.bytes.count
        if eind > begin, bestand.bytes[eind - 1] == UInt8(ascii: "\r") { eind -= 1 }
        let caret = Swift.min(Swift.max(Int(r.start), begin), eind)
        let rangeEind = Swift.min(Swift.max(Int(r.eind), caret), eind)
        func tekst(_ a: Int, _ b: Int) -> String { String(decoding: bestand.bytes[a..<Swift.max(a, b)], as: UTF8.self).replacingTabs() }
        // (A range that ends on a later line runs to the end of this one.)
        guard eind - begin > regelbreedte else {
            return (tekst(begin, eind), kolom, Swift.max(1, tekst(caret, rangeEind).count))
        }
        // Whole characters (UTF-8 sequences) from `voorDeCaret` before the caret up to `regelbreedte` in all.
        func isBegin(_ k: Int) -> Bool { bestand.bytes[k] & 0xC0 != 0x80 }
        var van = caret, n = 0
        while van > begin, n < voorDeCaret { van -= 1; if isBegin(van) { n += 1 } }
        while van > begin, !isBegin(van) { van -= 1 }
        var tot = caret
        while tot < eind, n < regelbreedte { tot += 1; if tot == eind || isBegin(tot) { n += 1 } }
        while tot < eind, !isBegin(tot) { tot += 1 }
        let voor = tekst(van, caret)
        let lengte = Swift.max(1, tekst(caret, Swift.min(rangeEind, tot)).count)
        let getoond = (van > begin ? "…" : "") + voor + tekst(caret, tot) + (tot < eind ? "…" : "")
        return (getoond, voor.count + 1 + (van > begin ? 1 : 0), lengte)
    }
}

extension String {
    /// Tabs become single spaces so that the caret column matches what the terminal shows.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
