/// The non-empty lines of a text as UTF-8 byte buffers, split where `isBreak` says (a line
/// break byte is never part of a multi-byte character). Used for the 5 MB word list, where a
/// split on characters walked every grapheme.
enum ByteLines {
    static func forEach(in text: String, breakingAt isBreak: (UInt8) -> Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where isBreak(bytes[index]) {
                if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                start = index + 1
            }
            if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
    }
}
