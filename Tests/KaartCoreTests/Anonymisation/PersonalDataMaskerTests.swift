import Testing
@testable import KaartCore

@Suite("Masking personal data")
struct PersonalDataMaskerTests {
    @Test("Keeps at most the first 2 and last 1 characters", arguments: [
        ("06-12345678", "06••••••••8"), ("NL91ABNA0417164300", "NL•••••••••••••••0"), ("Jansen", "Ja•••n"),
        ("Anja", "A••a"), ("Jan", "J••"), ("Bo", "••"), ("X", "•"), ("", ""),
    ])
    func masksValue(_ raw: String, _ expected: String) {
        #expect(PersonalDataMasker.mask(raw) == expected)
    }

    @Test("A masked value never shows the whole value, for any length")
    func neverShowsWholeValue() {
        for length in 1...40 {
            let raw = String(repeating: "7", count: length)
            let masked = PersonalDataMasker.mask(raw)
            let visible = masked.filter { $0 != PersonalDataMasker.maskCharacter }
            #expect(masked.count == length)
            #expect(visible.count <= 3)
            #expect(visible.count < length)
            #expect(masked != raw)
        }
    }

    @Test("No finding in the corpus shows its value: at most 3 visible characters, never found verbatim")
    func corpusFindingsAreMasked() {
        for positive in AnonymisationCorpus.shared.positives {
            for finding in AnonymisationCorpus.scanner.scan(positive.text) {
                let visible = finding.maskedText.filter { $0 != PersonalDataMasker.maskCharacter }
                #expect(visible.count <= 3, "\(finding.maskedText)")
                #expect(finding.maskedText.contains(PersonalDataMasker.maskCharacter))
                #expect(!positive.text.contains(finding.maskedText))
            }
        }
    }

    @Test("A line break inside a finding becomes a space before masking")
    func lineBreakInsideFinding() {
        #expect(PersonalDataMasker.mask("De\nVries") == "De•••••s")
    }
}
