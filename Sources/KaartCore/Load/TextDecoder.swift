import Foundation

/// Turns file bytes into text the way editors expect: UTF-8, an optional byte-order mark ignored,
/// Windows line endings accepted.
enum TextDecoder {
    /// Files larger than this are refused, so a stray export cannot exhaust memory.
    static let maximumFileSize = 5 * 1024 * 1024

    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        if bytes.count > maximumFileSize { return .failure(tooLarge(byteCount: bytes.count, path: path)) }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else {
            let line = lineOfFirstInvalidByte(in: Array(content))
            return .failure(.error(
                "Het bestand bevat tekens die geen geldige UTF-8 zijn. Sla het bestand op als UTF-8.",
                at: SourceLocation(path: path, line: line)))
        }
        if content.contains(UInt8(ascii: "\r")) {
            return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
        return .success(text)
    }

    static func tooLarge(byteCount: Int, path: String) -> Diagnostic {
        .error("Het bestand is te groot (\(byteCount / (1024 * 1024)) MB). Een bestand mag hoogstens 5 MB zijn.",
               at: SourceLocation(path: path, line: 1))
    }

    private static func lineOfFirstInvalidByte(in bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
