import Foundation

/// JSON text as UTF-8 bytes, with strings and numbers written exactly as `JSONSerialization`
/// writes them on Linux. Appending to a `String` piece by piece, and reading strings through
/// `String.UTF8View`, took almost half the time of writing JSON.
struct JSONBytes {
    /// `false` matches JSONSerialization's `.withoutEscapingSlashes`.
    let escapingSlashes: Bool
    /// Writes `<` as `\u003c`, so that the JSON can sit in a `<script>` block.
    let escapingLessThan: Bool
    private var bytes: [UInt8] = []

    init(escapingSlashes: Bool = true, escapingLessThan: Bool = false) {
        self.escapingSlashes = escapingSlashes
        self.escapingLessThan = escapingLessThan
        bytes.reserveCapacity(1024)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// JSON punctuation or a literal (`true`, `":"`), as is.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Bytes that are JSON already.
    mutating func appendRaw(_ json: some Sequence<UInt8>) {
        bytes.append(contentsOf: json)
    }

    mutating func append(_ flag: Bool) {
        append(flag ? "true" : "false")
    }

    mutating func append(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func appendString(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var pending = 0
            for (index, byte) in utf8.enumerated() {
                guard let escape = escape(byte) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<index]))
                bytes.append(contentsOf: escape.utf8)
                pending = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Writes `number` when its plain decimal form is known to match JSONSerialization's;
    /// `false` (and nothing written) for integral values and exponents.
    mutating func appendDecimal(_ number: Double) -> Bool {
        guard number.isFinite, number.rounded() != number, abs(number) >= 1e-4, abs(number) < 1e15 else { return false }
        let text = String(number)
        guard !text.containsUTF8Byte(UInt8(ascii: "e")) else { return false }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    private func escape(_ byte: UInt8) -> String? {
        switch byte {
        case 0x22: "\\\""
        case 0x5C: "\\\\"
        case 0x2F where escapingSlashes: "\\/"
        case 0x3C where escapingLessThan: "\\u003c"
        case 0x08: "\\b"
        case 0x0C: "\\f"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x00..<0x20: String(format: "\\u%04x", byte)
        default: nil
        }
    }
}
