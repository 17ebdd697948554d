// swift-tools-version: 6.1
import PackageDescription

/// One library module per pipeline stage; data flows one way:
/// Ingest → Extract → Analyze → Group → Brief → Store → Pipeline → Server / CLI.
/// A stage depends only on `StorylineCore` and on stages before it.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "storyline", targets: ["StorylineCLI"]),
        .library(name: "Storyline", targets: ["StorylinePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        /// SHA-256 with the x86 SHA extensions, for content keys (StorylineCore falls back to Swift).
        .target(name: "CStorylineSHA"),
        .target(name: "StorylineCore", dependencies: ["CStorylineSHA"], swiftSettings: strict),
        .target(name: "StorylineIngest", dependencies: ["StorylineCore"], swiftSettings: strict),
        .target(name: "StorylineExtract", dependencies: ["StorylineCore"], swiftSettings: strict),
        .target(
            name: "StorylineAnalyze", dependencies: ["StorylineCore"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "StorylineGroup", dependencies: ["StorylineCore"], swiftSettings: strict),
        .target(
            name: "StorylineBrief", dependencies: ["StorylineCore", "StorylineAnalyze", "StorylineGroup"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "StorylineStore",
            dependencies: ["StorylineCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "StorylinePipeline",
            dependencies: [
                "StorylineCore", "StorylineIngest", "StorylineExtract", "StorylineAnalyze",
                "StorylineGroup", "StorylineBrief", "StorylineStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(
            name: "StorylineServer",
            dependencies: ["StorylinePipeline", "StorylineBrief", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strict),
        .executableTarget(
            name: "StorylineCLI",
            dependencies: [
                "StorylinePipeline", "StorylineServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "TestSupport", dependencies: ["StorylineCore"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "StorylineCoreTests", dependencies: ["StorylineCore", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "StorylineIngestTests", dependencies: ["StorylineIngest", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StorylineExtractTests", dependencies: ["StorylineExtract", "TestSupport", "CLibXML2"],
            swiftSettings: strict),
        .testTarget(name: "StorylineAnalyzeTests", dependencies: ["StorylineAnalyze", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "StorylineGroupTests", dependencies: ["StorylineGroup", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "StorylineBriefTests", dependencies: ["StorylineBrief", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StorylineStoreTests",
            dependencies: ["StorylineStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(
            name: "StorylinePipelineTests", dependencies: ["StorylinePipeline", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StorylineServerTests",
            dependencies: [
                "StorylineServer", "StorylinePipeline", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StorylineCLITests", dependencies: ["StorylinePipeline", "TestSupport"],
            swiftSettings: strict),
    ]
)
