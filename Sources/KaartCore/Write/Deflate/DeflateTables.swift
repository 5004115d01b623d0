/// The length and distance codes of DEFLATE (RFC 1951 §3.2.5) and its fixed Huffman codes (§3.2.6).
enum DeflateTables {
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
                                       163, 195, 227, 258]
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                                         2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The length code (0...28, for symbols 257...285) of each match length 0...258.
    static let lengthCode: [UInt8] = (0...258).map { length in
        length < 3 ? 0 : UInt8(lengthBase.lastIndex { $0 <= length }!)
    }

    /// The distance code (0...29) of a distance 1...32 768: two codes per power of two.
    @inline(__always)
    static func distanceCode(_ distance: Int) -> Int {
        let value = UInt32(distance - 1)
        guard value >= 4 else { return Int(value) }
        let highBit = 31 - value.leadingZeroBitCount
        return 2 * highBit + Int(value >> UInt32(highBit - 1) & 1)
    }

    /// Extra bits after literal/length symbol `symbol` (0...285).
    static func lengthExtraBits(_ symbol: Int) -> Int { symbol > 256 ? Int(lengthExtra[symbol - 257]) : 0 }
    static func distanceExtraBits(_ code: Int) -> Int { Int(distanceExtra[code]) }

    static let fixedLiteralCode = HuffmanCode(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
    static let fixedDistanceCode = HuffmanCode(lengths: [UInt8](repeating: 5, count: DeflateSymbols.distanceCodeCount))
}
