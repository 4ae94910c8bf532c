// swift-tools-version:6.0
// Regelwerk: a rule language for Dutch municipal ordinances. No package dependencies, by design.
//
// The targets follow the pipeline, and the compiler keeps its direction: a stage imports only the stages
// before it (STYLE §1). RegelwerkKern: values, diagnostics, syntax, checking, the plan and its interpreter.
// RegelwerkGevallen: case data (JSON, CSV), binding a case to a plan, and the one decision operation
// (Beslisser). RegelwerkHulpmiddelen: the tools built on deciding (batch, test, vergelijk, render, fmt).
// RegelwerkTaaldienst: the language server (`regelwerk lsp`), a front end over the same passes as `check`
// and `fmt`. RegelwerkCLI: the commands. regelwerk: the executable, which only wires the terminal to the CLI.
// regelwerk-bench: the benchmark of DESIGN §7 (`swift run -c release regelwerk-bench`), outside Sources/
// because it is a measurement of the library, not part of it.
import PackageDescription

let package = Package(
    name: "Regelwerk",
    products: [
        .library(name: "Regelwerk", targets: ["RegelwerkKern", "RegelwerkGevallen", "RegelwerkHulpmiddelen", "RegelwerkTaaldienst", "RegelwerkCLI"]),
        .executable(name: "regelwerk", targets: ["regelwerk"]),
    ],
    targets: [
        .target(name: "RegelwerkKern", path: "Sources/RegelwerkKern"),
        .target(name: "RegelwerkGevallen", dependencies: ["RegelwerkKern"], path: "Sources/RegelwerkGevallen"),
        .target(name: "RegelwerkHulpmiddelen", dependencies: ["RegelwerkKern", "RegelwerkGevallen"], path: "Sources/RegelwerkHulpmiddelen"),
        .target(name: "RegelwerkTaaldienst", dependencies: ["RegelwerkKern", "RegelwerkGevallen", "RegelwerkHulpmiddelen"],
                path: "Sources/RegelwerkTaaldienst"),
        .target(name: "RegelwerkCLI", dependencies: ["RegelwerkKern", "RegelwerkGevallen", "RegelwerkHulpmiddelen", "RegelwerkTaaldienst"],
                path: "Sources/RegelwerkCLI"),
        .executableTarget(name: "regelwerk", dependencies: ["RegelwerkCLI", "RegelwerkGevallen"], path: "Sources/regelwerk"),
        .executableTarget(name: "regelwerk-bench", dependencies: ["RegelwerkKern", "RegelwerkGevallen", "RegelwerkHulpmiddelen", "RegelwerkCLI", "Voorhaal"],
                          path: "Benchmarks/RegelwerkBench"),
        // The benchmark's one hint in C (a prefetch, which Swift cannot ask for): not part of the library.
        .target(name: "Voorhaal", path: "Benchmarks/Voorhaal"),
        .testTarget(
            name: "RegelwerkTests",
            dependencies: ["RegelwerkKern", "RegelwerkGevallen", "RegelwerkHulpmiddelen", "RegelwerkTaaldienst", "RegelwerkCLI"],
            path: "Tests/RegelwerkTests",
            exclude: ["Golden"]
        ),
    ]
)
