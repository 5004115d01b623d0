/// Crockford base32 (https://www.crockford.com/base32.html): digits and upper-case letters
/// without I, L, O and U, so a code can be read over the phone without confusion.
/// Bits are taken most significant first; the last symbol is padded with zero bits.
public enum CrockfordBase32 {
    /// The 32 symbols, in value order.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Encodes bytes; 16 bytes give 26 symbols.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output = ""
        var buffer: UInt32 = 0
        var bitCount = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bitCount += 8
            while bitCount >= 5 {
                bitCount -= 5
                output.append(alphabet[Int((buffer >> UInt32(bitCount)) & 31)])
            }
        }
        if bitCount > 0 {
            output.append(alphabet[Int((buffer << UInt32(5 - bitCount)) & 31)])
        }
        return output
    }

    private static let noValue: UInt8 = 255

    /// The value of each ASCII code, `noValue` where it is no symbol (lower case and Crockford's
    /// aliases I/L → 1 and O → 0 are read too; U is no symbol): a table, because searching
    /// the alphabet for each symbol made reading a token store of 500 plans take milliseconds.
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: noValue, count: 128)
        for (value, symbol) in alphabet.enumerated() {
            let upper = Int(symbol.asciiValue!)
            values[upper] = UInt8(value)
            if symbol.isLetter { values[upper + 32] = UInt8(value) }
        }
        for alias in "IiLl" { values[Int(alias.asciiValue!)] = 1 }
        for alias in "Oo" { values[Int(alias.asciiValue!)] = 0 }
        return values
    }()

    /// Decodes exactly `byteCount` bytes from symbols (no separators).
    /// Rejects a wrong number of symbols, unknown symbols, and non-zero padding bits,
    /// so every accepted string maps to exactly one canonical encoding.
    /// `codes`: the symbols' character codes (any byte that is no symbol's code is rejected).
    public static func decode(_ codes: [UInt8], byteCount: Int) -> [UInt8]? {
        let expectedSymbols = (byteCount * 8 + 4) / 5
        guard codes.count == expectedSymbols else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(byteCount)
        var buffer: UInt32 = 0
        var bitCount = 0
        for code in codes {
            guard code < 128, values[Int(code)] != noValue else { return nil }
            let value = values[Int(code)]
            buffer = (buffer << 5) | UInt32(value)
            bitCount += 5
            if bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8((buffer >> UInt32(bitCount)) & 0xFF))
            }
        }
        let paddingMask: UInt32 = (1 << UInt32(bitCount)) - 1
        guard output.count == byteCount, buffer & paddingMask == 0 else { return nil }
        return output
    }
}
