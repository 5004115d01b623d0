import Foundation
@testable import KaartCore

/// A small site written into a temporary folder from inline blocks, the way Hugo's tests do:
///
/// ```
/// -- voorzieningen/inloop.md --
/// ---
/// titel: Inloop
/// ---
/// Tekst.
/// ```
struct FixtureSite {
    let root: URL

    var contentDirectory: String { root.appendingPathComponent("content").path }
    var outputDirectory: String { root.appendingPathComponent("public").path }

    /// The repository's real templates, so fixture builds test what ships.
    static let templatesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    /// Writes the minimal valid site, then `overrides` (files with the same name replace it).
    init(_ overrides: String = "", removing removed: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-fixture-\(UUID().uuidString)")
        var files = Self.parse(FixtureSite.minimal)
        for (name, text) in Self.parse(overrides) { files[name] = text }
        for name in removed { files[name] = nil }
        for (name, text) in files { try write(text, to: name) }
    }

    func write(_ text: String, to name: String) throws {
        try write(Data(text.utf8), to: name)
    }

    func write(_ data: Data, to name: String) throws {
        let url = root.appendingPathComponent("content").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func options(plans: Bool = false) -> BuildOptions {
        BuildOptions(contentDirectory: contentDirectory, templatesDirectory: Self.templatesDirectory,
                     outputDirectory: outputDirectory, withoutPlans: !plans)
    }

    /// Runs the build with today pinned to 2026-11-26.
    @discardableResult
    func build(plans: Bool = false) throws(BuildFailure) -> BuildReport {
        try SiteBuilder(options: options(plans: plans), clock: FixedBuildClock(today: FixtureSite.today)).build()
    }

    /// The diagnostics of a build that must fail.
    func failingBuild() -> [Diagnostic] {
        do {
            _ = try build()
            return []
        } catch {
            return error.diagnostics
        }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(outputDirectory)/\(path)", encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static let today = LocalDate(year: 2026, month: 11, day: 26)!

    static func parse(_ blocks: String) -> [String: String] {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files[current] = lines.joined(separator: "\n") + "\n" }
        }
        for line in blocks.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        return files
    }
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter(\.isError) }
    var warnings: [Diagnostic] { filter { !$0.isError } }

    /// The diagnostics about one file, by its name relative to the content folder.
    func about(_ name: String) -> [Diagnostic] { filter { $0.location.path.hasSuffix("/" + name) } }
}
