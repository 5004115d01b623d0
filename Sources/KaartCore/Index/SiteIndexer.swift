import Foundation

/// The index stage: turns the public entries and casussen of a site into the sharded search
/// index. Plans are never indexed.
public struct SiteIndexer: Sendable {
    private let dictionary: Set<String>
    private let remembered: (memory: RebuildMemory, digests: ContentDigests)?

    /// - Parameter dictionary: the folded OpenTaal word list (`CompoundSplitter.loadWordList()`).
    public init(dictionary: Set<String>) {
        self.init(dictionary: dictionary, remembering: nil)
    }

    /// - Parameter remembering: in `--watch`, the memory that keeps each document's index work
    ///   between builds, and the digests that key it.
    init(dictionary: Set<String>, remembering: (memory: RebuildMemory, digests: ContentDigests)?) {
        self.dictionary = dictionary
        self.remembered = remembering
    }

    public func index(_ site: Site) -> [OutputFile] {
        let synonyms = SynonymTable(groups: site.synonymGroups, abbreviations: site.abbreviations)
        let builder = SearchIndexBuilder(dictionary: dictionary, synonyms: synonyms)
        guard let remembered else { return builder.build(documents(of: site) { _, make in make() }) }
        // A document reads its own file and, for labels, the taxonomy: `digests.index` covers
        // the taxonomy (and the program), `source` the file.
        let memo = remembered.memory.indexedDocuments
        let indexed = documents(of: site) { path, make in
            let key = FingerprintPair(first: remembered.digests.index, second: remembered.digests.source(path))
            return memo.value(for: key) { SearchIndexBuilder.IndexedDocument(make(), tokens: remembered.memory.searchTokens) }
        }
        return builder.build(indexed, tokens: remembered.memory.searchTokens, commonTermBlockMemo: remembered.memory.commonTermBlocks,
                             facetChunkMemo: remembered.memory.facetChunks)
    }

    /// One document per listed entry and casus, made on every core (stripping the Markdown of
    /// every body is most of the work), each through `prepare` with the path of its file.
    private func documents<Document: Sendable>(of site: Site, prepare: @Sendable (_ path: String, _ make: () -> SearchDocument) -> Document)
        -> [Document] {
        let taxonomy = site.taxonomy
        let entries = site.directoryEntries.filter { $0.common.status != .gestopt }
        let casussen = site.casussen
        let documents = ConcurrentResults<Document>(count: entries.count + casussen.count)
        DispatchQueue.concurrentPerform(iterations: entries.count + casussen.count) { index in
            if index < entries.count {
                documents[index] = prepare(entries[index].common.path) { document(for: entries[index], taxonomy: taxonomy) }
            } else {
                let casus = casussen[index - entries.count]
                documents[index] = prepare(casus.path) { document(for: casus, taxonomy: taxonomy) }
            }
        }
        return documents.values
    }

    private func document(for casus: Casus, taxonomy: Taxonomy) -> SearchDocument {
        SearchDocument(url: casus.url, type: ContentKind.casus.dutchLabel, title: casus.titel, summary: casus.samenvatting,
                       body: MarkdownRenderer.plainText(from: casus.body) + " " + casus.doelen.joined(separator: " "),
                       categories: [(casus.arrangement.value, taxonomy.label(casus.arrangement.value, in: .arrangement))])
    }

    private func document(for entry: any DirectoryEntry, taxonomy: Taxonomy) -> SearchDocument {
        let common = entry.common
        let category: (String, Taxonomy.Group)? = switch entry {
        case let voorziening as Voorziening: (voorziening.categorie.value, .categorie)
        case let group as Lotgenotengroep: (group.thema.value, .thema)
        case let loket as Loket: (loket.soort.value, .soort)
        default: nil
        }
        return SearchDocument(
            url: entry.url, type: entry.kind.dutchLabel, title: common.titel, summary: common.samenvatting,
            body: MarkdownRenderer.plainText(from: common.body),
            keywords: common.trefwoorden + (common.aanbieder.map { [$0.naam] } ?? []) + common.wijken
                + (category.flatMap { Self.keyWords($0.0, label: taxonomy.label($0.0, in: $0.1)) }.map { [$0] } ?? []),
            categories: category.map { [($0.0, taxonomy.label($0.0, in: $0.1))] } ?? [],
            audiences: common.doelgroepen.map { ($0.value, taxonomy.label($0.value, in: .doelgroepen)) },
            municipalities: common.gemeenten.map { $0.value == "landelijk" ? "Landelijk" : $0.value },
            access: (entry as? Voorziening)?.toegang.rawValue,
            isFree: common.gratis,
            openingHours: entry is Voorziening || entry is Loket ? common.openingstijden : nil)
    }

    /// A taxonomy key is an editor's Dutch word too ("mantelzorgondersteuning", "schuldhulp"); it is
    /// indexed when its label says it differently, so both wordings find the entry.
    static func keyWords(_ key: String, label: String) -> String? {
        DutchNormalizer.terms(key) == DutchNormalizer.terms(label) ? nil : key
    }
}
