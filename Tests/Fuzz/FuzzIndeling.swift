// libFuzzer target (DESIGN §8): any bytes as a rule file, laid out by `fmt`. For a file that lexes, the
// layout succeeds or refuses the file as unreadable (it does not parse); it never changes the tokens
// (`betekenisVeranderd`), and laying out its own output again changes nothing.
// Built by .ci/fuzz together with the library's sources (one module, so no import).

@_cdecl("LLVMFuzzerTestOneInput")
public func indelingFuzz(_ begin: UnsafeRawPointer, _ aantal: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: begin, count: aantal))
    switch Indeling.canoniek(bytes) {
    case .success(let tekst):
        switch Indeling.canoniek(Array(tekst.utf8)) {
        case .success(let nogEens):
            if nogEens != tekst { fatalError("fmt is not idempotent") }
        case .failure(.onleesbaar):
            fatalError("fmt's output does not parse, while its input did")
        case .failure(.betekenisVeranderd):
            fatalError("fmt would change the tokens of its own output")
        }
    case .failure(.betekenisVeranderd):
        fatalError("fmt would change the tokens")
    case .failure(.onleesbaar):
        break
    }
    return 0
}
