extension Hasher {
    /// Feeds the length of `bytes` and, when they are long, only three samples of `sampleSize`
    /// bytes (start, middle, end); short buffers whole. For memo keys over large contents, whose
    /// equality compares every byte anyway: the hash only spreads them over a table's buckets, and
    /// hashing every byte of them cost nearly half as much as SHA-256.
    mutating func combine(sampleOf bytes: UnsafeRawBufferPointer, sampleSize: Int) {
        combine(bytes.count)
        guard bytes.count > 3 * sampleSize else { return combine(bytes: bytes) }
        combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.prefix(sampleSize)))
        let middle = (bytes.count - sampleSize) / 2
        combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[middle..<(middle + sampleSize)]))
        combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.suffix(sampleSize)))
    }

    /// Feeds the count of `items` and three of them (first, middle, last): for memo keys over long
    /// lists whose equality compares every item.
    mutating func combine<Items: RandomAccessCollection>(countAndSamplesOf items: Items) where Items.Element: Hashable, Items.Index == Int {
        combine(items.count)
        guard !items.isEmpty else { return }
        for offset in [0, items.count / 2, items.count - 1] { combine(items[items.startIndex + offset]) }
    }
}
