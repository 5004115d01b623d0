import Foundation

/// What to build, and from where.
public struct BuildOptions: Sendable {
    /// The cache folder the command line uses unless told otherwise: `.kaart/cache` in the project
    /// folder (the folder that holds the content folder), so `kaart build` in a project gives
    /// `.kaart/cache`, which git ignores, and a build of a temporary site keeps its cache beside it.
    public static func defaultCacheDirectory(forContent contentDirectory: String) -> String {
        let project = (contentDirectory.trimmingSlashSuffix() as NSString).deletingLastPathComponent
        return project.isEmpty ? ".kaart/cache" : "\(project)/.kaart/cache"
    }

    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// The plans folder; `nil` means `<content>/plannen`.
    public var plansDirectory: String?
    /// Build without any plans (`--zonder-plannen`).
    public var withoutPlans: Bool
    /// The token store; outside `public/`, ignored by git.
    public var tokenStorePath: String
    /// The build cache for incremental builds (outside `public/`); `nil` renders everything anew.
    public var cacheDirectory: String?
    /// Remove the previous site after the swap without waiting (see `SiteWriter`); the command line sets it.
    public var removesPreviousSiteInBackground = false

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "public",
                plansDirectory: String? = nil, withoutPlans: Bool = false, tokenStorePath: String = TokenStore.defaultRelativePath,
                cacheDirectory: String? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.plansDirectory = plansDirectory
        self.withoutPlans = withoutPlans
        self.tokenStorePath = tokenStorePath
        self.cacheDirectory = cacheDirectory
    }

    var effectivePlansDirectory: String? {
        withoutPlans ? nil : (plansDirectory ?? "\(contentDirectory.trimmingSlashSuffix())/plannen")
    }
}
