import Foundation

/// Builds the sharded Dutch search index under `zoeken/index/`.
///
/// Layout (all JSON):
/// - `manifest.json`: counts, chunk sizes, lexicon shard keys, facet values, synonyms (with the
///   lexicon entries of their words, so synonym expansion needs no extra lexicon shards).
/// - `lex/<key>.json`: terms starting with `key` (two or three letters), their document frequency,
///   flags and posting shard (`TermShardWriter`).
/// - `p/<id>.json`: exact posting lists (document gaps and BM25F impacts, `CompactCodec`), of
///   consecutive terms (`PostingShardCutter`).
/// - `c/<term>.json`: first-query blocks of very common terms (`CommonTermBlock`).
/// - `x/<n>.json`: typo index for misspelt first letters (`TypoKeys`).
/// - `f/<n>.json`: facet codes of `facetChunk` documents, run-length encoded.
/// - `d/<n>.json`: display metadata of `docChunk` documents (with opening hours), fetched only for
///   shown results.
///
/// The browser side is `templates/assets/search-engine.js`.
public struct SearchIndexBuilder: Sendable {
    /// Output folder inside `public/`.
    public static let folder = "zoeken/index/"
    /// Format version; the browser refuses other versions.
    public static let formatVersion = 2
    /// Documents per metadata file: small, because a first page touches up to ten of them.
    public static let docChunk = 4
    /// Documents per facet file.
    public static let facetChunk = 4096
    /// Documents normalised together (in parallel) before their tokens become ids.
    static let normalizingChunk = 2048

    public let dictionary: Set<String>
    public let synonyms: SynonymTable

    /// - Parameters:
    ///   - dictionary: folded word list for compound splitting (see `CompoundSplitter.loadWordList`);
    ///     the words of the documents themselves are added during `build`.
    ///   - synonyms: editor-maintained synonyms and acronyms, shipped in the manifest.
    public init(dictionary: Set<String>, synonyms: SynonymTable) {
        self.dictionary = dictionary
        self.synonyms = synonyms
    }

    /// A document with the index work that depends on it alone: its tokens per field (as ids of
    /// the session's `TokenTable`) and its `d/` row. `--watch` remembers these between builds
    /// (`RebuildMemory.indexedDocuments`). A class: a rebuild hands every remembered document on
    /// several times, and copying its strings and arrays each time was a tenth of the index's work.
    final class IndexedDocument: Sendable {
        let document: SearchDocument
        let fieldTokens: [[Int32]]
        let metadataRow: String
        let facetKey: String

        init(_ document: SearchDocument, tokens: TokenTable) {
            self.document = document
            fieldTokens = tokens.ids(for: SearchIndexBuilder.normalizedFields(of: document))
            metadataRow = SearchIndexBuilder.metadataRow(document)
            facetKey = SearchIndexBuilder.facetKey(of: document)
        }
    }

    /// Documents as token ids per field, and the token of each id.
    struct TokenizedDocuments {
        var fields: [[[Int32]]]
        var texts: [String]
        /// True when some ids of `texts` are used by no document (a `TokenTable` of a watch session).
        var mayHoldUnusedTokens: Bool
    }

    /// Builds all index files for `documents`. Output is deterministic for the same input.
    public func build(_ documents: [SearchDocument]) -> [OutputFile] {
        let ordered = Self.facetOrder(documents).map { documents[$0] }
        return build(ordered, tokenized: Self.tokenize(ordered), metadataRow: { Self.metadataRow(ordered[$0]) })
    }

    /// Builds the same files from documents whose own work is already done, with the table their
    /// ids come from, reusing the common-term blocks of `commonTermBlockMemo` and the facet files
    /// of `facetChunkMemo` (`--watch`).
    func build(_ documents: [IndexedDocument], tokens: TokenTable, commonTermBlockMemo: GenerationMemo<CommonTermBlock.MemoKey, String>?,
               facetChunkMemo: GenerationMemo<FacetChunkKey, String>? = nil) -> [OutputFile] {
        let order = Self.facetOrder(keys: documents.map(\.facetKey))
        let tokenized = TokenizedDocuments(fields: order.map { documents[$0].fieldTokens }, texts: tokens.texts, mayHoldUnusedTokens: true)
        return build(order.map { documents[$0].document }, tokenized: tokenized, metadataRow: { documents[order[$0]].metadataRow },
                     commonTermBlockMemo: commonTermBlockMemo, facetChunkMemo: facetChunkMemo)
    }

    /// The terms of `ordered` as token ids, given out in document order, which keeps the output
    /// deterministic. Normalising is the costly part and independent per document, so it runs on
    /// every core, one chunk of documents at a time: only one chunk's token strings are alive at
    /// once (at 100 000 documents all of them together were several hundred MB of the peak memory).
    static func tokenize(_ ordered: [SearchDocument]) -> TokenizedDocuments {
        var numbering = TokenNumbering()
        var tokenized: [[[Int32]]] = []
        tokenized.reserveCapacity(ordered.count)
        for chunkStart in stride(from: 0, to: ordered.count, by: normalizingChunk) {
            let chunk = chunkStart..<min(chunkStart + normalizingChunk, ordered.count)
            let normalized = ConcurrentResults<[[String]]>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { offset in
                normalized[offset] = normalizedFields(of: ordered[chunk.lowerBound + offset])
            }
            for fields in normalized.values {
                tokenized.append(fields.map { $0.map { numbering.id(for: $0) } })
            }
        }
        return TokenizedDocuments(fields: tokenized, texts: numbering.tokens, mayHoldUnusedTokens: false)
    }

    /// - Parameters:
    ///   - tokenized: the tokens of the documents at the same positions as in `ordered`.
    ///   - metadataRow: the `d/` row of the document at a position in `ordered`; asked once per document.
    private func build(_ ordered: [SearchDocument], tokenized: TokenizedDocuments,
                       metadataRow: @Sendable (Int) -> String, commonTermBlockMemo: GenerationMemo<CommonTermBlock.MemoKey, String>? = nil,
                       facetChunkMemo: GenerationMemo<FacetChunkKey, String>? = nil) -> [OutputFile] {
        var lengthSums = [Float](repeating: 0, count: SearchField.allCases.count)
        for fields in tokenized.fields {
            for field in SearchField.allCases { lengthSums[field.rawValue] += Float(fields[field.rawValue].count) }
        }
        let usedTokens = Self.usedTokens(tokenized)
        let texts = tokenized.texts
        var siteWords = Set<String>()
        for id in usedTokens where texts[id].unicodeScalars.count >= 3 && !dictionary.contains(texts[id]) { siteWords.insert(texts[id]) }
        let analyzer = TermAnalyzer(splitter: CompoundSplitter(words: dictionary, siteWords: siteWords))
        let averages = lengthSums.map { PostingsAccumulator.snapped($0 / Float(max(ordered.count, 1))) }
        let analyzed = ConcurrentResults<[TermAnalyzer.Key]>(count: usedTokens.count)
        DispatchQueue.concurrentPerform(iterations: usedTokens.count) { index in
            analyzed[index] = analyzer.keys(for: texts[usedTokens[index]])
        }
        var accumulator = PostingsAccumulator()
        var keysByToken = [[PostingsAccumulator.InternedKey]](repeating: [], count: texts.count)
        for (index, keys) in analyzed.values.enumerated() { keysByToken[usedTokens[index]] = accumulator.intern(keys) }
        let tokenKeys = PostingsAccumulator.TokenKeys(keysByToken)
        accumulator.add(documents: tokenized.fields, tokenKeys: tokenKeys, averageLengths: averages)
        var facets = FacetEncoder()
        let codes = ordered.map { facets.codes(for: $0) }
        let synonymGroups = synonyms.normalizedGroups()
        let synonymWords = Set(synonymGroups.joined().joined().flatMap { [$0, DutchNormalizer.stem($0)] })
        // The facet and metadata files need none of the term work: they are made at the same time.
        let writer = TermShardWriter(commonTermBlockMemo: commonTermBlockMemo)
        let (termList, isWord, impacts) = (accumulator.terms, accumulator.isWord, accumulator.impacts())
        let termOutput = ConcurrentResults<TermShardWriter.Output>(count: 1)
        let documentOutput = ConcurrentResults<(files: [OutputFile], facetSizes: [Int])>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                termOutput[0] = writer.write(terms: termList, isWord: isWord, impacts: impacts, facets: codes,
                                             exporting: synonymWords, prefix: Self.folder)
            } else {
                documentOutput[0] = Self.documentFiles(facetCodes: codes, row: metadataRow, chunkMemo: facetChunkMemo)
            }
        }
        let terms = termOutput.values[0]
        let (documentFiles, facetSizes) = documentOutput.values[0]
        var files = terms.files + documentFiles
        let manifest: [String: Any] = [
            "v": Self.formatVersion, "docs": ordered.count, "docChunk": Self.docChunk, "facetChunk": Self.facetChunk,
            "facetSizes": facetSizes, "lex": terms.lexiconKeys.joined(separator: " "), "facets": facets.manifestValues(),
            "synonyms": synonymGroups, "synTerms": terms.exported, "typoBuckets": terms.typoBuckets,
            "topK": CommonTermBlock.topK,
        ]
        files.append(OutputFile(path: "\(Self.folder)manifest.json", text: JSONText.encode(manifest)))
        return files
    }

    /// The `f/` files (with their sizes) and the `d/` files of the documents with `facetCodes`.
    /// An `f/` file is a function of its documents' codes alone, so `chunkMemo` keeps it by them.
    private static func documentFiles(facetCodes codes: [FacetEncoder.Codes], row: @Sendable (Int) -> String,
                                      chunkMemo: GenerationMemo<FacetChunkKey, String>?) -> (files: [OutputFile], facetSizes: [Int]) {
        var files: [OutputFile] = []
        var facetSizes: [Int] = []
        for start in stride(from: 0, to: codes.count, by: facetChunk) {
            let chunk = codes[start..<min(start + facetChunk, codes.count)]
            let text = chunkMemo.value(for: FacetChunkKey(codes: Array(chunk))) { JSONText.encode(FacetEncoder.chunkJSON(chunk)) }
            facetSizes.append(text.utf8.count)
            files.append(OutputFile(path: "\(folder)f/\(start / facetChunk).json", text: text))
        }
        return (files + metadataFiles(count: codes.count, row: row), facetSizes)
    }

    /// The ids of the tokens some document uses, ascending.
    private static func usedTokens(_ tokenized: TokenizedDocuments) -> [Int] {
        guard tokenized.mayHoldUnusedTokens else { return Array(tokenized.texts.indices) }
        var isUsed = [Bool](repeating: false, count: tokenized.texts.count)
        for fields in tokenized.fields {
            for tokens in fields {
                for id in tokens { isUsed[Int(id)] = true }
            }
        }
        return isUsed.indices.filter { isUsed[$0] }
    }

    /// The terms of each `SearchField` of `document`, in field order.
    static func normalizedFields(of document: SearchDocument) -> [[String]] {
        SearchField.allCases.map { DutchNormalizer.terms($0.text(of: document)) }
    }

    /// The `d/` files of `count` documents, `docChunk` rows each, made on every core.
    static func metadataFiles(count: Int, row: @Sendable (Int) -> String) -> [OutputFile] {
        let chunks = stride(from: 0, to: count, by: docChunk).map { $0..<min($0 + docChunk, count) }
        let files = ConcurrentResults<OutputFile>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { number in
            files[number] = OutputFile(path: "\(folder)d/\(number).json", text: "[\(chunks[number].map(row).joined(separator: ","))]")
        }
        return files.values
    }

    /// The JSON of [url, type, title, summary, gemeenten, flags] with flags bit 0 = gratis, bit 1 =
    /// vrij toegankelijk, plus a seventh element, the opening hours in `nu-open.js`'s compact shape,
    /// only when the document has them. They live here, not in the term index, so only shown
    /// results pay for them.
    static func metadataRow(_ doc: SearchDocument) -> String {
        let flags = (doc.isFree ? 1 : 0) | (doc.access == "vrij" ? 2 : 0)
        let row: [Any] = [doc.url, doc.type, doc.title, doc.summary, doc.municipalities.joined(separator: ", "), flags]
        return JSONText.encode(row + (doc.openingHours.map { [$0.browserObject(compact: true)] } ?? []))
    }

    /// Documents numbered by facet values make facet chunks compress to long runs: the positions
    /// of `documents` in that order. The keys are made once per document, not once per comparison.
    static func facetOrder(_ documents: [SearchDocument]) -> [Int] {
        facetOrder(keys: documents.map(facetKey(of:)))
    }

    static func facetOrder(keys: [String]) -> [Int] {
        keys.indices.sorted { keys[$0] < keys[$1] }
    }

    /// What documents are ordered by: first gemeente, first category, access, gratis, doelgroepen
    /// and URL, joined by U+0000. That sorts below every other character, so (for values without
    /// it) the joined keys sort as the lists of values would, one value after the other.
    static func facetKey(of d: SearchDocument) -> String {
        [d.municipalities.first ?? "", d.categories.first?.key ?? "", d.access ?? "", d.isFree ? "1" : "0",
         d.audiences.map(\.key).joined(separator: ","), d.url].joined(separator: "\u{0}")
    }
}
