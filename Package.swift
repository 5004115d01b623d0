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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(name: "CSystem"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "KaartCore",
            dependencies: [
                "CCmark",
                "CSystem",
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "kaart",
            dependencies: [
                "KaartCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KaartCoreTests",
            dependencies: ["KaartCore"],
            exclude: ["Anonymisation/corpus.json", "Golden"]
        ),
    ]
)
