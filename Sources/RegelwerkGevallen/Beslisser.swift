// Evaluate: the one decision operation (STYLE §7). ``Compilatie`` → ``Beslisser`` (a plan per version and
// decision, made once) → per case: the version, the case bound to the plan's slots, the plan run, the
// outcomes (and the motivation when asked). `beslis`, `batch`, `vergelijk`, `test`, the fuzz targets and
// the tests all decide through it, so they all take the same path.

import RegelwerkKern

/// What a request for a decision can get wrong before any case is read: a decision or rule that does
/// not exist, or no decision named where the rules have several. The CLI reports these as usage errors.
public struct Verzoekfout: Error, Sendable, Equatable {
    public var bericht: Bericht
    public var suggestie: Bericht?
}

/// Why a case was not decided.
public enum Beslisfout: Error, Sendable {
    /// The case is no JSON (with the line and column where reading stopped).
    case json(JSONFout)
    /// The request names no decision the rules know.
    case verzoek(Verzoekfout)
    /// No version of the ordinance could be chosen for the case.
    case versie(Versiefout)
    /// The case data does not fit the rules: every problem found, and the warnings.
    case geval([GevalProbleem], waarschuwingen: [GevalProbleem])
    /// A rule could not be computed for this case.
    case berekening(Rekenfout)

    /// The (first) message: what a record or a one-line report shows.
    public var bericht: Bericht {
        switch self {
        case .json(let f): f.bericht
        case .verzoek(let f): f.bericht
        case .versie(let f): f.bericht
        case .geval(let ps, _): ps.first?.bericht ?? .jsonGeenObject
        case .berekening(let f): f.bericht
        }
    }

    /// The article whose rule failed, for a computation error.
    public var citaat: Citaat? {
        if case .berekening(let f) = self { return f.citaat }
        return nil
    }

    /// A hint with the (first) message ("bedoelde u …").
    public var suggestie: Bericht? {
        switch self {
        case .verzoek(let f): f.suggestie
        case .geval(let ps, _): ps.first?.suggestie
        case .json, .versie, .berekening: nil
        }
    }
}

/// A decided case.
public struct Beslissing: Sendable {
    /// The case's identifier (its `kenmerk` field), when the rules declare one and the case gives it.
    public var kenmerk: String?
    /// The decision taken ("" for the outputs of an unnamed `uitvoer` or a list of requested rules).
    public var beslissing: String
    /// The version the case was decided under (an index into ``Compilatie/versies``), and why, when there
    /// was a choice to explain.
    public var versie: Versiekeuze
    /// The outcomes, in output order. A number, truth value, date or `geen` has its Dutch text only when
    /// ``Beslisser/Detail/uitkomstTekst`` was asked (writing it costs more than deciding).
    public var uitkomsten: [Besluit.Uitkomst]
    /// Unknown fields in the case (they may belong to another chapter's rules).
    public var waarschuwingen: [GevalProbleem]
    /// The motivation, when asked for.
    public var besluit: Besluit?
    /// Every rule's value computed on the way (not records, lists or text), when asked for: what
    /// `vergelijk` compares per article.
    public var tussenwaarden: [String: (waarde: Waarde, citaat: Citaat)] = [:]
}

/// Decides cases under a compiled ordinance: every version, every decision. Built once, immutable and
/// shared by all threads; each thread decides with its own ``Werkplaats``.
public struct Beslisser: Sendable {
    /// One decision the rules can take, planned for every version.
    public struct Beslissingsplan: Sendable {
        public var naam: String
        /// The case field that gives this decision its peildatum (the model's, the same in every version).
        public var peildatumVeld: String?
        /// One plan per version, in the order of ``Compilatie/versies``. A version that leaves out the part of
        /// the model the decision belongs to has a plan without outputs, and its reason in ``nietOpgenomen``.
        public var plannen: [Plan]
        /// Per version: why the decision is not taken under it (`hoofdstuk 4 niet opgenomen`), or nil.
        public var nietOpgenomen: [Versiefout?] = []

        /// The plan of the first version that takes the decision (for what is the same in every version: the
        /// fields a case may give, the columns of a CSV).
        public var eerstePlan: Plan {
            plannen[nietOpgenomen.firstIndex { $0 == nil } ?? 0]
        }
    }

    /// What a decision returns besides its outcomes.
    public struct Detail: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The motivation (``Beslissing/besluit``) and the explanation of the version chosen.
        public static let motivering = Detail(rawValue: 1)
        /// Every rule's value on the way (``Beslissing/tussenwaarden``).
        public static let tussenwaarden = Detail(rawValue: 2)
        /// Every outcome's Dutch text.
        public static let uitkomstTekst = Detail(rawValue: 4)
    }

    public let compilatie: Compilatie
    public let beslissingen: [Beslissingsplan]

    /// Plans every decision of the rules for every version. With `uitvoer`, there is one decision only: those
    /// rules (`--uitvoer`), taking its peildatum from the decision `peildatumVan` if one is named. With
    /// `dekking`, the plans record which rules, rows and branches each case took (for `regelwerk test`).
    ///
    /// `alleen`: plan only this decision, when the rules take it (a command that decides one decision need not
    /// plan the other fourteen of the model: a third of `beslis`'s cold time).
    public init(_ compilatie: Compilatie, uitvoer: [String] = [], peildatumVan: String? = nil, dekking: Bool = false,
                alleen: String? = nil) throws(Verzoekfout) {
        self.compilatie = compilatie
        // Decisions and their peildatum fields are the model's, the same in every version: resolve them on
        // the first version's rule set that takes them (a version may leave out a decision's part of the model,
        // `hoofdstuk 4 niet opgenomen`), then find each output by name in every version.
        let eerste = compilatie.versies[0].regelset
        func peildatumVeld(_ b: (naam: String, uitvoer: [Int], peildatum: Int?), _ set: Regelset) -> String? {
            b.peildatum.map { set.invoer[$0].naam }
        }
        var gevraagd: [(naam: String, peildatumVeld: String?, uitvoer: [String])] = []
        if uitvoer.isEmpty {
            for v in compilatie.versies {
                let set = v.regelset
                for b in set.beslissingen where !gevraagd.contains(where: { $0.naam == b.naam }) {
                    gevraagd.append((b.naam, peildatumVeld(b, set), b.uitvoer.map { set.definities[$0].naam }))
                }
            }
            // Left out in every version: still a decision of the model, which no version takes.
            for v in compilatie.versies {
                for b in v.regelset.nietOpgenomen.beslissingen where !gevraagd.contains(where: { $0.naam == b.naam }) {
                    gevraagd.append((b.naam, b.peildatumVeld, []))
                }
            }
            if gevraagd.isEmpty { gevraagd.append(("", nil, eerste.uitvoer.map { eerste.definities[$0].naam })) }
            if let alleen, gevraagd.contains(where: { $0.naam == alleen }) { gevraagd.removeAll { $0.naam != alleen } }
        } else {
            var veld: String?
            if let p = peildatumVan {
                guard let b = eerste.beslissingen.first(where: { $0.naam == p }) else { throw Self.onbekend(p, eerste) }
                veld = peildatumVeld(b, eerste)
            }
            gevraagd.append(("", veld, uitvoer))
        }
        var beslissingen: [Beslissingsplan] = []
        for g in gevraagd {
            var plannen: [Plan] = []
            var nietOpgenomen: [Versiefout?] = []
            for v in compilatie.versies {
                if !g.naam.isEmpty, let n = v.regelset.nietOpgenomen.beslissing(g.naam) {
                    plannen.append(Planner.maak(v.regelset, uitvoer: [], dekking: dekking))
                    nietOpgenomen.append(.nietOpgenomen(beslissing: g.naam, artikel: n.citaat.artikelAlleen.description,
                                                        deel: v.regelset.nietOpgenomen.delen[n.deel].omschrijving,
                                                        verordening: v.regelset.naam,
                                                        versie: compilatie.versies.count > 1 ? v.periode : nil))
                    continue
                }
                nietOpgenomen.append(nil)
                var defs: [Int] = []
                for n in g.uitvoer {
                    guard let d = v.regelset.definitie(n) else {
                        throw Verzoekfout(bericht: .onbekendeUitvoer(n),
                                          suggestie: dichtstbijzijnde(n, in: v.regelset.definities.map(\.naam)).map { .bedoeldeU($0) })
                    }
                    defs.append(d)
                }
                plannen.append(Planner.maak(v.regelset, uitvoer: defs, dekking: dekking))
            }
            beslissingen.append(Beslissingsplan(naam: g.naam, peildatumVeld: g.peildatumVeld, plannen: plannen, nietOpgenomen: nietOpgenomen))
        }
        self.beslissingen = beslissingen
    }

    /// Decides one line of JSON Lines read straight from its bytes into the plan's slots (batch, issue 17), and
    /// hands the worker that decided it to `gebruik` with the version and the case's identifier. False, with
    /// nothing handed on, when the line is not a clean case or the plan stops on it: then the general
    /// ``beslis(_:beslissing:peildatum:detail:in:)`` decides it and words what was wrong, so both paths
    /// give the same records.
    package func beslis(bytes regel: UnsafeBufferPointer<UInt8>, beslissing b: Int, peildatum: Datum?, in werkplaats: Werkplaats,
                        _ gebruik: (inout Werker, Versiekeuze, String?) -> Void) -> Bool {
        guard let (plaats, keuze) = bind(bytes: regel, beslissing: b, peildatum: peildatum, in: werkplaats) else { return false }
        return werkplaats.metPlek(plaats) { plek in
            do {
                try plek.werker.beslis()
            } catch {
                return false
            }
            gebruik(&plek.werker, keuze, werkplaats.lezing.kenmerk)
            return true
        } ?? false
    }

    /// Reads a line straight from its bytes into the worker of its version, in `werkplaats`, without deciding
    /// it: the worker's place in the workshop and the version. Nil when the line is not a clean case.
    ///
    /// Everything read here per case is the workshop's own (``Snelpad``), so that two threads never count
    /// references to the same object.
    package func bind(bytes regel: UnsafeBufferPointer<UInt8>, beslissing b: Int, peildatum: Datum?,
                      in werkplaats: Werkplaats) -> (plaats: Int, keuze: Versiekeuze)? {
        let pad = werkplaats.snelpad(b, self)
        guard pad.lezer.lees(regel, in: &werkplaats.lezing) else { return nil }
        let versie: Int
        if let d = peildatum {
            guard let k = pad.versie(op: d) else { return nil }
            versie = k
        } else if let p = pad.lezer.peildatumVeld {
            guard werkplaats.lezing.gezien[p], case .datum(let d) = werkplaats.lezing.waarden[p], let k = pad.versie(op: d) else { return nil }
            versie = k
        } else {
            guard let k = pad.enigeVersie else { return nil }
            versie = k
        }
        let plaats = b * werkplaats.versies + versie
        let gebonden = werkplaats.metPlek(plaats, plan: beslissingen[b].plannen[versie]) { $0.bind(&werkplaats.lezing, pad, versie: versie) }
        return gebonden ? (plaats, Versiekeuze(index: versie, uitleg: nil)) : nil
    }

    static func onbekend(_ naam: String, _ set: Regelset) -> Verzoekfout {
        let keuzes = set.beslissingen.map(\.naam).filter { !$0.isEmpty }
        return Verzoekfout(bericht: .onbekendeBeslissing(naam, keuzes: keuzes.joined(separator: ", ")),
                           suggestie: dichtstbijzijnde(naam, in: keuzes).map { .bedoeldeU($0) })
    }

    /// The decision named (nil: the only one), as an index into ``beslissingen``.
    public func kies(beslissing: String?) -> Result<Int, Verzoekfout> {
        if let naam = beslissing {
            if let k = beslissingen.firstIndex(where: { $0.naam == naam }) {
                // Not taken by any version (its part of the model is left out): said before any case is read.
                if let f = beslissingen[k].nietOpgenomen.first, let f, beslissingen[k].nietOpgenomen.allSatisfy({ $0 != nil }) {
                    return .failure(Verzoekfout(bericht: f.bericht, suggestie: nil))
                }
                return .success(k)
            }
            // With `uitvoer`, the requested rules are the decision whatever its name.
            if beslissingen.count == 1 && beslissingen[0].naam.isEmpty { return .success(0) }
            return .failure(Self.onbekend(naam, compilatie.versies[0].regelset))
        }
        guard beslissingen.count == 1 else {
            // Only the decisions some version takes: one of a part every version leaves out is no choice.
            let keuzes = beslissingen.filter { $0.nietOpgenomen.contains { $0 == nil } }.map(\.naam)
            return .failure(Verzoekfout(bericht: .beslissingNodig(keuzes: keuzes.joined(separator: ", "))))
        }
        return .success(0)
    }

    /// The peildatum of a case for decision `b`: the date in the field the decision names, if it names one.
    /// A missing field or one that holds no date is an error that names the field.
    func peildatum(_ geval: JSONWaarde, beslissing b: Int) -> Result<Datum?, Versiefout> {
        guard let veld = beslissingen[b].peildatumVeld else { return .success(nil) }
        guard case .object(let velden) = geval, let j = velden.first(where: { $0.0 == veld })?.1, j != .null else {
            return .failure(.peildatumOntbreekt(veld: veld))
        }
        guard case .tekst(let t) = j, let d = Datum.lees(Substring(t)) else {
            return .failure(.peildatumOngeldig(veld: veld, gevonden: j.beschrijving))
        }
        return .success(d)
    }

    /// The version a case is decided under, by the one version rule (``Compilatie/kiesVersie``): `peildatum`
    /// when given, else the decision's date in the case, else the only version.
    public func kiesVersie(_ geval: JSONWaarde, beslissing b: Int, peildatum: Datum?, metUitleg: Bool) -> Result<Versiekeuze, Versiefout> {
        let keuze: Result<Versiekeuze, Versiefout>
        if let d = peildatum {
            keuze = compilatie.kiesVersie(peildatum: d, beslissing: beslissingen[b].naam, metUitleg: metUitleg)
        } else {
            switch self.peildatum(geval, beslissing: b) {
            case .failure(let f): return .failure(f)
            case .success(let d):
                // The header names the field by its label when the rules give one ("de dag van de gedraging").
                let veld = beslissingen[b].peildatumVeld ?? ""
                keuze = compilatie.kiesVersie(peildatum: d, bron: compilatie.regelset.label(veld) ?? veld, beslissing: beslissingen[b].naam,
                                              metUitleg: metUitleg)
            }
        }
        // The version chosen may leave out the decision's part of the model.
        if case .success(let k) = keuze, let f = nietOpgenomen(beslissing: b, versie: k.index) { return .failure(f) }
        return keuze
    }

    /// Why decision `b` is not taken under version `versie` (its part of the model is left out), or nil.
    public func nietOpgenomen(beslissing b: Int, versie: Int) -> Versiefout? {
        let fouten = beslissingen[b].nietOpgenomen
        return versie < fouten.count ? fouten[versie] : nil
    }

    /// Decides one case (a JSON object) by decision `beslissing` (nil: the only one). `peildatum`, when
    /// given, chooses the version instead of the case's own date. The motivation is built only when
    /// `metMotivering`; `werkplaats` keeps the workers between cases (one per thread; a fresh one if nil).
    public func beslis(_ geval: JSONWaarde, beslissing: String? = nil, peildatum: Datum? = nil, metMotivering: Bool = false,
                       in werkplaats: Werkplaats? = nil) -> Result<Beslissing, Beslisfout> {
        switch kies(beslissing: beslissing) {
        case .failure(let f): return .failure(.verzoek(f))
        case .success(let b):
            var detail: Detail = [.uitkomstTekst]
            if metMotivering { detail.insert(.motivering) }
            return beslis(geval, beslissing: b, peildatum: peildatum, detail: detail, in: werkplaats ?? Werkplaats(self))
        }
    }

    /// Decides one case given as JSON text (``beslis(_:beslissing:peildatum:metMotivering:in:)``).
    public func beslis(bytes: [UInt8], beslissing: String? = nil, peildatum: Datum? = nil, metMotivering: Bool = false,
                       in werkplaats: Werkplaats? = nil) -> Result<Beslissing, Beslisfout> {
        do {
            return beslis(try JSONLezer.lees(bytes), beslissing: beslissing, peildatum: peildatum, metMotivering: metMotivering, in: werkplaats)
        } catch {
            return .failure(.json(error))
        }
    }

    /// The case's identifier: the value of the field the rules declare as `kenmerk`, as text.
    public func kenmerk(_ geval: JSONWaarde) -> String? {
        guard let veld = compilatie.versies[0].regelset.kenmerk, case .object(let velden) = geval,
              let w = velden.first(where: { $0.0 == veld })?.1 else { return nil }
        switch w {
        case .tekst(let t), .getal(let t): return t
        default: return nil
        }
    }

    /// Decides one case by decision number `b` (from ``kies(beslissing:)``), returning what `detail` asks.
    public func beslis(_ geval: JSONWaarde, beslissing b: Int, peildatum: Datum?, detail: Detail,
                       in werkplaats: Werkplaats) -> Result<Beslissing, Beslisfout> {
        let keuze: Versiekeuze
        switch kiesVersie(geval, beslissing: b, peildatum: peildatum, metUitleg: detail.contains(.motivering)) {
        case .success(let k): keuze = k
        case .failure(let f):
            switch f {
            case .peildatumOntbreekt, .peildatumOngeldig:
                // Every problem with the case at once: the rest of it is read as the newest version reads it.
                var w = Werker(plan: beslissingen[b].plannen[compilatie.versies.count - 1])
                w.nieuwGeval()
                let (problemen, waarschuwingen) = GevalLezer.laad(geval, in: &w)
                return .failure(.geval([GevalProbleem(bericht: f.bericht)] + problemen, waarschuwingen: waarschuwingen))
            case .geenVersie, .peildatumNodig, .ingetrokkenVerordening, .nietOpgenomen:
                return .failure(.versie(f))
            }
        }
        let plaats = b * compilatie.versies.count + keuze.index
        let plek = werkplaats.plek(plaats, plan: beslissingen[b].plannen[keuze.index])
        var uit = Self.beslis(geval, &plek.werker, naam: beslissingen[b].naam, versie: keuze, detail: detail)
        if case .success(var beslissing) = uit, let k = kenmerk(geval) {
            beslissing.kenmerk = k
            beslissing.besluit?.kenmerk = k
            uit = .success(beslissing)
        }
        return uit
    }

    static func beslis(_ geval: JSONWaarde, _ w: inout Werker, naam: String, versie: Versiekeuze, detail: Detail) -> Result<Beslissing, Beslisfout> {
        w.nieuwGeval()
        let (problemen, waarschuwingen) = GevalLezer.laad(geval, in: &w)
        guard problemen.isEmpty else { return .failure(.geval(problemen, waarschuwingen: waarschuwingen)) }
        do {
            try w.beslis()
        } catch {
            return .failure(.berekening(error))
        }
        let set = w.plan.regelset
        let uitkomsten = w.plan.uitvoer.map { d in
            let soort = set.definities[d].soort, waarde = w.waarde(definitie: d)
            let tekst: String
            switch waarde {
            case .getal, .waarheid, .datum, .afwezig: tekst = detail.contains(.uitkomstTekst) ? w.tekst(waarde, soort) : ""
            case .duur, .tekst, .keuze, .record, .lijst: tekst = w.tekst(waarde, soort)
            }
            return Besluit.Uitkomst(naam: set.definities[d].naam, soort: soort, waarde: waarde, tekst: tekst, citaat: w.herkomst(definitie: d))
        }
        var uit = Beslissing(beslissing: naam, versie: versie, uitkomsten: uitkomsten, waarschuwingen: waarschuwingen)
        if detail.contains(.motivering) {
            var besluit = Besluit.maak(w)
            besluit.versie = versie.uitleg
            uit.besluit = besluit
        }
        if detail.contains(.tussenwaarden) {
            for d in set.definities.indices where w.plan.definitieSlot[d] >= 0 && w.isBerekend(definitie: d) {
                switch w.waarde(definitie: d) {
                case .record, .lijst, .tekst: continue     // places in the case, not values; geen (.afwezig) counts
                case let waarde: uit.tussenwaarden[set.definities[d].naam] = (waarde, w.herkomst(definitie: d))
                }
            }
        }
        return .success(uit)
    }
}

/// The workers of one thread: one per decision and version, made when first needed and reused for every
/// later case, so deciding a case allocates nothing new. Owned by one thread at a time.
public final class Werkplaats: @unchecked Sendable {
    /// Where one worker stays between cases. A class, so the worker is changed where it stands: taking a
    /// worker out of an array and putting it back copies it whole, plan included (issue 17: four copies a
    /// case cost more than a tenth of a batch's time).
    final class Plek {
        // Unchecked: a stored property of a class is checked for overlapping access when the program runs, some
        // ninety instructions per access and several accesses per case (2% of a batch). A workshop is used by
        // one thread at a time and nothing in it reenters, so no two accesses overlap.
        @exclusivity(unchecked) var werker: Werker
        init(_ werker: Werker) { self.werker = werker }

        /// Binds what the byte reader read (``Bytelezing``) into the worker, version `versie` of `pad`'s decision:
        /// false when the line has a field this version does not know (a warning the general path gives).
        func bind(_ lezing: inout Bytelezing, _ pad: Snelpad, versie: Int) -> Bool {
            werker.nieuwGeval()
            for i in pad.bevoegdheden[versie] { werker.zetInvoerNaNieuwGeval(i, .waarheid(false)) }
            let index = pad.lezer.invoerPerVersie[versie], velden = pad.lezer.velden
            for k in 0..<pad.invoerAantal where lezing.gezien[k] {
                guard index[k] >= 0 else { return false }
                if velden[k].lezen { werker.zetInvoerNaNieuwGeval(index[k], lezing.waarden[k]) }
            }
            // The powers applied, with their reasons, as the general path records them: those this plan uses.
            for (k, reden) in lezing.redenen where werker.plan.invoerSlot[index[k]] >= 0 {
                werker.opslag.reden(index[k], reden)
            }
            // The records and lists are copied into the worker's storage (one copy of plain bytes); the texts
            // move in, and its emptied texts come back for the next line.
            werker.opslag.velden.removeAll(keepingCapacity: true)
            werker.opslag.velden.append(contentsOf: lezing.velden.buffer)
            swap(&werker.opslag.teksten, &lezing.teksten)
            return true
        }
    }

    let versies: Int
    @exclusivity(unchecked) var plekken: [Plek?]
    /// The same places, not counted: a case reaches its worker through one of these (``metPlek(_:_:)``) without taking
    /// a reference, which is two atomic operations each time (`plekken` keeps each alive as long as this workshop).
    @exclusivity(unchecked) private var geleend: [Unmanaged<Plek>?]
    /// What this thread's byte reader keeps between lines (unchecked as ``Plek/werker`` is).
    @exclusivity(unchecked) var lezing = Bytelezing()
    /// Per decision, what reading straight from bytes needs, made the first time it is needed.
    @exclusivity(unchecked) var snelpaden: [Snelpad?]

    public init(_ beslisser: Beslisser) {
        versies = beslisser.compilatie.versies.count
        plekken = Array(repeating: nil, count: beslisser.beslissingen.count * versies)
        geleend = Array(repeating: nil, count: plekken.count)
        snelpaden = Array(repeating: nil, count: beslisser.beslissingen.count)
    }

    /// The path straight from bytes for decision `b` of `beslisser`, this workshop's own.
    package func snelpad(_ b: Int, _ beslisser: Beslisser) -> Snelpad {
        if let p = snelpaden[b] { return p }
        let p = Snelpad(beslisser, beslissing: b)
        snelpaden[b] = p
        return p
    }

    /// The place of the worker for `plaats`, with a fresh worker for `plan` the first time.
    func plek(_ plaats: Int, plan: @autoclosure () -> Plan) -> Plek {
        if let p = plekken[plaats] { return p }
        let p = Plek(Werker(plan: plan()))
        plekken[plaats] = p
        geleend[plaats] = Unmanaged.passUnretained(p)
        return p
    }

    /// `doe` with the place `plaats`, made with a fresh worker for `plan` the first time, reached without counting a
    /// reference (``geleend``): batch reaches a case's worker twice per case, the plan evaluation once per decision.
    @inline(__always)
    func metPlek<R>(_ plaats: Int, plan: @autoclosure () -> Plan, _ doe: (Plek) -> R) -> R {
        if geleend[plaats] == nil { _ = plek(plaats, plan: plan()) }
        return geleend[plaats].unsafelyUnwrapped._withUnsafeGuaranteedRef(doe)
    }

    /// `doe` with the place `plaats`, reached as ``metPlek(_:plan:_:)`` reaches it; nil when it has no worker yet.
    @inline(__always)
    func metPlek<R>(_ plaats: Int, _ doe: (Plek) -> R) -> R? {
        guard let p = geleend[plaats] else { return nil }
        return p._withUnsafeGuaranteedRef(doe)
    }

    /// The worker that decided the last case of decision `b` under version `versie`: its values and, in a
    /// plan with coverage, what it reached.
    public func werker(beslissing b: Int, versie: Int) -> Werker? { plekken[b * versies + versie]?.werker }

    /// The case bound at `plaats` (from ``Beslisser/bind(bytes:beslissing:peildatum:in:)``), before it is decided.
    package func gebonden(_ plaats: Int) -> Werker.Gebonden? { plekken[plaats]?.werker.gebonden() }

    /// Decides case `k` of `pool` (bound before, ``gebonden(_:)``) with the worker that bound it: the plan only,
    /// nothing read or written. True when the plan gave its outcomes.
    package func beslis(_ pool: GebondenGevallen, _ k: Int) -> Bool {
        metPlek(pool.plaats(k)) { plek in
            plek.werker.bind(pool, k)
            do {
                try plek.werker.beslis()
                return true
            } catch {
                return false
            }
        } ?? false
    }
}

/// What the path straight from bytes of one decision reads for every case, made for each workshop the first time it
/// reads such a case (``Werkplaats/snelpad(_:_:)``): the decision's byte reader, and per version its days and what
/// binding needs. The workshop's own: one shared by the threads was retained for every case, with the arrays of
/// the decision, and each such count moved a cache line from one core's cache to the other's (issue 17: two threads
/// spent a fifth more CPU per case than one).
package final class Snelpad {
    package let lezer: Bytelezer
    /// Per version, its first and last day as day numbers (an open end as the extreme), as
    /// ``Verordeningsversie/geldt(op:)`` reads them, and whether it takes the decision.
    let versies: [(van: Int32, tot: Int32, neemtOp: Bool)]
    /// Per version, the case fields that are powers of the college: `onwaar` unless the case applies them.
    let bevoegdheden: [[Int]]
    /// How many case fields the reader knows (its ``Bytelezer/velden`` less "bevoegdheden").
    let invoerAantal: Int
    /// The one version, for a case without a peildatum, when there is one and it takes the decision.
    var enigeVersie: Int? { versies.count == 1 && versies[0].neemtOp ? 0 : nil }

    init(_ beslisser: Beslisser, beslissing b: Int) {
        let plannen = beslisser.beslissingen[b].plannen
        lezer = Bytelezer(plannen: plannen, peildatumVeld: beslisser.beslissingen[b].peildatumVeld)
        versies = zip(beslisser.compilatie.versies, beslisser.beslissingen[b].nietOpgenomen).map { v, weg in
            (v.vanaf?.dagnummer ?? .min, v.totEnMet?.dagnummer ?? .max, weg == nil)
        }
        bevoegdheden = plannen.map(\.bevoegdheidInvoer)
        invoerAantal = plannen[0].regelset.invoer.count
    }

    /// The version in force on `d` when it takes the decision; nil when it does not, or none is in force (before
    /// the first version the ordinance's transitional law may still decide: the general path, which words it).
    func versie(op d: Datum) -> Int? {
        for k in versies.indices where versies[k].van <= d.dagnummer && d.dagnummer <= versies[k].tot {
            return versies[k].neemtOp ? k : nil
        }
        return nil
    }
}
