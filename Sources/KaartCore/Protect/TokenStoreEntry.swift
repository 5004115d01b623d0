/// One plan's record in the token store.
public struct TokenStoreEntry: Sendable, Equatable, Codable {
    /// Whether the token still opens the plan.
    public enum Status: String, Sendable, Codable {
        /// The link works.
        case actief
        /// Revoked: no link works until a new token is issued.
        case ingetrokken
    }

    /// The token in its grouped form.
    public var token: String
    /// Date the token was issued (`YYYY-MM-DD`).
    public var uitgegeven: String
    /// Current status.
    public var status: Status
    /// Page ids of earlier tokens for this plan (never the tokens themselves), newest last,
    /// so old `/plan/<id>/` folders can be recognised and removed.
    public var vorige: [String]?

    /// Creates an entry.
    public init(token: String, uitgegeven: String, status: Status, vorige: [String]? = nil) {
        self.token = token
        self.uitgegeven = uitgegeven
        self.status = status
        self.vorige = vorige
    }

    /// The parsed token, or nil when the stored text is not a valid token.
    public var planToken: PlanToken? { PlanToken(parsing: token) }
}
