/// A pre-shared token that unlocks one client plan: 128 random bits.
///
/// Written for people as Crockford base32 in groups of four, e.g. `7K3M-Q9TD-…-XX`
/// (26 symbols). The grouped form is also what travels in the URL fragment.
/// `description` is redacted on purpose so a token never ends up in a log by accident;
/// use `formatted` when you really mean to show it.
public struct PlanToken: Sendable, Equatable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Number of raw bytes (16 = 128 bits).
    public static let byteCount = 16
    /// Number of base32 symbols without separators.
    public static let symbolCount = 26

    /// The raw token bytes: the HKDF input key material.
    public let bytes: [UInt8]

    /// Wraps exactly 16 bytes; nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    /// Draws a fresh token from `random`.
    public init(random: any RandomBytesSource = SystemRandomBytes()) {
        let drawn = random.bytes(Self.byteCount)
        precondition(drawn.count == Self.byteCount, "RandomBytesSource returned the wrong number of bytes")
        self.bytes = drawn
    }

    /// Parses what a person typed or what the fragment holds. Case, spaces, tabs and dashes are
    /// ignored; I/L read as 1 and O as 0. Returns nil for a wrong length or an unknown symbol.
    public init?(parsing text: String) {
        let symbols = String(text.filter { !($0 == "-" || $0.isWhitespace) })
        guard let decoded = CrockfordBase32.decode(symbols, byteCount: Self.byteCount) else { return nil }
        self.bytes = decoded
    }

    /// Canonical upper-case symbols without separators (26 characters).
    public var compact: String { CrockfordBase32.encode(bytes) }

    /// The human form: groups of four separated by '-' (`XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX`).
    public var formatted: String {
        let symbols = Array(compact)
        return stride(from: 0, to: symbols.count, by: 4)
            .map { String(symbols[$0..<min($0 + 4, symbols.count)]) }
            .joined(separator: "-")
    }

    /// Redacted: never prints the secret.
    public var description: String { "PlanToken(verborgen)" }
    public var debugDescription: String { description }
}
