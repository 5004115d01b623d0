/// The mask evaluation score of ISO/IEC 18004 §7.8.3; the mask with the lowest score wins.
///
/// The score works on bits: every row and every column is a line of 64-bit words, bit `i % 64` of
/// word `i / 64` being module `i`. Runs are found from the bits where the colour changes, and N2
/// and N4 are counted with popcount, so the work goes by run and by word rather than by module
/// (8 masks per plan page).
enum QRMaskPenalty {
    private static let n1 = 3, n2 = 3, n3 = 40, n4 = 10

    /// Total penalty of a finished (masked, format bits drawn) grid.
    static func score(_ modules: [[Bool]]) -> Int {
        score(cells: modules.flatMap { $0 }, size: modules.count)
    }

    /// `score` of a grid stored row by row (`cells[row * size + column]`).
    static func score(cells: [Bool], size: Int) -> Int {
        let lines = BitLines(cells: cells, size: size)
        var result = 0
        for line in 0..<size {
            result += lines.rows.withLine(line) { lineScore($0, size: size) }
            result += lines.columns.withLine(line) { lineScore($0, size: size) }
        }
        return result + sameColorBlocks(lines.rows, size: size) * n2 + darkShareSteps(lines.rows, size: size) * n4
    }

    /// N1 (runs of five or more of one colour) and N3 (1:1:3:1:1 finder-like patterns with four
    /// light modules on one side; the area outside the symbol counts as light) for one row or column.
    static func lineScore(_ line: [Bool]) -> Int {
        BitLines.Lines(lines: [line]).withLine(0) { lineScore($0, size: line.count) }
    }

    private static func lineScore(_ words: UnsafeBufferPointer<UInt64>, size: Int) -> Int {
        var scorer = LineScorer(size: size)
        // The colour before each word's first module: the light border before the line starts.
        var before: UInt64 = 0
        var runStart = 0
        for (index, word) in words.enumerated() {
            let first = index * 64
            var changes = (word ^ (word << 1 | before)) & BitLines.lowBits(size - first)
            while changes != 0 {
                let at = first + changes.trailingZeroBitCount
                scorer.endRun(length: at - runStart)
                runStart = at
                changes &= changes - 1
            }
            before = word >> 63
        }
        return scorer.finish(lastRunLength: size - runStart)
    }

    /// N2: the 2×2 blocks of one colour, four modules that equal their right and lower neighbours.
    private static func sameColorBlocks(_ rows: BitLines.Lines, size: Int) -> Int {
        var blocks = 0
        for row in 0..<size - 1 {
            for word in 0..<rows.wordsPerLine {
                let upper = rows.word(word, of: row), lower = rows.word(word, of: row + 1)
                let upperRight = rows.shiftedRight(word, of: row), lowerRight = rows.shiftedRight(word, of: row + 1)
                let same = ~(upper ^ lower) & ~(upper ^ upperRight) & ~(lower ^ lowerRight)
                blocks += (same & BitLines.lowBits(size - 1 - word * 64)).nonzeroBitCount
            }
        }
        return blocks
    }

    /// N4: the full 5 % steps that the dark share deviates from 50 %.
    private static func darkShareSteps(_ rows: BitLines.Lines, size: Int) -> Int {
        let dark = rows.words.reduce(0) { $0 + $1.nonzeroBitCount }
        let total = size * size
        return (abs(dark * 20 - total * 10) + total - 1) / total - 1
    }

    /// Runs arrive in order, alternately light and dark, starting with a light run that may be empty.
    private struct LineScorer {
        let size: Int
        var result = 0
        var history = RunHistory()
        var runIsLight = true

        init(size: Int) { self.size = size }

        mutating func endRun(length: Int) {
            addLongRun(length)
            history.add(length, lineSize: size)
            if runIsLight { result += history.finderPatterns * n3 }
            runIsLight.toggle()
        }

        /// Closes the line: the light border after the last module joins a light run, or follows a dark one.
        mutating func finish(lastRunLength length: Int) -> Int {
            addLongRun(length)
            if runIsLight {
                history.add(length + size, lineSize: size)
            } else {
                history.add(length, lineSize: size)
                history.add(size, lineSize: size)
            }
            return result + history.finderPatterns * n3
        }

        /// N1: 3 points for a run of five, and 1 more for each module after that.
        private mutating func addLongRun(_ length: Int) {
            if length >= 5 { result += n1 + length - 5 }
        }
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

/// The rows and the columns of a grid as bits (dark = 1).
private struct BitLines {
    struct Lines {
        let wordsPerLine: Int
        var words: [UInt64]

        init(count: Int, size: Int) {
            wordsPerLine = (size + 63) / 64
            words = [UInt64](repeating: 0, count: count * wordsPerLine)
        }

        init(lines: [[Bool]]) {
            self.init(count: lines.count, size: lines.first?.count ?? 0)
            for (line, modules) in lines.enumerated() {
                for (index, dark) in modules.enumerated() where dark { set(index, of: line) }
            }
        }

        mutating func set(_ index: Int, of line: Int) {
            words[line * wordsPerLine + index >> 6] |= 1 << UInt64(index & 63)
        }

        func word(_ index: Int, of line: Int) -> UInt64 { words[line * wordsPerLine + index] }

        /// Word `index` of the line moved one module to the left: bit i holds module i + 1.
        func shiftedRight(_ index: Int, of line: Int) -> UInt64 {
            let next = index + 1 < wordsPerLine ? word(index + 1, of: line) << 63 : 0
            return word(index, of: line) >> 1 | next
        }

        func withLine<Result>(_ line: Int, _ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
            words.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[line * wordsPerLine..<(line + 1) * wordsPerLine])) }
        }
    }

    var rows: Lines
    var columns: Lines

    init(cells: [Bool], size: Int) {
        rows = Lines(count: size, size: size)
        columns = rows
        let wordsPerLine = rows.wordsPerLine
        cells.withUnsafeBufferPointer { cells in
            rows.words.withUnsafeMutableBufferPointer { rows in
                columns.words.withUnsafeMutableBufferPointer { columns in
                    for row in 0..<size {
                        for column in 0..<size {
                            let dark: UInt64 = cells[row * size + column] ? 1 : 0
                            rows[row * wordsPerLine + column >> 6] |= dark << UInt64(column & 63)
                            columns[column * wordsPerLine + row >> 6] |= dark << UInt64(row & 63)
                        }
                    }
                }
            }
        }
    }

    /// A word with the lowest `count` bits set (all 64 when `count` is 64 or more, none when it is 0 or less).
    static func lowBits(_ count: Int) -> UInt64 {
        count >= 64 ? ~0 : count <= 0 ? 0 : (1 << UInt64(count)) - 1
    }
}
