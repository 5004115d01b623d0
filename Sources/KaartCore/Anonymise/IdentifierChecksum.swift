/// Check digits of Dutch and international identifiers. A number that fails its check is not
/// reported: it is far more likely to be some other number than a mistyped identifier.
enum IdentifierChecksum {
    /// The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros).
    static func passesElfproef(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : digit * (9 - index)
        }
        return sum % 11 == 0
    }

    /// ISO 13616 mod-97 check on an IBAN without spaces (upper-case letters and digits).
    static func passesIBANMod97(_ iban: [Character]) -> Bool {
        guard iban.count >= 5 else { return false }
        let rearranged = iban[4...] + iban[0..<4]
        var remainder = 0
        for c in rearranged {
            if let d = c.wholeNumberValue, c.isASCIIDecimalDigit {
                remainder = (remainder * 10 + d) % 97
            } else if c.isASCIIAlphabetic, let a = c.uppercased().first?.asciiValue {
                // A=10 … Z=35: two digits.
                remainder = (remainder * 100 + Int(a) - 55) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}
