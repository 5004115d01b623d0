import Foundation

/// Large values a build no longer needs, held until the build has finished and then freed on a
/// background thread. In `--watch` both cores are busy for the whole rebuild, and freeing what
/// the previous build left (its site, jobs, staging listings and the memo entries no build asks
/// for again) took about a thirtieth of its instructions, on the thread everything else waits for.
final class DeferredRelease: @unchecked Sendable {
    private var held: [Any] = []
    private var handedOff = 0
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "kaart.deferred-release", qos: .utility)

    /// Keeps `value` until `releaseInBackground()`.
    func hold(_ value: Any) {
        lock.withLock { held.append(value) }
    }

    /// Frees what is held so far on a background thread, one batch after the other.
    func releaseInBackground() {
        let batch = Batch(lock.withLock {
            defer { held = [] }
            handedOff += held.count
            return held
        })
        queue.async { batch.empty() }
    }

    /// How many values were handed to the background so far; tests read it.
    var handedOffCount: Int { lock.withLock { handedOff } }

    /// Waits until every batch handed to the background has been freed.
    func waitUntilReleased() {
        queue.sync {}
    }

    /// The values of one `releaseInBackground`, emptied on the background thread.
    private final class Batch: @unchecked Sendable {
        private var values: [Any]

        init(_ values: [Any]) {
            self.values = values
        }

        func empty() {
            values = []
        }
    }
}
