// Taaldienst: the loop between the editor and the server: bytes in → framed messages → ``Taaldienst`` →
// framed messages out. One thread; diagnostics wait until the editor has been quiet for a moment (debounce),
// so that typing a word checks once, not once per letter. Only protocol goes to the writer (standard output).

import RegelwerkGevallen

/// How the loop reads, waits and writes; the CLI passes the terminal's, tests pass buffers.
public struct Verbinding {
    /// The next piece of input, nil at its end.
    public var lees: () -> [UInt8]?
    /// Waits up to the given milliseconds for input; false when none came (then the edits have settled).
    public var wacht: (Int) -> Bool
    /// Writes framed messages.
    public var schrijf: (String) -> Void

    public init(lees: @escaping () -> [UInt8]?, wacht: @escaping (Int) -> Bool, schrijf: @escaping (String) -> Void) {
        self.lees = lees
        self.wacht = wacht
        self.schrijf = schrijf
    }

    /// How long the editor must be quiet before diagnostics are computed, in milliseconds.
    public static let rustNaWijziging = 150

    /// Runs the server until `exit` or the end of input; returns the exit code (0 after `shutdown` and
    /// `exit`, 1 otherwise, as the protocol asks).
    public func draai(_ dienst: inout Taaldienst) -> Int32 {
        var lezer = Kaderlezer()
        func stuur(_ berichten: [JSONWaarde]) {
            for b in berichten { schrijf(Kaderlezer.kader(JSONSchrijver.schrijf(b, inspringen: nil))) }
        }
        while true {
            while let volgende = lezer.volgende() {
                switch volgende {
                case .success(let body): stuur(dienst.behandel(body))
                case .failure(let f): stuur([dienst.kaderfout(f)])
                }
                if let code = dienst.afsluitcode { return code }
            }
            if dienst.wachtOpControle && !wacht(Verbinding.rustNaWijziging) {
                stuur(dienst.controleer())
                continue
            }
            guard let blok = lees() else {
                return dienst.afsluitcode ?? 1
            }
            lezer.voegToe(blok)
        }
    }
}
