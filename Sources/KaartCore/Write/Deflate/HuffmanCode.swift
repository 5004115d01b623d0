/// Length-limited canonical Huffman codes for DEFLATE (RFC 1951 §3.2.2).
struct HuffmanCode {
    /// Code length per symbol, 0 for a symbol that is not used.
    var lengths: [UInt8]
    /// The code of each symbol with its bits reversed, as DEFLATE writes codes from the first bit on.
    var reversedCodes: [UInt16]

    /// The Huffman code for `frequencies`, made to fit `limit` bits where it is longer (then not
    /// always the best code of that limit). Always at least two symbols get a code, so that every
    /// decoder accepts it (zlib does the same).
    init(frequencies: UnsafeBufferPointer<UInt32>, limit: Int) {
        lengths = HuffmanCode.lengths(frequencies, limit: limit)
        reversedCodes = HuffmanCode.reversedCodes(for: lengths)
    }

    init(lengths: [UInt8]) {
        self.lengths = lengths
        reversedCodes = HuffmanCode.reversedCodes(for: lengths)
    }

    /// Bits that the symbols with `frequencies` take in this code.
    func cost(of frequencies: UnsafeBufferPointer<UInt32>, extraBits: (Int) -> Int) -> Int {
        var bits = 0
        for symbol in frequencies.indices where frequencies[symbol] != 0 {
            bits += Int(frequencies[symbol]) * (Int(lengths[symbol]) + extraBits(symbol))
        }
        return bits
    }

    private static func lengths(_ frequencies: UnsafeBufferPointer<UInt32>, limit: Int) -> [UInt8] {
        // Leaves as weight << 16 | symbol: sorted light to heavy, ties by symbol.
        var leaves: [UInt64] = []
        leaves.reserveCapacity(frequencies.count)
        for symbol in frequencies.indices where frequencies[symbol] != 0 {
            leaves.append(UInt64(frequencies[symbol]) << 16 | UInt64(symbol))
        }
        // A code of one symbol would have a length of 0; give it a partner.
        var spare = 0
        while leaves.count < 2 {
            while frequencies[spare] != 0 || leaves.contains(where: { $0 & 0xFFFF == spare }) { spare += 1 }
            leaves.append(1 << 16 | UInt64(spare))
        }
        leaves.sort()
        let depths = leafDepths(leaves.map { $0 >> 16 })
        let perLength = limitedLengthCounts(depths, limit: limit)
        // The lightest leaves get the longest codes.
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var leaf = 0
        for length in stride(from: perLength.count - 1, through: 1, by: -1) {
            for _ in 0..<perLength[length] {
                lengths[Int(leaves[leaf] & 0xFFFF)] = UInt8(length)
                leaf += 1
            }
        }
        return lengths
    }

    /// Depth of each leaf in a Huffman tree over `weights` (sorted light to heavy): the two-queue
    /// method, in which merged nodes come out in order of weight.
    private static func leafDepths(_ weights: [UInt64]) -> [Int] {
        let leaves = weights.count
        var nodeWeights = weights
        nodeWeights.reserveCapacity(2 * leaves - 1)
        var parent = [Int](repeating: 0, count: 2 * leaves - 1)
        var nextLeaf = 0, nextMerged = leaves
        for merged in leaves..<2 * leaves - 1 {
            var children = (0, 0)
            for child in 0..<2 {
                let takeLeaf = nextLeaf < leaves && (nextMerged == merged || nodeWeights[nextLeaf] <= nodeWeights[nextMerged])
                let node = takeLeaf ? nextLeaf : nextMerged
                if takeLeaf { nextLeaf += 1 } else { nextMerged += 1 }
                if child == 0 { children.0 = node } else { children.1 = node }
            }
            parent[children.0] = merged
            parent[children.1] = merged
            nodeWeights.append(nodeWeights[children.0] + nodeWeights[children.1])
        }
        var depth = [Int](repeating: 0, count: 2 * leaves - 1)
        for node in stride(from: 2 * leaves - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        return Array(depth[0..<leaves])
    }

    /// How many leaves get each length, with none longer than `limit`: leaves below the limit move
    /// up in pairs, and a shorter leaf moves down to make room (JPEG, ISO/IEC 10918-1 Annex K.3).
    /// The counts still describe a complete code.
    private static func limitedLengthCounts(_ depths: [Int], limit: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: max(depths.max()!, limit) + 1)
        for depth in depths { counts[depth] += 1 }
        for length in stride(from: counts.count - 1, to: limit, by: -1) {
            while counts[length] > 0 {
                var shorter = length - 2
                while counts[shorter] == 0 { shorter -= 1 }
                counts[length] -= 2
                counts[length - 1] += 1
                counts[shorter + 1] += 2
                counts[shorter] -= 1
            }
        }
        return Array(counts[0...limit])
    }

    /// Canonical codes (RFC 1951 §3.2.2), bit-reversed.
    private static func reversedCodes(for lengths: [UInt8]) -> [UInt16] {
        var perLength = [Int](repeating: 0, count: 16)
        for length in lengths where length != 0 { perLength[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + perLength[length - 1]) << 1
            next[length] = code
        }
        return lengths.map { length in
            guard length != 0 else { return 0 }
            let code = UInt16(next[Int(length)])
            next[Int(length)] += 1
            return reversed(code) >> (16 - UInt16(length))
        }
    }

    /// The 16 bits of `value` in reverse order.
    private static func reversed(_ value: UInt16) -> UInt16 {
        var value = value
        value = (value >> 1 & 0x5555) | (value & 0x5555) << 1
        value = (value >> 2 & 0x3333) | (value & 0x3333) << 2
        value = (value >> 4 & 0x0F0F) | (value & 0x0F0F) << 4
        return value >> 8 | value << 8
    }
}
