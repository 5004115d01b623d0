/// Turns bytes into the final interleaved codeword sequence of a QR symbol (byte mode, level M).
enum QRCodewordEncoder {
    /// The smallest version (1...40) whose level-M byte-mode capacity holds `byteCount` bytes.
    static func smallestVersion(byteCount: Int) -> Int? {
        (1...40).first { version in
            let countBits = version <= 9 ? 8 : 16
            return byteCount < (1 << countBits) && 4 + countBits + byteCount * 8 <= QRVersionTable.dataCodewords(version) * 8
        }
    }

    /// Data codewords: mode indicator 0100, character count, the bytes, terminator, padding.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ length: Int) {
            for shift in stride(from: length - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version <= 9 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacityBits = QRVersionTable.dataCodewords(version) * 8
        append(0, min(4, capacityBits - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacityBits / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits data into blocks, adds error correction per block, and interleaves them.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let blockCount = QRVersionTable.blockCount[version]
        let eccLength = QRVersionTable.eccCodewordsPerBlock[version]
        let rawCodewords = QRVersionTable.rawDataModules(version) / 8
        let shortBlockCount = blockCount - rawCodewords % blockCount
        let shortBlockLength = rawCodewords / blockCount
        let generator = QRReedSolomon.generator(degree: eccLength)

        var dataBlocks: [[UInt8]] = []
        var eccBlocks: [[UInt8]] = []
        var offset = 0
        for index in 0..<blockCount {
            let dataLength = shortBlockLength - eccLength + (index < shortBlockCount ? 0 : 1)
            let block = Array(data[offset..<offset + dataLength])
            offset += dataLength
            dataBlocks.append(block)
            eccBlocks.append(QRReedSolomon.remainder(block, generator: generator))
        }
        var result: [UInt8] = []
        let longestData = dataBlocks.map(\.count).max() ?? 0
        for column in 0..<longestData {
            for block in dataBlocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<eccLength {
            for block in eccBlocks { result.append(block[column]) }
        }
        return result
    }
}
