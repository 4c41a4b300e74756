/// Splits text into tokens with spaCy/OntoNotes conventions.
///
/// - Whitespace (including no-break and other Unicode spaces) is never inside a token, and the
///   text between two tokens is only whitespace.
/// - Punctuation, quotes, brackets, dashes and ellipses are their own tokens: `“We’re` → `“` `We` `’re`.
/// - Contractions and possessives split: `don't` → `do` `n't`, `Biden’s` → `Biden` `’s`, `officials'` → `officials` `'`.
/// - Abbreviations and initials keep their period: `U.S.`, `Feb.`, `Mr.`, `V.`; other final periods split.
/// - Numbers stay whole (`1,000`, `4.2`, `7:30`), while `$` and `%` split: `$4.2` → `$` `4.2`, `3.5%` → `3.5` `%`;
///   a unit after a number splits: `10km` → `10` `km`.
/// - A hyphen between a letter or digit and a letter is its own token (`bogged-down` → `bogged` `-` `down`),
///   as in OntoNotes 5 and spaCy, so `Chinese` in `Chinese-made` can be tagged; a hyphen before a digit
///   stays (`COVID-19`, `2021-22`). Turn `splitHyphens` off to keep hyphenated words whole.
/// - URLs, e-mail addresses, `@handles` and `#hashtags` are single tokens.
public struct Tokenizer: ConfigurableStage {
  /// Options of the tokenizer.
  public struct Configuration: StageConfiguration {
    /// Whether a hyphen between a letter or digit and a letter becomes its own token (default `true`).
    public var splitHyphens: Bool = true
    /// More abbreviations that keep their final period, e.g. `["Gov.Gen."]`.
    public var extraAbbreviations: [String] = []

    /// The default options.
    public init() {}

    /// Creates options.
    public init(splitHyphens: Bool = true, extraAbbreviations: [String] = []) {
      self.splitHyphens = splitHyphens
      self.extraAbbreviations = extraAbbreviations
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      splitHyphens = try container.decodeIfPresent(Bool.self, forKey: .splitHyphens) ?? true
      extraAbbreviations = try container.decodeIfPresent([String].self, forKey: .extraAbbreviations) ?? []
    }

    private enum CodingKeys: String, CodingKey {
      case splitHyphens, extraAbbreviations
    }
  }

  public static let stageName = "tokenize"
  public static let summary = "split text into words, numbers and punctuation"

  public let configuration: Configuration
  private let abbreviations: Set<String>

  public var requires: Set<Layer> { [] }
  public var produces: Set<Layer> { [.tokens] }

  /// Creates a tokenizer.
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
    self.abbreviations = Abbreviations.standard.union(configuration.extraAbbreviations)
  }

  /// Creates a tokenizer with default options.
  public init() { self.init(configuration: Configuration()) }

  public func process(_ document: inout Document) {
    document.tokens = tokenize(document.text)
  }

  /// The tokens of a text, as spans of UTF-8 offsets.
  public func tokenize(_ text: String) -> [Span] {
    var text = text
    return text.withUTF8 { bytes in
      var engine = TokenizerEngine(
        bytes: bytes, abbreviations: abbreviations, splitHyphens: configuration.splitHyphens)
      engine.run()
      return engine.tokens
    }
  }
}
