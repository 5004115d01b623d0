import Foundation

/// The index stage: turns the public entries and casussen of a site into the sharded search
/// index. Plans are never indexed.
public struct SiteIndexer: Sendable {
    private let dictionary: Set<String>
    private let memory: RebuildMemory?

    /// - Parameter dictionary: the folded OpenTaal word list (`CompoundSplitter.loadWordList()`).
    public init(dictionary: Set<String>) {
        self.init(dictionary: dictionary, memory: nil)
    }

    /// - Parameter memory: plain texts and normalised documents of earlier builds (`--watch`).
    init(dictionary: Set<String>, memory: RebuildMemory?) {
        self.dictionary = dictionary
        self.memory = memory
    }

    public func index(_ site: Site) -> [OutputFile] {
        let synonyms = SynonymTable(groups: site.synonymGroups, abbreviations: site.abbreviations)
        let builder = SearchIndexBuilder(dictionary: dictionary, synonyms: synonyms, memo: memory?.normalizedDocuments)
        return builder.build(documents(of: site))
    }

    /// One document per listed entry and casus, made on every core: stripping the Markdown of
    /// every body is most of the work.
    private func documents(of site: Site) -> [SearchDocument] {
        let taxonomy = site.taxonomy
        let entries = site.directoryEntries.filter { $0.common.status != .gestopt }
        let casussen = site.casussen
        let documents = ConcurrentResults<SearchDocument>(count: entries.count + casussen.count)
        DispatchQueue.concurrentPerform(iterations: entries.count + casussen.count) { index in
            documents[index] = index < entries.count
                ? document(for: entries[index], taxonomy: taxonomy)
                : document(for: casussen[index - entries.count], taxonomy: taxonomy)
        }
        return documents.values
    }

    private func document(for casus: Casus, taxonomy: Taxonomy) -> SearchDocument {
        SearchDocument(url: casus.url, type: ContentKind.casus.dutchLabel, title: casus.titel, summary: casus.samenvatting,
                       body: plainText(of: casus.body) + " " + casus.doelen.joined(separator: " "),
                       categories: [(casus.arrangement.value, taxonomy.label(casus.arrangement.value, in: .arrangement))])
    }

    /// The text of a Markdown body, remembered between `--watch` builds by a fingerprint of the body.
    private func plainText(of markdown: String) -> String {
        guard let memo = memory?.plainBodies else { return MarkdownRenderer.plainText(from: markdown) }
        var key = FingerprintHasher()
        key.add(markdown)
        return memo.value(for: key.finalize()) { MarkdownRenderer.plainText(from: markdown) }
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
            body: plainText(of: common.body),
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
