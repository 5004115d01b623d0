import Foundation
import Testing
@testable import KaartCore

@Suite("PlanQRCode")
struct PlanQRCodeTests {
    struct ReferenceFile: Decodable {
        struct Case: Decodable {
            var text: String
            var version: Int
            var mask: Int
            var rows: [String]
        }
        var generator: String
        var cases: [Case]
    }

    static func references() throws -> ReferenceFile {
        try JSONDecoder().decode(ReferenceFile.self, from: Data(contentsOf: PlanTestSupport.vectorURL("qr.json")))
    }

    /// Module matrices equal python-qrcode 8.2 output for the same mask (byte mode, level M):
    /// this checks data encoding, Reed–Solomon blocks, placement, masks, format and version bits.
    @Test func matricesEqualReferences() throws {
        let file = try Self.references()
        #expect(file.cases.count >= 15)
        for reference in file.cases {
            let code = try PlanQRCode(encoding: reference.text, forcedMask: reference.mask)
            let rows = code.modules.map { String($0.map { $0 ? "1" : "0" }) }
            #expect(code.version == reference.version, "version for \(reference.text.prefix(30))")
            #expect(code.mask == reference.mask)
            #expect(rows == reference.rows, "matrix for \(reference.text.prefix(30)) (v\(reference.version))")
        }
    }

    /// Without a forced mask, the encoder picks the mask with the lowest penalty (first on a tie).
    @Test func automaticMaskHasLowestPenalty() throws {
        for reference in try Self.references().cases where reference.version <= 12 {
            let chosen = try PlanQRCode(encoding: reference.text)
            let scores = try (0..<8).map { QRMaskPenalty.score(try PlanQRCode(encoding: reference.text, forcedMask: $0).modules) }
            let best = try #require(scores.min())
            #expect(chosen.mask == scores.firstIndex(of: best))
            #expect(chosen.modules == (try PlanQRCode(encoding: reference.text, forcedMask: chosen.mask)).modules)
        }
    }

    /// Every rule treats rows and columns alike, so a grid and its transpose score the same; reading
    /// a column as a row (or a row twice) breaks that on all but symmetric grids.
    @Test func aGridAndItsTransposeScoreTheSame() {
        var random = SeededGenerator(seed: 18004)
        var differentLines = 0
        for size in stride(from: 21, through: 45, by: 4) {
            for _ in 0..<8 {
                let grid = (0..<size).map { _ in (0..<size).map { _ in Bool.random(using: &random) } }
                let transposed = (0..<size).map { column in grid.map { $0[column] } }
                #expect(QRMaskPenalty.score(grid) == QRMaskPenalty.score(transposed), "size \(size)")
                if grid.map(QRMaskPenalty.lineScore).reduce(0, +) != transposed.map(QRMaskPenalty.lineScore).reduce(0, +) {
                    differentLines += 1
                }
            }
        }
        #expect(differentLines > 40, "rows and columns of the grids must score differently for the test to mean anything")
    }

    /// The four penalty rules on hand-made input, with values worked out by hand.
    @Test func penaltyRules() {
        // All light 21×21: N1 21 runs of 21 per direction → 42 × (3 + 16); N2 20 × 20 × 3; N4 50 % off → 9 × 10.
        let light = [[Bool]](repeating: [Bool](repeating: false, count: 21), count: 21)
        #expect(QRMaskPenalty.score(light) == 42 * 19 + 1200 + 90)
        // Finder-like 1011101 followed by 8 light modules: N1 for the light run of 8 (3 + 3), and N3 twice
        // (light border before, light run after).
        let line: [Bool] = [true, false, true, true, true, false, true] + [Bool](repeating: false, count: 8)
        #expect(QRMaskPenalty.lineScore(line) == 6 + 80)
        // Alternating line: no runs, no patterns.
        #expect(QRMaskPenalty.lineScore((0..<21).map { $0 % 2 == 0 }) == 0)
        // A run of 7 dark: N1 = 3 + 2.
        #expect(QRMaskPenalty.lineScore([false, true, false] + [Bool](repeating: true, count: 7) + [false, true, false]) == 5)
    }

    @Test func referencesCoverVersionsOneToTenAndAllMasks() throws {
        let file = try Self.references()
        let versions = Set(file.cases.map(\.version))
        #expect(versions.contains(1) && versions.contains(7) && versions.contains(10))
        #expect(Set(file.cases.map(\.mask)) == Set(0...7))
        #expect(file.generator.hasPrefix("python-qrcode"))
    }

    @Test func capacityLimits() throws {
        #expect(try PlanQRCode(encoding: String(repeating: "a", count: 2331)).version == 40)
        #expect(throws: PlanQRCodeError.tooLong(byteCount: 2332)) {
            try PlanQRCode(encoding: String(repeating: "a", count: 2332))
        }
        #expect(throws: PlanQRCodeError.invalidMask(8)) { try PlanQRCode(encoding: "a", forcedMask: 8) }
        // Typical share link: fits comfortably in version 7 or less.
        let link = "https://sociale-kaart.voorschoten.nl/plan/\(String(repeating: "a", count: 32))/#"
            + PlanTestSupport.token(seed: 1).formatted
        #expect(try PlanQRCode(encoding: link).version <= 7)
    }

    @Test func svgIsSelfContained() throws {
        let code = try PlanQRCode(encoding: "https://example.nl/plan/x/#ABCD")
        let svg = code.svg()
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-label=\"QR-code van uw persoonlijke link\""))
        #expect(svg.contains("viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(!svg.contains("href") && !svg.contains("url(") && !svg.contains("http") && !svg.contains("style"))
        // Every dark module is drawn: the path's runs add up to the dark count.
        let dark = code.modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let runs = svg.components(separatedBy: "h").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(runs.reduce(0, +) == dark)
    }

    /// The path is written as bytes; it must be what string interpolation per run of dark modules
    /// gives, for every reference code and quiet zone.
    @Test func svgPathMatchesTheInterpolatedPath() throws {
        func interpolatedPath(_ code: PlanQRCode, quietZone: Int) -> String {
            var path = ""
            for (row, modules) in code.modules.enumerated() {
                var column = 0
                while column < code.size {
                    guard modules[column] else { column += 1; continue }
                    let start = column
                    while column < code.size && modules[column] { column += 1 }
                    path += "M\(start + quietZone) \(row + quietZone)h\(column - start)v1h-\(column - start)z"
                }
            }
            return path
        }
        for reference in try Self.references().cases {
            let code = try PlanQRCode(encoding: reference.text, forcedMask: reference.mask)
            for quietZone in [4, 0, 11, -1] {
                #expect(code.pathData(quietZone: quietZone) == interpolatedPath(code, quietZone: quietZone), "v\(reference.version)")
            }
            #expect(code.svg().contains("d=\"\(interpolatedPath(code, quietZone: 4))\""))
        }
    }
}
