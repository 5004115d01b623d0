import Foundation
@testable import KaartCore

/// Returns fixed bytes (a nonce from a test vector), repeating them if more are asked.
struct FixedRandomBytes: RandomBytesSource {
    let value: [UInt8]
    func bytes(_ count: Int) -> [UInt8] { (0..<count).map { value[$0 % value.count] } }
}

enum PlanTestSupport {
    /// `Tests/vectors/<name>` found from this source file, so tests run from any working folder.
    static func vectorURL(_ name: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent()  // Plans
            .deletingLastPathComponent()  // KaartCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("vectors")
            .appendingPathComponent(name)
    }

    /// A fresh empty folder under the system temp folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kaart-plans-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func token(seed: UInt64) -> PlanToken {
        PlanToken(random: SeededRandomBytes(seed: seed))
    }
}
