import Foundation
@testable import KaartCore

/// libFuzzer target: one content file through the load and parse stages, the way `kaart build`
/// reads it, with the minimal fixture's settings. Every diagnostic about the file must name a
/// line that exists. A crash, a hang (libFuzzer -timeout) or a failed check is a finding.
let settings: [String: SettingsFile] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/fixtures/minimal-site/content")
    var result: [String: SettingsFile] = [:]
    for name in ["site.yml", "taxonomie.yml"] {
        let text = (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)) ?? ""
        precondition(!text.isEmpty, "fixture \(name) not found")
        result[name] = SettingsFile(path: "content/\(name)", text: text)
    }
    return result
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = "content/voorzieningen/fuzz.md"
    var content = LoadedContent(settings: settings)
    var lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    switch TextDecoder.decode(bytes, path: path) {
    case .success(let text):
        lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        switch FrontMatterSplitter.split(text: text, path: path, kind: .voorziening, slug: "fuzz") {
        case .success(let file): content.files.append(file)
        case .failure(let diagnostic): content.diagnostics.append(diagnostic)
        }
    case .failure(let diagnostic):
        content.diagnostics.append(diagnostic)
    }
    let (_, diagnostics) = SiteParser.parse(content)
    for diagnostic in content.diagnostics + diagnostics where diagnostic.location.path == path {
        precondition((1...max(lineCount, 1)).contains(diagnostic.location.line), "line out of range: \(diagnostic)")
    }
    return 0
}

// SwiftPM links an executable through the symbol <module>_main; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzFrontMatter_main")
public func FuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzFrontMatter)
}
