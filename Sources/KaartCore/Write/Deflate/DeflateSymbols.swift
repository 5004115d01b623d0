/// The literals and matches of one block, with how often each code occurs.
final class DeflateSymbols {
    /// Symbols per block; a dynamic block's code tables pay off over this many.
    static let capacity = 16_383

    /// Literal/length codes (256 bytes, the end of a block, 29 lengths) and distance codes.
    static let literalCodeCount = 286, distanceCodeCount = 30

    private(set) var count = 0
    let literalFrequencies = UnsafeMutablePointer<UInt32>.allocate(capacity: literalCodeCount)
    let distanceFrequencies = UnsafeMutablePointer<UInt32>.allocate(capacity: distanceCodeCount)
    private let symbols = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
    /// `DeflateTables.lengthCode`, held here: a static table is checked for initialisation on every use.
    private let lengthCodes = UnsafeMutablePointer<UInt8>.allocate(capacity: DeflateTables.lengthCode.count)

    init() {
        lengthCodes.initialize(from: DeflateTables.lengthCode, count: DeflateTables.lengthCode.count)
        removeAll()
    }

    deinit {
        lengthCodes.deallocate()
        symbols.deallocate()
        literalFrequencies.deallocate()
        distanceFrequencies.deallocate()
    }

    var isFull: Bool { count >= Self.capacity - 1 }

    func removeAll() {
        count = 0
        literalFrequencies.initialize(repeating: 0, count: Self.literalCodeCount)
        distanceFrequencies.initialize(repeating: 0, count: Self.distanceCodeCount)
    }

    @inline(__always)
    func appendLiteral(_ byte: UInt8) {
        symbols[count] = UInt32(byte)
        count += 1
        literalFrequencies[Int(byte)] += 1
    }

    @inline(__always)
    func appendMatch(length: Int, distance: Int) {
        symbols[count] = 1 << 31 | UInt32(length - 3) << 16 | UInt32(distance - 1)
        count += 1
        literalFrequencies[257 + Int(lengthCodes[length])] += 1
        distanceFrequencies[DeflateTables.distanceCode(distance)] += 1
    }

    /// The symbols in order: a literal byte as it is, a match as 1 << 31 | (length - 3) << 16 | (distance - 1).
    var stored: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: symbols, count: count) }
}
