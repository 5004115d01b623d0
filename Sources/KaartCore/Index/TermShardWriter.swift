/// Writes the term dictionary (lexicon) and the posting lists as small shards.
///
/// - Lexicon shards `lex/<first two letters>.json` list every term with that start, with its
///   document frequency and the posting shard that holds it. The browser needs them for exact,
///   prefix and typo lookups, all within the shard of the typed word's first two letters.
/// - Posting shards `p/<n>.json` hold the postings of consecutive terms, so the prefix
///   expansions of one typed word mostly share a shard.
struct TermShardWriter {
    /// Posting shards are closed once they reach this many characters (a long list gets its own shard).
    var postingShardTarget = 4_000

    struct Output { var files: [OutputFile]; var lexiconKeys: [String] }

    func write(terms: [String], isWord: [Bool], impacts: [[(doc: Int32, impact: Int)]], prefix: String) -> Output {
        let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        var files: [OutputFile] = []
        var shardOf = [Int](repeating: 0, count: terms.count)
        var shard: [(String, String)] = []
        var shardSize = 0
        var shardCount = 0
        func flush() {
            guard !shard.isEmpty else { return }
            let body = shard.map { "\(JSONText.quote($0.0)):\(JSONText.quote($0.1))" }.joined(separator: ",")
            files.append(OutputFile(path: "\(prefix)p/\(shardCount).json", text: "{\(body)}"))
            shardCount += 1
            shard = []
            shardSize = 0
        }
        for id in order {
            var encoded = ""
            var previous: Int32 = 0
            for posting in impacts[id] {
                CompactCodec.append(Int(posting.doc - previous), to: &encoded)
                CompactCodec.append(posting.impact, to: &encoded)
                previous = posting.doc
            }
            if shardSize > 0 && shardSize + encoded.count > postingShardTarget { flush() }
            shardOf[id] = shardCount
            shard.append((terms[id], encoded))
            shardSize += encoded.count + terms[id].utf8.count + 6
        }
        flush()

        var keys: [String] = []
        var start = 0
        while start < order.count {
            let key = Self.lexiconKey(terms[order[start]])
            var end = start
            while end < order.count && Self.lexiconKey(terms[order[end]]) == key { end += 1 }
            let group = order[start..<end]
            var shardStarts: [Int] = []
            var lastShard = -1
            for (offset, id) in group.enumerated() where shardOf[id] != lastShard {
                shardStarts += [offset, shardOf[id]]
                lastShard = shardOf[id]
            }
            let frequencies = group.map { impacts[$0].count * 2 + (isWord[$0] ? 1 : 0) }
            let termList = group.map { JSONText.quote(terms[$0]) }.joined(separator: ",")
            let text = "{\"t\":[\(termList)],\"d\":\(JSONText.quote(CompactCodec.encode(frequencies))),"
                + "\"p\":\(JSONText.quote(CompactCodec.encode(shardStarts)))}"
            files.append(OutputFile(path: "\(prefix)lex/\(Self.fileName(key)).json", text: text))
            keys.append(key)
            start = end
        }
        return Output(files: files, lexiconKeys: keys)
    }

    /// The first two characters of a term.
    static func lexiconKey(_ term: String) -> String { String(term.unicodeScalars.prefix(2).map(Character.init)) }

    /// ASCII letters and digits as they are, anything else as `_` + hex code point
    /// (same rule as `lexiconFile` in search-engine.js).
    static func fileName(_ key: String) -> String {
        key.unicodeScalars.map { s in
            (s.value >= 97 && s.value <= 122) || (s.value >= 48 && s.value <= 57)
                ? String(Character(s)) : "_" + String(s.value, radix: 16)
        }.joined()
    }
}
