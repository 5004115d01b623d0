import Foundation

/// Results of pure work on one item (parsing a file, normalising a document), by a key that
/// holds everything the work reads, kept from one build to the next. The key is a fingerprint of
/// the inputs, or the inputs themselves where comparing them costs less than SHA-256 would (a
/// file's version, two fingerprints, a file's bytes, a term's postings): making 10 000 SHA-256
/// keys per rebuild cost more than the lookups.
///
/// A build sees the results of the last build that asked for any, and keeps only those it asked
/// for again, so the results of a removed or changed item are dropped after one build. A build
/// that asked for nothing (its job was carried over whole, such as the search index after a
/// template edit) leaves them as they were. Safe to use from many threads at once, as long as
/// `startGeneration` is not called while a build still asks for values.
final class GenerationMemo<Key: Hashable & Sendable, Value: Sendable>: GenerationStarting, @unchecked Sendable {
    /// The results by key, spread over `stripeCount` stripes by the key's hash, each with its own
    /// lock: with one lock, the threads of a 10 000-file build waited for each other on almost
    /// every lookup.
    private final class Stripe: @unchecked Sendable {
        /// Only `startGeneration` changes it, so lookups read it without the lock.
        var previous: [HashedKey: Value] = [:]
        var current: [HashedKey: Value] = [:]
        var madeThisGeneration = 0
        let lock = NSLock()
    }

    /// A key with its hash, which a look-up computes once: the stripe and both dictionaries would
    /// each hash the key again, and a key such as a file's path and state took most of a look-up.
    private struct HashedKey: Hashable, Sendable {
        let key: Key
        let hash: Int

        static func == (a: Self, b: Self) -> Bool { a.hash == b.hash && a.key == b.key }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private static var stripeCount: Int { 16 }
    private let stripes = (0..<GenerationMemo.stripeCount).map { _ in Stripe() }

    /// The result for `key`: remembered, or made now by `make` and remembered.
    func value(for key: Key, orMake make: () -> Value) -> Value {
        let key = HashedKey(key: key, hash: key.hashValue)
        let stripe = stripes[Int(UInt(bitPattern: key.hash) % UInt(Self.stripeCount))]
        if let remembered = stripe.previous[key] {
            stripe.lock.withLock { stripe.current[key] = remembered }
            return remembered
        }
        if let remembered = stripe.lock.withLock({ stripe.current[key] }) { return remembered }
        let value = make()
        stripe.lock.withLock {
            stripe.current[key] = value
            stripe.madeThisGeneration += 1
        }
        return value
    }

    /// Starts a build: what the last build asked for, if it asked for anything, becomes what this one may reuse.
    /// - Parameter release: keeps the results dropped now, to free them after the build, not during it.
    func startGeneration(holdingDroppedResultsIn release: DeferredRelease? = nil) {
        let askedForAny = stripes.contains { stripe in stripe.lock.withLock { !stripe.current.isEmpty } }
        for stripe in stripes {
            stripe.lock.withLock {
                if askedForAny {
                    release?.hold(stripe.previous)
                    stripe.previous = stripe.current
                }
                stripe.current = Dictionary(minimumCapacity: stripe.previous.count)
                stripe.madeThisGeneration = 0
            }
        }
    }

    /// How many results this build asked for, and how many of them it had to make.
    var usage: (asked: Int, made: Int) {
        stripes.reduce((0, 0)) { total, stripe in
            stripe.lock.withLock { (total.0 + stripe.current.count, total.1 + stripe.madeThisGeneration) }
        }
    }
}

extension Optional {
    /// The result for `key` from the memo in `--watch`, or made now by `make` when there is none.
    func value<Key, Value>(for key: Key, orMake make: () -> Value) -> Value where Wrapped == GenerationMemo<Key, Value> {
        self?.value(for: key, orMake: make) ?? make()
    }
}

/// A memo whose results live from one build to the next (`RebuildMemory.startBuild`), whatever its key and value.
protocol GenerationStarting: AnyObject {
    func startGeneration(holdingDroppedResultsIn release: DeferredRelease?)
}
