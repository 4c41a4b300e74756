import Foundation
import NewsNLP
import Testing

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

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent("Corpus").appendingPathComponent(name)))
  }

  /// A corpus file (HTML or text) cleaned by the default cleaner with its report on.
  static func cleaned(_ name: String) throws -> Document {
    var warnings: [String] = []
    let input = try DocumentInput.from(bytes: bytes(name), isHTML: DocumentInput.isHTMLFileName(name), warnings: &warnings)
    var document = Document(id: name, input: input)
    document.warnings = warnings
    return try Pipeline([Cleaner(configuration: .init(report: true))]).annotate(document)
  }
}

extension Document {
  /// The cleaned text's paragraphs (blocks separated by a blank line).
  var paragraphs: [String] { text.components(separatedBy: "\n\n") }
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

/// A table-driven test case: an input text and what a reader expects from it.
struct TextCase: CustomTestStringConvertible, Sendable {
  let text: String
  let expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var testDescription: String { text }
}
