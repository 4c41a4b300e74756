import Foundation
import NewsNLP

/// Corpus files, found from this file's location so tests run from any directory.
enum Seeds {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let blinkenPsaki = "000_9fe5160837acbae7.txt"
  static let sullivanRome = "004_05f039a81f3996cc.txt"

  static func text(_ name: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("Corpus").appendingPathComponent(name), encoding: .utf8)
  }

  /// A seed annotated by the default pipeline.
  static func annotated(_ name: String) throws -> Document {
    try Pipeline.news.annotate(text: text(name), id: name)
  }
}

extension Document {
  /// The text of every token, in order.
  var tokenTexts: [String] { (tokens ?? []).map { String(text(of: $0)) } }
}

extension Array where Element: Equatable {
  /// Whether `run` appears as consecutive elements.
  func containsRun(_ run: [Element]) -> Bool {
    guard !run.isEmpty, run.count <= count else { return run.isEmpty }
    for start in 0...(count - run.count) where Array(self[start..<(start + run.count)]) == run { return true }
    return false
  }
}
