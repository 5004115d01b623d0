import Foundation

/// Collects weighted term frequencies per document and turns them into BM25F impacts.
///
/// The score of a term in a document is computed at build time (impact-ordered index), so the
/// browser only adds up small integers and never needs field lengths or document frequencies.
struct PostingsAccumulator {
    struct Posting { var doc: Int32; var tf: Float }

    static let k1: Float = 1.2
    /// Impacts are quantised to 1...maxImpact.
    static let maxImpact = 63

    /// Corpus statistics (document count, mean field lengths) are snapped to a grid
    /// of steps of 2^(1/16), about 4 %, before they weigh postings. Ranking barely notices, but an
    /// edited or added document then seldom moves them, so the rebuild rewrites only the index
    /// files of that document's terms instead of every file where some impact tipped over.
    static func snapped(_ value: Float, roundingUp: Bool = false) -> Float {
        guard value > 0 else { return value }
        let steps = log2(Double(value)) * gridStepsPerDoubling
        let onGrid = Float(exp2((roundingUp ? steps.rounded(.up) : steps.rounded()) / gridStepsPerDoubling))
        return roundingUp ? max(onGrid, value) : onGrid
    }

    private static let gridStepsPerDoubling = 16.0

    private(set) var terms: [String] = []
    private(set) var isWord: [Bool] = []
    private var ids: [String: Int32] = [:]
    private var postings: [[Posting]] = []
    private var documentCount = 0
    private var lastDoc: Int32 = -1

    /// An analysed key as a term id, so adding documents hashes integers instead of strings.
    struct InternedKey { var id: Int32; var weight: Float }

    /// Term ids for the keys of one token; call once per distinct token.
    mutating func intern(_ keys: [TermAnalyzer.Key]) -> [InternedKey] {
        keys.map { InternedKey(id: intern($0), weight: $0.weight) }
    }

    /// The interned keys of every token id in one flat array: those of token `t` are
    /// `keys[starts[t]..<starts[t + 1]]`. Adding a document reads them without retaining an array
    /// per token, which was a third of the time adding postings took.
    struct TokenKeys {
        private(set) var starts: [Int32] = [0]
        private(set) var keys: [InternedKey] = []

        init(_ keysByToken: [[InternedKey]]) {
            starts.reserveCapacity(keysByToken.count + 1)
            for tokenKeys in keysByToken {
                keys += tokenKeys
                starts.append(Int32(keys.count))
            }
        }
    }

    /// Per-term scratch sums for the document being added, indexed by term id, and the ids that
    /// are non-zero in them (weights are positive, so a touched sum is never zero): dense arrays
    /// instead of a dictionary per field and per document.
    private var fieldSums: [Float] = []
    private var documentSums: [Float] = []
    private var fieldTerms: [Int32] = []
    private var documentTerms: [Int32] = []

    /// Adds one document, given its tokens per field, the interned keys of each token, and the
    /// average field lengths. Documents are added in ascending order of `doc`, so every posting
    /// list is in document order as it grows. Sums are added in the same order as a per-field dictionary would, so
    /// scores are bit-identical. The loops work on buffer pointers: with array subscripts, checking
    /// that each array is uniquely referenced on every write took about a third of the time.
    mutating func add(doc: Int32, fields: [[Int32]], tokenKeys: TokenKeys, averageLengths: [Float]) {
        assert(doc >= lastDoc, "documents are added in ascending order")
        lastDoc = doc
        documentCount += 1
        if fieldSums.count < terms.count {
            fieldSums += [Float](repeating: 0, count: terms.count - fieldSums.count)
            documentSums += [Float](repeating: 0, count: terms.count - documentSums.count)
        }
        // Moved out (not copied), so appending needs no new buffer.
        var fieldTerms: [Int32] = [], documentTerms: [Int32] = []
        swap(&fieldTerms, &self.fieldTerms)
        swap(&documentTerms, &self.documentTerms)
        fieldSums.withUnsafeMutableBufferPointer { fieldSums in
            documentSums.withUnsafeMutableBufferPointer { documentSums in
                tokenKeys.starts.withUnsafeBufferPointer { starts in
                    tokenKeys.keys.withUnsafeBufferPointer { keys in
                        for field in SearchField.allCases {
                            let tokens = fields[field.rawValue]
                            guard !tokens.isEmpty else { continue }
                            for token in tokens {
                                for key in keys[Int(starts[Int(token)])..<Int(starts[Int(token) + 1])] {
                                    if fieldSums[Int(key.id)] == 0 { fieldTerms.append(key.id) }
                                    fieldSums[Int(key.id)] += key.weight
                                }
                            }
                            let b = field.lengthNormalisation
                            let norm = 1 - b + b * Float(tokens.count) / max(averageLengths[field.rawValue], 1)
                            for id in fieldTerms {
                                if documentSums[Int(id)] == 0 { documentTerms.append(id) }
                                documentSums[Int(id)] += field.weight * fieldSums[Int(id)] / norm
                                fieldSums[Int(id)] = 0
                            }
                            fieldTerms.removeAll(keepingCapacity: true)
                        }
                    }
                }
                postings.withUnsafeMutableBufferPointer { postings in
                    for id in documentTerms {
                        postings[Int(id)].append(Posting(doc: doc, tf: documentSums[Int(id)]))
                        documentSums[Int(id)] = 0
                    }
                }
            }
        }
        documentTerms.removeAll(keepingCapacity: true)
        self.fieldTerms = fieldTerms
        self.documentTerms = documentTerms
    }

    /// Adds every document of `fields` (each its tokens per field; document `n` at position `n`)
    /// to an accumulator that holds none yet. The two halves are added at once, on two cores, each
    /// into a copy with the same term ids, and their lists are joined: the lists are exactly those
    /// that adding the documents one by one would make. At 10 000 documents adding took a sixth of
    /// a rebuild in `--watch`, on one core.
    mutating func add(documents fields: [[[Int32]]], tokenKeys: TokenKeys, averageLengths: [Float]) {
        assert(documentCount == 0, "documents are added to an empty accumulator")
        let middle = fields.count / 2
        let halves = [0..<middle, middle..<fields.count]
        let empty = self
        let added = ConcurrentResults<PostingsAccumulator>(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            var part = empty
            for doc in halves[half] {
                part.add(doc: Int32(doc), fields: fields[doc], tokenKeys: tokenKeys, averageLengths: averageLengths)
            }
            added[half] = part
        }
        // Taken out of the results, so each list of the second half is freed once it is joined:
        // at 100 000 documents the lists are about 100 MB.
        self = added[0]!
        var second = added[1]!
        (added[0], added[1]) = (nil, nil)
        documentCount += second.documentCount
        lastDoc = max(lastDoc, second.lastDoc)
        for term in postings.indices where !second.postings[term].isEmpty {
            postings[term] += second.postings[term]
            second.postings[term] = []
        }
    }

    private mutating func intern(_ key: TermAnalyzer.Key) -> Int32 {
        if let id = ids[key.term] {
            if key.isWord { isWord[Int(id)] = true }
            return id
        }
        let id = Int32(terms.count)
        ids[key.term] = id
        terms.append(key.term)
        isWord.append(key.isWord)
        postings.append([])
        return id
    }

    /// Quantised (doc, impact) lists per term id, docs ascending (as they were added), made on every core.
    func impacts() -> [[(doc: Int32, impact: Int)]] {
        let n = Self.snapped(Float(documentCount), roundingUp: true)
        let scale = Float(Self.maxImpact) / Self.highestPossibleScore(documentCount: n)
        let postings = postings
        let impacts = ConcurrentResults<[(doc: Int32, impact: Int)]>(count: postings.count)
        DispatchQueue.concurrentPerform(iterations: postings.count) { term in
            let list = postings[term]
            let df = Float(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            impacts[term] = list.map { posting in
                let q = Int((idf * posting.tf / (Self.k1 + posting.tf) * scale).rounded())
                return (posting.doc, min(Self.maxImpact, max(1, q)))
            }
        }
        return impacts.values
    }

    /// The bound of every score in a corpus of `documentCount` documents: the idf of a term in one
    /// document, times the limit of tf / (k1 + tf). Impacts are scaled to it, not to the highest
    /// score the corpus happens to have: that score moves whenever the document holding it is
    /// edited, and then every impact of the index, and so every index file, would change with it.
    static func highestPossibleScore(documentCount: Float) -> Float {
        max(log(1 + (documentCount - 0.5) / 1.5), .leastNonzeroMagnitude)
    }
}
