/// Encodes non-negative integers as a JSON-safe character string, five bits per character.
///
/// Characters 0–31 of the alphabet end a number, 32–63 continue it (most significant group first).
/// Small numbers (gaps, impacts, codes) take one character, and the result gzips well.
/// `decodeInts` in search-engine.js is the inverse.
public enum CompactCodec {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

    public static func encode(_ values: [Int]) -> String {
        var out = ""
        out.reserveCapacity(values.count * 2)
        for value in values { append(value, to: &out) }
        return out
    }

    public static func append(_ value: Int, to out: inout String) {
        precondition(value >= 0, "CompactCodec encodes non-negative integers only")
        var groups: [Int] = [value & 31]
        var rest = value >> 5
        while rest > 0 { groups.append(rest & 31); rest >>= 5 }
        for (index, group) in groups.reversed().enumerated() {
            out.append(alphabet[index == groups.count - 1 ? group : group + 32])
        }
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
