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

    public init(bronnen: Bronnen, taal: Taal) {
        self.bronnen = bronnen
        self.taal = taal
    }

    public func tekst(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(tekst).joined()
    }

    public func tekst(_ d: Diagnostic) -> String {
        var uit = ""
        let kop = "\(d.ernst.label(taal))[\(d.code)]: \(d.bericht.tekst(taal))"
        guard let r = d.bereik else {
            uit += kop + "\n"
            for c in d.context { uit += "  = \(c.tekst(taal))\n" }
            if let s = d.suggestie { uit += "  = \(s.tekst(taal))\n" }
            return uit
        }
        let bestand = bronnen[r.bestand]
        let (regel, kolom) = bestand.positie(r.start)
        uit += "\(bestand.pad):\(regel):\(kolom): \(kop)\n"
        let regelTekst = bestand.regel(regel).replacingTabs()
        let nummer = String(regel)
        let marge = String(repeating: " ", count: nummer.count)
        // The caret spans the range on the first line, counted in characters.
        let (eindRegel, eindKolom) = bestand.positie(Swift.max(r.start, r.eind))
        let lengte = eindRegel == regel ? Swift.max(1, eindKolom - kolom) : Swift.max(1, regelTekst.count - kolom + 1)
        uit += "\(marge) |\n"
        uit += "\(nummer) | \(regelTekst)\n"
        uit += "\(marge) | " + String(repeating: " ", count: kolom - 1) + "^" + String(repeating: "~", count: lengte - 1) + "\n"
        for c in d.context { uit += "\(marge) = \(c.tekst(taal))\n" }
        if let s = d.suggestie { uit += "\(marge) = \(s.tekst(taal))\n" }
        for n in d.notities {
            if let nr = n.bereik {
                uit += "\(bronnen.plaats(nr)): \(Ernst.opmerking.label(taal)): \(n.bericht.tekst(taal))\n"
            } else {
                uit += "\(Ernst.opmerking.label(taal)): \(n.bericht.tekst(taal))\n"
            }
        }
        return uit
    }
}

extension String {
    /// Tabs become single spaces so that the caret column matches what the terminal shows.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
