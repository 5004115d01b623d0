import Foundation

/// Writes the term dictionary (lexicon), the posting lists, the common-term blocks and the typo index.
///
/// - Lexicon shards `lex/<key>.json` list every term with that start, with its document frequency,
///   flags and the posting shard that holds it. The key is the first two letters, or the first
///   three when the two-letter group holds more than `lexiconSplitThreshold` terms, so that a
///   shard stays a few kilobytes even for "ge-" and "be-" words. Terms of exactly two letters stay
///   in the two-letter shard. The browser needs one shard for exact, prefix and most typo lookups.
/// - Posting shards `p/<id>.json` hold the exact postings of consecutive terms. Where a shard ends
///   and what it is called depend on the terms near it only (`PostingShardCutter`), so an edit that
///   adds a term or lengthens a list rewrites the shards around it, not every shard after it.
/// - `c/<term>.json`: a `CommonTermBlock` for each term in `CommonTermBlock.threshold` documents or more.
/// - `x/<n>.json`: the typo index (`TypoKeys`), in the lexicon shard format.
struct TermShardWriter {
    /// A two-letter lexicon group with more terms than this is split by the third letter.
    var lexiconSplitThreshold = 600
    /// Terms whose posting lists are encoded together, in parallel.
    static let encodingBlock = 4096
    /// In `--watch`: the `c/` blocks of the last build, reused when their postings and the facet
    /// values are the same (`CommonTermBlock.MemoKey`). An edit seldom changes them.
    var commonTermBlockMemo: GenerationMemo<CommonTermBlock.MemoKey, String>?

    struct Output {
        var files: [OutputFile]
        var lexiconKeys: [String]
        var typoBuckets: Int
        /// Lexicon entries of the requested terms: term → [code, posting shard].
        var exported: [String: [Int]]
    }

    /// Lexicon flags, packed with the document frequency: `df * 4 + flags`.
    static let wordFlag = 1, commonFlag = 2

    func write(terms: [String], isWord: [Bool], impacts: [[(doc: Int32, impact: Int)]],
               facets: [FacetEncoder.Codes], exporting: Set<String> = [], prefix: String) -> Output {
        let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        let facetValues = CommonTermBlock.FacetValues(facets)
        var files: [OutputFile] = []
        var shardOf = [Int](repeating: 0, count: terms.count)
        var shard: [String] = []
        var cutter = PostingShardCutter()
        func flush() {
            guard let id = cutter.close() else { return }
            files.append(OutputFile(path: "\(prefix)p/\(id).json", text: "{\(shard.joined(separator: ","))}"))
            shard = []
        }
        // Lists are encoded in parallel, one block of terms at a time: beside the finished shards,
        // only one block of encoded lists is alive.
        for blockStart in stride(from: 0, to: order.count, by: Self.encodingBlock) {
            let block = order[blockStart..<min(blockStart + Self.encodingBlock, order.count)]
            for (id, posting) in zip(block, Self.postingMembers(block, terms: terms, impacts: impacts)) {
                let size = posting.listSize + terms[id].utf8.count + 6
                if cutter.endsBefore(size: size) { flush() }
                shardOf[id] = cutter.add(terms[id], size: size)
                shard.append(posting.member)
                if cutter.endsAfter(terms[id]) { flush() }
            }
        }
        flush()
        files += commonTermBlocks(order.filter { impacts[$0].count >= CommonTermBlock.threshold },
                                  terms: terms, impacts: impacts, facets: facetValues, prefix: prefix)

        func code(_ id: Int) -> Int {
            impacts[id].count * 4 + (impacts[id].count >= CommonTermBlock.threshold ? Self.commonFlag : 0)
                + (isWord[id] ? Self.wordFlag : 0)
        }
        func shardJSON(_ group: [Int]) -> String {
            var shardStarts: [Int] = []
            var lastShard = -1
            for (offset, id) in group.enumerated() where shardOf[id] != lastShard {
                shardStarts += [offset, shardOf[id]]
                lastShard = shardOf[id]
            }
            let termList = group.map { JSONText.quote(terms[$0]) }.joined(separator: ",")
            return "{\"t\":[\(termList)],\"d\":\(JSONText.quote(CompactCodec.encode(group.map(code)))),"
                + "\"p\":\(JSONText.quote(CompactCodec.encode(shardStarts)))}"
        }

        var keys: [String] = []
        for group in lexiconGroups(order.map { ($0, terms[$0]) }) {
            files.append(OutputFile(path: "\(prefix)lex/\(Self.fileName(group.key)).json", text: shardJSON(group.ids)))
            keys.append(group.key)
        }

        // Typo index: words only (suggestions and typo matches are real words), in lexicon order.
        var filed: [[Int]] = []
        let typoWords = order.filter { isWord[$0] && terms[$0].unicodeScalars.count >= TypoKeys.minimumLength }
        let buckets = max(1, typoWords.count / TypoKeys.wordsPerBucket)
        filed = Array(repeating: [], count: buckets)
        for id in typoWords {
            for bucket in Set(TypoKeys.keys(for: terms[id]).map { TypoKeys.bucket($0, buckets: buckets) }).sorted() {
                filed[bucket].append(id)
            }
        }
        for (n, ids) in filed.enumerated() {
            files.append(OutputFile(path: "\(prefix)x/\(n).json", text: shardJSON(ids)))
        }
        var exported: [String: [Int]] = [:]
        for id in terms.indices where exporting.contains(terms[id]) { exported[terms[id]] = [code(id), shardOf[id]] }
        return Output(files: files, lexiconKeys: keys, typoBuckets: buckets, exported: exported)
    }

    /// For each of `ids`, its `p/` member `"term":"postings"` and the length of the encoded list
    /// (document gaps and impacts, `CompactCodec`), made on every core.
    private static func postingMembers(_ ids: ArraySlice<Int>, terms: [String], impacts: [[(doc: Int32, impact: Int)]])
        -> [(member: String, listSize: Int)] {
        let members = ConcurrentResults<(member: String, listSize: Int)>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { position in
            let id = ids[ids.startIndex + position]
            // `"term":"list"`, written as bytes: the list's alphabet needs no escaping.
            var bytes = Array(JSONText.quote(terms[id]).utf8)
            bytes.reserveCapacity(bytes.count + impacts[id].count * 3 + 3)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: "\""))
            let listStart = bytes.count
            CompactCodec.appendGaps(of: impacts[id], withImpacts: true, to: &bytes)
            let listSize = bytes.count - listStart
            bytes.append(UInt8(ascii: "\""))
            members[position] = (String(decoding: bytes, as: UTF8.self), listSize)
        }
        return members.values
    }

    /// The `c/` file of each of `ids`, made on every core.
    private func commonTermBlocks(_ ids: [Int], terms: [String], impacts: [[(doc: Int32, impact: Int)]],
                                  facets: CommonTermBlock.FacetValues, prefix: String) -> [OutputFile] {
        let files = ConcurrentResults<OutputFile>(count: ids.count)
        let memo = commonTermBlockMemo
        let facetsFingerprint = memo.map { _ in facets.fingerprint }
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let id = ids[index]
            let make = { CommonTermBlock.json(postings: impacts[id], facets: facets) }
            let text = if let memo, let facetsFingerprint {
                memo.value(for: CommonTermBlock.MemoKey(postings: impacts[id], facets: facetsFingerprint), orMake: make)
            } else {
                make()
            }
            files[index] = OutputFile(path: CommonTermBlock.path(for: terms[id], prefix: prefix), text: text)
        }
        return files.values
    }

    /// Terms (in lexicon order) grouped by two-letter key, large groups split by three letters.
    func lexiconGroups(_ sorted: [(id: Int, term: String)]) -> [(key: String, ids: [Int])] {
        var groups: [(key: String, ids: [Int])] = []
        var start = 0
        while start < sorted.count {
            let key = Self.prefix(sorted[start].term, 2)
            var end = start
            while end < sorted.count && Self.prefix(sorted[end].term, 2) == key { end += 1 }
            let members = sorted[start..<end]
            if members.count <= lexiconSplitThreshold {
                groups.append((key, members.map(\.id)))
            } else {
                let short = members.filter { $0.term.unicodeScalars.count < 3 }
                if !short.isEmpty { groups.append((key, short.map(\.id))) }
                var sub: [String: [Int]] = [:]
                var subOrder: [String] = []
                for m in members where m.term.unicodeScalars.count >= 3 {
                    let k = Self.prefix(m.term, 3)
                    if sub[k] == nil { subOrder.append(k) }
                    sub[k, default: []].append(m.id)
                }
                for k in subOrder { groups.append((k, sub[k]!)) }
            }
            start = end
        }
        return groups
    }

    /// The first `n` characters of a term.
    static func prefix(_ term: String, _ n: Int) -> String { String(String.UnicodeScalarView(term.unicodeScalars.prefix(n))) }

    /// ASCII letters and digits as they are, anything else as `_` + hex code point
    /// (same rule as `lexiconFile` in search-engine.js).
    static func fileName(_ key: String) -> String {
        key.unicodeScalars.map { s in
            (s.value >= 97 && s.value <= 122) || (s.value >= 48 && s.value <= 57)
                ? String(Character(s)) : "_" + String(s.value, radix: 16)
        }.joined()
    }
}
