// Render: what the self-contained HTML pages share (the ordinance, the comparison): escaping, the page
// around the content, and bar charts drawn as inline SVG, so a page needs nothing but itself.

import RegelwerkKern
import RegelwerkGevallen

enum HTML {
    /// Text made safe inside an element or an attribute.
    static func tekst(_ s: String) -> String {
        var uit = ""
        uit.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": uit += "&amp;"
            case "<": uit += "&lt;"
            case ">": uit += "&gt;"
            case "\"": uit += "&quot;"
            default: uit.append(c)
            }
        }
        return uit
    }

    /// A whole page: Dutch, UTF-8, the style given, the body as written.
    static func pagina(titel: String, stijl: String, inhoud: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>\(tekst(titel))</title>
        <style>\(stijl)</style></head><body>
        \(inhoud)</body></html>

        """
    }

    /// A horizontal bar chart: one bar per row, its length in proportion to the largest, the number after
    /// it; `klasse` colours a bar (the page's style says how). `titel` describes the chart for screen readers.
    static func staven(_ rijen: [(label: String, aantal: Int, klasse: String?)], titel: String) -> String {
        // Room for the longest label at 8 pixels a character (13-pixel text, digits and the euro sign are
        // among the widest), so that no label is clipped.
        let labelBreedte = max(120, (rijen.map(\.label.count).max() ?? 0) * 8 + 16), staafBreedte = 320, hoogte = 24
        let grootste = max(1, rijen.map(\.aantal).max() ?? 1)
        var svg = "<svg class=\"staven\" role=\"img\" width=\"\(labelBreedte + staafBreedte + 60)\" height=\"\(rijen.count * hoogte + 4)\" "
            + "viewBox=\"0 0 \(labelBreedte + staafBreedte + 60) \(rijen.count * hoogte + 4)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title>\(tekst(titel))</title>"
        for (k, rij) in rijen.enumerated() {
            let y = k * hoogte + 2
            let lengte = rij.aantal == 0 ? 0 : max(2, rij.aantal * staafBreedte / grootste)
            svg += "<text x=\"\(labelBreedte - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(tekst(rij.label))</text>"
            svg += "<rect" + (rij.klasse.map { " class=\"\($0)\"" } ?? "") + " x=\"\(labelBreedte)\" y=\"\(y + 3)\" width=\"\(lengte)\" height=\"\(hoogte - 8)\"></rect>"
            svg += "<text x=\"\(labelBreedte + lengte + 6)\" y=\"\(y + 16)\">\(rij.aantal)</text>"
        }
        return svg + "</svg>\n"
    }
}
