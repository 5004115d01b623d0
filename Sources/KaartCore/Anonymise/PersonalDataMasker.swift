/// Masks a piece of personal data so a message can point at it without repeating it.
enum PersonalDataMasker {
    /// The character that replaces hidden characters.
    static let maskCharacter: Character = "•"

    /// Keeps at most the first 2 and the last 1 characters; short values show less,
    /// so that at least two characters (or the whole value, if shorter) are always hidden.
    static func mask(_ raw: String) -> String {
        // Soft line breaks inside a finding would break one-line messages.
        let chars = Array(raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        let count = chars.count
        let (head, tail): (Int, Int)
        switch count {
        case 0...2: (head, tail) = (0, 0)
        case 3: (head, tail) = (1, 0)
        case 4: (head, tail) = (1, 1)
        default: (head, tail) = (2, 1)
        }
        var result = String(chars[0..<head])
        result += String(repeating: maskCharacter, count: count - head - tail)
        result += String(chars[(count - tail)..<count])
        return result
    }
}
