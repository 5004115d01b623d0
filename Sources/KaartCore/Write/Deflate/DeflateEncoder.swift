/// DEFLATE (RFC 1951), written for kaart's text files: LZ77 over hash chains of 4-byte prefixes with
/// one step of lazy matching, as zlib's levels 4–9 do, and a block (`DeflateBlock`) per 16 383
/// symbols. On a site's files it gives 0.4 % fewer bytes than zlib's level 6 with 15 % fewer
/// instructions, and a 100 000-item build took 7 % less CPU time (BENCHMARKS.md).
///
/// One encoder compresses one input at a time; it keeps its tables for the next input.
final class DeflateEncoder {
    static let windowSize = 1 << 15
    static let maximumHashBits = 15
    static let minimumMatch = 4
    static let maximumMatch = 258
    /// Earlier places tried per search.
    static let chainLength = 32
    /// After a match this long, only a quarter of the chain is tried for a longer one.
    static let goodLength = 8
    /// A match this long is taken without trying the next place.
    static let lazyLength = 32

    /// Newest place per hash of 4 bytes, and per place the one before it with the same hash.
    /// Places are stored plus `offset`, which grows with every input, so that a new input needs
    /// no clearing: what an earlier input left is below `offset`, and out of reach.
    private let head = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << DeflateEncoder.maximumHashBits)
    private let previous = UnsafeMutablePointer<Int32>.allocate(capacity: DeflateEncoder.windowSize)
    private var offset: Int32 = 0
    private let symbols = DeflateSymbols()

    init() { clearTables() }

    /// An encoder whose places start at `offset`, to test what happens when they reach Int32.max.
    convenience init(offset: Int32) {
        self.init()
        self.offset = offset
    }

    deinit {
        head.deallocate()
        previous.deallocate()
    }

    /// A hash table of about twice the places of the input, from 2^10 to 2^15: for a page of 8 KB it
    /// takes 64 KB rather than 128 KB, which leaves more of the cache to the rest of the build.
    static func hashBits(forByteCount byteCount: Int) -> Int {
        min(max(Int.bitWidth - byteCount.leadingZeroBitCount + 1, 10), maximumHashBits)
    }

    private func clearTables() {
        head.initialize(repeating: -1, count: 1 << Self.maximumHashBits)
        previous.initialize(repeating: -1, count: Self.windowSize)
        offset = 0
    }

    /// Writes the DEFLATE stream of `input` (ending with a last block) to `writer`.
    func deflate(_ input: UnsafeBufferPointer<UInt8>, into writer: DeflateBitWriter) {
        symbols.removeAll()
        guard let bytes = input.baseAddress, !input.isEmpty else {
            DeflateBlock.write(symbols, bytes: input, last: true, into: writer)
            return
        }
        if Int(offset) + input.count + Self.windowSize >= Int(Int32.max) { clearTables() }
        let matcher = Matcher(bytes: bytes, count: input.count, head: head, previous: previous, offset: offset,
                              hashShift: UInt32(32 - Self.hashBits(forByteCount: input.count)))
        offset += Int32(input.count + Self.windowSize)
        let lastHashed = input.count - Self.minimumMatch
        var blockStart = 0
        var position = 0
        // A match found at `position - 1` (length 0: none), kept while `position` is tried for a longer one.
        var pending = Match(length: 0, distance: 0)
        while position < input.count {
            if symbols.isFull {
                let end = pending.length == 0 ? position : position - 1
                DeflateBlock.write(symbols, bytes: UnsafeBufferPointer(rebasing: input[blockStart..<end]), last: false, into: writer)
                blockStart = end
                symbols.removeAll()
            }
            var match = Match(length: 0, distance: 0)
            if position <= lastHashed {
                let candidate = matcher.insert(position)
                if pending.length < Self.lazyLength {
                    let chain = pending.length >= Self.goodLength ? Self.chainLength / 4 : Self.chainLength
                    match = matcher.longestMatch(at: position, candidate: candidate,
                                                 longerThan: max(pending.length, Self.minimumMatch - 1), chain: chain)
                }
            }
            if pending.length > 0 {
                if match.length > 0 {
                    symbols.appendLiteral(input[position - 1])
                    pending = match
                    position += 1
                } else {
                    symbols.appendMatch(length: pending.length, distance: pending.distance)
                    let end = position - 1 + pending.length
                    var place = position + 1
                    while place < end && place <= lastHashed {
                        matcher.insert(place)
                        place += 1
                    }
                    position = end
                    pending.length = 0
                }
            } else if match.length > 0 {
                pending = match
                position += 1
            } else {
                symbols.appendLiteral(input[position])
                position += 1
            }
        }
        if pending.length > 0 { symbols.appendMatch(length: pending.length, distance: pending.distance) }
        DeflateBlock.write(symbols, bytes: UnsafeBufferPointer(rebasing: input[blockStart...]), last: true, into: writer)
    }

    private struct Match {
        var length: Int
        var distance: Int
    }

    /// The hash chains over one input.
    private struct Matcher {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let head: UnsafeMutablePointer<Int32>
        let previous: UnsafeMutablePointer<Int32>
        let offset: Int32
        let hashShift: UInt32

        @inline(__always)
        private func hash(_ position: Int) -> Int {
            let prefix = UnsafeRawPointer(bytes + position).loadUnaligned(as: UInt32.self)
            return Int((prefix &* 2_654_435_761) >> hashShift)
        }

        /// Enters `position` (at least 4 bytes before the end) in the chains and returns the place
        /// before it with the same hash, negative when there is none.
        @inline(__always) @discardableResult
        func insert(_ position: Int) -> Int {
            let slot = hash(position)
            // Wrapping arithmetic: `deflate` keeps `offset` plus any place below Int32.max.
            let earlier = Int(head[slot] &- offset)
            previous[position & (DeflateEncoder.windowSize - 1)] = head[slot]
            head[slot] = Int32(truncatingIfNeeded: position) &+ offset
            return earlier
        }

        /// The longest match for `position` longer than `longerThan`, among `chain` earlier places
        /// from `candidate` on (the nearest of equally long ones); length 0 when there is none.
        @inline(__always)
        func longestMatch(at position: Int, candidate: Int, longerThan: Int, chain: Int) -> Match {
            var best = Match(length: 0, distance: 0)
            let limit = min(DeflateEncoder.maximumMatch, count - position)
            guard limit > longerThan else { return best }
            let current = bytes + position
            let prefix = UnsafeRawPointer(current).loadUnaligned(as: UInt32.self)
            let lowest = max(position - (DeflateEncoder.windowSize - 1), 0)
            var bestLength = longerThan
            var candidate = candidate
            var remaining = chain
            while candidate >= lowest && remaining > 0 {
                let earlier = bytes + candidate
                // The byte that would make this match longer than the best one is compared first.
                if earlier[bestLength] == current[bestLength], UnsafeRawPointer(earlier).loadUnaligned(as: UInt32.self) == prefix {
                    let length = Self.commonLength(earlier, current, from: DeflateEncoder.minimumMatch, limit: limit)
                    if length > bestLength {
                        bestLength = length
                        best = Match(length: length, distance: position - candidate)
                        if length == limit { break }
                    }
                }
                let next = Int(previous[candidate & (DeflateEncoder.windowSize - 1)] &- offset)
                guard next < candidate else { break }
                candidate = next
                remaining -= 1
            }
            return best
        }

        /// How many bytes `first` and `second` have in common, counting from `start` on, up to `limit`;
        /// eight at a time while eight more fit.
        @inline(__always)
        private static func commonLength(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, from start: Int, limit: Int) -> Int {
            var length = start
            while length + 8 <= limit {
                let difference = UnsafeRawPointer(first + length).loadUnaligned(as: UInt64.self)
                    ^ UnsafeRawPointer(second + length).loadUnaligned(as: UInt64.self)
                if difference != 0 { return length + difference.littleEndian.trailingZeroBitCount >> 3 }
                length += 8
            }
            while length < limit && first[length] == second[length] { length += 1 }
            return length
        }
    }
}
