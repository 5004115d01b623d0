// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kaart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kaart", targets: ["kaart"]),
        .library(name: "KaartCore", targets: ["KaartCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Not "CSystem": apple/swift-system (pulled in by Hummingbird) has a target of that name.
        .systemLibrary(name: "CKaartSystem"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // swift-mustache 2.1.1, vendored with small speed-ups (twelve, each marked `// kaart:`): see Sources/Mustache/README.md.
        .target(
            name: "Mustache",
            exclude: ["LICENSE.txt", "README.md"]
        ),
        .target(
            name: "KaartCore",
            dependencies: [
                "CCmark",
                "CKaartSystem",
                "CZlib",
                // For libyaml (its module CYaml): kaart builds the tree itself (YAMLComposer); the
                // tests compare that tree with Yams' own.
                .product(name: "Yams", package: "Yams"),
                "Mustache",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The `kaart serve` preview server; kept apart so KaartCore does not depend on Hummingbird.
        .target(
            name: "KaartPreview",
            dependencies: [
                "KaartCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "kaart",
            dependencies: [
                "KaartCore",
                "KaartPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The upstream unit tests of swift-mustache (without its spec tests, which download the spec).
        .testTarget(
            name: "MustacheTests",
            dependencies: ["Mustache"]
        ),
        .testTarget(
            name: "KaartCoreTests",
            dependencies: ["KaartCore", "CZlib"],
            exclude: ["Anonymisation/corpus.json", "Golden"]
        ),
    ]
)
