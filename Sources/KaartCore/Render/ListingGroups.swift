import Foundation
import Mustache

/// The listed entries (`RenderContext.listedEntries`) by position, grouped by every value a
/// listing filters on, in one pass. Each group holds its positions ascending, so it keeps the
/// listing order, and holds an entry once even if the entry names a value twice. Listings pass
/// positions around, not entries, and find each row by position in `EntrySummaryTable`.
struct ListingGroups: Sendable {
    private(set) var byCategorie: [String: [Int]] = [:]
    private(set) var byThema: [String: [Int]] = [:]
    private(set) var bySoort: [String: [Int]] = [:]
    private(set) var byDoelgroep: [String: [Int]] = [:]
    /// By municipality name as written in the entry; `landelijk` for national entries.
    private(set) var byGemeente: [String: [Int]] = [:]
    /// By first letter of the title (`letter(of:)`).
    private(set) var byLetter: [String: [Int]] = [:]
    /// The kind of the entry at each position.
    let kinds: [ContentKind]

    init(_ entries: [any DirectoryEntry]) {
        var kinds: [ContentKind] = []
        kinds.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            switch entry {
            case let voorziening as Voorziening: byCategorie[voorziening.categorie.value, default: []].append(position)
            case let group as Lotgenotengroep: byThema[group.thema.value, default: []].append(position)
            case let loket as Loket: bySoort[loket.soort.value, default: []].append(position)
            default: break
            }
            kinds.append(entry.kind)
            let common = entry.common
            Self.add(position, toGroupsOf: common.doelgroepen, in: &byDoelgroep)
            Self.add(position, toGroupsOf: common.gemeenten, in: &byGemeente)
            byLetter[Self.letter(of: common.titel), default: []].append(position)
        }
        self.kinds = kinds
    }

    /// Adds `position` once to the group of each value in `values`. An entry names a few values,
    /// so the earlier ones are searched: a `Set` per entry took a third of the grouping.
    private static func add(_ position: Int, toGroupsOf values: [Located<String>], in groups: inout [String: [Int]]) {
        for (index, value) in values.enumerated() where !values[..<index].contains(where: { $0.value == value.value }) {
            groups[value.value, default: []].append(position)
        }
    }

    /// The positions of every entry of `kind`.
    func all(_ kind: ContentKind) -> [Int] {
        kinds.indices.filter { kinds[$0] == kind }
    }

    /// The positions of `kind` among `positions`.
    func only(_ kind: ContentKind, in positions: [Int]) -> [Int] {
        positions.filter { kinds[$0] == kind }
    }

    /// The A–Z heading of a title: its first letter without accents, upper case; "#" when the
    /// title starts with anything else. A title that starts with two ASCII characters (nearly all)
    /// skips Foundation's folding, which gives the same letter.
    static func letter(of title: String) -> String {
        var scalars = title.unicodeScalars.makeIterator()
        if let first = scalars.next(), first.isASCII, scalars.next()?.isASCII ?? true {
            guard first.properties.isAlphabetic else { return "#" }
            return String(Character(first)).uppercased()
        }
        return title.folding(options: .diacriticInsensitive, locale: nil).first
            .map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
    }
}

/// `EntrySummaryViewModel` of every listed entry, by position, built and fingerprinted once (in
/// parallel), or taken from an earlier build of a `--watch` session when the entry's file is the same.
///
/// Each row carries a `MustachePartialMemo`, so the partial that shows it in a list
/// (`entry-summary`) renders it once instead of on every listing it is on (6.3 on average in a generated site of 1 000 items).
struct EntrySummaryTable: Sendable {
    private let rows: [Row]

    init(context: RenderContext) {
        let entries = context.listedEntries
        let memos = context.memos
        let results = ConcurrentResults<Row>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let entry = entries[index]
            // An entry's summary reads nothing but the entry, which is made from its file alone.
            results[index] = memos?.summaryRow(ofFile: entry.common.path) { Row(entry, context: context) } ?? Row(entry, context: context)
        }
        rows = results.values
    }

    subscript(position: Int) -> [String: Any] { rows[position].values }

    /// The fingerprint of the summary at `position`, as it is marked in its values.
    func fingerprint(at position: Int) -> Fingerprint { rows[position].fingerprint }

    /// One summary: strings and arrays of them, never changed after they are made, and a
    /// `MustachePartialMemo` (which has a lock of its own).
    struct Row: @unchecked Sendable {
        let values: [String: Any]
        let fingerprint: Fingerprint

        /// Fingerprinted once here: each row is on many listings, whose fingerprints hash their view
        /// models. The memo is added after, so the fingerprint does not count it.
        init(_ entry: any DirectoryEntry, context: RenderContext) {
            self.init(summary: EntrySummaryViewModel.make(entry, context: context))
        }

        /// A casus on the casussen overviews.
        init(_ casus: Casus, context: RenderContext) {
            self.init(summary: EntrySummaryViewModel.make(casus, context: context))
        }

        private init(summary: [String: Any]) {
            fingerprint = Fingerprint.of(value: summary)
            var values = FingerprintHasher.withOwnFingerprint(summary, fingerprint: fingerprint)
            values[MustachePartialMemo.key] = MustachePartialMemo()
            self.values = values
        }
    }
}
