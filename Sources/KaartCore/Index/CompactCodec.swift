/// Encodes non-negative integers as a JSON-safe character string, five bits per character.
///
/// Characters 0–31 of the alphabet end a number, 32–63 continue it (most significant group first).
/// Small numbers (gaps, impacts, codes) take one character, and the result gzips well.
/// `decodeInts` in search-engine.js is the inverse.
public enum CompactCodec {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

    public static func encode(_ values: [Int]) -> String { string(values) }

    public static func append(_ value: Int, to out: inout String) {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static let alphabetBytes = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// The same encoding into ASCII bytes; building large posting lists this way is much faster.
    static func append(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0, "CompactCodec encodes non-negative integers only")
        var shift = 0
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            out.append(alphabetBytes[((value >> shift) & 31) + 32])
            shift -= 5
        }
        out.append(alphabetBytes[value & 31])
    }

    /// Encodes pairs or single values straight to a `String` via bytes.
    static func string(_ values: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
        for value in values { append(value, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func decode(_ text: String) -> [Int] {
        var lookup: [Character: Int] = [:]
        for (i, c) in alphabet.enumerated() { lookup[c] = i }
        var values: [Int] = []
        var current = 0
        for c in text {
            guard let digit = lookup[c] else { continue }
            if digit >= 32 { current = (current << 5) | (digit - 32) } else {
                values.append((current << 5) | digit)
                current = 0
            }
        }
        return values
    }
}
