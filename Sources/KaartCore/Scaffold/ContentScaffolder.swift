import Foundation

/// `kaart new`: writes a new content file with every field of its kind, ready to fill in.
public struct ContentScaffolder: Sendable {
    private let contentDirectory: String
    private let plansDirectory: String
    private let today: LocalDate

    /// - Parameter plansDirectory: where plans go; nil means `<content>/plannen`.
    public init(contentDirectory: String, plansDirectory: String? = nil, clock: any BuildClock = SystemBuildClock()) {
        self.contentDirectory = contentDirectory.trimmingSlashSuffix()
        self.plansDirectory = (plansDirectory ?? "\(self.contentDirectory)/plannen").trimmingSlashSuffix()
        today = clock.today
    }

    /// The path the new file gets.
    public func path(kind: ContentKind, slug: String) -> String {
        kind == .plan ? "\(plansDirectory)/\(slug).md" : "\(contentDirectory)/\(kind.folder)/\(slug).md"
    }

    /// The text of the new file.
    public func text(kind: ContentKind, slug: String) -> String {
        ScaffoldTemplate(kind: kind, slug: slug, defaults: ScaffoldDefaults(contentDirectory: contentDirectory, today: today)).text
    }

    /// Writes the file and returns its path. Refuses an invalid slug and never replaces a file.
    @discardableResult
    public func create(kind: ContentKind, slug: String) throws(ScaffoldError) -> String {
        if let problem = SlugRules.problem(with: slug) { throw ScaffoldError(message: problem) }
        let target = path(kind: kind, slug: slug)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw ScaffoldError(message: "Het bestand \(target) bestaat al. Kies een andere naam, of pas het bestaande bestand aan.")
        }
        do {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text(kind: kind, slug: slug).utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            throw ScaffoldError(message: "Het bestand \(target) kon niet worden geschreven: \(error.localizedDescription)")
        }
        return target
    }
}

/// Why `kaart new` wrote nothing, in Dutch.
public struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
