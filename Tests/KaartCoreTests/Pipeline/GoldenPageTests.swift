import Foundation
import Testing
@testable import KaartCore

/// Compares one page of each type with a recorded copy in `Tests/KaartCoreTests/Golden/`.
/// Re-record after an intended change with `KAART_RECORD=1 swift test --filter GoldenPageTests`.
@Suite("Golden pages", .serialized)
struct GoldenPageTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static let pages = [
        ("voorzieningen/logeerhuis/index.html", "voorziening.html"),
        ("lotgenotengroepen/dementiecafe/index.html", "lotgenotengroep.html"),
        ("loketten/wmo-loket/index.html", "loket.html"),
        ("casussen/na-een-beroerte/index.html", "casus.html"),
        ("categorie/respijtzorg/index.html", "categorie.html"),
        ("index.html", "home.html"),
    ]

    @Test(arguments: pages)
    func pageMatchesItsGoldenCopy(page: String, golden: String) throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        // The asset folder name changes with every CSS edit; the golden copy should not.
        let actual = try site.read(page).replacing(/\/assets\/[0-9a-f]{10}\//, with: "/assets/HASH/")
        let goldenURL = Self.goldenDirectory.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["KAART_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(actual == expected, "\(page) differs from Golden/\(golden); re-record with KAART_RECORD=1 if the change is intended")
    }
}
