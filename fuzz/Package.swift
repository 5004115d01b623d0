// swift-tools-version:6.0
// libFuzzer harnesses for kaart's parsers. Not part of the main package or `make test`:
// build and run them with fuzz/run.sh (see docs/betrouwbaarheid.md).
import PackageDescription

let harnesses = ["FuzzFrontMatter", "FuzzRRule", "FuzzOpeningHours", "FuzzNormalizer", "FuzzScanner"]

let package = Package(
    name: "kaart-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "kaart", path: "..")],
    targets: harnesses.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "KaartCore", package: "kaart")])
    }
)
