import Foundation

/// One Markdown content file, split into front matter and body, with line numbers kept.
public struct SourceFile: Sendable {
    /// The path as editors see it, e.g. `content/voorzieningen/logeerhuis.md`.
    public let path: String
    public let kind: ContentKind
    /// The file name without `.md`.
    public let slug: String
    /// The whole text, with a byte-order mark removed and line endings as `\n`.
    public let text: String
    /// Where the YAML between the two `---` fences lies in `text`.
    public let frontMatterRange: Range<String.Index>
    /// The file line on which the front matter starts (the line after the first fence).
    public let frontMatterFirstLine: Int
    /// Where the Markdown after the closing fence lies in `text`.
    public let bodyRange: Range<String.Index>
    /// The file line on which the body starts.
    public let bodyFirstLine: Int
    /// Made on first use and shared by every copy: `--watch` keeps the files it read, so it hashes
    /// only the files it reads again, and `kaart check` never needs it.
    private let fingerprintCache = ContentFingerprintCache()

    /// The parts are kept as ranges of `text`: a national site holds some 200 MB of content,
    /// which stored copies of front matter and body would nearly double.
    public init(path: String, kind: ContentKind, slug: String, text: String,
                frontMatterRange: Range<String.Index>, frontMatterFirstLine: Int, bodyRange: Range<String.Index>, bodyFirstLine: Int) {
        self.path = path
        self.kind = kind
        self.slug = slug
        self.text = text
        self.frontMatterRange = frontMatterRange
        self.frontMatterFirstLine = frontMatterFirstLine
        self.bodyRange = bodyRange
        self.bodyFirstLine = bodyFirstLine
    }

    /// Kind, slug and text: everything the file gives a build apart from its path.
    var contentFingerprint: Fingerprint {
        fingerprintCache.value {
            var hasher = FingerprintHasher()
            hasher.add(kind.folder)
            hasher.add(slug)
            hasher.add(text)
            return hasher.finalize()
        }
    }

    /// The YAML between the two `---` fences (a new string on every call).
    public var frontMatter: String { String(text[frontMatterRange]) }

    /// The Markdown after the closing fence (a new string on every call).
    public var body: String { String(text[bodyRange]) }

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

/// The content fingerprint of one `SourceFile`, made once.
private final class ContentFingerprintCache: @unchecked Sendable {
    private var fingerprint: Fingerprint?
    private let lock = NSLock()

    func value(_ make: () -> Fingerprint) -> Fingerprint {
        lock.withLock {
            if let fingerprint { return fingerprint }
            let made = make()
            fingerprint = made
            return made
        }
    }
}
