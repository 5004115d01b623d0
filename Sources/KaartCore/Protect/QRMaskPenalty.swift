/// The mask evaluation score of ISO/IEC 18004 §7.8.3; the mask with the lowest score wins.
enum QRMaskPenalty {
    private static let n1 = 3, n2 = 3, n3 = 40, n4 = 10

    /// Total penalty of a finished (masked, format bits drawn) grid.
    static func score(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        var result = 0
        for row in 0..<size {
            result += lineScore((0..<size).map { modules[row][$0] })
        }
        for column in 0..<size {
            result += lineScore((0..<size).map { modules[$0][column] })
        }
        // N2: each 2×2 block of one colour.
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let color = modules[row][column]
                if color == modules[row][column + 1], color == modules[row + 1][column],
                   color == modules[row + 1][column + 1] {
                    result += n2
                }
            }
        }
        // N4: 10 points per full 5 % that the dark share deviates from 50 %.
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        let steps = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        result += steps * n4
        return result
    }

    /// N1 (runs of five or more of one colour) and N3 (1:1:3:1:1 finder-like patterns with four
    /// light modules on one side; the area outside the symbol counts as light) for one row or column.
    static func lineScore(_ line: [Bool]) -> Int {
        let size = line.count
        var result = 0
        var runColor = false
        var runLength = 0
        var history = [Int](repeating: 0, count: 7)

        func addHistory(_ length: Int) {
            var length = length
            if history[0] == 0 { length += size }  // light border before the first run
            history.removeLast()
            history.insert(length, at: 0)
        }
        func finderPatterns() -> Int {
            let n = history[1]
            let core = n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n
            return (core && history[0] >= n * 4 && history[6] >= n ? 1 : 0)
                + (core && history[6] >= n * 4 && history[0] >= n ? 1 : 0)
        }

        for module in line {
            if module == runColor {
                runLength += 1
                if runLength == 5 { result += n1 } else if runLength > 5 { result += 1 }
            } else {
                addHistory(runLength)
                if !runColor { result += finderPatterns() * n3 }
                runColor = module
                runLength = 1
            }
        }
        // Close the line: the light border after the last module.
        if runColor {
            addHistory(runLength)
            runLength = 0
        }
        runLength += size
        addHistory(runLength)
        result += finderPatterns() * n3
        return result
    }
}
