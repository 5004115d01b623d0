/// Every problem found in an `openingstijden` or `spreekuren` block. Messages are Dutch.
public struct OpeningHoursError: Error, Equatable, Sendable {
    /// One problem: the key it was found under (`ma`, `uitzonderingen[0].datum`, or an unknown
    /// day key), the offending value, and a Dutch message with a hint.
    public struct Issue: Equatable, Sendable {
        public let field: String
        public let value: String
        public let message: String

        public init(field: String, value: String, message: String) {
            self.field = field
            self.value = value
            self.message = message
        }
    }

    public let issues: [Issue]
}
