// The `regelwerk` command: wires the terminal to the library's CLI and exits with its code. All output
// goes through one writer: a write error (a full disk) is one line on standard error and exit 74; a
// closed pipe (`regelwerk ... | head`) ends the program quietly with the same code.

import Foundation
import RegelwerkCLI
import RegelwerkGevallen

// A closed pipe must be an error we see (EPIPE), not a signal that kills the process.
signal(SIGPIPE, SIG_IGN)

/// Writes all of `tekst` to file descriptor `fd`, or ends the program.
func schrijf(_ tekst: String, naar fd: Int32) {
    schrijf(bytes: Array(tekst.utf8), naar: fd)
}

/// Writes all of `alles` to file descriptor `fd`, or ends the program.
func schrijf(bytes alles: [UInt8], naar fd: Int32) {
    var bytes = alles[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            bytes = bytes.dropFirst(n)
        } else if n < 0 && errno == EINTR {
            continue
        } else {
            let fout = errno
            if fout != EPIPE && fd != STDERR_FILENO {
                let melding = RegelwerkCLI.schrijffout(Array(CommandLine.arguments.dropFirst()), reden: String(cString: strerror(fout)))
                _ = melding.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            }
            exit(Afsluitcode.schrijffout.rawValue)
        }
    }
}

/// Reads up to `maximum` bytes from standard input; nil when it cannot be read (closed, a folder).
func leesStandaardInvoer(maximum: Int) -> [UInt8]? {
    var uit: [UInt8] = []
    var blok = [UInt8](repeating: 0, count: 1 << 16)
    while uit.count <= maximum {
        let n = blok.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if n > 0 {
            uit += blok[..<n]
        } else if n == 0 {
            return uit
        } else if errno != EINTR {
            return nil
        }
    }
    return uit
}

var io = InUit(
    schrijf: { schrijf($0, naar: STDOUT_FILENO) },
    schrijfFout: { schrijf($0, naar: STDERR_FILENO) },
    // One more byte than a case may have, so that a larger one is seen as too large, not cut off.
    leesStandaardInvoer: { leesStandaardInvoer(maximum: Gevalgrens.bytes + 1) },
    // Called on batch's read-ahead thread. `@Sendable` keeps the closure off the main actor: as code of this file's
    // top level it was isolated to it, and Swift 6 checks that at run time, so every `batch` from a pipe or a
    // redirect stopped with "Illegal instruction" (`ProcesTests` runs one). A read error is the command's to
    // report, in its language and with its exit code.
    leesBlok: { @Sendable () throws(Standaardinvoerfout) -> [UInt8]? in
        var blok = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = blok.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n > 0 { return Array(blok[..<n]) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Standaardinvoerfout(nummer: errno) }
            return nil
        }
    }
)
// `beslis` without a case file asks for it on a terminal, a line at a time.
io.leesRegel = { readLine(strippingNewline: true) }
io.invoerIsTerminal = isatty(STDIN_FILENO) == 1
// Called on batch's writing thread: `@Sendable`, off the main actor, as `leesBlok` above.
io.schrijfBytes = { @Sendable in schrijf(bytes: $0, naar: STDOUT_FILENO) }
io.foutIsTerminal = isatty(STDERR_FILENO) != 0
// `regelwerk lsp` waits for the editor to be quiet before it checks (poll with a timeout, no thread).
io.wachtOpInvoer = { ms in
    var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while true {
        let n = poll(&fd, 1, Int32(ms))
        if n < 0 && errno == EINTR { continue }
        return n != 0
    }
}
exit(RegelwerkCLI.voerUit(Array(CommandLine.arguments.dropFirst()), io).rawValue)
