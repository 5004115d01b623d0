/// Writes one block of symbols in whichever form is smallest: dynamic Huffman codes, the fixed
/// codes, or stored bytes (RFC 1951 §3.2.3–3.2.7).
enum DeflateBlock {
    /// `bytes` are the input the symbols stand for, written as they are if that is smallest.
    static func write(_ symbols: DeflateSymbols, bytes: UnsafeBufferPointer<UInt8>, last: Bool, into writer: DeflateBitWriter) {
        symbols.literalFrequencies[256] = 1  // end of block
        let literals = UnsafeBufferPointer(start: symbols.literalFrequencies, count: DeflateSymbols.literalCodeCount)
        let distances = UnsafeBufferPointer(start: symbols.distanceFrequencies, count: DeflateSymbols.distanceCodeCount)
        let literalCode = HuffmanCode(frequencies: literals, limit: 15)
        let distanceCode = HuffmanCode(frequencies: distances, limit: 15)
        let header = DynamicBlockHeader(literalCode: literalCode, distanceCode: distanceCode)
        let dynamicBits = header.bitCount + cost(of: literals, distances, literalCode, distanceCode)
        let fixedBits = cost(of: literals, distances, DeflateTables.fixedLiteralCode, DeflateTables.fixedDistanceCode)
        let storedBits = bytes.count * 8 + (bytes.count / 65_535 + 1) * 40
        if storedBits < min(dynamicBits, fixedBits) {
            writeStored(bytes, last: last, into: writer)
        } else if fixedBits <= dynamicBits {
            writer.write(last ? 0b011 : 0b010, 3)
            writeSymbols(symbols, literalCode: DeflateTables.fixedLiteralCode, distanceCode: DeflateTables.fixedDistanceCode, into: writer)
        } else {
            writer.write(last ? 0b101 : 0b100, 3)
            header.write(into: writer)
            writeSymbols(symbols, literalCode: literalCode, distanceCode: distanceCode, into: writer)
        }
    }

    private static func cost(of literals: UnsafeBufferPointer<UInt32>, _ distances: UnsafeBufferPointer<UInt32>,
                             _ literalCode: HuffmanCode, _ distanceCode: HuffmanCode) -> Int {
        literalCode.cost(of: literals, extraBits: DeflateTables.lengthExtraBits)
            + distanceCode.cost(of: distances, extraBits: DeflateTables.distanceExtraBits)
    }

    /// Stored blocks hold at most 65 535 bytes each.
    private static func writeStored(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool, into writer: DeflateBitWriter) {
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            writer.write(last && end == bytes.count ? 1 : 0, 3)
            writer.alignToByte()
            let length = UInt16(end - start)
            writer.append(bytes: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            writer.append(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<end])))
            start = end
        } while start < bytes.count
    }

    /// Each symbol's code and extra bits in one write, from tables made per block: a literal or a
    /// length takes at most 15 + 5 bits, a distance 15 + 13.
    private static func writeSymbols(_ symbols: DeflateSymbols, literalCode: HuffmanCode, distanceCode: HuffmanCode,
                                     into writer: DeflateBitWriter) {
        var literals = [(bits: UInt32, count: UInt32)](repeating: (0, 0), count: 257)
        for byte in 0...256 { literals[byte] = (UInt32(literalCode.reversedCodes[byte]), UInt32(literalCode.lengths[byte])) }
        var lengths = [(bits: UInt32, count: UInt32)](repeating: (0, 0), count: DeflateEncoder.maximumMatch + 1)
        for length in 3...DeflateEncoder.maximumMatch {
            let code = Int(DeflateTables.lengthCode[length]), symbol = 257 + code
            let extra = UInt32(length - Int(DeflateTables.lengthBase[code]))
            lengths[length] = (UInt32(literalCode.reversedCodes[symbol]) | extra << UInt32(literalCode.lengths[symbol]),
                               UInt32(literalCode.lengths[symbol]) + UInt32(DeflateTables.lengthExtra[code]))
        }
        var distances = [(bits: UInt32, count: UInt32, base: UInt32, extraCount: Int)](repeating: (0, 0, 0, 0),
                                                                                              count: DeflateSymbols.distanceCodeCount)
        for code in distances.indices {
            distances[code] = (UInt32(distanceCode.reversedCodes[code]), UInt32(distanceCode.lengths[code]),
                               UInt32(DeflateTables.distanceBase[code]), Int(DeflateTables.distanceExtra[code]))
        }
        // At most 20 + 28 bits per symbol, and the end of the block.
        writer.withReservedBits(maximumBytes: symbols.count * 6 + 4) { writer in
            literals.withUnsafeBufferPointer { literals in
                lengths.withUnsafeBufferPointer { lengths in
                    distances.withUnsafeBufferPointer { distances in
                        for symbol in symbols.stored {
                            if symbol >> 31 == 0 {
                                let literal = literals[Int(symbol)]
                                writer.write(literal.bits, Int(literal.count))
                                continue
                            }
                            let length = lengths[Int(symbol >> 16 & 0x1FF) + 3]
                            writer.write(length.bits, Int(length.count))
                            let distance = Int(symbol & 0xFFFF) + 1, code = DeflateTables.distanceCode(distance)
                            let entry = distances[code]
                            writer.write(entry.bits | (UInt32(distance) - entry.base) << entry.count, Int(entry.count) + entry.extraCount)
                        }
                        writer.write(literals[256].bits, Int(literals[256].count))
                    }
                }
            }
        }
    }
}

/// The code lengths of a dynamic block, run-length coded and Huffman coded themselves (RFC 1951 §3.2.7).
struct DynamicBlockHeader {
    /// The order in which the code-length code's own lengths are sent.
    private static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private let literalCount: Int, distanceCount: Int, lengthCodeCount: Int
    /// Code-length symbols 0...18, each with the value of its extra bits (16: repeat, 17 and 18: zeros).
    private let runs: [(symbol: Int, extra: UInt32)]
    private let lengthCode: HuffmanCode

    init(literalCode: HuffmanCode, distanceCode: HuffmanCode) {
        literalCount = max(257, (literalCode.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceCode.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        runs = Self.runs(of: Array(literalCode.lengths[0..<literalCount] + distanceCode.lengths[0..<distanceCount]))
        var frequencies = [UInt32](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let lengthCode = frequencies.withUnsafeBufferPointer { HuffmanCode(frequencies: $0, limit: 7) }
        self.lengthCode = lengthCode
        lengthCodeCount = max(4, (Self.order.lastIndex { lengthCode.lengths[$0] != 0 } ?? 0) + 1)
    }

    private static func runs(of lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        var runs: [(symbol: Int, extra: UInt32)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    runs.append((18, UInt32(part - 11)))
                    run -= part
                }
                if run >= 3 {
                    runs.append((17, UInt32(run - 3)))
                    run = 0
                }
            } else {
                runs.append((Int(length), 0))
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    runs.append((16, UInt32(part - 3)))
                    run -= part
                }
            }
            runs += repeatElement((symbol: Int(length), extra: UInt32(0)), count: run)
        }
        return runs
    }

    var bitCount: Int {
        14 + lengthCodeCount * 3 + runs.reduce(0) { $0 + Int(lengthCode.lengths[$1.symbol]) + Self.extraBits($1.symbol) }
    }

    func write(into writer: DeflateBitWriter) {
        writer.write(UInt32(literalCount - 257), 5)
        writer.write(UInt32(distanceCount - 1), 5)
        writer.write(UInt32(lengthCodeCount - 4), 4)
        for symbol in Self.order[0..<lengthCodeCount] { writer.write(UInt32(lengthCode.lengths[symbol]), 3) }
        // At most 7 + 7 bits per run.
        writer.withReservedBits(maximumBytes: runs.count * 2) { writer in
            for run in runs {
                writer.write(UInt32(lengthCode.reversedCodes[run.symbol]) | run.extra << UInt32(lengthCode.lengths[run.symbol]),
                             Int(lengthCode.lengths[run.symbol]) + Self.extraBits(run.symbol))
            }
        }
    }

    private static func extraBits(_ symbol: Int) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }
}
