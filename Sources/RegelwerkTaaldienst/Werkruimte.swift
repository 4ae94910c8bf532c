// Taaldienst: which files are checked together with the one being edited. A project file (`.regelwerk`, the
// same file the CLI reads) names the rule folders; without one, the files' headers say what belongs
// together: a municipality's ordinance, the model it follows, the national amounts and its fixtures.

import Foundation
import RegelwerkKern

/// Paths and URIs, the workspace's rule files, and the grouping of files into one rule set.
package enum Werkruimte {
    /// At most this many rule files are read below a workspace folder: opening a home directory must not
    /// read a disk.
    package static let maximumBestanden = 5_000

    /// The path of a `file:` URI (percent-decoded); nil for any other scheme.
    package static func pad(uri: String) -> String? {
        guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    /// The `file:` URI of an absolute path.
    package static func uri(pad: String) -> String {
        URL(fileURLWithPath: pad).absoluteString
    }

    /// An absolute, standardized path (relative ones against `basis`).
    package static func absoluut(_ pad: String, basis: String) -> String {
        let vol = pad.hasPrefix("/") ? pad : (basis as NSString).appendingPathComponent(pad)
        return URL(fileURLWithPath: vol).standardizedFileURL.path
    }

    /// Every `.regels` file below `map`, sorted; hidden folders (`.git`, `.build`) are skipped. Breadth first
    /// with an explicit list, no recursion, and at most ``maximumBestanden`` files.
    package static func regelbestanden(onder map: String) -> [String] {
        let fm = FileManager.default
        var gevonden: [String] = []
        var mappen = [map]
        var bekeken = 0
        while let m = mappen.popLast(), gevonden.count < maximumBestanden, bekeken < 50 * maximumBestanden {
            guard let namen = try? fm.contentsOfDirectory(atPath: m) else { continue }
            for naam in namen where !naam.hasPrefix(".") {
                bekeken += 1
                let vol = (m as NSString).appendingPathComponent(naam)
                var isMap: ObjCBool = false
                guard fm.fileExists(atPath: vol, isDirectory: &isMap) else { continue }
                if isMap.boolValue { mappen.append(vol) } else if naam.hasSuffix(".regels") { gevonden.append(vol) }
            }
        }
        return gevonden.sorted()
    }

    /// The project file nearest above `pad` (its folder, then each folder up), if any.
    package static func projectbestand(boven pad: String) -> String? {
        var map = (pad as NSString).deletingLastPathComponent
        for _ in 0..<64 where !map.isEmpty {
            let kandidaat = (map as NSString).appendingPathComponent(Werkruimte.projectbestandNaam)
            if FileManager.default.fileExists(atPath: kandidaat) { return kandidaat }
            let boven = (map as NSString).deletingLastPathComponent
            if boven == map { break }
            map = boven
        }
        return nil
    }

    /// The name of the project file, as the CLI reads it in the working directory.
    package static let projectbestandNaam = ".regelwerk"

    /// The rule files a project file names (its paths relative to its folder, folders expanded).
    package static func projectregels(_ projectbestand: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: projectbestand) else { return [] }
        let basis = (projectbestand as NSString).deletingLastPathComponent
        return uitgebreid(Werkruimte.leesProject(String(decoding: data, as: UTF8.self)).map { absoluut($0, basis: basis) })
    }

    /// Paths with folders expanded to their rule files (a path that does not exist is left out).
    package static func uitgebreid(_ paden: [String]) -> [String] {
        var uit: [String] = []
        for p in paden {
            var isMap: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isMap) else { continue }
            if isMap.boolValue { uit += regelbestanden(onder: p) } else { uit.append(p) }
        }
        var gezien = Set<String>()
        return uit.filter { gezien.insert($0).inserted }
    }

    /// The paths in a project file's text: one a line, `#` starts a comment (as ``Project`` in the CLI reads it).
    package static func leesProject(_ tekst: String) -> [String] {
        tekst.split(whereSeparator: \.isNewline).compactMap { regel in
            let zonder = regel.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let pad = zonder.trimmingSpaties()
            return pad.isEmpty ? nil : String(pad)
        }
    }
}

/// What a file's header says it is: enough to group files without a project file.
package struct Kopinfo: Sendable, Equatable {
    package var aard: Regelbestand.Aard
    package var naam: String
}

extension Werkruimte {
    /// The files checked together with `pad`, from the headers of the candidate files: the regeling the
    /// ordinance follows, every parameters file, the ordinance's files (every version) and its fixtures.
    /// For a model file, the first ordinance that follows it (a model alone has every blank unfilled); for a
    /// fixture file, the ordinance or regeling it names. `pad` itself is always in the group.
    package static func groep(van pad: String, koppen: [(pad: String, kop: Kopinfo)]) -> [String] {
        guard let eigen = koppen.first(where: { $0.pad == pad })?.kop else { return [pad] }
        func eersteVerordening(volgt n: String?) -> Kopinfo? {
            koppen.first { if case .verordening(let v, _, _) = $0.kop.aard { n == nil || v == n } else { false } }?.kop
        }
        var model: String?, verordening: String?
        switch eigen.aard {
        case .verordening(let volgt, _, _):
            (model, verordening) = (volgt, eigen.naam)
        case .regeling:
            model = eigen.naam
            verordening = eersteVerordening(volgt: eigen.naam)?.naam
        case .proeven(let voor, _):
            if let v = koppen.first(where: { if case .verordening = $0.kop.aard { $0.kop.naam == voor } else { false } })?.kop,
               case .verordening(let volgt, _, _) = v.aard {
                (model, verordening) = (volgt, voor)
            } else {
                model = voor
            }
        case .parameters:
            if let v = eersteVerordening(volgt: nil), case .verordening(let volgt, _, _) = v.aard {
                (model, verordening) = (volgt, v.naam)
            } else {
                model = koppen.first { $0.kop.aard == .regeling }?.kop.naam
            }
        }
        var uit: [String] = []
        for (p, k) in koppen {
            let hoortErbij: Bool
            switch k.aard {
            case .regeling: hoortErbij = k.naam == model
            case .parameters: hoortErbij = true
            case .verordening: hoortErbij = verordening != nil && k.naam == verordening
            case .proeven(let voor, _): hoortErbij = voor == (verordening ?? model)
            }
            if hoortErbij || p == pad { uit.append(p) }
        }
        return uit
    }
}
