// Taaldienst: a message body (JSON text) → a request, a notification or a refusal; and the replies back, as
// JSON-RPC 2.0 writes them. The JSON itself is read and written by the project's own JSONLezer and
// JSONSchrijver (RegelwerkGevallen): no second JSON implementation.

import RegelwerkKern
import RegelwerkGevallen

/// The error codes of JSON-RPC 2.0 and the Language Server Protocol that this server sends.
package enum RPCFoutcode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
}

/// One incoming message, read and checked for the fields JSON-RPC requires.
package enum RPCBericht: Sendable {
    /// A request: it gets exactly one response with the same id.
    case verzoek(id: JSONWaarde, methode: String, params: JSONWaarde)
    /// A notification: it gets no response.
    case notificatie(methode: String, params: JSONWaarde)
    /// A response to a request of ours (the server sends none it waits for): ignored.
    case antwoord
    /// Not a usable message: the error to send back, with the id when one could be read.
    case fout(id: JSONWaarde, RPCFoutcode, String)

    /// Reads a body. Never throws: whatever the bytes, the result says what to answer.
    package static func lees(_ body: [UInt8], taal: Taal) -> RPCBericht {
        let w: JSONWaarde
        do {
            w = try JSONLezer.lees(body)
        } catch {
            return .fout(id: .null, .parseError, "\(error.regel):\(error.kolom): \(error.bericht.tekst(taal))")
        }
        guard case .object = w else { return .fout(id: .null, .invalidRequest, TaaldienstBericht.geenObject.tekst(taal)) }
        let id = w["id"]
        if let id, !id.isGeldigeID { return .fout(id: .null, .invalidRequest, TaaldienstBericht.ongeldigeID.tekst(taal)) }
        guard w["jsonrpc"]?.tekst == "2.0" else {
            return .fout(id: id ?? .null, .invalidRequest, TaaldienstBericht.geenJSONRPC.tekst(taal))
        }
        guard let methode = w["method"]?.tekst else {
            if id != nil, w["result"] != nil || w["error"] != nil { return .antwoord }
            return .fout(id: id ?? .null, .invalidRequest, TaaldienstBericht.geenMethode.tekst(taal))
        }
        let params = w["params"] ?? .null
        if let id { return .verzoek(id: id, methode: methode, params: params) }
        return .notificatie(methode: methode, params: params)
    }

    /// The response to request `id` with its result (`null` when there is none to give).
    package static func antwoord(_ id: JSONWaarde, _ resultaat: JSONWaarde) -> JSONWaarde {
        .object([("jsonrpc", .tekst("2.0")), ("id", id), ("result", resultaat)])
    }

    /// The error response to request `id` (`null` when the id could not be read).
    package static func foutantwoord(_ id: JSONWaarde, _ code: RPCFoutcode, _ bericht: String) -> JSONWaarde {
        .object([("jsonrpc", .tekst("2.0")), ("id", id),
                 ("error", .object([("code", .getal(String(code.rawValue))), ("message", .tekst(bericht))]))])
    }

    /// A notification from the server (`textDocument/publishDiagnostics`, `window/logMessage`).
    package static func notificatie(_ methode: String, _ params: JSONWaarde) -> JSONWaarde {
        .object([("jsonrpc", .tekst("2.0")), ("method", .tekst(methode)), ("params", params)])
    }
}

// MARK: - Reading and writing JSON values by key

extension JSONWaarde {
    /// The value of `sleutel` in an object; nil for anything else or a missing key.
    package subscript(_ sleutel: String) -> JSONWaarde? {
        guard case .object(let velden) = self else { return nil }
        return velden.first { $0.0 == sleutel }?.1
    }

    /// The text of a string value.
    package var tekst: String? { if case .tekst(let s) = self { s } else { nil } }

    /// A whole number that fits an Int (a position, a version); nil for anything else.
    package var geheel: Int? {
        guard case .getal(let g) = self, g.count <= 18, !g.contains("."), !g.contains("e"), !g.contains("E") else { return nil }
        return Int(g)
    }

    package var lijst: [JSONWaarde]? { if case .array(let a) = self { a } else { nil } }

    package var waarheid: Bool? { if case .waarheid(let b) = self { b } else { nil } }

    /// JSON-RPC ids are strings or numbers (null is allowed but discouraged; it is accepted).
    var isGeldigeID: Bool {
        switch self {
        case .tekst, .getal, .null: true
        default: false
        }
    }

    /// A whole number as a JSON value.
    package static func n(_ i: Int) -> JSONWaarde { .getal(String(i)) }

    /// An object from key-value pairs, leaving out the nil values (optional LSP fields are left out, not null).
    package static func obj(_ velden: [(String, JSONWaarde?)]) -> JSONWaarde {
        .object(velden.compactMap { k, v in v.map { (k, $0) } })
    }
}
