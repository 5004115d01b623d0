/// The mask evaluation score of ISO/IEC 18004 §7.8.3; the mask with the lowest score wins.
enum QRMaskPenalty {
    private static let n1 = 3, n2 = 3, n3 = 40, n4 = 10

    /// Total penalty of a finished (masked, format bits drawn) grid.
    static func score(_ modules: [[Bool]]) -> Int {
        score(cells: modules.flatMap { $0 }, size: modules.count)
    }

    /// `score` of a grid stored row by row (`cells[row * size + column]`). The columns are copied
    /// into rows first, so every line is read as one run of memory (8 masks per plan page).
    static func score(cells: [Bool], size: Int) -> Int {
        var columns = [Bool](repeating: false, count: cells.count)
        for row in 0..<size {
            for column in 0..<size { columns[column * size + row] = cells[row * size + column] }
        }
        return cells.withUnsafeBufferPointer { rows in
            columns.withUnsafeBufferPointer { columns in
                var result = 0
                for line in 0..<size {
                    let lineRange = line * size..<(line + 1) * size
                    result += lineScore(UnsafeBufferPointer(rebasing: rows[lineRange]))
                    result += lineScore(UnsafeBufferPointer(rebasing: columns[lineRange]))
                }
                // N2: each 2×2 block of one colour.
                for row in 0..<size - 1 {
                    for column in 0..<size - 1 {
                        let color = rows[row * size + column]
                        if color == rows[row * size + column + 1], color == rows[(row + 1) * size + column],
                           color == rows[(row + 1) * size + column + 1] {
                            result += n2
                        }
                    }
                }
                // N4: 10 points per full 5 % that the dark share deviates from 50 %.
                let dark = rows.reduce(0) { $1 ? $0 + 1 : $0 }
                let total = size * size
                let steps = (abs(dark * 20 - total * 10) + total - 1) / total - 1
                return result + steps * n4
            }
        }
    }

    /// N1 (runs of five or more of one colour) and N3 (1:1:3:1:1 finder-like patterns with four
    /// light modules on one side; the area outside the symbol counts as light) for one row or column.
    static func lineScore(_ line: [Bool]) -> Int {
        line.withUnsafeBufferPointer(lineScore)
    }

    private static func lineScore(_ modules: UnsafeBufferPointer<Bool>) -> Int {
        let size = modules.count
        var result = 0
        var runColor = false
        var runLength = 0
        var history = RunHistory()
        for module in modules {
            if module == runColor {
                runLength += 1
                if runLength == 5 { result += n1 } else if runLength > 5 { result += 1 }
            } else {
                history.add(runLength, lineSize: size)
                if !runColor { result += history.finderPatterns * n3 }
                runColor.toggle()
                runLength = 1
            }
        }
        // Close the line: the light border after the last module.
        if runColor {
            history.add(runLength, lineSize: size)
            runLength = 0
        }
        history.add(runLength + size, lineSize: size)
        return result + history.finderPatterns * n3
    }

    /// The lengths of the last seven runs, newest first, in stored properties rather than an array.
    private struct RunHistory {
        private var newest = 0, second = 0, third = 0, fourth = 0, fifth = 0, sixth = 0, oldest = 0

        mutating func add(_ length: Int, lineSize: Int) {
            // The light border before the first run counts with it.
            let length = newest == 0 ? length + lineSize : length
            (oldest, sixth, fifth, fourth, third, second, newest) = (sixth, fifth, fourth, third, second, newest, length)
        }

        /// 0, 1 or 2: a 1:1:3:1:1 pattern with four light modules before it, after it, or both.
        var finderPatterns: Int {
            let n = second
            let core = n > 0 && third == n && fourth == n * 3 && fifth == n && sixth == n
            return (core && newest >= n * 4 && oldest >= n ? 1 : 0) + (core && oldest >= n * 4 && newest >= n ? 1 : 0)
        }
    }
}
