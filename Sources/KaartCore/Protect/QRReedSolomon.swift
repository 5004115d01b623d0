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
        var result = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in 0..<generator.count {
                result[index] ^= multiply(generator[index], factor)
            }
        }
        return result
    }

    /// Multiplication in GF(2^8) modulo 0x11D (Russian peasant method).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product: UInt32 = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= UInt32((y >> UInt8(bit)) & 1) * UInt32(x)
        }
        return UInt8(product & 0xFF)
    }
}
