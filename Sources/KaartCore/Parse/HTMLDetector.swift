import Foundation

/// Finds HTML in front-matter text. Front matter is plain text: it is always escaped on output,
/// and HTML in it is refused so an editor notices instead of seeing tags on the page.
enum HTMLDetector {
    /// The first thing that looks like a tag (`<script`, `</b`, `<!--`), or `nil`.
    static func firstTag(in text: String) -> String? {
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            let next = text.index(after: open)
            guard next < text.endIndex else { return nil }
            let character = text[next]
            if character.isLetter || character == "/" || character == "!" {
                let end = text[next...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" || $0 == "-") } ?? text.endIndex
                return String(text[open..<end]) + "…"
            }
            index = next
        }
        if text.range(of: "javascript:", options: .caseInsensitive) != nil { return "javascript:" }
        return nil
    }
}
