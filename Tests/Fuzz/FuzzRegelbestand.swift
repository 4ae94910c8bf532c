// libFuzzer target (DESIGN §8): any bytes as a rule file, laid out and checked. Laying out must keep the
// tokens and be idempotent; parsing, checking and rendering the diagnostics must end, without a crash,
// whatever the input.
// Built by .ci/fuzz together with the library's sources (one module, so no import).

@_cdecl("LLVMFuzzerTestOneInput")
public func regelbestandFuzz(_ begin: UnsafeRawPointer, _ aantal: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: begin, count: aantal))
    // The layout keeps the tokens (it checks that itself) and a second pass changes nothing.
    switch Indeling.canoniek(bytes) {
    case .success(let tekst):
        guard case .success(let nogEens) = Indeling.canoniek(Array(tekst.utf8)), nogEens == tekst else {
            fatalError("fmt is not idempotent")
        }
    case .failure(.betekenisVeranderd): fatalError("fmt would change the tokens")
    case .failure(.onleesbaar): break
    }
    let c = Compilatie.compileer(bytes: [("fuzz.regels", bytes)])
    _ = DiagnosticWeergave(bronnen: c.bronnen, taal: .nl).tekst(c.diagnostics.gesorteerd)
    if !c.diagnostics.heeftFouten {
        // A file that checks is planned, printed and decided over an empty case, as `regelwerk beslis` does.
        if let beslisser = try? Beslisser(c) {
            for b in beslisser.beslissingen { for p in b.plannen { _ = PlanWeergave.tekst(p) } }
            for b in beslisser.beslissingen.indices {
                _ = beslisser.beslis(.object([]), beslissing: b, peildatum: nil, detail: [.motivering], in: Werkplaats(beslisser))
            }
        }
    }
    return 0
}
