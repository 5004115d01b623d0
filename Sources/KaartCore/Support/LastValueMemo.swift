import Foundation

/// One result kept from one build to the next (`--watch`), with the state of the files it was
/// made from (`FileState`): the next build reuses it while those files are in the same state.
final class LastValueMemo<Value: Sendable>: @unchecked Sendable {
    private var kept: (files: [String: FileState], value: Value)?
    private var made = 0
    private let lock = NSLock()

    /// How many results were made rather than reused, for tests.
    var madeCount: Int { lock.withLock { made } }

    /// The kept result when `files` are as they were when it was made, else `make()`, kept for
    /// `files`. Read the states before the files themselves: a file that changes in between
    /// then leaves a state that the next build finds changed. With `files` `nil` (their state
    /// cannot be told) nothing is kept; when `make` throws, what was kept stays.
    func value(for files: [String: FileState]?, orMake make: () throws -> Value) rethrows -> Value {
        if let files, let kept = lock.withLock({ kept }), kept.files == files { return kept.value }
        let value = try make()
        lock.withLock {
            kept = files.map { ($0, value) }
            made += 1
        }
        return value
    }
}
