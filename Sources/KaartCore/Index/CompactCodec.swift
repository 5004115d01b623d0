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

    /// The alphabet, read through a pointer: no check of a lazy global or of bounds per digit.
    private static let digits: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

    /// The document gap of each posting, and its impact after it when `withImpacts`, appended to
    /// `out` as `append` would write them one by one. They are written through a pointer into room
    /// made once: appending digit by digit checked the array's room and owner for each of the
    /// 2.5 million numbers of the search index at 10 000 items, a sixteenth of a `--watch` rebuild.
    static func appendGaps(of postings: [(doc: Int32, impact: Int)], withImpacts: Bool, to out: inout [UInt8]) {
        // A gap (at most 2^31) takes at most 7 digits; an impact (below 1 024) at most 2.
        let room = postings.count * (withImpacts ? 9 : 7)
        let encoded = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
            let table = digits.utf8Start
            var position = 0
            func write(_ value: Int) {
                var shift = 0
                while value >> (shift + 5) > 0 { shift += 5 }
                while shift > 0 {
                    buffer[position] = table[((value >> shift) & 31) + 32]
                    position += 1
                    shift -= 5
                }
                buffer[position] = table[value & 31]
                position += 1
            }
            var previous: Int32 = 0
            for posting in postings {
                precondition(posting.doc >= previous && (0..<1024).contains(posting.impact),
                             "postings are in document order, with impacts below 1 024")
                write(Int(posting.doc - previous))
                if withImpacts { write(posting.impact) }
                previous = posting.doc
            }
            count = position
        }
        out += encoded
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
