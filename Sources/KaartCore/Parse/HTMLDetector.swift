import Foundation

/// Finds HTML in front-matter text. Front matter is plain text: it is always escaped on output,
/// and HTML in it is refused so an editor notices instead of seeing tags on the page.
enum HTMLDetector {
    /// The first thing that looks like a tag (`<script`, `</b`, `<!--`), or `nil`.
    static func firstTag(in text: String) -> String? {
        // Nearly every field has no "<" at all; a byte scan finds that without walking characters.
        guard text.containsUTF8Byte(UInt8(ascii: "<")) else { return containsJavaScriptScheme(text) ? "javascript:" : nil }
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
        return containsJavaScriptScheme(text) ? "javascript:" : nil
    }

    private static let javaScriptScheme = Array("javascript:".utf8)

    /// Whether `javascript:` occurs in any mix of upper and lower case (ASCII, as browsers read schemes).
    static func containsJavaScriptScheme(_ text: String) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let pattern = javaScriptScheme
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) {
                var offset = 0
                while offset < pattern.count, asciiLowercased(bytes[start + offset]) == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
