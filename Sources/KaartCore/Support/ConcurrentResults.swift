import Foundation

/// A fixed-size array that parallel workers fill, each at its own index.
///
/// `DispatchQueue.concurrentPerform` gives every index to exactly one worker, so writes never
/// overlap; the lock only makes that visible to Swift's concurrency checking.
final class ConcurrentResults<Element: Sendable>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Element? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// All results, in index order. Call after every index has been filled.
    var values: [Element] {
        lock.withLock { storage.map { $0! } }
    }
}
