import Foundation
import Testing
import Yams
@testable import KaartCore

/// The speed-ups for large builds replace library calls with hand-written code; each must give
/// exactly the result of the code it replaces. Inputs are generated from a fixed seed, with the
/// characters that make the difference (escapes, entities, accents, combining marks, CR LF).
@Suite("Fast paths give the same results")
struct FastPathEquivalenceTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let pieces = ["a", "Z", " ", "  ", "\n", "\r\n", "\t", "/", "\\", "\"", "'", "<", ">", "&", "&amp;", "&lt;", "&gt;",
                         "&quot;", "&#39;", "&amp;lt;", "é", "ë", "cliënt", "€", "–", "“", "”", "…", "\u{0301}", "\u{00A0}",
                         "\u{2028}", "\u{1}", "\u{1F}", "😀", "ß", "Ö", "×", "Æ", "ÿ", "’", "<p>", "</p>", "<a href=\"/x?a=1&amp;b=2\">", "</a>", "word", "9"]

    private func randomText(_ generator: inout Generator, length: Int) -> String {
        (0..<length).map { _ in generator.pick(Self.pieces) }.joined()
    }

    /// 3 000 texts of up to `maxPieces - 1` pieces, the same ones for the same seed.
    private func randomTexts(seed: UInt64, maxPieces: Int) -> [String] {
        var generator = Generator(state: seed)
        return (0..<3000).map { _ in randomText(&generator, length: generator.next(maxPieces)) }
    }

    @Test func plainTextOfHTMLMatchesTheCharacterAlgorithm() {
        var fast = 0
        for html in randomTexts(seed: 42, maxPieces: 40) {
            #expect(HTMLText.strip(html) == HTMLText.characterStrip(html), "\(html.debugDescription)")
            if HTMLText.fastStrip(html) != nil { fast += 1 }
        }
        // The fast path must really be taken for ordinary text, or this test proves nothing.
        let ordinary = MarkdownRenderer.html(from: "## Wat is het?\n\nEen *café* voor cliënten & naasten: \"gratis\" – kom langs.\n")
        #expect(HTMLText.fastStrip(ordinary) == HTMLText.characterStrip(ordinary))
        #expect(fast > 100)
    }

    /// The byte path reads each scalar's value from its UTF-8 bytes. At the edges of the ranges it
    /// takes, in text and inside tags, it must take exactly the scalars `isOwnCluster` names.
    @Test func plainTextTakesTheBytePathForExactlyTheOwnClusterScalars() {
        let taken: [Unicode.Scalar] = ["\u{A1}", "\u{BD}", "\u{100}", "\u{24F}", "\u{2010}", "\u{2027}", "\u{20AC}"]
        let refused: [Unicode.Scalar] = ["\u{80}", "\u{A0}", "\u{250}", "\u{200F}", "\u{2028}", "\u{20AB}", "\u{20AD}", "\u{1F600}"]
        for scalar in taken + refused {
            for html in ["a\(scalar)b", "<p>\(scalar)</p>", "<a title=\"\(scalar)\">x</a>", "&amp;\(scalar)&lt; \(scalar)"] {
                #expect(HTMLText.strip(html) == HTMLText.characterStrip(html), "\(html.debugDescription)")
                #expect((HTMLText.fastStrip(html) != nil) == taken.contains(scalar), "\(html.debugDescription)")
            }
        }
    }

    @Test func quotingPlainStringsMatchesTheScalarAlgorithm() throws {
        var plain = 0
        for text in randomTexts(seed: 11, maxPieces: 12) {
            #expect(JSONText.quote(text) == JSONText.scalarQuote(text), "\(text.debugDescription)")
            let decoded = try JSONSerialization.jsonObject(with: Data(JSONText.quote(text).utf8), options: [.fragmentsAllowed])
            #expect(decoded as? String == text)
            if JSONText.isPlain(text) { plain += 1 }
        }
        // Both paths must really be taken, or this test proves nothing.
        #expect(plain > 100 && plain < 2900)
    }

    /// `tokenize` folds the runs between spaces one by one, ASCII runs on their bytes; the result
    /// must be that of folding the whole text scalar by scalar.
    @Test func tokensMatchFoldingTheWholeTextScalarByScalar() {
        var generator = Generator(state: 23)
        let asciiPieces = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } + ["Auto's", "WMO-loket", "0800", "@", "[", "`", "{", "_", " "]
        var ascii = 0
        for _ in 0..<4000 {
            let text = (0..<generator.next(16)).map { _ in generator.pick(generator.next(3) == 0 ? Self.pieces : asciiPieces) }.joined()
            #expect(DutchNormalizer.tokenize(text) == DutchNormalizer.foldedTokens(text), "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        // Texts with and without other characters, or this test proves less than it says.
        #expect(ascii > 100 && ascii < 3900)
        #expect(DutchNormalizer.tokenize("Auto's en de WMO-loket, 24/7") == ["autos", "en", "de", "wmo", "loket", "24", "7"])
        #expect(DutchNormalizer.tokenize("Cliënt  e\u{301}n ’s ÉÉN–twee") == ["client", "en", "s", "een", "twee"])
    }

    /// Texts of ASCII and U+00C0–U+00FF are folded on bytes; any text must fold as Foundation folds it.
    @Test func foldingOnBytesMatchesFoundation() {
        var onBytes = 0
        for text in randomTexts(seed: 31, maxPieces: 10) {
            #expect(DutchNormalizer.fold(text) == DutchNormalizer.foldedByFoundation(text), "\(text.debugDescription)")
            if text.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0xC0...0xFF).contains($0.value) }) { onBytes += 1 }
        }
        #expect(onBytes > 100 && onBytes < 2900)
    }

    /// The letters of U+00C0–U+00FF are folded on bytes from a table; each must fold as in the
    /// general path, at the start, middle and end of a word, next to ASCII and to a combining mark.
    @Test func latinLettersFoldOnBytesAsInTheGeneralPath() {
        var onBytes = 0
        for value in 0xC0...0xFF {
            let letter = String(Unicode.Scalar(UInt8(value)))
            for text in ["\(letter)", "a\(letter)b", "Zorg\(letter) \(letter)\(letter)X", "\(letter)'s", "\(letter)\u{301}", "9\(letter)–\(letter)"] {
                #expect(DutchNormalizer.tokenize(text) == DutchNormalizer.foldedTokens(text), "\(text.debugDescription)")
                #expect(DutchNormalizer.fold(text) == DutchNormalizer.foldedByFoundation(text), "\(text.debugDescription)")
            }
            if DutchNormalizer.tokenize("a\(letter)b") == [DutchNormalizer.fold("a\(letter)b")] { onBytes += 1 }
        }
        // × and ÷ end a word; the other 62 are letters.
        #expect(onBytes == 62)
        #expect(DutchNormalizer.tokenize("Cliënt ÉÉN×Één Æsop ÿ") == ["client", "een", "een", "æsop", "y"])
    }

    /// `browserJSON` is written straight from the hours; it must be the sorted JSON of `browserObject()`.
    @Test func browserJSONOfOpeningHoursMatchesTheSortedObject() throws {
        var generator = Generator(state: 37)
        var withExceptions = 0
        for _ in 0..<500 {
            var days: [Weekday: [TimeRange]] = [:]
            for weekday in Weekday.allCases where generator.next(3) > 0 {
                days[weekday] = try (0..<generator.next(3)).map { slot in
                    try #require(TimeRange(start: LocalTime(hour: 6 * slot + generator.next(3), minute: generator.next(60))!,
                                           end: LocalTime(hour: 6 * slot + 4, minute: generator.next(60))!))
                }
            }
            let exceptions = try (0..<generator.next(3)).map { _ in
                OpeningHours.Exception(datum: try #require(LocalDate(iso: "2026-12-\(10 + generator.next(20))")), gesloten: generator.next(2) == 0,
                                       toelichting: generator.next(2) == 0 ? nil : randomText(&generator, length: generator.next(6)))
            }
            if !exceptions.isEmpty { withExceptions += 1 }
            let hours = OpeningHours(days: days, uitzonderingen: exceptions)
            #expect(hours.browserJSON == CompactJSONWriter.encode(hours.browserObject()), "\(hours)")
        }
        #expect(withExceptions > 100 && withExceptions < 400)
    }

    /// Slugs are made on bytes, and only a name outside ASCII is folded by Foundation; the result
    /// must be that of the scalar algorithm on Foundation's folding.
    @Test func slugsOnBytesMatchTheScalarAlgorithm() {
        func scalarSlug(_ name: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            var result = ""
            for scalar in folded.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if !result.hasSuffix("-"), !result.isEmpty {
                    result.append("-")
                }
            }
            return result.hasSuffix("-") ? String(result.dropLast()) : result
        }
        var ascii = 0
        for name in randomTexts(seed: 41, maxPieces: 8) + ["Oud-Beijerland", "'s-Hertogenbosch", "Súdwest-Fryslân", "K\u{212A}", "İzmir", "--a--"] {
            #expect(SlugRules.slug(from: name) == scalarSlug(name), "\(name.debugDescription)")
            if name.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 100 && ascii < 2900)
    }

    /// `terms` filters while it tokenizes; it must keep exactly the tokens of two characters or
    /// more that are no stop word.
    @Test func termsAreTheTokensThatAreNoStopWordAndNotTooShort() {
        var generator = Generator(state: 29)
        let words = Self.pieces + Array(DutchNormalizer.stopWords) + ["Wmo", "één", "Æ", "×", "’", "DE", "Uw", "zijnde", "a1"]
        var dropped = 0
        for _ in 0..<4000 {
            let text = (0..<generator.next(12)).map { _ in generator.pick(words) + generator.pick([" ", "", ",", "'"]) }.joined()
            let tokens = DutchNormalizer.tokenize(text)
            let expected = tokens.filter { $0.unicodeScalars.count >= 2 && !DutchNormalizer.stopWords.contains($0) }
            #expect(DutchNormalizer.terms(text) == expected, "\(text.debugDescription)")
            dropped += tokens.count - expected.count
        }
        // Stop words and one-letter tokens must really occur, or this test proves nothing.
        #expect(dropped > 1000)
    }

    @Test func frontMatterFencesMatchTheCharacterAlgorithm() {
        func characterTrimmed(_ line: Substring) -> Substring {
            var result = line
            while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
            return result
        }
        var generator = Generator(state: 5)
        let pieces = ["-", "-", "-", ".", ".", " ", "\t", "\r", "\u{0301}", "\u{00A0}", "a", "—"]
        var fences = 0
        for _ in 0..<5000 {
            let line = Substring((0..<generator.next(7)).map { _ in generator.pick(pieces) }.joined())
            for fence: StaticString in ["---", "..."] {
                let expected = characterTrimmed(line) == "\(fence)"
                #expect(FrontMatterSplitter.isFence(line, fence) == expected, "\(line.debugDescription)")
                if expected { fences += 1 }
            }
        }
        #expect(fences > 20)

        var dropped = 0
        for _ in 0..<3000 {
            let text = randomText(&generator, length: generator.next(8))
            let offsets = (generator.next(text.utf8.count + 1), generator.next(text.utf8.count + 1))
            let start = text.utf8.index(text.startIndex, offsetBy: min(offsets.0, offsets.1))
            let end = text.utf8.index(text.startIndex, offsetBy: max(offsets.0, offsets.1))
            guard text.unicodeScalars.indices.contains(start) || start == text.endIndex,
                  text.unicodeScalars.indices.contains(end) || end == text.endIndex else { continue }
            var characters = text[start..<end]
            if characters.last == "\n" { characters = characters.dropLast() }
            let fast = FrontMatterSplitter.withoutFinalLineFeed(text, start, end)
            #expect(fast == characters.endIndex, "\(text[start..<end].debugDescription)")
            if fast != end { dropped += 1 }
        }
        #expect(dropped > 20)
    }

    @Test func azLettersMatchFoldingTheFirstCharacter() {
        func folded(_ title: String) -> String {
            title.folding(options: .diacriticInsensitive, locale: nil).first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
        }
        var generator = Generator(state: 11)
        var titles = ["", "a", "Z", "9", "'t Huis", "\"Samen\"", "Élan", "ïnloop", "e\u{0301}ten", "o\u{0308}", "ßeta", "😀 groep", "\r\nx"]
        for _ in 0..<3000 { titles.append(randomText(&generator, length: 1 + generator.next(6))) }
        var fast = 0
        for title in titles {
            #expect(ListingGroups.letter(of: title) == folded(title), "\(title.debugDescription)")
            if title.unicodeScalars.prefix(2).allSatisfy(\.isASCII) { fast += 1 }
        }
        #expect(fast > 500)
    }

    @Test func fingerprintHexMatchesStringFormat() {
        var generator = Generator(state: 5)
        let edges: [UInt64] = [0, 1, 0xF, 0x10, UInt64.max, UInt64.max >> 4, 1 << 63]
        var values = edges.flatMap { a in edges.map { b in (a, b) } }
        for _ in 0..<500 {
            values.append((UInt64(generator.next(1 << 30)) << 34 ^ UInt64(generator.next(1 << 30)),
                           UInt64(generator.next(1 << 30)) << 17 ^ UInt64(generator.next(1 << 30))))
        }
        for (high, low) in values {
            let fingerprint = Fingerprint(high: high, low: low)
            #expect(fingerprint.description == String(format: "%016llx%016llx", high, low))
            #expect(Fingerprint(hex: Substring(fingerprint.description)) == fingerprint)
        }
    }

    @Test func topPostingsByCountingMatchSortingByImpact() {
        var generator = Generator(state: 3)
        for _ in 0..<400 {
            var doc: Int32 = 0
            let spread = 1 + generator.next(PostingsAccumulator.maxImpact)
            let postings = (0..<generator.next(3 * CommonTermBlock.topK)).map { _ -> (doc: Int32, impact: Int) in
                doc += Int32(1 + generator.next(5))
                return (doc, 1 + generator.next(spread))
            }
            let sorted = postings.indices
                .sorted { postings[$0].impact != postings[$1].impact ? postings[$0].impact > postings[$1].impact : postings[$0].doc < postings[$1].doc }
                .prefix(CommonTermBlock.topK).sorted { postings[$0].doc < postings[$1].doc }
            #expect(CommonTermBlock.topIndices(of: postings) == Array(sorted))
        }
    }

    /// Documents are added in two halves on two cores; the lists must be those of adding them one by one.
    @Test func gapsWrittenInOneGoMatchAppendingThemOneByOne() {
        var generator = Generator(state: 23)
        let edgeGaps: [Int32] = [0, 1, 31, 32, 1023, 1024, 32_767, 32_768, 1 << 20, Int32.max - 1]
        for length in [0, 1, 2, 5, 40, 700] {
            var doc: Int32 = 0
            let postings: [(doc: Int32, impact: Int)] = (0..<length).map { index in
                let gap = index < edgeGaps.count && length == 40 ? edgeGaps[index] : Int32(generator.next(index % 7 == 0 ? 5000 : 40))
                doc = doc > Int32.max - gap ? doc : doc + gap
                return (doc, [1, 31, 32, 63, 64, 1023][generator.next(6)])
            }
            for withImpacts in [true, false] {
                var expected: [UInt8] = [7], fast: [UInt8] = [7]
                var previous: Int32 = 0
                for posting in postings {
                    CompactCodec.append(Int(posting.doc - previous), to: &expected)
                    if withImpacts { CompactCodec.append(posting.impact, to: &expected) }
                    previous = posting.doc
                }
                CompactCodec.appendGaps(of: postings, withImpacts: withImpacts, to: &fast)
                #expect(fast == expected, "\(length) postings, impacts: \(withImpacts)")
            }
        }
    }

    @Test func postingsAddedInTwoHalvesMatchAddingDocumentByDocument() {
        var generator = Generator(state: 11)
        for documentCount in [0, 1, 2, 7, 300] {
            var base = PostingsAccumulator()
            let keysByToken = (0..<40).map { token in
                base.intern((0..<(1 + generator.next(3))).map { part in
                    TermAnalyzer.Key(term: "t\(token % 25)-\(part)", weight: part == 0 ? 1 : TermAnalyzer.partWeight, isWord: part == 0)
                })
            }
            let tokenKeys = PostingsAccumulator.TokenKeys(keysByToken)
            let documents = (0..<documentCount).map { _ in
                SearchField.allCases.map { _ in (0..<generator.next(12)).map { _ in Int32(generator.next(40)) } }
            }
            let averages = SearchField.allCases.map { _ in Float(1 + generator.next(8)) }
            var oneByOne = base
            for (doc, fields) in documents.enumerated() {
                oneByOne.add(doc: Int32(doc), fields: fields, tokenKeys: tokenKeys, averageLengths: averages)
            }
            var inHalves = base
            inHalves.add(documents: documents, tokenKeys: tokenKeys, averageLengths: averages)
            let expected = oneByOne.impacts(), actual = inHalves.impacts()
            #expect(actual.map { $0.map(\.doc) } == expected.map { $0.map(\.doc) }, "\(documentCount) documents")
            #expect(actual.map { $0.map(\.impact) } == expected.map { $0.map(\.impact) }, "\(documentCount) documents")
            #expect(expected.joined().count >= documentCount, "the documents must give postings")
        }
    }

    @Test func compactJSONMatchesJSONSerialization() throws {
        var generator = Generator(state: 7)
        var compared = 0
        for _ in 0..<2000 {
            let object: [String: Any] = ["@type": "Thing", "value": randomObject(&generator, depth: 3)]
            guard let compact = CompactJSONWriter.serialize(object) else { continue }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            #expect(compact == String(decoding: data, as: UTF8.self))
            let unescaped = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(CompactJSONWriter.serialize(object, escapingSlashes: false) == String(decoding: unescaped, as: UTF8.self))
            compared += 1
        }
        #expect(compared > 1000)
    }

    @Test func kaartsBooleansAreTheBooleansOfYamsDefaultRules() throws {
        let spellings = ["true", "True", "TRUE", "tRue", "yes", "Yes", "YES", "on", "On", "ON", "false", "False", "FALSE",
                         "no", "No", "NO", "off", "Off", "OFF", "ja", "nee", "1", "0", "y", "n", "~", "", "\"true\"", "'no'", "[true]"]
        var booleans = 0
        for spelling in spellings {
            let withRules = try #require(try Yams.compose(yaml: "v: \(spelling)\n", .default)?.mapping?["v"])
            guard case .success(let root?) = YAMLComposer.compose("v: \(spelling)\n"), case .mapping(let fields) = root.value else {
                Issue.record("\(spelling)")
                continue
            }
            #expect(fields.pairs[0].value.yamlBool == withRules.bool, "\(spelling)")
            if fields.pairs[0].value.yamlBool != nil { booleans += 1 }
        }
        #expect(booleans == 19)
    }

    @Test func asciiWordScalarsAreExactlyTheLettersAndDigitsByCategory() {
        for value in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            let byCategory = [.uppercaseLetter, .lowercaseLetter, .decimalNumber].contains(scalar.properties.generalCategory)
            #expect(DutchNormalizer.isWordScalar(scalar) == byCategory, "\(value)")
        }
    }

    @Test func trimmingSpacesMatchesTheCharacterAlgorithm() {
        var generator = Generator(state: 11)
        for _ in 0..<3000 {
            let text = (0..<generator.next(12)).map { _ in generator.pick([" ", "  ", "a", "Z", "9", "é", "\u{0301}", "\t", "–"]) }.joined()
            let reference = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
            #expect(ScheduleText.trimmingSpaces(Substring(text)) == reference, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func forbiddenCharactersAreFoundOnBytesAsOnScalars() {
        var generator = Generator(state: 23)
        let sets: [StaticString] = ["\"<>\\^`{|}", "\"<>\\()[],;:"]
        var found = 0, notFound = 0
        for _ in 0..<3000 {
            let text = randomText(&generator, length: generator.next(12)) + generator.pick(["", "\u{7F}", "(", "^", "{", ";", "\u{85}"])
            for set in sets {
                let reference = text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || set.description.unicodeScalars.contains($0) }
                #expect(text.containsControlOrSpace(orAnyOf: set) == reference, "\(Array(text.unicodeScalars))")
                if reference { found += 1 } else { notFound += 1 }
            }
            #expect(text.containsUTF8Byte(UInt8(ascii: "<")) == text.utf8.contains(UInt8(ascii: "<")))
        }
        #expect(found > 300 && notFound > 300, "both answers must occur")
    }

    @Test func plainDecimalsGiveTheNumberOfTheFullYAMLRules() {
        var generator = Generator(state: 29)
        var decimals = 0
        for _ in 0..<5000 {
            let text = (0..<generator.next(9)).map { _ in generator.pick(["5", "2", "0", "9", ".", "-", "+", "_", ":", "e", "inf", "nan", "E", " "]) }.joined()
            let fast = YAMLNode.number(fromPlain: text), reference = YAMLNode.yamlNumber(text)
            #expect(fast == reference || (fast?.isNaN == true && reference?.isNaN == true), "\(text)")
            if fast != nil, text.utf8.allSatisfy({ $0 < UInt8(ascii: ":") && $0 != UInt8(ascii: "+") }) { decimals += 1 }
        }
        #expect(decimals > 200, "the shortcut must be taken")
    }

    @Test func plainTimeRangesParseAsInGeneral() {
        var generator = Generator(state: 31)
        var valid = 0
        for _ in 0..<5000 {
            let text = (0..<generator.pick([11, 11, 11, 10, 12, 13])).map { index -> String in
                if generator.next(10) == 0 { return generator.pick([" ", ":", "-", "a"]) }
                switch index {
                case 2, 8: return ":"
                case 5: return "-"
                case 0, 6: return generator.pick(["0", "1", "2"])
                case 3, 9: return generator.pick(["0", "3", "5", "9"])
                default: return generator.pick(["0", "1", "3", "5", "9"])
                }
            }.joined()
            let fast = Result { () throws(TimeRangeError) in try TimeRange.parse(text) }
            let reference = Result { () throws(TimeRangeError) in try TimeRange.parseInGeneral(text) }
            #expect(fast == reference, "\(text)")
            if case .success = fast { valid += 1 }
        }
        #expect(valid > 100, "valid ranges must occur")
    }

    @Test func commonWordsMatchDutchWordListParse() throws {
        let sample = "bakker\nBakker\njan\nJan\r\nmantelzorg\rÉén\néén\nCAK\ncak\nijs\nIJs\n\n\nçava\nÇava\nstraße\n"
        #expect(DutchWordLists.commonWords(in: sample) == DutchWordList.parse(sample))
        let path = "/usr/share/dict/dutch"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            #expect(DutchWordLists.commonWords(in: text) == DutchWordList.parse(text))
            let reference = try CompoundSplitter.loadWordList(path: path)
            #expect(DutchWordLists(path: path).compoundWords == reference)
            #expect(reference == Self.characterWordList(text))
        }
        let wordLines = "Zorg\nzorg\nAuto's\nab\nABC\nÉén\nmantel-zorg\n2de\nco2\n \n\nstraße\nCAFÉ\nwoord \nx\u{0301}yz\n"
        #expect(CompoundSplitter.parseWordList(wordLines) == Self.characterWordList(wordLines))
    }

    /// `CompoundSplitter.parseWordList` as it was: lines split on characters, ASCII lines lower-cased.
    private static func characterWordList(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(separator: "\n") {
            let word = line.utf8.allSatisfy({ $0 < 128 }) ? line.lowercased() : DutchNormalizer.fold(String(line))
            guard word.utf8.count >= 3, word.unicodeScalars.allSatisfy(DutchNormalizer.isWordScalar) else { continue }
            words.insert(word)
        }
        return words
    }

    private func randomObject(_ generator: inout Generator, depth: Int) -> Any {
        let keys = ["@context", "@type", "name", "url", "geo", "latitude", "longitude", "audienceType", "isAccessibleForFree",
                    "openingHoursSpecification", "opens", "dayOfWeek", "eventSchedule", "startDate", "byDay", "Name2", "äbc",
                    // Upper case, and a key that differs from another only in case: the order is
                    // case-insensitive, and such a pair has none. JSONSerialization puts `_x` before `@type`.
                    "Opens", "Alpha", "NAME", "_x"]
        switch depth == 0 ? generator.next(4) : generator.next(6) {
        case 0: return randomText(&generator, length: generator.next(8))
        case 1: return generator.next(2) == 0
        case 2: return generator.next(100_000) - 50_000
        case 3: return Double(generator.next(20_000_000) - 10_000_000) / 10_000 + (generator.next(3) == 0 ? 0 : 0.00005)
        case 4:
            // Typed arrays as the view models make them, and arrays of anything.
            switch generator.next(4) {
            case 0: return (0..<generator.next(4)).map { _ in randomText(&generator, length: generator.next(8)) }
            case 1: return (0..<generator.next(4)).map { _ -> [String: Any] in [generator.pick(keys): randomObject(&generator, depth: depth - 1)] }
            case 2: return (0..<generator.next(4)).map { _ in randomStrings(&generator, keys: keys) }
            default: return (0..<generator.next(4)).map { _ in randomObject(&generator, depth: depth - 1) }
            }
        default:
            // Objects of strings only, typed as the view models' literals are: [String: String].
            if generator.next(4) == 0 { return randomStrings(&generator, keys: keys) }
            var object: [String: Any] = [:]
            for _ in 0..<generator.next(5) { object[generator.pick(keys)] = randomObject(&generator, depth: depth - 1) }
            return object
        }
    }

    private func randomStrings(_ generator: inout Generator, keys: [String]) -> [String: String] {
        var object: [String: String] = [:]
        for _ in 0..<generator.next(4) { object[generator.pick(keys)] = randomText(&generator, length: generator.next(8)) }
        return object
    }
}
