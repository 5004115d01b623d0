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
    /// Reads scalars, not `Character`s: telling characters apart cost 40 000 instructions per
    /// token, and every build reads the token of each plan.
    public init?(parsing text: String) {
        var symbols: [UInt8] = []
        symbols.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !(scalar == "-" || Self.isWhitespace(scalar)) {
            // A symbol is ASCII; anything else is no symbol.
            guard scalar.isASCII else { return nil }
            symbols.append(UInt8(scalar.value))
        }
        guard let decoded = CrockfordBase32.decode(symbols, byteCount: Self.byteCount) else { return nil }
        self.bytes = decoded
    }

    /// Unicode's white space, as `Character.isWhitespace` has it; ASCII without the property look-up.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
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
