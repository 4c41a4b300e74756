import Foundation
import NewsNLP

/// Scores the entity recognizer against hand-annotated articles (exact span and label).
public struct EntityEvaluation: Sendable {
  /// One annotated article: its plain text and gold entities.
  public struct Article: Sendable {
    /// The file name.
    public let name: String
    /// The text without markup.
    public let text: String
    /// Gold entities, as UTF-8 spans of `text`.
    public let gold: [Entity]
  }

  /// Counts for one label.
  public struct Counts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
  }

  /// Counts per label, and overall.
  public struct Report: Sendable {
    public var byLabel: [EntityLabel: Counts] = [:]
    public var overall = Counts()
    /// Misses and false alarms, for reading.
    public var errors: [String] = []

    /// A table of precision, recall and F1 per label and overall.
    public var table: String {
      var lines = ["label          P      R      F1     gold  found"]
      for (label, counts) in byLabel.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        lines.append(Self.row(label.rawValue, counts))
      }
      lines.append(Self.row("overall", overall))
      return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ counts: Counts) -> String {
      let gold = counts.truePositives + counts.falseNegatives
      let found = counts.truePositives + counts.falsePositives
      return name.padding(toLength: 14, withPad: " ", startingAt: 0)
        + String(format: " %.3f  %.3f  %.3f  %4d  %5d", counts.precision, counts.recall, counts.f1, gold, found)
    }
  }

  /// The annotated articles.
  public let articles: [Article]

  /// Reads every `.txt` file in a folder of annotated articles.
  public init(folder: URL) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    articles = try names.map { name in
      try Self.parse(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), name: name)
    }
  }

  /// Turns `[Jen Psaki](PERSON) said` into plain text and a gold entity.
  public static func parse(_ annotated: String, name: String) throws -> Article {
    var text: [UInt8] = []
    var gold: [Entity] = []
    let bytes = Array(annotated.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "["), let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")),
        close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "("),
        let end = bytes[(close + 1)...].firstIndex(of: UInt8(ascii: ")")),
        let label = EntityLabel(rawValue: String(decoding: bytes[(close + 2)..<end], as: UTF8.self))
      {
        let start = text.count
        text.append(contentsOf: bytes[(index + 1)..<close])
        gold.append(Entity(span: Span(start: start, end: text.count), label: label))
        index = end + 1
      } else {
        text.append(bytes[index])
        index += 1
      }
    }
    return Article(name: name, text: String(decoding: text, as: UTF8.self), gold: gold)
  }

  /// Runs a pipeline over every article and scores its entities.
  public func score(with pipeline: Pipeline = .text) throws -> Report {
    var report = Report()
    for article in articles {
      let document = try pipeline.annotate(text: article.text, id: article.name)
      let found = Set(document.entities ?? [])
      let gold = Set(article.gold)
      for entity in found.union(gold) {
        var counts = report.byLabel[entity.label] ?? Counts()
        let text = document.text(of: entity.span)
        if found.contains(entity) && gold.contains(entity) {
          counts.truePositives += 1
          report.overall.truePositives += 1
        } else if found.contains(entity) {
          counts.falsePositives += 1
          report.overall.falsePositives += 1
          report.errors.append("\(article.name): false \(entity.label.rawValue) \"\(text)\"")
        } else {
          counts.falseNegatives += 1
          report.overall.falseNegatives += 1
          report.errors.append("\(article.name): missed \(entity.label.rawValue) \"\(text)\"")
        }
        report.byLabel[entity.label] = counts
      }
    }
    report.errors.sort()
    return report
  }
}
