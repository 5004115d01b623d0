/// One Markdown content file, split into front matter and body, with line numbers kept.
public struct SourceFile: Sendable {
    /// The path as editors see it, e.g. `content/voorzieningen/logeerhuis.md`.
    public var path: String
    public var kind: ContentKind
    /// The file name without `.md`.
    public var slug: String
    /// The whole text, with a byte-order mark removed and line endings as `\n`.
    public var text: String
    /// The YAML between the two `---` fences.
    public var frontMatter: String
    /// The file line on which the front matter starts (the line after the first fence).
    public var frontMatterFirstLine: Int
    /// The Markdown after the closing fence.
    public var body: String
    /// The file line on which the body starts.
    public var bodyFirstLine: Int

    public init(path: String, kind: ContentKind, slug: String, text: String,
                frontMatter: String, frontMatterFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.path = path
        self.kind = kind
        self.slug = slug
        self.text = text
        self.frontMatter = frontMatter
        self.frontMatterFirstLine = frontMatterFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// A location inside the front matter, given a 1-based line and column within the YAML.
    public func frontMatterLocation(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: frontMatterFirstLine + line - 1, column: column)
    }
}

/// A YAML settings file such as `site.yml`.
public struct SettingsFile: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
