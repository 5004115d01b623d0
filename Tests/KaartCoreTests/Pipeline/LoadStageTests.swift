import Foundation
import Testing
@testable import KaartCore

@Suite("Load stage: files, fences, encodings")
struct LoadStageTests {
    private let entry = """
    ---
    titel: Inloop
    samenvatting: Koffie.
    categorie: inloop
    gemeenten: [Testdorp]
    doelgroepen: [inwoners]
    toegang: vrij
    laatst_gecontroleerd: 2026-10-01
    ---
    Tekst.
    """

    @Test func theMinimalSiteBuilds() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.isEmpty)
        #expect(report.entries == 5)
    }

    @Test func aMissingOpeningFenceIsAnErrorOnLineOne() throws {
        let site = try FixtureSite("-- voorzieningen/kapot.md --\ntitel: Zonder streepjes\n")
        defer { site.remove() }
        let errors = site.failingBuild().about("voorzieningen/kapot.md")
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 1)
        #expect(errors.first?.message.contains("'---'") == true)
    }

    @Test func anUnclosedFenceIsAnError() throws {
        let site = try FixtureSite("-- voorzieningen/open.md --\n---\ntitel: Open\nsamenvatting: x\n")
        defer { site.remove() }
        let errors = site.failingBuild().about("voorzieningen/open.md")
        #expect(errors.first?.message.contains("niet afgesloten") == true)
    }

    @Test(arguments: ["Hoofdletter.md", "met_underscore.md", "-streep.md", "streep-.md", "dubbel--streep.md", "spatie naam.md", "café.md"])
    func anInvalidFileNameIsAnError(name: String) throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(entry, to: "voorzieningen/\(name)")
        let errors = site.failingBuild().about("voorzieningen/\(name)")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("geen geldige slug") == true)
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        var bytes = Data(entry.utf8)
        bytes.append(contentsOf: [0x0A, 0xC3, 0x28, 0x0A])
        try site.write(bytes, to: "voorzieningen/kapot.md")
        let errors = site.failingBuild().about("voorzieningen/kapot.md")
        #expect(errors.first?.message.contains("UTF-8") == true)
        #expect(errors.first?.location.line == 11)
    }

    @Test func aByteOrderMarkAndWindowsLineEndingsSimplyWork() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let windows = Data([0xEF, 0xBB, 0xBF]) + Data(entry.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try site.write(windows, to: "voorzieningen/windows.md")
        _ = try site.build()
        let page = try site.read("voorzieningen/windows/index.html")
        #expect(page.contains("<h1>Inloop</h1>"))
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let huge = entry + String(repeating: "Lange tekst. ", count: 500_000)
        try site.write(huge, to: "voorzieningen/groot.md")
        let errors = site.failingBuild().about("voorzieningen/groot.md")
        #expect(errors.first?.message.contains("te groot") == true)
    }

    @Test func aSymlinkOutsideTheContentFolderIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let outside = site.root.appendingPathComponent("geheim.md")
        try Data(entry.utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: "\(site.contentDirectory)/voorzieningen/link.md", withDestinationPath: outside.path)
        let errors = site.failingBuild().about("voorzieningen/link.md")
        #expect(errors.first?.message.contains("buiten de map") == true)
    }

    @Test func aMissingSiteFileIsAnError() throws {
        let site = try FixtureSite(removing: ["site.yml"])
        defer { site.remove() }
        let errors = site.failingBuild().about("site.yml")
        #expect(errors.first?.message.contains("site.yml ontbreekt") == true)
    }
}
