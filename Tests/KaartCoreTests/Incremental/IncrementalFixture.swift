import Foundation
@testable import KaartCore

/// A fixture site with a plan, a token store, its own copy of the templates and a build cache,
/// for comparing incremental builds with clean ones. With `rememberingBuilds`, its incremental
/// builds share one `RebuildMemory`, as the builds of `kaart build --watch` do.
///
/// Every build pins the clock to `FixtureSite.today` and seals plans with nonces from a fresh
/// `SeededRandomBytes(seed:)`, so a clean build and an incremental build of the same input must
/// produce the same bytes, plan pages included.
struct IncrementalFixture {
    let site: FixtureSite
    let memory: RebuildMemory?
    static let seed: UInt64 = 11
    /// An entry the fixture site does not have, for tests that add one.
    static let maatjes = """
        ---
        titel: Maatjesproject Samen
        samenvatting: Een vrijwilliger gaat met u op pad.
        categorie: inloop
        gemeenten: [Buurdorp]
        doelgroepen: [inwoners, mantelzorgers]
        toegang: vrij
        laatst_gecontroleerd: 2026-11-02
        ---
        Samen naar de markt.
        """

    var templatesDirectory: String { site.root.appendingPathComponent("templates").path }
    var cacheDirectory: String { site.root.appendingPathComponent("cache").path }
    var cleanOutputDirectory: String { site.root.appendingPathComponent("clean").path }
    /// The previous site that an incremental build keeps for the next one to stage into.
    var spareDirectory: String { site.root.appendingPathComponent(".public.spare").path }

    init(rememberingBuilds: Bool = false) throws {
        site = try FixtureSite(FixtureSite.planFile())
        memory = rememberingBuilds ? RebuildMemory() : nil
        try FileManager.default.copyItem(atPath: FixtureSite.templatesDirectory, toPath: templatesDirectory)
        try site.issueToken()
    }

    func options(output: String? = nil, cached: Bool = true) -> BuildOptions {
        var options = site.planOptions()
        options.templatesDirectory = templatesDirectory
        options.outputDirectory = output ?? site.outputDirectory
        options.cacheDirectory = cached ? cacheDirectory : nil
        return options
    }

    /// The build an editor runs: into `public/`, with the cache (and the memory, if any).
    @discardableResult
    func incrementalBuild() throws(BuildFailure) -> BuildReport {
        try SiteBuilder(options: options(), clock: FixedBuildClock(today: FixtureSite.today), random: SeededRandomBytes(seed: Self.seed),
                        memory: memory).build()
    }

    /// Two builds, so that the next one stages into the spare (the site before the current one).
    /// With a memory, the folders' times settle in between, so the next build trusts the listing
    /// of the spare that the second one left (`SpareTreeListing`).
    func buildTwiceLeavingASpare() throws {
        try incrementalBuild()
        if memory != nil { Thread.sleep(forTimeInterval: SpareTreeListing.settlingTime * 2) }
        try incrementalBuild()
        memory?.waitForSpareRead()
    }

    /// The reference: everything rendered anew into another folder, without a cache.
    @discardableResult
    func cleanBuild() throws -> BuildReport {
        try FileManager.default.removeItem(atPath: cleanOutputDirectory, ifPresent: true)
        return try SiteBuilder(options: options(output: cleanOutputDirectory, cached: false),
                               clock: FixedBuildClock(today: FixtureSite.today), random: SeededRandomBytes(seed: Self.seed)).build()
    }

    /// Every file of an output folder by relative path.
    static func files(in directory: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: directory) ?? [] {
            var isDirectory: ObjCBool = false
            let path = "\(directory)/\(relative)"
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: path)
        }
        return files
    }

    /// Paths that differ between `public/` and the clean build (missing on one side, or other bytes).
    func differencesFromCleanBuild() throws -> [String] {
        try cleanBuild()
        let incremental = Self.files(in: site.outputDirectory)
        let clean = Self.files(in: cleanOutputDirectory)
        return Set(incremental.keys).union(clean.keys).filter { incremental[$0] != clean[$0] }.sorted()
    }

    /// `differencesFromCleanBuild()`, with a failure of the clean build reported as a difference.
    func cleanBuildDifferences() -> [String] {
        do {
            return try differencesFromCleanBuild()
        } catch {
            return ["the clean build failed: \(error)"]
        }
    }

    /// A published page as text; empty when it is missing.
    func page(_ path: String) -> String {
        (try? site.read(path)) ?? ""
    }

    /// The inode of a published file, to tell a carried-over file from a rewritten one.
    func inode(_ path: String) -> UInt64? {
        var info = stat()
        guard stat("\(site.outputDirectory)/\(path)", &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }

    func edit(_ name: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent("content").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit of \(name) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    func editTemplate(_ name: String, _ change: (String) -> String) throws {
        let url = URL(fileURLWithPath: templatesDirectory).appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit of \(name) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    func remove() { site.remove() }
}

extension FileManager {
    func removeItem(atPath path: String, ifPresent: Bool) throws {
        if fileExists(atPath: path) { try removeItem(atPath: path) }
    }
}
