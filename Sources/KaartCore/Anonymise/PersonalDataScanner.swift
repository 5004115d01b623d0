/// Scans a text (a whole casus file: front matter and body) for likely personal data.
///
/// The scanner is deliberately cautious: it would rather raise a false alarm, which an editor can
/// put on the allow-list, than let a name or number through. It cannot replace reading the case.
public struct PersonalDataScanner: Sendable {
    private let detectors: [any PersonalDataDetector]
    private let allowList: [String: String]  // normalised entry → entry as written

    /// - Parameters:
    ///   - dictionary: lower-cased common Dutch words (OpenTaal list, see `DutchWordList.load()`),
    ///     used to tell common words from names after a title.
    ///   - allowList: exact texts an editor reviewed and allowed, matched case-insensitively
    ///     (and with runs of white space counted as one space) against a finding's full text.
    ///     For a name, both "Poetsson" and "de heer Poetsson" work.
    ///   - smallPlaces: names of small places; an exact age near one of them gives a warning.
    public init(dictionary: Set<String>, allowList: [String] = [], smallPlaces: Set<String> = []) {
        let classifier = NameClassifier(dictionary: dictionary)
        // Order is priority: when two findings overlap, the earlier detector's finding wins.
        detectors = [
            EmailDetector(), IBANDetector(), LicensePlateDetector(), PhoneNumberDetector(), BSNDetector(),
            BirthDateDetector(), PostcodeDetector(), StreetAddressDetector(),
            TitledNameDetector(classifier: classifier), BracketedAgeNameDetector(classifier: classifier),
            AgeAndPlaceDetector(smallPlaces: smallPlaces),
        ]
        var entries: [String: String] = [:]
        for entry in allowList where !Self.normalise(entry).isEmpty {
            entries[Self.normalise(entry)] = entry
        }
        self.allowList = entries
    }

    /// Findings in text order (line, then column). Allow-listed texts are left out.
    public func scan(_ text: String) -> [PersonalDataFinding] {
        scanReport(text).findings
    }

    /// Findings plus the ones the allow-list suppressed, so a build summary can show every
    /// allow-list entry that was used: an allow-list must never hide data silently.
    public func scanReport(_ text: String) -> PersonalDataScanReport {
        let scanned = ScannedText(text)
        var kept = OverlapFreeFindings()
        for detector in detectors {
            for candidate in detector.detect(in: scanned) { kept.insertUnlessOverlapping(candidate) }
        }

        var findings: [PersonalDataFinding] = []
        var allowed: [PersonalDataScanReport.AllowedFinding] = []
        for raw in kept.sorted {
            let (line, column) = scanned.position(of: raw.start)
            let finding = PersonalDataFinding(kind: raw.kind, line: line, column: column,
                                              maskedText: PersonalDataMasker.mask(raw.allowTexts[0]))
            if let entry = raw.allowTexts.lazy.compactMap({ allowList[Self.normalise($0)] }).first {
                allowed.append(.init(finding: finding, allowListEntry: entry))
            } else {
                findings.append(finding)
            }
        }
        return PersonalDataScanReport(findings: findings, allowed: allowed)
    }

    static func normalise(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The result of a scan, including what the allow-list let through.
public struct PersonalDataScanReport: Sendable, Equatable {
    /// A finding that an allow-list entry suppressed.
    public struct AllowedFinding: Sendable, Equatable {
        public let finding: PersonalDataFinding
        /// The allow-list entry, as the editor wrote it.
        public let allowListEntry: String
    }

    /// Findings that were not allowed, in text order.
    public let findings: [PersonalDataFinding]
    /// Findings suppressed by the allow-list, in text order.
    public let allowed: [AllowedFinding]
}

/// Findings sorted by start, none overlapping another. Earlier inserts win.
struct OverlapFreeFindings {
    private(set) var sorted: [RawFinding] = []

    mutating func insertUnlessOverlapping(_ candidate: RawFinding) {
        // First kept finding that starts at or after the candidate.
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].start < candidate.start { low = mid + 1 } else { high = mid }
        }
        if low < sorted.count, sorted[low].start < candidate.end { return }
        if low > 0, sorted[low - 1].end > candidate.start { return }
        sorted.insert(candidate, at: low)
    }
}
