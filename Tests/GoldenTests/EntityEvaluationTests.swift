import Foundation
import GoldenKit
import NewsNLP
import Testing

@Suite("Entity evaluation set")
struct EntityEvaluationTests {
  static let folder = goldenRepositoryRoot.appendingPathComponent("Tests/EntityEvaluation")

  @Test("the annotated articles parse into text and gold entities")
  func articlesParse() throws {
    let evaluation = try EntityEvaluation(folder: Self.folder)
    #expect(evaluation.articles.count >= 12)
    #expect(evaluation.articles.map(\.gold.count).reduce(0, +) >= 250)
    let parsed = try EntityEvaluation.parse("[Jen Psaki](PERSON) said [Monday](DATE).", name: "x")
    #expect(parsed.text == "Jen Psaki said Monday.")
    #expect(parsed.gold.map(\.label) == [.person, .date])
  }

  @Test("overall and per-label F1 on the development set stay at the level reached")
  func developmentSetScores() throws {
    let report = try EntityEvaluation(folder: Self.folder).score()
    #expect(report.overall.f1 >= 0.97, "\(report.table)\n\(report.errors.joined(separator: "\n"))")
    for label in [EntityLabel.person, .gpe, .org, .date, .money, .cardinal, .norp] {
      #expect((report.byLabel[label]?.f1 ?? 0) >= 0.95, "\(label.rawValue)\n\(report.table)")
    }
  }

  @Test("F1 on the held-out set, written after the rules were frozen, stays at the level reached")
  func heldOutSetScores() throws {
    let report = try EntityEvaluation(folder: Self.folder.appendingPathComponent("heldout")).score()
    #expect(report.overall.f1 >= 0.95, "\(report.table)\n\(report.errors.joined(separator: "\n"))")
  }
}
