// libFuzzer target (DESIGN §8): any bytes as a case for the example ordinance (Voorbeeldstad 2024,
// decision afstemming). Reading, deciding and writing the decision must end, without a crash.
// Built by .ci/fuzz together with the library's sources (one module, so no import); run from the
// repository's root, where it reads Examples/.

let fuzzPlan: Plan = {
    guard let c = try? Compilatie.lees(paden: ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad/2024"]),
          let beslissing = c.regelset.beslissingen.first(where: { $0.naam == "afstemming" }) else {
        preconditionFailure("run from the repository's root: Examples/ is needed")
    }
    return Planner.maak(c.regelset, uitvoer: beslissing.uitvoer)
}()
nonisolated(unsafe) var fuzzWerker = Werker(plan: fuzzPlan)

@_cdecl("LLVMFuzzerTestOneInput")
public func gevalFuzz(_ begin: UnsafeRawPointer, _ aantal: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: begin, count: aantal))
    guard let json = try? JSONLezer.lees(bytes) else { return 0 }
    fuzzWerker.nieuwGeval()
    let (fouten, _) = GevalLezer.laad(json, in: &fuzzWerker)
    if fouten.isEmpty, (try? fuzzWerker.beslis()) != nil {
        _ = JSONSchrijver.schrijf(BesluitWeergave.json(Besluit.maak(fuzzWerker)))
    }
    return 0
}
