import Foundation
import Testing
@testable import KaartCore

/// Runs the real `kaart plan …` and `kaart build` binaries, the way a consultant does.
@Suite("Plan command line")
struct PlanCommandLineTests {
    /// `$KAART_BINARY`, else the `kaart` built beside this test bundle (any scratch path), else `.build/debug/kaart`.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["KAART_BINARY"], !path.isEmpty { return path }
        if let folder = Bundle.main.executableURL?.deletingLastPathComponent() {
            for candidate in [folder, folder.deletingLastPathComponent()] {
                let path = candidate.appendingPathComponent("kaart").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return CommandLineTests.binary
    }()

    /// A plan that stays valid whatever day the binary thinks it is (the CLI uses the real clock).
    static func planFile(slug: String = "plan-wilhelmina") -> String {
        FixtureSite.planFile(slug: slug, geldigTot: "2030-12-31")
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// `kaart plan <arguments> --content … --tokens …` for the fixture.
    static func plan(_ arguments: [String], _ site: FixtureSite) throws -> (status: Int32, output: String, error: String) {
        try run(["plan"] + arguments + ["--content", site.contentDirectory, "--tokens", site.tokenStorePath])
    }

    static func build(_ site: FixtureSite) throws -> (status: Int32, output: String, error: String) {
        try run(["build", "--content", site.contentDirectory, "--templates", FixtureSite.templatesDirectory,
                 "--output", site.outputDirectory, "--tokens", site.tokenStorePath])
    }

    /// The token at the end of a share link.
    static func token(in link: String) throws -> PlanToken {
        let fragment = try #require(link.split(separator: "#").last)
        return try #require(PlanToken(parsing: String(fragment)))
    }

    @Test func helpNamesEverySubcommandAndOption() throws {
        let help = try Self.run(["plan", "--help"])
        #expect(help.status == 0)
        for name in ["token", "link", "rotate", "revoke", "list"] { #expect(help.output.contains(name), "\(name)") }
        let token = try Self.run(["plan", "token", "--help"])
        for option in ["--alle", "--content", "--plannen", "--tokens"] { #expect(token.output.contains(option), "\(option)") }
        #expect(try Self.run(["plan", "list", "--help"]).output.contains("--toon-codes"))
    }

    @Test func theConsultantFlowIssueBuildLinkRotateRevoke() throws {
        let site = try FixtureSite(Self.planFile())
        defer { site.remove() }

        let failed = try Self.build(site)
        #expect(failed.status != 0)
        #expect(failed.error.contains("plannen/plan-wilhelmina.md:1:1: fout:"))
        #expect(failed.error.contains("kaart plan token plan-wilhelmina"))

        let issued = try Self.plan(["token", "plan-wilhelmina"], site)
        #expect(issued.status == 0, "\(issued.error)")
        let link = try #require(issued.output.split(separator: "\n").last.map(String.init))
        let token = try Self.token(in: link)
        let pageId = PlanKeyDerivation(token: token).pageId
        #expect(link == "https://kaart.example.nl/plan/\(pageId)/#\(token.formatted)")
        #expect(TokenStoreFile.permissions(of: URL(fileURLWithPath: site.tokenStorePath)) == 0o600)

        let built = try Self.build(site)
        #expect(built.status == 0, "\(built.error)")
        #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/plan/\(pageId)/index.html"))

        let shown = try Self.plan(["link", "plan-wilhelmina"], site)
        #expect(shown.status == 0)
        #expect(shown.output == link + "\n")

        let list = try Self.plan(["list"], site)
        #expect(list.output == "plan\tuitgegeven\tgeldig tot\tstatus\nplan-wilhelmina\t\(PlanDate.today())\t2030-12-31\tactief\n")
        #expect(!list.output.contains(token.formatted) && !list.output.contains(token.compact))
        let codes = try Self.plan(["list", "--toon-codes"], site)
        #expect(codes.output.contains("\tcode\n"))
        #expect(codes.output.contains("\tactief\t\(token.formatted)\n"))

        let rotated = try Self.plan(["rotate", "plan-wilhelmina"], site)
        #expect(rotated.status == 0)
        #expect(rotated.output.contains("De oude link werkt niet meer"))
        let newToken = try Self.token(in: try #require(rotated.output.split(separator: "\n").last.map(String.init)))
        #expect(newToken != token)
        #expect(try Self.build(site).status == 0)
        let newId = PlanKeyDerivation(token: newToken).pageId
        #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/plan/\(newId)/index.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(site.outputDirectory)/plan/\(pageId)"))

        let revoked = try Self.plan(["revoke", "plan-wilhelmina"], site)
        #expect(revoked.status == 0)
        #expect(revoked.output.contains("ingetrokken"))
        let noLink = try Self.plan(["link", "plan-wilhelmina"], site)
        #expect(noLink.status != 0)
        #expect(noLink.error.hasPrefix("fout: De code van plan \"plan-wilhelmina\" is ingetrokken"))
        #expect(noLink.output.isEmpty)
        #expect(try Self.plan(["list"], site).output.contains("\tingetrokken\n"))
        #expect(try Self.build(site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: "\(site.outputDirectory)/plan"))
    }

    @Test func tokenAllIssuesOnlyMissingTokens() throws {
        let site = try FixtureSite(Self.planFile(slug: "plan-a") + "\n" + Self.planFile(slug: "plan-b"))
        defer { site.remove() }
        let first = try Self.plan(["token", "--alle"], site)
        #expect(first.status == 0)
        let lines = first.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("plan-a: https://kaart.example.nl/plan/") && lines[1].hasPrefix("plan-b: "))
        let second = try Self.plan(["token", "--alle"], site)
        #expect(second.output == "Alle plannen hebben al een code.\n")
    }

    @Test func mistakesGiveDutchErrorsAndANonZeroExit() throws {
        let site = try FixtureSite(Self.planFile())
        defer { site.remove() }
        let neither = try Self.plan(["token"], site)
        #expect(neither.status != 0)
        #expect(neither.error.contains("Geef de naam van één plan, of gebruik --alle."))
        let both = try Self.plan(["token", "plan-wilhelmina", "--alle"], site)
        #expect(both.status != 0)

        let typo = try Self.plan(["token", "plan-wilhelmnia"], site)
        #expect(typo.status != 0)
        #expect(typo.error.contains("Bedoelde u 'plan-wilhelmina'?"))
        #expect(!FileManager.default.fileExists(atPath: site.tokenStorePath))

        #expect(try Self.plan(["token", "plan-wilhelmina"], site).status == 0)
        let twice = try Self.plan(["token", "plan-wilhelmina"], site)
        #expect(twice.status != 0)
        #expect(twice.error.contains("kaart plan rotate plan-wilhelmina"))
    }

    @Test func anOpenTokenStoreIsWarnedAbout() throws {
        let site = try FixtureSite(Self.planFile())
        defer { site.remove() }
        #expect(try Self.plan(["token", "plan-wilhelmina"], site).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: site.tokenStorePath)
        let list = try Self.plan(["list"], site)
        #expect(list.status == 0)
        #expect(list.error.contains("waarschuwing: "))
        #expect(list.error.contains("chmod 600"))
        let built = try Self.build(site)
        #expect(built.status == 0)
        #expect(built.error.contains("chmod 600"))
    }

    @Test func aSeparatePlansFolderIsRead() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let folder = site.root.appendingPathComponent("prive-plannen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try #require(FixtureSite.parse(Self.planFile(slug: "plan-extern")).values.first)
        try text.write(to: folder.appendingPathComponent("plan-extern.md"), atomically: true, encoding: .utf8)

        let issued = try Self.plan(["token", "plan-extern", "--plannen", folder.path], site)
        #expect(issued.status == 0, "\(issued.error)")
        let withoutFolder = try Self.plan(["link", "plan-extern"], site)
        #expect(withoutFolder.status != 0)
        let built = try Self.run(["build", "--content", site.contentDirectory, "--templates", FixtureSite.templatesDirectory,
                                  "--output", site.outputDirectory, "--tokens", site.tokenStorePath, "--plannen", folder.path])
        #expect(built.status == 0, "\(built.error)")
        #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/plan"))
    }
}
