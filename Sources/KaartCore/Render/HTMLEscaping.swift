import Mustache

/// Escaping for text placed in HTML or XML: `&`, `<`, `>`, `"` and `'`, the same set as
/// Mustache's own HTML escaping, but done on UTF-8 bytes. Most texts contain none of these
/// characters and are returned as they are, without a copy.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8(escaped) ?? text
    }

    /// `nil` when nothing needs escaping. Scans the bytes themselves: walking `String.UTF8View` index
    /// by index to find the first `<` took about 6 % of the time spent in Mustache.
    private static func escaped(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = utf8.firstIndex(where: needsEscaping) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}

/// The Mustache content type of kaart's templates: HTML, escaped by `HTMLEscaping`.
/// `TemplateSet` selects it in every template it loads; Mustache's own HTML escaping walks the
/// text character by character and took a tenth of the build time of a large site.
struct FastHTMLContentType: MustacheContentType {
    static let name = "KAART_HTML"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
