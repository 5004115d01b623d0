/// A QR code (model 2, byte mode, error correction level M, versions 1–40) for the share link,
/// built without dependencies so it can be generated inside the encrypted plan.
public struct PlanQRCode: Sendable, Equatable {
    /// Version 1...40 (size = 4 · version + 17).
    public let version: Int
    /// The chosen mask pattern 0...7.
    public let mask: Int
    /// `modules[row][column]`, true = dark. No quiet zone.
    public let modules: [[Bool]]

    /// Side length in modules.
    public var size: Int { modules.count }

    /// Encodes `text` as UTF-8 bytes (no ECI header; phone scanners read URLs fine this way).
    public init(encoding text: String, forcedMask: Int? = nil) throws {
        try self.init(encoding: Array(text.utf8), forcedMask: forcedMask)
    }

    /// Encodes raw bytes in the smallest version that fits. With `forcedMask` nil, the mask with the
    /// lowest ISO 18004 penalty is chosen (the first one on a tie).
    public init(encoding bytes: [UInt8], forcedMask: Int? = nil) throws {
        guard let version = QRCodewordEncoder.smallestVersion(byteCount: bytes.count) else {
            throw PlanQRCodeError.tooLong(byteCount: bytes.count)
        }
        if let forcedMask, !(0...7).contains(forcedMask) { throw PlanQRCodeError.invalidMask(forcedMask) }
        var matrix = QRMatrix(version: version)
        matrix.drawFunctionPatterns()
        let data = QRCodewordEncoder.dataCodewords(bytes, version: version)
        matrix.drawCodewords(QRCodewordEncoder.interleaved(data, version: version))

        var chosen = forcedMask ?? 0
        if forcedMask == nil {
            var best = Int.max
            for candidate in 0..<8 {
                var trial = matrix
                trial.applyMask(candidate)
                trial.drawFormatBits(mask: candidate)
                let penalty = QRMaskPenalty.score(cells: trial.modules, size: trial.size)
                if penalty < best {
                    best = penalty
                    chosen = candidate
                }
            }
        }
        matrix.applyMask(chosen)
        matrix.drawFormatBits(mask: chosen)
        self.version = version
        self.mask = chosen
        self.modules = matrix.rows
    }

    /// An inline SVG: one `<path>` for all dark modules on a white square with a 4-module quiet zone,
    /// `role="img"` and a Dutch `aria-label`. It references nothing outside itself.
    public func svg(label: String = "QR-code van uw persoonlijke link", quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        return "<svg class=\"plan-qr\" role=\"img\" aria-label=\"\(PlanHTML.escape(label))\" "
            + "viewBox=\"0 0 \(side) \(side)\" width=\"\(side * 4)\" height=\"\(side * 4)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(pathData(quietZone: quietZone))\"/></svg>"
    }

    /// `M x y h n v1 h-n z` for each run of dark modules in a row, written as bytes: string
    /// interpolation for each of the hundreds of runs cost as much as finding the code.
    func pathData(quietZone: Int) -> String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size)
        func append(_ number: Int) {
            if number < 0 {
                path.append(UInt8(ascii: "-"))
                return append(-number)
            }
            if number >= 10 { append(number / 10) }
            path.append(UInt8(ascii: "0") + UInt8(number % 10))
        }
        func append(_ text: StaticString) {
            text.withUTF8Buffer { path.append(contentsOf: $0) }
        }
        for row in 0..<size {
            var column = 0
            while column < size {
                guard modules[row][column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < size && modules[row][column] { column += 1 }
                let length = column - start
                append("M"); append(start + quietZone); append(" "); append(row + quietZone)
                append("h"); append(length); append("v1h-"); append(length); append("z")
            }
        }
        return String(decoding: path, as: UTF8.self)
    }
}

/// Why a QR code could not be made.
public enum PlanQRCodeError: Error, Equatable, Sendable {
    /// More bytes than version 40 at level M holds (2331).
    case tooLong(byteCount: Int)
    /// A mask outside 0...7 was forced.
    case invalidMask(Int)
}
