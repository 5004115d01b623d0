import Foundation

/// Results of pure work on one item (parsing a file, normalising a document), by a key that
/// holds everything the work reads, kept from one build to the next. The key is a fingerprint
/// where the inputs are large, and the inputs themselves (or their fingerprints) where they are
/// few: looking up 10 000 keys made by SHA-256 cost more than the lookups.
///
/// A build sees the results of the last build that asked for any, and keeps only those it asked
/// for again, so the results of a removed or changed item are dropped after one build. A build
/// that asked for nothing (its job was carried over whole, such as the search index after a
/// template edit) leaves them as they were. Safe to use from many threads at once, as long as
/// `startGeneration` is not called while a build still asks for values.
final class GenerationMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// Only `startGeneration` changes it, so lookups read it without the lock: at 10 000 files,
    /// threads waiting for each other on every lookup cost more than the lookups.
    private var previous: [Key: Value] = [:]
    private var current: [Key: Value] = [:]
    private var madeThisGeneration = 0
    private let lock = NSLock()

    /// The result for `key`: remembered, or made now by `make` and remembered.
    func value(for key: Key, orMake make: () -> Value) -> Value {
        if let remembered = previous[key] {
            lock.withLock { current[key] = remembered }
            return remembered
        }
        if let remembered = lock.withLock({ current[key] }) { return remembered }
        let value = make()
        lock.withLock {
            current[key] = value
            madeThisGeneration += 1
        }
        return value
    }

    /// Starts a build: what the last build asked for, if it asked for anything, becomes what this one may reuse.
    func startGeneration() {
        lock.withLock {
            if !current.isEmpty { previous = current }
            current = Dictionary(minimumCapacity: previous.count)
            madeThisGeneration = 0
        }
    }

    /// How many results this build asked for, and how many of them it had to make.
    var usage: (asked: Int, made: Int) { lock.withLock { (current.count, madeThisGeneration) } }
}
