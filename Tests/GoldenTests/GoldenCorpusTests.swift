import Foundation
import GoldenKit
import Testing

/// The repository root, found from this file's location.
let goldenRepositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite("Golden corpus")
struct GoldenCorpusTests {
  @Test("every corpus document's output matches its reviewed goldens")
  func corpusMatchesGoldens() {
    let report = GoldenCorpus(root: goldenRepositoryRoot).check()
    #expect(report.isClean, "\(report.problemsText)\nReview the diff; if the new output is right, run `swift run goldens --update`.")
    #expect(report.unchanged > 0)
  }
}
