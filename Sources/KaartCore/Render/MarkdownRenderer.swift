import CCmark
import Foundation

/// Renders CommonMark to HTML with cmark in safe mode: raw HTML and `javascript:` links are dropped.
public enum MarkdownRenderer {
    public static func html(from markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let rendered = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      cmark_markdown_to_html($0, buffer.count, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
                  }) else { return "" }
            defer { free(rendered) }
            return replacingDroppedImages(in: String(cString: rendered))
        }
    }

    /// cmark's safe mode drops an unsafe image address (`javascript:`, `data:`) but keeps the
    /// element as `<img src="" alt="…" />`, which a browser fetches as the page itself. Such an
    /// image becomes its alt text (already escaped by cmark).
    static func replacingDroppedImages(in html: String) -> String {
        guard containsDroppedImage(html) else { return html }
        let marker = droppedImageMarker
        var result = ""
        var rest = html[...]
        while let start = rest.utf8.firstRange(of: marker), let end = rest[start.upperBound...].firstRange(of: "/>") {
            let tag = rest[start.upperBound..<end.lowerBound]
            let alt = tag.firstRange(of: #"alt=""#).flatMap { found in
                tag[found.upperBound...].firstIndex(of: "\"").map { tag[found.upperBound..<$0] }
            } ?? ""
            result += rest[..<start.lowerBound] + alt
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    private static let droppedImageMarker = Array(#"<img src="""#.utf8)

    /// Whether `html` holds `<img src=""`, searched on raw bytes (the generic collection search
    /// cost a tenth of a large build).
    private static func containsDroppedImage(_ html: String) -> Bool {
        var html = html
        let marker = droppedImageMarker
        return html.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return false }
            for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
                if UnsafeBufferPointer(rebasing: bytes[start..<(start + marker.count)]).elementsEqual(marker) { return true }
            }
            return false
        }
    }

    /// Plain text of a Markdown body, for search and summaries: tags removed, entities decoded.
    public static func plainText(from markdown: String) -> String {
        HTMLText.strip(html(from: markdown))
    }
}

/// Minimal HTML-to-text for cmark's own output (which is well-formed and entity-encoded).
enum HTMLText {
    static func strip(_ html: String) -> String {
        fastStrip(html) ?? characterStrip(html)
    }

    /// The reference algorithm, on grapheme clusters.
    static func characterStrip(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var insideTag = false
        for character in html {
            switch character {
            case "<": insideTag = true
            case ">": insideTag = false; text.append(" ")
            default: if !insideTag { text.append(character) }
            }
        }
        let decoded = text
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same result on UTF-8 bytes, for text whose every scalar is its own grapheme cluster
    /// and not a non-ASCII space: ASCII, Latin letters with accents (U+00A1–U+024F) and the
    /// common dashes and quotes (U+2010–U+2027, €). Then "character" and "byte" mean the same
    /// for `<`, `>`, `&…;` and white space, so the output is identical. `nil` for other text.
    static func fastStrip(_ html: String) -> String? {
        guard html.unicodeScalars.allSatisfy(isOwnCluster) else { return nil }
        var tagless: [UInt8] = []
        tagless.reserveCapacity(html.utf8.count)
        var insideTag = false
        for byte in html.utf8 {
            switch byte {
            case UInt8(ascii: "<"): insideTag = true
            case UInt8(ascii: ">"): insideTag = false; tagless.append(UInt8(ascii: " "))
            default: if !insideTag { tagless.append(byte) }
            }
        }
        var words: [UInt8] = []
        words.reserveCapacity(tagless.count)
        var pendingSpace = false
        var index = 0
        func emit(_ byte: UInt8) {
            if pendingSpace && !words.isEmpty { words.append(UInt8(ascii: " ")) }
            pendingSpace = false
            words.append(byte)
        }
        while index < tagless.count {
            let byte = tagless[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: tagless, at: index) {
                emit(decoded)
                index += length
                continue
            }
            emit(byte)
            index += 1
        }
        return String(decoding: words, as: UTF8.self)
    }

    private static let entities: [(name: [UInt8], value: UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    private static func entity(in bytes: [UInt8], at index: Int) -> (UInt8, Int)? {
        for (name, value) in entities where index + name.count <= bytes.count {
            if bytes[index..<(index + name.count)].elementsEqual(name) { return (value, name.count) }
        }
        return nil
    }

    private static func isOwnCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xA1...0x24F, 0x2010...0x2027, 0x20AC: true
        default: false
        }
    }
}
