import Foundation
import Testing
@testable import KaartCore

/// Property-based fuzzing with fixed seeds, fast enough for every `make test`.
///
/// For each parser: it never crashes, never takes long on one input, and every error it reports
/// points inside the input. The long, coverage-guided runs live in `fuzz/` (libFuzzer).
@Suite("Parser properties (seeded fuzzing)")
struct ParserPropertyTests {
    static let seed: UInt64 = 0x6B61_6172_7400_0007

    // MARK: Front matter (load + parse)

    static let yamlPieces = [
        "---\n", "...\n", "\n", "titel: Inloop\n", "samenvatting: Koffie\n", "categorie: inloop\n", "gemeenten: [Testdorp]\n",
        "doelgroepen: [inwoners]\n", "toegang: vrij\n", "laatst_gecontroleerd: 2026-10-01\n", "contact:\n", "  email: a@b.nl\n",
        "  website: https://x.nl\n", "  website: javascript:alert(1)\n", "locaties:\n", "  - naam: X\n", "    lat: 52.1\n",
        "openingstijden:\n", "  ma: [\"09:00-17:00\"]\n", "  di: [\"25:00-26:00\"]\n", "leeftijd: {min: -1, max: 999}\n",
        "kostn: 1\n", "titel: [a, b]\n", "titel: {a: b}\n", "\ttitel: tab\n", "  ", "- ", "? ", ": ", "&a ", "*a ", "!!str ",
        "!tag ", "[", "]", "{", "}", ",", "\"", "'", "|\n", ">-\n", "# opmerking\n", "%YAML 1.2\n", "<script>", "\u{FEFF}", "\r\n",
        "\u{0}", "~", "null", "true", "0x1F", "1e999", ".nan", "2026-02-30", "<<: *a\n",
    ]

    @Test func frontMatterParsingNeverCrashesAndLocatesEveryProblem() {
        let settings = Self.minimalSettings()
        let failures = PropertyRun(name: "front matter", seed: Self.seed, count: 1500, maximumSeconds: 2).run { input, index in
            var text = input.compose(Self.yamlPieces, count: 0...40)
            if input.chance(50) { text = "---\n" + text + (input.chance(80) ? "\n---\nTekst.\n" : "") }
            var bytes = Array(text.utf8)
            if input.chance(5) { bytes.insert(UInt8(input.int(0x80...0xFF)), at: input.int(0...bytes.count)) }
            return Self.checkContentFile(bytes, settings: settings)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func mutatedValidFilesNeverCrashAndLocateEveryProblem() throws {
        let settings = Self.minimalSettings()
        let valid = try Self.minimalFiles().filter { $0.key.hasSuffix(".md") }.sorted { $0.key < $1.key }.map(\.value)
        let failures = PropertyRun(name: "mutated file", seed: Self.seed + 1, count: 1500, maximumSeconds: 2).run { input, _ in
            Self.checkContentFile(Array(input.mutate(input.pick(valid), edits: 6).utf8), settings: settings)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Loads `bytes` as `voorzieningen/fuzz.md` the way the load stage does, parses the site, and
    /// checks that each diagnostic about the file names a line that exists.
    static func checkContentFile(_ bytes: [UInt8], settings: [String: SettingsFile]) -> String? {
        let path = "content/voorzieningen/fuzz.md"
        var content = LoadedContent(settings: settings)
        let decoded = TextDecoder.decode(bytes, path: path)
        let lineCount: Int
        switch decoded {
        case .success(let text):
            lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            switch FrontMatterSplitter.split(text: text, path: path, kind: .voorziening, slug: "fuzz") {
            case .success(let file): content.files.append(file)
            case .failure(let diagnostic): content.diagnostics.append(diagnostic)
            }
        case .failure(let diagnostic):
            lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            content.diagnostics.append(diagnostic)
        }
        let (_, parseDiagnostics) = SiteParser.parse(content)
        for diagnostic in content.diagnostics + parseDiagnostics where diagnostic.location.path == path {
            guard (1...max(lineCount, 1)).contains(diagnostic.location.line) else {
                return "line \(diagnostic.location.line) of \(lineCount): \(diagnostic)"
            }
            guard diagnostic.message.count > 10, !diagnostic.message.contains("Optional(") else {
                return "unhelpful message: \(diagnostic)"
            }
        }
        return nil
    }

    static func minimalFiles() throws -> [String: String] {
        let root = GeneratedContent.minimalSite.path
        var files: [String: String] = [:]
        for relative in FileManager.default.subpaths(atPath: root) ?? [] where relative.hasSuffix(".md") || relative.hasSuffix(".yml") {
            files[relative] = try String(contentsOfFile: "\(root)/\(relative)", encoding: .utf8)
        }
        return files
    }

    static func minimalSettings() -> [String: SettingsFile] {
        var settings: [String: SettingsFile] = [:]
        for (name, text) in (try? minimalFiles()) ?? [:] where name.hasSuffix(".yml") {
            settings[name] = SettingsFile(path: "content/\(name)", text: text)
        }
        return settings
    }

    // MARK: RRULE and meeting schedules

    static let rrulePieces = [
        "FREQ=", "WEEKLY", "MONTHLY", "DAILY", "YEARLY", "SECONDLY", "MINUTELY", ";", "=", "BYDAY=", "MO", "TU", "2TU", "-1FR",
        "5SU", "+3WE", "0MO", "99TH", ",", "INTERVAL=", "COUNT=", "UNTIL=", "20261231", "20260230", "T120000Z", "WKST=", "SU",
        "BYSETPOS=1", "BYMONTH=2", "RRULE:", "rrule:", "freq=weekly", " ", "\t", "1", "0", "-", "9999", "99999999999999999999",
    ]

    @Test func rruleParsingNeverCrashesAndPointsInsideTheRule() {
        let failures = PropertyRun(name: "rrule", seed: Self.seed + 2, count: 5000, maximumSeconds: 1).run { input, _ in
            let rule = input.compose(Self.rrulePieces, count: 0...14)
            do {
                let parsed = try RecurrenceRule.parse(rule)
                // A rule that parses must also expand quickly over a bounded window.
                let schedule = MeetingSchedule(rule: parsed, begin: LocalTime(hour: 19, minute: 30)!, end: LocalTime(hour: 21, minute: 0)!,
                                               vanaf: LocalDate(year: 2026, month: 1, day: 1)!, tot: nil, uitgezonderd: [])
                _ = schedule.occurrences(from: LocalDate(year: 2026, month: 1, day: 1)!, limit: 60)
                _ = schedule.nextOccurrence(onOrAfter: LocalDate(year: 2030, month: 6, day: 1)!)
                return nil
            } catch let error as RecurrenceRuleError {
                let count = rule.count
                if let offset = error.offset, !(0...count).contains(offset) || offset + error.length > count {
                    return "offset \(offset)+\(error.length) outside '\(rule)' (\(count) characters)"
                }
                return error.message.isEmpty ? "empty message for '\(rule)'" : nil
            } catch {
                return "unexpected error \(error)"
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    static let timePieces = ["09:00", "17:00", "25:00", "24:00", "00:00", "9:5", "-", "–", " ", "23:59", "12:60", ":", "0", "1", "99"]

    @Test func meetingScheduleParsingNeverCrashesAndNamesKnownFields() {
        let failures = PropertyRun(name: "schedule", seed: Self.seed + 3, count: 3000, maximumSeconds: 1).run { input, _ in
            let skipped = (0..<input.int(0...3)).map { _ in input.compose(["2026-", "12-", "08", "02-30", "x"], count: 0...4) }
            do {
                _ = try MeetingSchedule.parse(rrule: input.compose(Self.rrulePieces, count: 0...8),
                                              begin: input.compose(Self.timePieces, count: 0...2),
                                              eind: input.compose(Self.timePieces, count: 0...2),
                                              vanaf: input.compose(["2026-", "01-", "13", "02-29", "9999-"], count: 0...4),
                                              tot: input.chance(50) ? input.compose(["2026-", "12-", "31"], count: 0...4) : nil,
                                              uitgezonderd: skipped)
                return nil
            } catch let error as MeetingScheduleError {
                let fields = Set(["rrule", "begin", "eind", "vanaf", "tot"] + skipped.indices.map { "uitgezonderd[\($0)]" })
                return error.issues.first { !fields.contains($0.field) || $0.message.isEmpty }.map { "unknown field \($0.field)" }
            } catch {
                return "unexpected error \(error)"
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    // MARK: Opening hours

    @Test func openingHoursParsingNeverCrashesAndNamesKnownFields() {
        let dayKeys = ["ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "MA", ""]
        let failures = PropertyRun(name: "opening hours", seed: Self.seed + 4, count: 3000, maximumSeconds: 1).run { input, _ in
            var days: [String: [String]] = [:]
            for _ in 0..<input.int(0...5) {
                days[input.pick(dayKeys)] = (0..<input.int(0...3)).map { _ in input.compose(Self.timePieces, count: 0...4) }
            }
            let exceptions = (0..<input.int(0...3)).map { _ in
                OpeningHours.RawException(datum: input.compose(["2026-", "12-", "25", "02-30", "x", " "], count: 0...4),
                                          gesloten: input.chance(50), toelichting: input.chance(30) ? input.noise(maxLength: 10) : nil)
            }
            do {
                let hours = try OpeningHours.parse(days: days, uitzonderingen: exceptions)
                for weekday in Weekday.allCases {
                    let ranges = hours.ranges(on: weekday)
                    if zip(ranges, ranges.dropFirst()).contains(where: { $0.0.overlaps($0.1) }) { return "overlapping ranges accepted" }
                }
                return nil
            } catch let error as OpeningHoursError {
                let fields = Set(days.keys).union(exceptions.indices.map { "uitzonderingen[\($0)].datum" })
                return error.issues.first { !fields.contains($0.field) || $0.message.isEmpty }.map { "unknown field \($0.field)" }
            } catch {
                return "unexpected error \(error)"
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    // MARK: Normaliser

    @Test func theNormaliserNeverCrashesAndIsStable() {
        let words = ["Mantelzorg", "ondersteuning", "auto's", "CAFÉ", "ĳsbaan", "Ĳmuiden", "begeleiding", "zorgen", "heden", "ﬁets",
                     "één", "naïef", "Straße", "İstanbul", "hulp-middelen", "2TU", "e\u{301}"]
        let failures = PropertyRun(name: "normaliser", seed: Self.seed + 5, count: 5000, maximumSeconds: 1).run { input, _ in
            let text = input.compose(words + [" ", "-", ".", "\n"], count: 0...12, noisePercent: 40)
            let folded = DutchNormalizer.fold(text)
            if DutchNormalizer.fold(folded) != folded { return "fold is not stable for \(text.debugDescription)" }
            let tokens = DutchNormalizer.tokenize(text)
            if tokens.contains(where: \.isEmpty) { return "empty token for \(text.debugDescription)" }
            if tokens.contains(where: { $0.contains(" ") }) { return "token with a space for \(text.debugDescription)" }
            if !Set(DutchNormalizer.terms(text)).isSubset(of: tokens) { return "a term that is no token for \(text.debugDescription)" }
            if tokens.contains(where: { DutchNormalizer.stem($0).isEmpty }) { return "empty stem for \(text.debugDescription)" }
            return nil
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    // MARK: Anonymisation scanner

    static let personalPieces = [
        "de heer ", "mevrouw ", "Mw. ", "dhr. ", "Jansen", "De Vries", "van den Berg", "06-12345678", "+31 6 1234 5678", "030 123 45 67",
        "0612345678", "1234 AB", "1234AB 12", "Dorpsstraat 12a", "NL91ABNA0417164300", "123456782", "12-AB-34", "12-03-1950",
        "geboren op 3 maart 1950", "(74)", "74 jaar", "in Testdorp", "a@b.nl", "x@", "@y.nl", " ", "\n", ".", ",", "Het ", "is ",
    ]

    @Test func thePersonalDataScannerNeverCrashesAndLocatesEveryFinding() {
        let scanner = PersonalDataScanner(dictionary: ["het", "is", "de", "een", "zorg"], allowList: ["Jansen"], smallPlaces: ["Testdorp"])
        let failures = PropertyRun(name: "scanner", seed: Self.seed + 6, count: 3000, maximumSeconds: 2).run { input, _ in
            // The load stage turns CR and CRLF into LF before the scanner sees a text. Other line
            // separators are left out here; see `lineSeparatorsDoNotShiftFindingLines`.
            let text = input.compose(Self.personalPieces, count: 0...30, noisePercent: 20)
                .unicodeScalars.filter { !["\r", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }
                .reduce(into: "") { $0.unicodeScalars.append($1) }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for finding in scanner.scan(text) {
                guard (1...lines.count).contains(finding.line) else { return "line \(finding.line) of \(lines.count)" }
                guard (1...lines[finding.line - 1].count + 1).contains(finding.column) else {
                    return "column \(finding.column) on a line of \(lines[finding.line - 1].count) in \(text.debugDescription)"
                }
                guard !finding.maskedText.isEmpty else { return "empty mask" }
            }
            return nil
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Found by the property above: the scanner counted U+2028 (pasted from web pages and Word) as
    /// a line break, but editors and every other diagnostic count only LF, so the reported line
    /// was one too far.
    @Test func lineSeparatorsDoNotShiftFindingLines() {
        let scanner = PersonalDataScanner(dictionary: ["het", "is"])
        for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
            let text = "Zij liep\(separator)naar huis.\nBel 06-12345678."
            #expect(scanner.scan(text).first?.line == 2, "separator \(separator.unicodeScalars.first!.value)")
        }
    }

    /// Long lines and many lines stay fast: no quadratic blow-up on a 1 MB casus.
    @Test func theScannerStaysFastOnABigText() {
        let scanner = PersonalDataScanner(dictionary: ["het", "is"])
        var input = FuzzInput(seed: Self.seed + 7)
        let text = input.compose(Self.personalPieces, count: 40_000...40_000, noisePercent: 10)
        let start = ContinuousClock.now
        _ = scanner.scan(text)
        #expect(ContinuousClock.now - start < .seconds(20))
    }
}
