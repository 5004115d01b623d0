/// What to build, and from where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// The plans folder; `nil` means `<content>/plannen`.
    public var plansDirectory: String?
    /// Build without any plans (`--zonder-plannen`).
    public var withoutPlans: Bool
    /// The token store; outside `public/`, ignored by git.
    public var tokenStorePath: String

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "public",
                plansDirectory: String? = nil, withoutPlans: Bool = false, tokenStorePath: String = TokenStore.defaultRelativePath) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.plansDirectory = plansDirectory
        self.withoutPlans = withoutPlans
        self.tokenStorePath = tokenStorePath
    }

    var effectivePlansDirectory: String? {
        withoutPlans ? nil : (plansDirectory ?? "\(contentDirectory.trimmingSlashSuffix())/plannen")
    }
}
