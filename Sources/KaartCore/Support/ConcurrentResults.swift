import Foundation

/// A fixed-size array that parallel workers fill, each at its own index.
///
/// `DispatchQueue.concurrentPerform` gives every index to exactly one worker, so writes never
/// overlap, and it returns only after every worker has finished, so `values` then sees every
/// write. The slots are raw memory without a lock: with one lock for all of them, the two
/// workers of this machine queued for it on every result (10 000 documents, 30 000 terms) and
/// woke each other through the kernel.
final class ConcurrentResults<Element: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Each index is written by one worker only, and read after the workers have finished.
    subscript(index: Int) -> Element? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    /// All results, in index order. Call after every index has been filled.
    var values: [Element] {
        slots.map { $0! }
    }
}
