/// The first-query form of a term that occurs in many documents (`c/<term>.json`).
///
/// A full posting list of a very common word costs tens of kilobytes at 100 000 documents, mostly
/// for impacts that only matter far down the ranking. The block holds instead:
/// - `k`: the `topK` best postings with exact impacts (document gaps and impacts, `CompactCodec`);
/// - `s`: every document (gaps only), so totals, multi-word intersections and tiers stay exact;
/// - `r`: the mean impact of the documents outside the top, used for their ranking;
/// - `f`: facet counts over all documents of the term, so a one-word query needs no facet files.
///
/// The exact list stays in `p/`; the browser fetches it only when a filter is on or when paging
/// goes past the top (see `search-engine.js`).
enum CommonTermBlock {
    /// Terms in at least this many documents get a block.
    static let threshold = 1_000
    /// Postings with exact impacts per block: the first ten pages of a one-word query.
    static let topK = 100

    static func path(for term: String, prefix: String) -> String {
        "\(prefix)c/\(TermShardWriter.fileName(term)).json"
    }

    /// Every document's facet values in one flat array, made once per index: counting them over
    /// every posting of every common term then touches no reference-counted storage.
    struct FacetValues: Sendable {
        /// `facet << 24 | code` for each value, document after document.
        private let values: [Int32]
        /// Where each document's values start in `values` (one more entry than documents).
        private let starts: [Int]

        init(_ codes: [FacetEncoder.Codes]) {
            var values: [Int32] = []
            var starts = [0]
            starts.reserveCapacity(codes.count + 1)
            for c in codes {
                for v in c.categories { values.append(0 << 24 | Int32(v)) }
                for v in c.audiences { values.append(1 << 24 | Int32(v)) }
                for v in c.municipalities { values.append(2 << 24 | Int32(v)) }
                if c.accessFree >> 1 > 0 { values.append(3 << 24 | Int32((c.accessFree >> 1) - 1)) }
                if c.accessFree & 1 == 1 { values.append(4 << 24) }
                starts.append(values.count)
            }
            self.values = values
            self.starts = starts
        }

        /// What a block's facet counts can depend on: every document's values.
        var fingerprint: Fingerprint {
            var hasher = FingerprintHasher()
            hasher.add("facet-values")
            values.withUnsafeBytes { hasher.add(bytes: $0) }
            starts.withUnsafeBytes { hasher.add(bytes: $0) }
            return hasher.finalize()
        }

        /// {"categorie": "code count code count …", …} over `docs`, in `CompactCodec`, facet names as in the URL.
        func counts(of docs: some Sequence<Int32>) -> String {
            var tables = [[Int]](repeating: [], count: FacetEncoder.facetNames.count)
            for doc in docs {
                for value in values[starts[Int(doc)]..<starts[Int(doc) + 1]] {
                    let facet = Int(value >> 24), code = Int(value & 0xFF_FFFF)
                    if tables[facet].count <= code { tables[facet] += [Int](repeating: 0, count: code + 1 - tables[facet].count) }
                    tables[facet][code] += 1
                }
            }
            let parts = FacetEncoder.facetNames.enumerated().map { index, facet -> String in
                let ints = tables[index].enumerated().filter { $0.element > 0 }.flatMap { [$0.offset, $0.element] }
                return "\(JSONText.quote(facet)):\(JSONText.quote(CompactCodec.encode(ints)))"
            }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    /// The indices of the best `topK` postings by impact (ties: lower document first), in
    /// document order. `postings` are in document order and impacts are 1...maxImpact, so counting
    /// the impacts finds the cut without sorting.
    static func topIndices(of postings: [(doc: Int32, impact: Int)]) -> [Int] {
        var countByImpact = [Int](repeating: 0, count: PostingsAccumulator.maxImpact + 1)
        for posting in postings { countByImpact[posting.impact] += 1 }
        var cut = PostingsAccumulator.maxImpact, above = 0
        while cut > 0 && above + countByImpact[cut] < topK {
            above += countByImpact[cut]
            cut -= 1
        }
        var takenAtCut = 0
        return postings.indices.filter { index in
            if postings[index].impact > cut { return true }
            guard postings[index].impact == cut, above + takenAtCut < topK else { return false }
            takenAtCut += 1
            return true
        }
    }

    /// The key of a block in `--watch`'s memory: its postings and every document's facet values
    /// (`facets`, their fingerprint), which is all `json` reads. The postings are kept as they are,
    /// not as a SHA-256 fingerprint: hashing the long lists of the common terms that way took more
    /// than a tenth of the index's time in a rebuild, and comparing them takes far less. Keys are
    /// equal when all postings are; the hash reads at most 48 of them (hashing all 2.5 million at
    /// 10 000 items, twice per lookup, cost 4 % of a rebuild's instructions).
    struct MemoKey: Hashable, Sendable {
        let facets: Fingerprint
        /// `doc << 32 | impact` per posting.
        let postings: [UInt64]

        init(postings: [(doc: Int32, impact: Int)], facets: Fingerprint) {
            self.facets = facets
            self.postings = postings.map { UInt64(UInt32(bitPattern: $0.doc)) << 32 | UInt64(truncatingIfNeeded: $0.impact) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(facets)
            postings.withUnsafeBytes { hasher.combine(sampleOf: $0, sampleSize: 16 * MemoryLayout<UInt64>.stride) }
        }
    }

    static func json(postings: [(doc: Int32, impact: Int)], facets: FacetValues) -> String {
        let top = topIndices(of: postings)
        var topBytes: [UInt8] = []
        var previous: Int32 = 0
        for i in top {
            CompactCodec.append(Int(postings[i].doc - previous), to: &topBytes)
            CompactCodec.append(postings[i].impact, to: &topBytes)
            previous = postings[i].doc
        }
        let topText = String(decoding: topBytes, as: UTF8.self)
        let restCount = postings.count - top.count
        let restSum = postings.reduce(0) { $0 + $1.impact } - top.reduce(0) { $0 + postings[$1].impact }
        let tail = restCount == 0 ? 1 : max(1, Int((Double(restSum) / Double(restCount)).rounded()))
        var allBytes: [UInt8] = []
        CompactCodec.appendGaps(of: postings, withImpacts: false, to: &allBytes)
        let allText = String(decoding: allBytes, as: UTF8.self)
        let counts = facets.counts(of: postings.lazy.map(\.doc))
        return "{\"f\":\(counts),\"k\":\(JSONText.quote(topText)),\"n\":\(postings.count),\"r\":\(tail),\"s\":\(JSONText.quote(allText))}"
    }
}
