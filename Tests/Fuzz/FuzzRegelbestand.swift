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
        // A file that checks is planned, printed and run over an empty case.
        let plan = Planner.maak(c.regelset)
        _ = PlanWeergave.tekst(plan)
        var w = Werker(plan: plan)
        w.nieuwGeval()
        _ = try? w.beslis()
    }
    return 0
}
