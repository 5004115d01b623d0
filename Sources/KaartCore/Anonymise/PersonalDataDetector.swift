/// A candidate finding before masking, allow-listing and de-duplication.
struct RawFinding {
    let kind: PersonalDataFinding.Kind
    /// Character offsets in the scanned text.
    let start: Int
    let end: Int
    /// Texts an allow-list entry may equal to suppress this finding: the finding itself first,
    /// then wider forms (for a name: the name with its title, e.g. "de heer Poetsson").
    let allowTexts: [String]
}

/// One family of personal data (phone numbers, names, …). Each detector only proposes candidates;
/// the scanner decides about overlaps and the allow-list.
protocol PersonalDataDetector: Sendable {
    func detect(in text: ScannedText) -> [RawFinding]
}

extension ScannedText {
    /// A raw finding spanning tokens `first...last`.
    func finding(_ kind: PersonalDataFinding.Kind, tokens first: Int, _ last: Int, widerFrom: Int? = nil) -> RawFinding {
        let start = tokens[first].start, end = tokens[last].end
        var allow = [text(from: start, to: end)]
        if let wider = widerFrom { allow.append(text(from: tokens[wider].start, to: end)) }
        return RawFinding(kind: kind, start: start, end: end, allowTexts: allow)
    }
}
