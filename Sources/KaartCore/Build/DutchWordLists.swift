import Foundation

/// The OpenTaal word list, read from disk once and turned into the two sets a build needs:
/// common words for the casus privacy check and compound parts for the search index. Each set is
/// built on first use only, so a build that needs neither never reads the file.
/// A watch session keeps one instance, so the list is read once per session.
public final class DutchWordLists: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var text: String??
    private var common: Set<String>?
    private var compound: Set<String>?

    public init(path: String = "/usr/share/dict/dutch") {
        self.path = path
    }

    /// For `CasusPrivacyCheck`: see `DutchWordList.parse`. Empty when the file is missing.
    public var commonWords: Set<String> {
        if let common = lock.withLock({ self.common }) { return common }
        let words = fileText().map { DutchWordList.parse($0) } ?? []
        lock.withLock { common = words }
        return words
    }

    /// For `SiteIndexer`: see `CompoundSplitter.parseWordList`. Empty when the file is missing.
    public var compoundWords: Set<String> {
        if let compound = lock.withLock({ self.compound }) { return compound }
        let words = fileText().map { CompoundSplitter.parseWordList($0) } ?? []
        lock.withLock { compound = words }
        return words
    }

    private func fileText() -> String? {
        lock.withLock {
            if let text { return text }
            let loaded = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
            text = .some(loaded)
            return loaded
        }
    }
}
