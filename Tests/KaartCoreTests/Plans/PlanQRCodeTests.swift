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

    /// The score works on bits, by run and by word. It must equal the rules applied module by module
    /// (`ModuleByModulePenalty`, the algorithm it replaced) on random grids of every size around the
    /// 64-bit word edges, on grids with long runs, and on every reference code with each mask.
    @Test func bitScoreEqualsTheModuleByModuleScore() throws {
        var random = SeededGenerator(seed: 64)
        for size in [1, 2, 5, 21, 25, 41, 62, 63, 64, 65, 66, 127, 128, 129, 177] {
            for darkChance in [2, 50, 98] {
                let grid = (0..<size).map { _ in (0..<size).map { _ in Int.random(in: 0..<100, using: &random) < darkChance } }
                #expect(QRMaskPenalty.score(grid) == ModuleByModulePenalty.score(grid), "size \(size), \(darkChance) % dark")
                for line in grid {
                    #expect(QRMaskPenalty.lineScore(line) == ModuleByModulePenalty.lineScore(line), "size \(size)")
                }
            }
        }
        for reference in try Self.references().cases {
            for mask in 0..<8 {
                let modules = try PlanQRCode(encoding: reference.text, forcedMask: mask).modules
                #expect(QRMaskPenalty.score(modules) == ModuleByModulePenalty.score(modules), "v\(reference.version) mask \(mask)")
            }
        }
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

/// The penalty rules of ISO/IEC 18004 §7.8.3 applied module by module: the reference for the bit score.
private enum ModuleByModulePenalty {
    static func score(_ grid: [[Bool]]) -> Int {
        let size = grid.count
        let columns = (0..<size).map { column in grid.map { $0[column] } }
        var result = grid.map(lineScore).reduce(0, +) + columns.map(lineScore).reduce(0, +)
        for row in 0..<max(size - 1, 0) {
            for column in 0..<size - 1 {
                let color = grid[row][column]
                if grid[row][column + 1] == color, grid[row + 1][column] == color, grid[row + 1][column + 1] == color { result += 3 }
            }
        }
        let dark = grid.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        return result + ((abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
    }

    /// N1 per module of a run from the fifth on; N3 on the run lengths, the border counted as light.
    static func lineScore(_ line: [Bool]) -> Int {
        var result = 0
        var runColor = false
        var runLength = 0
        var history: [Int] = []
        func add(_ length: Int) { history.insert(history.isEmpty ? length + line.count : length, at: 0) }
        func finderPatterns() -> Int {
            guard history.count >= 7 else { return 0 }
            let n = history[1]
            let core = n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n
            return (core && history[0] >= n * 4 && history[6] >= n ? 1 : 0) + (core && history[6] >= n * 4 && history[0] >= n ? 1 : 0)
        }
        for module in line {
            if module == runColor {
                runLength += 1
                if runLength == 5 { result += 3 } else if runLength > 5 { result += 1 }
            } else {
                add(runLength)
                if !runColor { result += finderPatterns() * 40 }
                runColor.toggle()
                runLength = 1
            }
        }
        if runColor {
            add(runLength)
            runLength = 0
        }
        add(runLength + line.count)
        return result + finderPatterns() * 40
    }
}
