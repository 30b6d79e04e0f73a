/// A domain's identity: its name and the account that owns it.
struct DomainKey: Sendable, Hashable {
    var name: String
    var owner: String
}
