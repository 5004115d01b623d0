/// A QR module grid under construction: dark/light per module plus which modules are function
/// patterns (finders, timing, alignment, format and version information) that masks must skip.
struct QRMatrix {
    let version: Int
    let size: Int
    /// Row by row, `modules[row * size + column]`, true = dark. One array rather than one per row:
    /// each of the eight trial masks copies the grid, and then that is one copy, not one per row.
    var modules: [Bool]
    var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = QRVersionTable.size(version)
        modules = Array(repeating: false, count: size * size)
        isFunction = modules
    }

    /// `rows[row][column]`.
    var rows: [[Bool]] {
        stride(from: 0, to: modules.count, by: size).map { Array(modules[$0..<$0 + size]) }
    }

    mutating func setFunction(column: Int, row: Int, dark: Bool) {
        modules[row * size + column] = dark
        isFunction[row * size + column] = true
    }

    /// Draws every function pattern; format bits get a placeholder that `drawFormatBits` replaces.
    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(column: 6, row: index, dark: index % 2 == 0)
            setFunction(column: index, row: 6, dark: index % 2 == 0)
        }
        drawFinder(column: 3, row: 3)
        drawFinder(column: size - 4, row: 3)
        drawFinder(column: 3, row: size - 4)
        let positions = QRVersionTable.alignmentPositions(version)
        let last = positions.count - 1
        for (i, row) in positions.enumerated() {
            for (j, column) in positions.enumerated() {
                // Skip the three corners occupied by finder patterns.
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                drawAlignment(column: column, row: row)
            }
        }
        drawFormatBits(mask: 0)
        drawVersionBits()
    }

    private mutating func drawFinder(column: Int, row: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = column + dx, y = row + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let distance = max(abs(dx), abs(dy))
                setFunction(column: x, row: y, dark: distance != 2 && distance != 4)
            }
        }
    }

    private mutating func drawAlignment(column: Int, row: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(column: column + dx, row: row + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// Format information: level M (bits 00) and the mask, BCH(15,5), XOR 0x5412, drawn twice.
    mutating func drawFormatBits(mask: Int) {
        let data = (0b00 << 3) | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = ((data << 10) | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }

        for i in 0...5 { setFunction(column: 8, row: i, dark: bit(i)) }
        setFunction(column: 8, row: 7, dark: bit(6))
        setFunction(column: 8, row: 8, dark: bit(7))
        setFunction(column: 7, row: 8, dark: bit(8))
        for i in 9..<15 { setFunction(column: 14 - i, row: 8, dark: bit(i)) }

        for i in 0..<8 { setFunction(column: size - 1 - i, row: 8, dark: bit(i)) }
        for i in 8..<15 { setFunction(column: 8, row: size - 15 + i, dark: bit(i)) }
        setFunction(column: 8, row: size - 8, dark: true)  // the always-dark module
    }

    /// Version information for versions 7 and up: BCH(18,6), drawn in two 6×3 blocks.
    private mutating func drawVersionBits() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = (version << 12) | remainder
        for i in 0..<18 {
            let dark = (bits >> i) & 1 == 1
            let a = size - 11 + i % 3, b = i / 3
            setFunction(column: a, row: b, dark: dark)
            setFunction(column: b, row: a, dark: dark)
        }
    }

    /// Places codewords in the two-column zigzag from the bottom right, skipping function modules.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }  // the vertical timing pattern column is skipped
            for vertical in 0..<size {
                for j in 0..<2 {
                    let column = right - j
                    let upward = (right + 1) & 2 == 0
                    let row = upward ? size - 1 - vertical : vertical
                    if !isFunction[row * size + column] && bitIndex < codewords.count * 8 {
                        modules[row * size + column] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
            right -= 2
        }
    }

    /// XORs mask pattern `mask` (0...7) over all non-function modules; applying it twice undoes it.
    mutating func applyMask(_ mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] {
                if Self.maskCondition(mask, column: column, row: row) { modules[row * size + column].toggle() }
            }
        }
    }

    /// The eight mask conditions of ISO/IEC 18004 table 10 (i = row, j = column).
    static func maskCondition(_ mask: Int, column x: Int, row y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }
}
