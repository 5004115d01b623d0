import Foundation

/// A source of random bytes. Injected wherever randomness is needed (tokens, nonces),
/// so tests can be deterministic while production uses the system CSPRNG.
public protocol RandomBytesSource: Sendable {
    /// Returns `count` bytes.
    func bytes(_ count: Int) -> [UInt8]
}

/// Cryptographically secure random bytes from the operating system
/// (`SystemRandomNumberGenerator` reads getrandom(2) / arc4random).
public struct SystemRandomBytes: RandomBytesSource {
    public init() {}

    /// Eight bytes per call to the system: a byte per call made 6 000 system calls per build at
    /// 10 000 items, one for each byte of each plan's nonce.
    public func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 7)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes += $0 }
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// Deterministic pseudo-random bytes (SplitMix64) for tests only. NEVER use for real tokens.
/// A class with a lock because the protocol method is non-mutating but the stream must advance.
public final class SeededRandomBytes: RandomBytesSource, @unchecked Sendable {
    private var state: UInt64
    private let lock = NSLock()

    /// Creates a stream that always yields the same bytes for the same seed.
    public init(seed: UInt64) {
        state = seed
    }

    public func bytes(_ count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            var word = nextWord()
            for _ in 0..<8 where result.count < count {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return result
    }

    private func nextWord() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
