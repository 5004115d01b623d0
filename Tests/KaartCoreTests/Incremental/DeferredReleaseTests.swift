import Foundation
import Testing
@testable import KaartCore

/// `--watch` frees what a build leaves after the build, on a background thread.
@Suite("Deferred release")
struct DeferredReleaseTests {
    /// Notes the thread it is freed on.
    final class Tracked: @unchecked Sendable {
        let freed: FreedLog
        init(_ freed: FreedLog) { self.freed = freed }
        deinit { freed.note() }
    }

    final class FreedLog: @unchecked Sendable {
        private let lock = NSLock()
        private var threads: [Thread] = []
        func note() { lock.withLock { threads.append(Thread.current) } }
        var count: Int { lock.withLock { threads.count } }
        var freedOnThisThread: Bool { lock.withLock { threads.contains { $0 == Thread.current } } }
    }

    @Test func heldValuesAreFreedOnlyAfterTheReleaseAndNotOnTheCallersThread() {
        let log = FreedLog()
        let release = DeferredRelease()
        do {
            let value = Tracked(log)
            release.hold(value)
            release.hold([Tracked(log), Tracked(log)])
        }
        #expect(log.count == 0)
        release.releaseInBackground()
        release.waitUntilReleased()
        #expect(log.count == 3)
        #expect(!log.freedOnThisThread)
        #expect(release.handedOffCount == 2)
    }

    @Test func aNewGenerationHoldsTheResultsItDrops() {
        let log = FreedLog()
        let release = DeferredRelease()
        let memo = GenerationMemo<Int, Tracked>()
        memo.startGeneration(holdingDroppedResultsIn: release)
        _ = memo.value(for: 1) { Tracked(log) }
        _ = memo.value(for: 2) { Tracked(log) }
        memo.startGeneration(holdingDroppedResultsIn: release)
        // The second build asks for 1 only: 2 is dropped at the start of the third.
        _ = memo.value(for: 1) { Tracked(log) }
        memo.startGeneration(holdingDroppedResultsIn: release)
        #expect(log.count == 0, "a dropped result is freed during the build")
        release.releaseInBackground()
        release.waitUntilReleased()
        #expect(log.count == 1)
        #expect(!log.freedOnThisThread)
    }
}
