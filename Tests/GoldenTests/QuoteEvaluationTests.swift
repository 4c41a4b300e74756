import Foundation
import GoldenKit
import NewsNLP
import Testing

@Suite("Quote evaluation set")
struct QuoteEvaluationTests {
  static let folder = goldenRepositoryRoot.appendingPathComponent("Tests/QuoteEvaluation")

  @Test("the annotated quotes are found in their articles")
  func annotationsParse() throws {
    let evaluation = try QuoteEvaluation(folder: Self.folder)
    #expect(evaluation.articles.count >= 12)
    #expect(evaluation.articles.map(\.quotes.count).reduce(0, +) >= 160)
  }

  @Test("speaker accuracy by kind and content overlap stay at the level reached")
  func scoresHold() throws {
    let report = try QuoteEvaluation(folder: Self.folder).score()
    let details = "\(report.table)\n\(report.errors.joined(separator: "\n"))"
    #expect((report.byKind[.direct]?.speakerAccuracy ?? 0) >= 0.98, "\(details)")
    #expect((report.byKind[.indirect]?.speakerAccuracy ?? 0) >= 0.97, "\(details)")
    #expect((report.byKind[.mixed]?.speakerAccuracy ?? 0) >= 0.93, "\(details)")
    #expect(report.contentF1 >= 0.98, "\(details)")
  }
}

@Suite("Quote held-out set")
struct QuoteHeldOutTests {
  @Test("scores on articles written after the rules were frozen stay at the level first measured")
  func heldOutScoresHold() throws {
    let report = try QuoteEvaluation(folder: QuoteEvaluationTests.folder.appendingPathComponent("heldout")).score()
    let details = "\(report.table)\n\(report.errors.joined(separator: "\n"))"
    // First measured on 2026-11-23 (6 articles, 39 quotes): direct 12/12, indirect 21/25, mixed 2/2, content F1 0.935.
    #expect((report.byKind[.direct]?.speakerAccuracy ?? 0) >= 1.0, "\(details)")
    #expect((report.byKind[.indirect]?.speakerAccuracy ?? 0) >= 0.84, "\(details)")
    #expect((report.byKind[.mixed]?.speakerAccuracy ?? 0) >= 1.0, "\(details)")
    #expect(report.contentF1 >= 0.93, "\(details)")
  }
}
