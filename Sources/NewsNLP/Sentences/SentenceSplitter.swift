/// Splits tokenized text into sentences whose boundaries always fall on token boundaries.
///
/// - A blank line (paragraph end) is always a boundary; so is a single line break after a line that
///   ends a sentence or reads as a headline, or before a list item.
/// - `.` `?` `!` and ellipses end a sentence when what follows starts one; closing quotes and brackets
///   stay with the sentence they close (`…the rules.” Next` splits after `”`).
/// - Abbreviations kept whole by the tokenizer (`Mr.`, `V.`, `Feb.`, `U.S.`, `p.m.`) do not end a
///   sentence unless a word that typically starts one follows (`…allies of the U.S. The talks…`);
///   titles and initials never do.
/// - An attribution after a quoted question or exclamation stays: `“Are you sure?” she asked.`
public struct SentenceSplitter: ConfigurableStage {
  /// Options of the sentence splitter.
  public struct Configuration: StageConfiguration {
    /// Whether a single line break ends a sentence when the next line starts with a capital letter
    /// (default `true`: scraped news puts one paragraph per line). Turn off for hard-wrapped text.
    public var lineBreaksEndSentences: Bool = true

    /// The default options.
    public init() {}

    /// Creates options.
    public init(lineBreaksEndSentences: Bool = true) {
      self.lineBreaksEndSentences = lineBreaksEndSentences
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      lineBreaksEndSentences = try container.decodeIfPresent(Bool.self, forKey: .lineBreaksEndSentences) ?? true
    }

    private enum CodingKeys: String, CodingKey {
      case lineBreaksEndSentences
    }
  }

  public static let stageName = "sentences"
  public static let summary = "split tokenized text into sentences"

  public let configuration: Configuration

  public var requires: Set<Layer> { [.tokens] }
  public var produces: Set<Layer> { [.sentences] }

  /// Creates a sentence splitter.
  public init(configuration: Configuration) {
    self.configuration = configuration
  }

  /// Creates a sentence splitter with default options.
  public init() { self.init(configuration: Configuration()) }

  public func process(_ document: inout Document) {
    document.sentences = split(document.text, tokens: document.tokens ?? [])
  }

  /// The sentences of a text, given its tokens.
  public func split(_ text: String, tokens: [Span]) -> [Span] {
    var text = text
    return text.withUTF8 { bytes in
      var engine = SentenceEngine(
        bytes: bytes, tokens: tokens, lineBreaksEndSentences: configuration.lineBreaksEndSentences)
      return engine.run()
    }
  }
}
