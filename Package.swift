// swift-tools-version:6.0
// Regelwerk: a rule language for Dutch municipal ordinances. No package dependencies, by design.
import PackageDescription

let package = Package(
    name: "Regelwerk",
    products: [
        .library(name: "Regelwerk", targets: ["Regelwerk"]),
        .executable(name: "regelwerk", targets: ["regelwerk"]),
    ],
    targets: [
        .target(name: "Regelwerk", path: "Sources/Regelwerk"),
        .executableTarget(name: "regelwerk", dependencies: ["Regelwerk"], path: "Sources/regelwerk"),
        .testTarget(
            name: "RegelwerkTests",
            dependencies: ["Regelwerk"],
            path: "Tests/RegelwerkTests",
            exclude: ["Golden"]
        ),
    ]
)
