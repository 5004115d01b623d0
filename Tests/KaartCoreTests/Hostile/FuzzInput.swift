import Foundation

/// Builds random, hostile-looking inputs from fragments that matter to each parser, mixed with
/// random bytes and characters. Seeded, so every run of `make test` sees the same inputs and a
/// failure names the seed and index that reproduce it.
struct FuzzInput {
    private var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// Characters that break parsers: controls, surrogate-adjacent scalars, combining marks,
    /// right-to-left marks, emoji with modifiers, full-width and ligature forms.
    static let awkwardCharacters: [String] = [
        "\u{0}", "\u{7}", "\u{1B}", "\t", "\r", "\n", "\r\n", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{200B}", "\u{200E}",
        "\u{202E}", "\u{301}", "e\u{301}", "ĳ", "Ĳ", "ﬁ", "Ａ", "①", "ß", "İ", "ı", "👩🏽‍⚕️", "🇳🇱", "\u{10FFFF}",
        "\u{FFFD}", "한", "ᄒ", "𝔄", "'", "’", "\"", "\\", "<", ">", "&", "#", ":", "-", " ", "  ", "%", "*", "!", "|",
    ]

    /// A random Unicode scalar, weighted towards ASCII.
    mutating func scalar() -> String {
        switch int(0...9) {
        case 0...5: return String(UnicodeScalar(UInt8(int(32...126))))
        case 6: return pick(Self.awkwardCharacters)
        case 7: return String(UnicodeScalar(UInt32(int(0xA0...0x2FFF))) ?? "?")
        case 8: return String(UnicodeScalar(UInt32(int(0x1F300...0x1FAFF))) ?? "?")
        default: return String(UnicodeScalar(UInt32(int(0x10000...0x10FFFF))) ?? "?")
        }
    }

    mutating func noise(maxLength: Int) -> String {
        (0..<int(0...maxLength)).map { _ in scalar() }.joined()
    }

    /// Joins `count` fragments from `pieces`, now and then with noise between them.
    mutating func compose(_ pieces: [String], count: ClosedRange<Int>, noisePercent: Int = 15) -> String {
        var text = ""
        for _ in 0..<int(count) {
            text += chance(noisePercent) ? noise(maxLength: 4) : pick(pieces)
        }
        return text
    }

    /// Mutates a valid text: deletes, duplicates or inserts a few spans.
    mutating func mutate(_ text: String, edits: Int = 3) -> String {
        var characters = Array(text)
        for _ in 0..<int(0...edits) {
            guard !characters.isEmpty else { break }
            let start = int(0...characters.count - 1)
            let end = min(characters.count, start + int(0...8))
            switch int(0...3) {
            case 0: characters.removeSubrange(start..<end)
            case 1: characters.insert(contentsOf: characters[start..<end], at: start)
            case 2: characters.insert(contentsOf: Array(scalar()), at: start)
            default: characters.insert(contentsOf: Array(noise(maxLength: 6)), at: start)
            }
        }
        return String(characters)
    }
}

/// Runs a property over `count` seeded inputs and reports the slowest one, so a hang or an
/// exponential case shows up as a time failure instead of a stuck test run.
struct PropertyRun {
    let name: String
    let seed: UInt64
    let count: Int
    /// The most one input may take; generous, because CI machines are shared and slow.
    let maximumSeconds: Double

    /// `check` returns a failure description, or `nil` when the property holds.
    func run(_ check: (inout FuzzInput, Int) -> String?) -> [String] {
        var input = FuzzInput(seed: seed)
        var failures: [String] = []
        var slowest = (seconds: 0.0, index: -1)
        for index in 0..<count {
            let start = ContinuousClock.now
            if let failure = check(&input, index) {
                failures.append("\(name) seed \(seed) input \(index): \(failure)")
                if failures.count >= 5 { break }
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if seconds > slowest.seconds { slowest = (seconds, index) }
        }
        if slowest.seconds > maximumSeconds {
            failures.append("\(name) seed \(seed) input \(slowest.index) took \(slowest.seconds) s (limit \(maximumSeconds) s)")
        }
        return failures
    }
}
