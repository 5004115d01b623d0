import CZlib
import Foundation

/// A gzip member (RFC 1952) around a DEFLATE stream from `DeflateEncoder`: no file name and no
/// time stamp, so the same input always gives the same bytes.
enum GzipMember {
    /// Magic, deflate, no flags, time 0, no extra flags, Unix (the header zlib writes at level 6).
    private static let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
    private static let encoders = EncoderPool()

    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let writer = DeflateBitWriter(capacity: bytes.count / 3 + 64)
        writer.append(bytes: header)
        bytes.withUnsafeBufferPointer { input in
            encoders.withEncoder { $0.deflate(input, into: writer) }
        }
        writer.alignToByte()
        let checksum = bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        writer.append(bytes: Self.littleEndian(checksum) + Self.littleEndian(UInt32(truncatingIfNeeded: bytes.count)))
        return writer.bytes
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    /// An encoder holds about 320 KB of tables; each thread borrows one instead of setting up its own per file.
    private final class EncoderPool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [DeflateEncoder] = []

        func withEncoder<Result>(_ body: (DeflateEncoder) -> Result) -> Result {
            let encoder = lock.withLock { idle.popLast() } ?? DeflateEncoder()
            defer { lock.withLock { idle.append(encoder) } }
            return body(encoder)
        }
    }
}
