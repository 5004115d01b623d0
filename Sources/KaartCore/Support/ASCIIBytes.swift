/// Byte tests for ASCII text, used where a fast path reads UTF-8 bytes instead of characters.
extension UInt8 {
    /// The byte with `A`–`Z` turned into `a`–`z`; every other byte unchanged.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }

    /// Whether the byte is an ASCII letter, `a`–`z` or `A`–`Z`.
    var isASCIILetter: Bool { asciiLowercased >= 0x61 && asciiLowercased <= 0x7A }

    /// Whether the byte is an ASCII letter or digit: in ASCII exactly the word characters of search terms.
    var isASCIILetterOrDigit: Bool { isASCIILetter || (self >= 0x30 && self <= 0x39) }
}
