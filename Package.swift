// swift-tools-version: 6.1
// kbaseline: a terminal explorer for the security baseline of a Kubernetes cluster.
//
// The targets read as the architecture: pure domain modules first, UI last.
//   KubeModel      Kubernetes objects (Codable subset), selectors, snapshot loaders
//   RBAC           authorization semantics, effective cluster-admins, who-can
//   Reachability   NetworkPolicy semantics, reachability matrix, connlist
//   Hardening      Pod Security Standards and the workload check catalogue
//   SyntheticCluster deterministic generated clusters for benchmarks
//   Baseline       rule catalogue, findings, exceptions, reports (joins the engines)
//   LiveCluster    kubeconfig, API client, capture, redaction
//   TerminalUI     cells, screen buffer, layout, widgets, themes, keys (no curses)
//   CursesTerminal the only module that talks to ncurses (through CNcurses)
//   Explorer       app state, panes, keymap, reducer, render(state) -> screen
//   kbaseline      the executable: subcommands
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "kbaseline",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "kbaseline", targets: ["kbaseline"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
  ],
  targets: [
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
    .target(
      name: "KubeModel",
      dependencies: ["CZlib", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings),
    .target(name: "RBAC", dependencies: ["KubeModel"], swiftSettings: swiftSettings),
    .target(name: "Reachability", dependencies: ["KubeModel"], swiftSettings: swiftSettings),
    .target(name: "Hardening", dependencies: ["KubeModel"], swiftSettings: swiftSettings),
    .target(
      name: "Baseline",
      dependencies: [
        "KubeModel", "RBAC", "Reachability", "Hardening", .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: swiftSettings),
    .target(
      name: "LiveCluster",
      dependencies: [
        "KubeModel", .product(name: "Yams", package: "Yams"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      swiftSettings: swiftSettings),
    // Test support: an in-process fake kube-apiserver (SwiftNIO + NIOSSL, certificates made at
    // run time) used by LiveClusterTests and, through the executable, by Tests/e2e/kubectl-fake.sh.
    .target(
      name: "FakeAPIServer",
      dependencies: [
        "KubeModel", "LiveCluster",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "SwiftASN1", package: "swift-asn1"),
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "kbaseline-fake-apiserver", dependencies: ["FakeAPIServer"],
      path: "Sources/FakeAPIServerTool", swiftSettings: swiftSettings),
    .target(
      name: "SyntheticCluster", dependencies: ["KubeModel"], swiftSettings: swiftSettings),
    .target(
      name: "TerminalUI", dependencies: [.product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings),
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(
      name: "CursesTerminal", dependencies: ["CNcurses", "TerminalUI"],
      swiftSettings: swiftSettings),
    .target(
      name: "Explorer",
      dependencies: ["KubeModel", "RBAC", "Reachability", "Hardening", "Baseline", "TerminalUI"],
      exclude: ["PANES.md"],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "kbaseline",
      dependencies: [
        "KubeModel", "RBAC", "Reachability", "Hardening", "Baseline", "LiveCluster",
        "TerminalUI", "CursesTerminal", "Explorer", "SyntheticCluster",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "KubeModelTests", dependencies: ["KubeModel"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "RBACTests", dependencies: ["RBAC", "KubeModel"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "ReachabilityTests", dependencies: ["Reachability", "KubeModel"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "HardeningTests", dependencies: ["Hardening", "KubeModel"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "BaselineTests", dependencies: ["Baseline", "KubeModel", "RBAC", "Hardening", "SyntheticCluster"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "LiveClusterTests",
      dependencies: [
        "LiveCluster", "KubeModel", "FakeAPIServer",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "SwiftASN1", package: "swift-asn1"),
      ],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ExplorerTests", dependencies: ["Explorer", "TerminalUI", "KubeModel"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "CLITests", dependencies: ["kbaseline", "KubeModel"],
      swiftSettings: swiftSettings),
  ]
)
