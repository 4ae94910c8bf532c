// The pipeline in one place: rule files → syntax trees → checked rule set (→ plan, by the caller).

import Foundation

/// The result of reading and checking a set of rule files.
public struct Compilatie: Sendable {
    public var bronnen: Bronnen
    public var bestanden: [Regelbestand]
    public var regelset: Regelset
    public var diagnostics: Diagnostics

    /// Parses and checks the given sources together as one rule set.
    public static func compileer(_ teksten: [(pad: String, tekst: String)]) -> Compilatie {
        compileer(bytes: teksten.map { ($0.pad, Array($0.tekst.utf8)) })
    }

    public static func compileer(bytes: [(pad: String, bytes: [UInt8])]) -> Compilatie {
        var bronnen = Bronnen()
        var bestanden: [Regelbestand] = []
        var ds = Diagnostics()
        for (pad, b) in bytes {
            let id = bronnen.voegToe(pad: pad, bytes: b)
            let (r, d) = Parser.parse(bronnen[id], id: id)
            bestanden.append(r)
            ds.voegToe(d)
        }
        let (set, cd) = Checker.controleer(bestanden, bronnen: bronnen)
        ds.voegToe(cd)
        return Compilatie(bronnen: bronnen, bestanden: bestanden, regelset: set, diagnostics: ds)
    }

    /// Reads files and folders (every `.regels` file below a folder, in sorted order).
    public static func lees(paden: [String]) throws(Leesfout) -> Compilatie {
        var bestanden: [(String, [UInt8])] = []
        for pad in try Compilatie.regelbestanden(paden) {
            guard let data = FileManager.default.contents(atPath: pad) else { throw Leesfout(pad: pad) }
            bestanden.append((pad, [UInt8](data)))
        }
        return compileer(bytes: bestanden)
    }

    /// Expands folders to their `.regels` files, sorted so that every run reads them in one order.
    public static func regelbestanden(_ paden: [String]) throws(Leesfout) -> [String] {
        var uit: [String] = []
        for pad in paden {
            var isMap: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else { throw Leesfout(pad: pad) }
            if isMap.boolValue {
                let e = FileManager.default.enumerator(atPath: pad)
                var gevonden: [String] = []
                while let f = e?.nextObject() as? String {
                    if f.hasSuffix(".regels") { gevonden.append((pad as NSString).appendingPathComponent(f)) }
                }
                uit += gevonden.sorted()
            } else {
                uit.append(pad)
            }
        }
        return uit
    }
}

/// A file or folder that could not be read.
public struct Leesfout: Error, Sendable {
    public var pad: String
}
