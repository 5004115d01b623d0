import Foundation
import Testing
@testable import KaartCore

@Suite("Results filled by parallel workers")
struct ConcurrentResultsTests {
    @Test func everyWorkerResultArrivesInIndexOrder() {
        let count = 20_000
        let results = ConcurrentResults<String>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = "regel \(index)" }
        #expect(results.values == (0..<count).map { "regel \($0)" })
    }
}
