import Foundation

/// Scans every casus, front matter and body, for personal data. Plans are never scanned: they
/// name the client by design and are never published in plain text.
///
/// Each finding is an error at its `file:line:col` with the text masked; an age next to a small
/// place is a warning. Every allow-list entry is reported, used or not, so the allow-list can
/// never hide data silently.
public struct CasusPrivacyCheck: Sendable {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// One Dutch line per allow-list entry, for the build summary.
        public var allowListReport: [String]
    }

    private let scanner: PersonalDataScanner
    private let settings: AnonymisationSettings

    /// Scan reports of earlier builds (`--watch`), by a fingerprint of the text and the settings.
    private let memo: GenerationMemo<Fingerprint, PersonalDataScanReport>?

    public init(settings: AnonymisationSettings, dictionary: Set<String>) {
        self.init(settings: settings, dictionary: dictionary, memo: nil)
    }

    /// - Parameter memo: reports of earlier builds of this session, which uses one word list throughout.
    init(settings: AnonymisationSettings, dictionary: Set<String>, memo: GenerationMemo<Fingerprint, PersonalDataScanReport>?) {
        self.settings = settings
        self.memo = memo
        scanner = PersonalDataScanner(dictionary: dictionary, allowList: settings.allowList.map(\.tekst),
                                      smallPlaces: Set(settings.smallPlaces))
    }

    public func check(_ casussen: [Casus]) -> Result {
        var diagnostics: [Diagnostic] = []
        var uses: [String: Int] = [:]
        let reports = ConcurrentResults<PersonalDataScanReport>(count: casussen.count)
        DispatchQueue.concurrentPerform(iterations: casussen.count) { index in
            reports[index] = scanReport(casussen[index].sourceText)
        }
        for (casus, report) in zip(casussen, reports.values) {
            for finding in report.findings {
                let location = SourceLocation(path: casus.path, line: finding.line, column: finding.column)
                if finding.isWarningOnly {
                    diagnostics.append(.warning("Een precieze leeftijd bij een kleine plaats kan iemand herkenbaar maken (\(finding.maskedText)). Maak het vager, bijvoorbeeld 'een man van in de tachtig'.", at: location))
                } else {
                    diagnostics.append(.error("Mogelijk persoonsgegeven (\(finding.dutchLabel)): \(finding.maskedText). Haal het weg of maak het anoniem. Weet u zeker dat het geen persoonsgegeven is? Zet het dan in anonimisering.yml.", at: location))
                }
            }
            for allowed in report.allowed { uses[allowed.allowListEntry, default: 0] += 1 }
        }
        let allowListReport = settings.allowList.map { entry in
            "anonimisering.yml: '\(entry.tekst)' is toegestaan (\(entry.reden)), \(uses[entry.tekst] ?? 0) keer gebruikt in casussen."
        }
        return Result(diagnostics: diagnostics, allowListReport: allowListReport)
    }

    private func scanReport(_ text: String) -> PersonalDataScanReport {
        guard let memo else { return scanner.scanReport(text) }
        var key = FingerprintHasher()
        key.add(text)
        for entry in settings.allowList { key.add(entry.tekst) }
        key.add(-1)
        for place in settings.smallPlaces { key.add(place) }
        return memo.value(for: key.finalize()) { scanner.scanReport(text) }
    }
}
