import Testing
@testable import KaartCore

@Suite("Anonymisation corpus")
struct PersonalDataCorpusTests {
    let corpus = AnonymisationCorpus.shared
    let scanner = AnonymisationCorpus.scanner

    @Test("The word list is installed, so name checks use it")
    func dictionaryIsLoaded() {
        #expect(AnonymisationWordList.words.count > 100_000)
        #expect(AnonymisationWordList.words.contains("mantelzorg"))
        // Words that double as names are left out on purpose.
        #expect(!AnonymisationWordList.words.contains("bakker"))
        #expect(!AnonymisationWordList.words.contains("jansen"))
    }

    @Test("The corpus is big enough and covers every kind")
    func corpusCoversEveryKind() {
        #expect(corpus.positives.count >= 70)
        #expect(corpus.negatives.count >= 70)
        let kinds = Set(corpus.positives.map(\.kind))
        #expect(kinds == Set(PersonalDataFinding.Kind.allCases.map(\.rawValue)))
    }

    @Test("Each positive snippet yields a finding of its kind", arguments: AnonymisationCorpus.shared.positives)
    func positiveIsFound(_ positive: AnonymisationCorpus.Positive) throws {
        let kind = try #require(PersonalDataFinding.Kind(rawValue: positive.kind))
        let findings = scanner.scan(positive.text)
        #expect(findings.contains { $0.kind == kind }, "missed \(positive.kind) in: \(positive.text); got \(findings)")
    }

    @Test("Recall is 100 % and false positives on negatives are at most 2")
    func recallAndFalsePositives() {
        let found = corpus.positives.filter { positive in
            scanner.scan(positive.text).contains { $0.kind.rawValue == positive.kind }
        }
        let falsePositives = corpus.negatives.filter { !scanner.scan($0).isEmpty }
        let recall = Double(found.count) / Double(corpus.positives.count) * 100
        print("anonymisation corpus: recall \(found.count)/\(corpus.positives.count) = \(recall) %, "
              + "false positives \(falsePositives.count)/\(corpus.negatives.count)")
        for text in falsePositives { print("  false positive: \(text) -> \(scanner.scan(text).map(\.kind))") }
        #expect(found.count == corpus.positives.count)
        #expect(falsePositives.count <= 2)
    }

    @Test("Findings in positives are warnings only for age plus place")
    func warningOnlyMatchesKind() {
        for positive in corpus.positives {
            for finding in scanner.scan(positive.text) {
                #expect(finding.isWarningOnly == (finding.kind == .leeftijdEnPlaats))
            }
        }
    }
}
