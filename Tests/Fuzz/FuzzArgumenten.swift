// libFuzzer target (issue 18): any bytes as the command line (one argument per line), through the argument
// parser of every command, the language pre-scan, the help of every command, and the CLI itself for what
// writes nothing to disk (help, version, unknown commands, usage errors). Every path must end in an exit
// code, never a crash. Built by .ci/fuzz with the library's sources and the CLI's (one module, no import).

let fuzzIO = InUit(schrijf: { _ in }, schrijfFout: { _ in }, leesStandaardInvoer: { [] }, leesBlok: { nil })

@_cdecl("LLVMFuzzerTestOneInput")
public func argumentenFuzz(_ begin: UnsafeRawPointer, _ aantal: Int) -> CInt {
    let tekst = String(decoding: UnsafeRawBufferPointer(start: begin, count: aantal), as: UTF8.self)
    let args = tekst.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    _ = RegelwerkCLI.taal(args)
    for opdracht in RegelwerkCLI.opdrachten {
        _ = try? ArgumentLezer.lees(args, opdracht.spec, standaardRegels: args.isEmpty ? nil : [args[0]])
    }
    // Only what reads and writes no files: the commands themselves read rule files and fmt writes them.
    let veilig = args.first.map { ["help", "--help", "-h", "--version"].contains($0) || !RegelwerkCLI.commandos.map(\.naam).contains($0) } ?? true
    if veilig { _ = RegelwerkCLI.voerUit(args, fuzzIO) }
    return 0
}
