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
    ///
    /// One pass: tags, entities and runs of white space are handled as the bytes come. An entity
    /// is read from the bytes as they stand; tags cannot split one, because a tag leaves a space.
    static func fastStrip(_ html: String) -> String? {
        var html = html
        return html.withUTF8 { bytes in
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var insideTag = false
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0xC0, !startsOwnCluster(bytes, at: index) { return nil }
                switch byte {
                case UInt8(ascii: "<"):
                    insideTag = true
                case UInt8(ascii: ">"):
                    insideTag = false
                    pendingSpace = true
                case _ where insideTag:
                    break
                case 0x20, 0x09...0x0D:
                    pendingSpace = true
                default:
                    if pendingSpace && !text.isEmpty { text.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: bytes, at: index) {
                        text.append(decoded)
                        index += length
                        continue
                    }
                    text.append(byte)
                }
                index += 1
            }
            return String(decoding: text, as: UTF8.self)
        }
    }

    private static let entities: [(name: [UInt8], value: UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    private static func entity(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        for (name, value) in entities where index + name.count <= bytes.count {
            if bytes[index..<(index + name.count)].elementsEqual(name) { return (value, name.count) }
        }
        return nil
    }

    /// Whether the scalar whose lead byte is at `index` (0xC0 or more) passes `isOwnCluster`.
    /// A Swift string is valid UTF-8, so its continuation bytes are there.
    private static func startsOwnCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = UInt32(bytes[index])
        let value: UInt32 = switch lead {
        case 0xC0..<0xE0: (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 0xE0..<0xF0: (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default: 0x10000
        }
        return isOwnCluster(Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    private static func isOwnCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xA1...0x24F, 0x2010...0x2027, 0x20AC: true
        default: false
        }
    }
}
