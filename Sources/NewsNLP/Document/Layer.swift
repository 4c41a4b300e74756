/// An annotation layer that a stage can produce or require.
public enum Layer: String, Sendable, Hashable, CaseIterable, Codable, Comparable, CustomStringConvertible {
  /// The cleaned text that every span points into.
  case text
  /// Tokens: words, numbers and punctuation.
  case tokens
  /// Sentences.
  case sentences
  /// Named entities.
  case entities
  /// Quotes and the people who said them.
  case quotes

  public var description: String { rawValue }

  /// The stage that produces this layer in the built-in pipelines.
  public var producingStage: String {
    switch self {
    case .text: "clean"
    case .tokens: "tokenize"
    case .sentences: "sentences"
    case .entities: "entities"
    case .quotes: "quotes"
    }
  }

  public static func < (lhs: Layer, rhs: Layer) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
