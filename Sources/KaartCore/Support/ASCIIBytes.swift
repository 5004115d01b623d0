/// Byte tests for ASCII text, used where a fast path reads UTF-8 bytes instead of characters.
extension UInt8 {
    /// The byte with `A`–`Z` turned into `a`–`z`; every other byte unchanged.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }

    /// Whether the byte is an ASCII letter, `a`–`z` or `A`–`Z`.
    var isASCIILetter: Bool { asciiLowercased >= 0x61 && asciiLowercased <= 0x7A }

    /// Whether the byte is an ASCII letter or digit: in ASCII exactly the word characters of search terms.
    var isASCIILetterOrDigit: Bool { isASCIILetter || (self >= 0x30 && self <= 0x39) }
}

extension String {
    /// Whether the UTF-8 form holds `byte`, read in place: `utf8.contains` walks the view byte by
    /// byte, about ten instructions a byte.
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether the text holds a control character, a space, DEL or one of the ASCII characters in
    /// `others`. Read on bytes: every byte of a non-ASCII character is 0x80 or above, so it
    /// matches none of them, as its scalar would not.
    func containsControlOrSpace(orAnyOf others: StaticString) -> Bool {
        others.withUTF8Buffer { others in
            let matches = { (byte: UInt8) in byte <= 0x20 || byte == 0x7F || others.contains(byte) }
            return utf8.withContiguousStorageIfAvailable { $0.contains(where: matches) } ?? utf8.contains(where: matches)
        }
    }
}
