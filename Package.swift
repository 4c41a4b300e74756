// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NewsNLP",
  products: [
    .library(name: "NewsNLP", targets: ["NewsNLP"]),
    .executable(name: "newsnlp", targets: ["newsnlp"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "NewsNLP",
      dependencies: ["CLibXML2"],
      resources: [.copy("Entities/Resources")]),
    .executableTarget(
      name: "newsnlp",
      dependencies: [
        "NewsNLP",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Maintainer tools live under tools/.
    .target(
      name: "GoldenKit",
      dependencies: ["NewsNLP"],
      path: "tools/GoldenKit"),
    .executableTarget(
      name: "goldens",
      dependencies: [
        "GoldenKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "tools/goldens"),
    .executableTarget(
      name: "benchmark",
      dependencies: [
        "NewsNLP",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "tools/benchmark"),
    .testTarget(
      name: "NewsNLPTests",
      dependencies: ["NewsNLP"]),
    .testTarget(
      name: "CLITests",
      dependencies: ["newsnlp"]),
    .testTarget(
      name: "GoldenTests",
      dependencies: ["GoldenKit", "NewsNLP"]),
  ],
  swiftLanguageModes: [.v6]
)
