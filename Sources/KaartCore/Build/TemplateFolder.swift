import Foundation

/// What a build reads from the templates folder: the Mustache templates, the asset bundle, and
/// the digest of the templates that page fingerprints include.
struct TemplateFolder: Sendable {
    let templates: Result<TemplateSet, DiagnosticList>
    let assets: AssetBundle
    /// Names and texts of the `*.mustache` files, in name order.
    let templatesDigest: Fingerprint

    static func load(from directory: String) -> TemplateFolder {
        TemplateFolder(templates: TemplateSet.load(from: directory), assets: AssetBundle.load(from: directory),
                       templatesDigest: digest(ofTemplatesIn: directory))
    }

    private static func digest(ofTemplatesIn directory: String) -> Fingerprint {
        var hasher = FingerprintHasher()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for name in names where name.hasSuffix(".mustache") {
            hasher.add(name)
            hasher.add(bytes: Array(FileManager.default.contents(atPath: "\(directory.trimmingSlashSuffix())/\(name)") ?? Data()))
        }
        return hasher.finalize()
    }
}
