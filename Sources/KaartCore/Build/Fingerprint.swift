import Crypto
import Foundation

/// A 128-bit summary (truncated SHA-256) of everything one output depends on. Two builds that
/// compute the same fingerprint for a page would render the same bytes for it.
struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses the 32 hex digits written by `description`.
    init?(hex: Substring) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    /// 32 lower-case hex digits (the manifest holds one per file, so not `String(format:)`).
    var description: String {
        var digits = [UInt8](repeating: 0, count: 32)
        for (offset, word) in [(0, high), (16, low)] {
            for position in 0..<16 {
                digits[offset + position] = Self.hexDigits[Int(truncatingIfNeeded: word >> UInt64(60 - 4 * position)) & 0xF]
            }
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The fingerprint of raw bytes, used as the content hash of a written file.
    static func of(bytes: [UInt8]) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(bytes: bytes)
        return hasher.finalize()
    }

    /// The fingerprint of one view-model value, as `FingerprintHasher.add(value:)` hashes it.
    static func of(value: Any) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(value: value)
        return hasher.finalize()
    }
}

/// A memo key of two fingerprints. They are SHA-256 already, so the pair is hashed as it is,
/// not through SHA-256 again.
struct FingerprintPair: Hashable, Sendable {
    let first: Fingerprint
    let second: Fingerprint
}

/// Feeds values into SHA-256 unambiguously: every value is tagged and length-prefixed, so
/// ("ab", "c") and ("a", "bc") never collide.
///
/// Small values are gathered in `pending` and handed to SHA-256 in blocks: a view model of a
/// listing page is thousands of short strings, and one SHA-256 update per tag, length and string
/// cost more than the hashing itself. The bytes hashed are the same either way.
struct FingerprintHasher {
    private var sha = SHA256()
    private var pending: [UInt8] = []
    private static let blockSize = 16 * 1024

    /// Room for the values of a page's fingerprint without growing the buffer: growing it four
    /// times from empty was most of the cost of the 10 000 small fingerprints of a rebuild.
    init() {
        pending.reserveCapacity(256)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            add(tag: 1, length: buffer.count)
            append(UnsafeRawBufferPointer(buffer))
        }
    }

    mutating func add(_ number: Int) {
        add(tag: 2, length: number)
    }

    mutating func add(_ flag: Bool) {
        add(tag: 3, length: flag ? 1 : 0)
    }

    mutating func add(_ fingerprint: Fingerprint) {
        add(tag: 4, length: Int(truncatingIfNeeded: fingerprint.high))
        add(tag: 4, length: Int(truncatingIfNeeded: fingerprint.low))
    }

    mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(bytes: $0) }
    }

    mutating func add(bytes: UnsafeRawBufferPointer) {
        add(tag: 5, length: bytes.count)
        append(bytes)
    }

    /// Any value a Mustache view model holds: strings, numbers, booleans, arrays and
    /// dictionaries (keys sorted), nested to any depth.
    mutating func add(value: Any) {
        // The exact type first: the casts of the general switch were a third of the time spent here.
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self):
            add(value as! String)
        case ObjectIdentifier([String: Any].self):
            add(dictionary: value as! [String: Any])
        case ObjectIdentifier([[String: Any]].self):
            add(array: value as! [[String: Any]]) { $0.add(dictionary: $1) }
        case ObjectIdentifier([String].self):
            add(array: value as! [String]) { $0.add($1) }
        default:
            addByCasting(value)
        }
    }

    private mutating func addByCasting(_ value: Any) {
        switch value {
        case let text as String:
            add(text)
        case let flag as Bool:
            add(flag)
        case let number as Int:
            add(number)
        case let number as Double:
            add(tag: 6, length: Int(truncatingIfNeeded: number.bitPattern))
        case let dictionary as [String: Any]:
            add(dictionary: dictionary)
        case let array as [Any]:
            add(array: array) { $0.add(value: $1) }
        default:
            // Not produced by any renderer today; hashed by its description so it still counts.
            add(tag: 9, length: 0)
            add(String(reflecting: type(of: value)))
            add(String(reflecting: value))
        }
    }

    private mutating func add(dictionary: [String: Any]) {
        if let own = dictionary[Self.ownFingerprintKey] as? Fingerprint {
            add(tag: 10, length: 0)
            add(own)
            return
        }
        add(tag: 7, length: dictionary.count)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            add(key)
            add(value: value)
        }
    }

    private mutating func add<Element>(array: [Element], element: (inout Self, Element) -> Void) {
        add(tag: 8, length: array.count)
        for item in array { element(&self, item) }
    }

    /// A view model that appears on many pages (an entry's summary row is on a dozen listings) may
    /// carry the fingerprint of its values under this key, made once by `withOwnFingerprint`;
    /// `add(value:)` then hashes that instead of walking the values again. No template reads it.
    static let ownFingerprintKey = "_kaartFingerprint"

    /// `values` with the fingerprint of its values added. Only for view models that are not
    /// changed afterwards: a changed copy would still carry the old fingerprint.
    static func withOwnFingerprint(_ values: [String: Any]) -> [String: Any] {
        withOwnFingerprint(values, fingerprint: .of(value: values))
    }

    /// `values` with `fingerprint` as its own: for a caller that summarises the values more
    /// cheaply than walking them, and covers all of them.
    static func withOwnFingerprint(_ values: [String: Any], fingerprint: Fingerprint) -> [String: Any] {
        var marked = values
        marked[ownFingerprintKey] = fingerprint
        return marked
    }

    private mutating func add(tag: UInt8, length: Int) {
        var header = (tag, UInt64(bitPattern: Int64(length)).littleEndian)
        withUnsafeBytes(of: &header.0) { append($0) }
        withUnsafeBytes(of: &header.1) { append($0) }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if pending.count + bytes.count > Self.blockSize {
            pending.withUnsafeBytes { sha.update(bufferPointer: $0) }
            pending.removeAll(keepingCapacity: true)
        }
        if bytes.count > Self.blockSize {
            sha.update(bufferPointer: bytes)
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    func finalize() -> Fingerprint {
        var sha = sha
        pending.withUnsafeBytes { sha.update(bufferPointer: $0) }
        return sha.finalize().withUnsafeBytes { digest in
            Fingerprint(high: UInt64(bigEndian: digest.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                        low: UInt64(bigEndian: digest.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }
}
