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
            return String(cString: rendered)
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
}
