/// Symbol capacities for QR Code model 2 at error correction level M (ISO/IEC 18004:2015, table 9).
/// Only level M is used: it survives ~15 % damage, enough for a printed letter, at a smaller size than Q/H.
enum QRVersionTable {
    /// Error correction codewords per block, index = version (1...40).
    static let eccCodewordsPerBlock: [Int] = [
        -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ]

    /// Number of error correction blocks, index = version (1...40).
    static let blockCount: [Int] = [
        -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ]

    /// Side length in modules.
    static func size(_ version: Int) -> Int { version * 4 + 17 }

    /// Modules available for data and error correction (everything but function patterns),
    /// including the 0–7 remainder bits.
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignCount = version / 7 + 2
            result -= (25 * alignCount - 10) * alignCount - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    /// Data codewords (before error correction) at level M.
    static func dataCodewords(_ version: Int) -> Int {
        rawDataModules(version) / 8 - eccCodewordsPerBlock[version] * blockCount[version]
    }

    /// Centre coordinates of the alignment patterns on each axis.
    static func alignmentPositions(_ version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        var positions: [Int] = []
        var position = size(version) - 7
        while positions.count < count - 1 {
            positions.insert(position, at: 0)
            position -= step
        }
        return [6] + positions
    }
}
