// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dafu",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DafuKit", targets: ["DafuKit"]),
        .executable(name: "dafu", targets: ["dafu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.0.0"),
        // The desk (dafu serve) only: kept out of the dafu executable so the main job's build
        // does not wait for SwiftNIO. No default traits: dafu needs neither swift-configuration
        // nor Foundation date coding in forms.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0", traits: []),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    ],
    targets: [
        // libxml2 through pkg-config (apt: libxml2-dev); used to write and check XML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib and libdeflate (apt: zlib1g-dev, libdeflate-dev): the zip writer's deflate.
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["zlib1g-dev", "libdeflate-dev"]), .brew(["libdeflate"])]
        ),
        .target(
            name: "DafuKit",
            dependencies: [
                "CLibXML2",
                "CDeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The desk's command-line options, shared by `dafu serve` and `dafu-desk`.
        .target(
            name: "DeskArguments",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "dafu",
            dependencies: [
                "DafuKit",
                "DeskArguments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The drafter's desk: a local web application over DafuKit (`dafu serve` starts it).
        .executableTarget(
            name: "dafu-desk",
            dependencies: [
                "DafuKit",
                "DeskArguments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Benchmark: synthetic replies through the batch pipeline (run with -c release).
        .executableTarget(
            name: "dafu-bench",
            dependencies: ["DafuKit", .product(name: "Yams", package: "Yams")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "DafuKitTests",
            // dafu is listed so that `swift test` builds the binary the CLI tests run.
            dependencies: ["DafuKit", "dafu", "dafu-desk", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
