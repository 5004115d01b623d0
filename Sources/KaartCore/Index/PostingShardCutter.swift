/// Decides where posting shards (`p/<id>.json`) end and what they are called, from the terms in
/// them alone, as content-defined chunking does:
///
/// - a shard ends after a term whose hash has its top `boundaryBits` bits zero, once it holds
///   `minimumSize` characters; before a list that would take it past `maximumSize` (a long list
///   gets a shard of its own); and at the last term;
/// - a shard's id is the hash of its first term, below `idLimit`; the next free id when two
///   shards' first terms share one.
///
/// Numbering shards 0, 1, 2, … and closing each at a fixed size made every shard after an added
/// term or a longer list move, and with them the lexicon shards that name them: one edit rewrote
/// most of the index. Now the shards around the change move, and the cuts after it fall on the
/// same terms again. The browser only follows the ids in the lexicon.
struct PostingShardCutter {
    static let minimumSize = 1_000
    static let maximumSize = 4_000
    /// One term in 2^4 may end a shard. The fewer terms may, the larger shards of short lists get;
    /// the more, the sooner the cuts after a change fall on the same terms again.
    static let boundaryBits: UInt32 = 4
    /// Ids take at most five characters in `CompactCodec`. Among 8 000 shards about one pair of first
    /// terms shares a hash (the birthday bound); the later of the two takes the next free id.
    static let idLimit = 1 << 25

    private var size = 0
    private var id: Int?
    private var usedIDs = Set<Int>()

    /// True when the open shard must end before a term of `size` characters (its list and its name).
    func endsBefore(size listSize: Int) -> Bool {
        size > 0 && size + listSize > Self.maximumSize
    }

    /// Adds a term of `size` characters to the open shard, opening one if none is; its id.
    mutating func add(_ term: String, size termSize: Int) -> Int {
        let id = id ?? firstFreeID(from: Int(FNV1a.hash(term)) % Self.idLimit)
        self.id = id
        size += termSize
        return id
    }

    /// True when the open shard ends after `term`, the last term added.
    func endsAfter(_ term: String) -> Bool {
        size >= Self.minimumSize && FNV1a.hash(term) >> (32 - Self.boundaryBits) == 0
    }

    /// Closes the open shard; its id, or `nil` when none was open.
    mutating func close() -> Int? {
        defer { id = nil; size = 0 }
        return id
    }

    private mutating func firstFreeID(from start: Int) -> Int {
        var candidate = start
        while !usedIDs.insert(candidate).inserted { candidate = (candidate + 1) % Self.idLimit }
        return candidate
    }
}
