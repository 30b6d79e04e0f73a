import Foundation

extension EmulatorService {
    /// The admin surface under `/_emulator/` (no signature needed):
    /// - `GET /_emulator/health`: `{"status": "ok"}`.
    /// - `GET /_emulator/state`: the current state as an inventory.
    /// - `POST /_emulator/reset`: back to the seed (state, counters, quota buckets, fault generators).
    /// - `GET /_emulator/counters`: per-operation counters.
    /// - `GET /_emulator/config`: quotas, faults and status-update mode, in their text forms.
    /// - `POST /_emulator/config`: change them; a JSON object with any of `quotas` (text form,
    ///   applied to the current quotas), `faults` (text form, applied to no faults),
    ///   `statusUpdates` (`per-version` or `all-or-nothing`).
    func handleAdmin(_ request: EmulatorHTTPRequest) -> EmulatorHTTPResponse {
        switch (request.method, request.path) {
        case ("GET", "/_emulator/health"):
            return .json(200, .object([("status", .string("ok"))]))
        case ("GET", "/_emulator/state"):
            return .answer(
                status: 200, headers: [("Content-Type", "application/json")],
                body: Array(store.inventory().jsonData()))
        case ("POST", "/_emulator/reset"):
            reset()
            return .json(200, .object([("reset", .bool(true))]))
        case ("GET", "/_emulator/counters"):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            let data = (try? encoder.encode(currentCounters)) ?? Data("{}".utf8)
            return .answer(status: 200, headers: [("Content-Type", "application/json")], body: Array(data))
        case ("GET", "/_emulator/config"):
            return .json(200, configurationJSON())
        case ("POST", "/_emulator/config"):
            guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
                return APIError.validation("Expected a JSON object", reason: "CANNOT_PARSE").response
            }
            do {
                var quotas = limiter.quotas
                var faults = injector.faults
                var mode = statusUpdates
                if let text = object["quotas"] as? String { quotas = try EmulatorQuotas.parse(text, base: quotas) }
                if let text = object["faults"] as? String { faults = try EmulatorFaults.parse(text) }
                if let text = object["statusUpdates"] as? String {
                    guard let parsed = EmulatorStatusUpdateMode(rawValue: text) else {
                        return APIError.validation("statusUpdates must be per-version or all-or-nothing").response
                    }
                    mode = parsed
                }
                limiter.configure(quotas)
                injector.configure(faults)
                statusUpdates = mode
                return .json(200, configurationJSON())
            } catch {
                return APIError.validation("\(error)").response
            }
        default:
            return APIError(
                status: 404, type: "UnknownOperationException",
                message: "Unknown admin endpoint \(request.method) \(request.path); see GET /_emulator/health, "
                    + "GET /_emulator/state, POST /_emulator/reset, GET /_emulator/counters, GET|POST /_emulator/config"
            ).response
        }
    }

    private func configurationJSON() -> JSONValue {
        .object([
            ("quotas", .string(limiter.quotas.description)),
            ("faults", .string(injector.faults.description)),
            ("statusUpdates", .string(statusUpdates.rawValue)),
            ("accountId", .string(store.accountId)),
            ("region", .string(store.region)),
        ])
    }
}
