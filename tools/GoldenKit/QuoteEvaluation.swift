import Foundation
import NewsNLP

/// Scores quote attribution against hand-annotated articles: speaker accuracy by kind and the
/// overlap of quoted content (F1 over characters).
public struct QuoteEvaluation: Sendable {
  /// One gold quote.
  public struct GoldQuote: Sendable {
    public let kind: Quote.Kind
    public let speaker: String?
    public let cue: String?
    public let content: Span
  }

  /// An article and its gold quotes.
  public struct Article: Sendable {
    public let name: String
    public let text: String
    public let quotes: [GoldQuote]
  }

  /// Counts for one kind of quote.
  public struct KindCounts: Sendable {
    public var gold = 0
    public var found = 0
    public var speakerRight = 0
    public var kindRight = 0
    public var speakerAccuracy: Double { gold == 0 ? 0 : Double(speakerRight) / Double(gold) }
  }

  /// The scores and the errors behind them.
  public struct Report: Sendable {
    public var byKind: [Quote.Kind: KindCounts] = [:]
    public var contentOverlap = 0
    public var contentPredicted = 0
    public var contentGold = 0
    public var errors: [String] = []

    public var contentPrecision: Double { contentPredicted == 0 ? 0 : Double(contentOverlap) / Double(contentPredicted) }
    public var contentRecall: Double { contentGold == 0 ? 0 : Double(contentOverlap) / Double(contentGold) }
    public var contentF1: Double {
      contentPrecision + contentRecall == 0 ? 0 : 2 * contentPrecision * contentRecall / (contentPrecision + contentRecall)
    }
    public var speakerAccuracy: Double {
      let gold = byKind.values.map(\.gold).reduce(0, +)
      return gold == 0 ? 0 : Double(byKind.values.map(\.speakerRight).reduce(0, +)) / Double(gold)
    }

    public var table: String {
      var lines = ["kind       gold  found  speaker right  speaker accuracy  kind right"]
      for kind in [Quote.Kind.direct, .indirect, .mixed] {
        let counts = byKind[kind] ?? KindCounts()
        lines.append(
          kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            + String(format: " %4d  %5d  %13d  %16.3f  %10d", counts.gold, counts.found, counts.speakerRight, counts.speakerAccuracy, counts.kindRight))
      }
      lines.append(String(format: "all speakers %.3f; content P %.3f R %.3f F1 %.3f", speakerAccuracy, contentPrecision, contentRecall, contentF1))
      return lines.joined(separator: "\n")
    }
  }

  public let articles: [Article]

  /// Reads every `.quotes` file in a folder; each names its text file on its first line.
  public init(folder: URL) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".quotes") }.sorted()
    articles = try names.map { name in
      let annotation = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let lines = annotation.split(separator: "\n", omittingEmptySubsequences: true)
      guard let first = lines.first, first.hasPrefix("# text: ") else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(name) must start with # text: PATH"])
      }
      let textURL = folder.appendingPathComponent(String(first.dropFirst(8)))
      let text = try EntityEvaluation.parse(String(contentsOf: textURL, encoding: .utf8), name: name).text
      var quotes: [GoldQuote] = []
      for line in lines.dropFirst() where !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, let kind = Quote.Kind(rawValue: fields[0]),
          let range = text.range(of: fields[3])
        else {
          throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(name): cannot read or find \(line)"])
        }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        quotes.append(GoldQuote(kind: kind, speaker: fields[1] == "-" ? nil : fields[1], cue: fields[2] == "-" ? nil : fields[2], content: Span(start: start, end: end)))
      }
      return Article(name: name, text: text, quotes: quotes)
    }
  }

  /// Runs a pipeline over every article and scores its quotes.
  public func score(with pipeline: Pipeline = .text) throws -> Report {
    var report = Report()
    for article in articles {
      let document = try pipeline.annotate(text: article.text, id: article.name)
      let found = document.quotes ?? []
      for quote in found { report.byKind[quote.kind, default: KindCounts()].found += 1 }
      report.contentPredicted += found.map(\.content.length).reduce(0, +)
      report.contentGold += article.quotes.map(\.content.length).reduce(0, +)
      for gold in article.quotes {
        var counts = report.byKind[gold.kind, default: KindCounts()]
        counts.gold += 1
        let best = found.max { overlap($0.content, gold.content) < overlap($1.content, gold.content) }
        let shared = best.map { overlap($0.content, gold.content) } ?? 0
        report.contentOverlap += shared
        let goldText = document.text(of: gold.content).prefix(50)
        if let best, shared > 0 {
          if best.canonicalSpeaker == gold.speaker {
            counts.speakerRight += 1
          } else {
            report.errors.append("\(article.name): speaker \(best.canonicalSpeaker ?? "-") for \(gold.speaker ?? "-"): \(goldText)")
          }
          if best.kind == gold.kind { counts.kindRight += 1 } else {
            report.errors.append("\(article.name): kind \(best.kind.rawValue) for \(gold.kind.rawValue): \(goldText)")
          }
        } else {
          report.errors.append("\(article.name): missed \(gold.kind.rawValue) by \(gold.speaker ?? "-"): \(goldText)")
        }
        report.byKind[gold.kind] = counts
      }
    }
    return report
  }

  private func overlap(_ a: Span, _ b: Span) -> Int { max(0, min(a.end, b.end) - max(a.start, b.start)) }
}
