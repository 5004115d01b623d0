/// Reed–Solomon error correction over GF(2^8) with the QR polynomial x^8+x^4+x^3+x^2+1 (0x11D).
enum QRReedSolomon {
    /// Coefficients of the generator polynomial of `degree`, highest power first, leading 1 dropped.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The remainder of `data` · x^degree divided by the generator: the error correction codewords.
    static func remainder(_ data: [UInt8], generator: [UInt8]) -> [UInt8] {
        let degree = generator.count
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            // Shift the remainder up one power, then subtract (XOR) factor · generator.
            let factor = byte ^ result[0]
            for index in 0..<degree - 1 { result[index] = result[index + 1] ^ multiply(generator[index], factor) }
            result[degree - 1] = multiply(generator[degree - 1], factor)
        }
        return result
    }

    /// Multiplication in GF(2^8) modulo 0x11D, through logarithms: x · y = 2^(log x + log y).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        guard x != 0, y != 0 else { return 0 }
        return powersOfTwo[Int(logarithms[Int(x)]) + Int(logarithms[Int(y)])]
    }

    /// 2^i for i in 0..<510 (twice round, so a sum of two logarithms needs no modulo).
    private static let powersOfTwo: [UInt8] = {
        var powers = [UInt8](repeating: 0, count: 510)
        var value = 1
        for exponent in 0..<255 {
            powers[exponent] = UInt8(value)
            powers[exponent + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return powers
    }()

    /// `logarithms[2^i] = i`; `logarithms[0]` is unused.
    private static let logarithms: [UInt8] = {
        var logarithms = [UInt8](repeating: 0, count: 256)
        for exponent in 0..<255 { logarithms[Int(powersOfTwo[exponent])] = UInt8(exponent) }
        return logarithms
    }()
}
