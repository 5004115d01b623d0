import Foundation
import KaartCore

/// What `kaart serve` builds, where it puts the result, and where it listens.
public struct PreviewOptions: Sendable {
    /// The build settings; `outputDirectory` is the folder the preview serves.
    public var build: BuildOptions
    /// The TCP port on 127.0.0.1; 0 lets the system pick a free one.
    public var port: Int
    /// How often the content and template folders are checked for changes.
    public var pollInterval: Duration

    public init(build: BuildOptions, port: Int = 8080, pollInterval: Duration = .milliseconds(300)) {
        self.build = build
        self.port = port
        self.pollInterval = pollInterval
    }

    /// A fresh folder under the system's temporary folder, so the preview never touches `public/`.
    public static func temporaryOutputDirectory() -> String {
        let name = "kaart-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        return FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    }

    /// The folders whose changes trigger a rebuild.
    var watchedDirectories: [String] {
        var folders = [build.contentDirectory, build.templatesDirectory]
        if !build.withoutPlans, let plans = build.plansDirectory { folders.append(plans) }
        return folders
    }
}
