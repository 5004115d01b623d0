import Foundation

/// The OpenTaal word list, read from disk once and turned into the two sets a build needs:
/// common words for the casus privacy check and compound parts for the search index.
///
/// `prefetch()` builds both in the background while the content is loaded and parsed; each
/// property waits for its set. A watch session keeps one instance, so the list is read once
/// per session instead of twice per build.
public final class DutchWordLists: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var text: String??
    private var common: Set<String>?
    private var compound: Set<String>?
    private let commonReady = DispatchGroup()
    private let compoundReady = DispatchGroup()
    private var prefetched = false

    public init(path: String = "/usr/share/dict/dutch") {
        self.path = path
    }

    /// Starts building both sets on background threads (once per instance).
    public func prefetch() {
        let first = lock.withLock { () -> Bool in
            defer { prefetched = true }
            return !prefetched
        }
        guard first else { return }
        DispatchQueue.global().async(group: commonReady) { self.buildCommon() }
        DispatchQueue.global().async(group: compoundReady) { self.buildCompound() }
    }

    /// For `CasusPrivacyCheck`: the same set as `DutchWordList.parse`. Empty when the file is missing.
    public var commonWords: Set<String> {
        if lock.withLock({ prefetched }) { commonReady.wait() }
        return buildCommon()
    }

    /// For `SiteIndexer`: the same set as `CompoundSplitter.parseWordList`. Empty when the file is missing.
    public var compoundWords: Set<String> {
        if lock.withLock({ prefetched }) { compoundReady.wait() }
        return buildCompound()
    }

    @discardableResult
    private func buildCommon() -> Set<String> {
        if let common = lock.withLock({ self.common }) { return common }
        let words = fileText().map(Self.commonWords(in:)) ?? []
        lock.withLock { common = words }
        return words
    }

    @discardableResult
    private func buildCompound() -> Set<String> {
        if let compound = lock.withLock({ self.compound }) { return compound }
        let words = fileText().map(CompoundSplitter.parseWordList) ?? []
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

    /// `DutchWordList.parse(_:)` with its default (name-like words left out), computed on bytes:
    /// lines split at CR and LF bytes (the same lines as its split on "\n", "\r\n" and "\r"
    /// characters), and ASCII lines lower-cased without building a second string.
    static func commonWords(in content: String) -> Set<String> {
        var lowerCase = Set<String>(minimumCapacity: 400_000)
        var capitalised = Set<String>(minimumCapacity: 100_000)
        ByteLines.forEach(in: content, breakingAt: { $0 == 0x0A || $0 == 0x0D }) { slice in
            var ascii = true
            var upper = false
            for byte in slice {
                if byte >= 0x80 { ascii = false; break }
                if byte >= 0x41 && byte <= 0x5A { upper = true }
            }
            if ascii {
                if upper {
                    capitalised.insert(String(decoding: slice.map(\.asciiLowercased), as: UTF8.self))
                } else {
                    lowerCase.insert(String(decoding: slice, as: UTF8.self))
                }
            } else {
                let word = String(decoding: slice, as: UTF8.self)
                let lowered = word.lowercased()
                if word == lowered { lowerCase.insert(word) } else { capitalised.insert(lowered) }
            }
        }
        return lowerCase.subtracting(capitalised)
    }
}
