// libFuzzer target (DESIGN §8): any bytes as case data for the example ordinance (Voorbeeldstad 2024,
// decision afstemming): one JSON case when the bytes start like JSON, else a CSV file for `batch`.
// Reading, deciding and writing the decision must end, without a crash; a JSON line gives the same batch
// record through the byte reader as through the general path. Built by .ci/fuzz together with
// the library's sources (one module, so no import); run from the repository's root, where it reads
// Examples/.

let fuzzCompilatie: Compilatie = {
    guard let c = try? Compilatie.lees(paden: ["Examples/model", "Examples/landelijk", "Examples/gemeenten/voorbeeldstad/2024"]) else {
        preconditionFailure("run from the repository's root: Examples/ is needed")
    }
    return c
}()
let fuzzBeslisser: Beslisser = {
    guard let b = try? Beslisser(fuzzCompilatie), case .success(let k) = b.kies(beslissing: "afstemming") else {
        preconditionFailure("the example rules have no decision 'afstemming'")
    }
    _ = k
    return b
}()
let fuzzWerkplaats = Werkplaats(fuzzBeslisser)
let fuzzBatch: Batch = {
    guard case .success(let k) = fuzzBeslisser.kies(beslissing: "afstemming") else { preconditionFailure("no decision 'afstemming'") }
    return Batch(beslisser: fuzzBeslisser, beslissing: k, draden: 1)
}()
/// The same batch reading every line the general way only: the byte reader must give the same records.
let fuzzAlgemeen: Batch = {
    guard case .success(let k) = fuzzBeslisser.kies(beslissing: "afstemming") else { preconditionFailure("no decision 'afstemming'") }
    let b = Batch(beslisser: fuzzBeslisser, beslissing: k, draden: 1)
    b.bytesLezen = false
    return b
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func gevalFuzz(_ begin: UnsafeRawPointer, _ aantal: Int) -> CInt {
    var bytes = Array(UnsafeRawBufferPointer(start: begin, count: aantal))
    if let eerste = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), eerste == UInt8(ascii: "{") {
        // Through the one decision operation, as `regelwerk beslis` decides (with the motivation).
        if case .success(let b) = fuzzBeslisser.beslis(bytes: bytes, beslissing: "afstemming", metMotivering: true, in: fuzzWerkplaats),
           let besluit = b.besluit {
            _ = JSONSchrijver.schrijf(BesluitWeergave.json(besluit))
        }
        // As a line of `batch`: straight from the bytes where the byte reader is sure, else the general way;
        // either way the very record the general way alone writes (issue 17).
        var regel = bytes.filter { $0 != 0x0A } + [0x0A]
        let regels = Batch.regels(&regel, eindeInvoer: true)
        let snel = fuzzBatch.beslis(regels, eersteNummer: 1), algemeen = fuzzAlgemeen.beslis(regels, eersteNummer: 1)
        precondition(snel == algemeen, "byte reader and general path differ:\n\(snel)\n\(algemeen)")
    } else {
        var lezer = CSVLezer(regelset: fuzzCompilatie.regelset)
        let gevallen = lezer.gevallen(CSV.records(&bytes, eindeInvoer: true))
        _ = fuzzBatch.beslis(gevallen: gevallen, scheiding: lezer.scheiding)
    }
    return 0
}
