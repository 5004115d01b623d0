import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import KaartCore

@Suite("Scanner performance")
struct PersonalDataScannerPerformanceTests {
    /// About 1 MB of care text with some personal data planted in it.
    static func largeText() -> (text: String, paragraphs: Int) {
        let paragraph = """
        De heer X heeft een herseninfarct gehad. Meneer meldt zich bij het Wmo-loket met een vraag om
        ondersteuning. Mevrouw Y krijgt respijtzorg en gaat op 12 maart 2024 om 19:30 naar de lotgenotengroep.
        De eigen bijdrage is € 25,00 per maand; de zelfredzaamheidsmatrix scoort 2 op financiën en 1 op dagbesteding.
        Openingstijden: ma t/m vr 9.00-17.00 uur. Tel 3 keer per dag de stappen. In 2019 startte de pilot.
        Bel 06-12345678 of mail naar j.jansen@example.nl; mevrouw De Vries woont aan de Lindelaan 12.


        """
        var text = ""
        var paragraphs = 0
        text.reserveCapacity(1_100_000)
        while text.utf8.count < 1_000_000 {
            text += paragraph
            paragraphs += 1
        }
        return (text, paragraphs)
    }

    @Test("Scanning 1 MB stays well under a second in a release build")
    func scanOneMegabyte() {
        let (text, paragraphs) = Self.largeText()
        let scanner = PersonalDataScanner(dictionary: AnonymisationWordList.words, smallPlaces: ["Oudemolen"])
        let clock = ContinuousClock()
        var findings: [PersonalDataFinding] = []
        let cpuBefore = Self.threadCPUSeconds()
        let wall = clock.measure { findings = scanner.scan(text) }
        // CPU time of this thread: the build machine is shared, so wall time includes waiting.
        let cpu = Self.threadCPUSeconds() - cpuBefore
        print("anonymisation scan of \(text.utf8.count) bytes: CPU \(cpu) s, wall \(wall), \(findings.count) findings")
        // Per paragraph: a phone number, an e-mail address, a name and a street address.
        #expect(findings.count == paragraphs * 4)
        #if DEBUG
        #expect(cpu < 30)
        #else
        #expect(cpu < 1)
        #endif
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
