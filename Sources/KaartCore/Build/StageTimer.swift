import Foundation

/// Prints how long each build stage took to standard error when `KAART_TIMINGS=1` is set, for
/// profiling (see BENCHMARKS.md). Silent otherwise.
struct StageTimer {
    private let enabled = StageTimer.isEnabled
    private var last = ContinuousClock.now

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let elapsed = now - last
        last = now
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        Self.report(stage, milliseconds: milliseconds)
    }

    static var isEnabled: Bool { ProcessInfo.processInfo.environment["KAART_TIMINGS"] == "1" }

    static func report(_ stage: String, milliseconds: Double) {
        let label = stage.padding(toLength: 32, withPad: " ", startingAt: 0)
        FileHandle.standardError.write(Data("[timing] \(label) \(String(format: "%9.1f", milliseconds)) ms\n".utf8))
    }
}
