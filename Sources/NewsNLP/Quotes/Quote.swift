/// A quotation or reported statement: what was said, the reporting verb, and who said it.
public struct Quote: Hashable, Sendable {
  /// How the statement is reported.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A whole quoted statement: “We will ensure …,” he said.
    case direct
    /// Reported speech without quotation marks: Officials said Russia could default.
    case indirect
    /// Reported speech with a quoted fragment: she called it a “high” concern.
    case mixed
  }

  /// How the statement is reported.
  public var kind: Kind
  /// What was said: inside the quote marks for a direct quote, the reported clause otherwise.
  public var content: Span
  /// The reporting verb or phrase ("said", "according to"), if there is one.
  public var cue: Span?
  /// The words that name the speaker in the text ("Blinken", "he", "U.S. officials"), if found.
  public var speaker: Span?
  /// The speaker's fullest name in the document ("Antony Blinken" for "he"), or the nominal source.
  public var canonicalSpeaker: String?

  /// Creates a quote.
  public init(kind: Kind, content: Span, cue: Span? = nil, speaker: Span? = nil, canonicalSpeaker: String? = nil) {
    self.kind = kind
    self.content = content
    self.cue = cue
    self.speaker = speaker
    self.canonicalSpeaker = canonicalSpeaker
  }
}

/// A person the document names: every mention, the titles and roles given, and how often quoted.
public struct Person: Hashable, Sendable {
  /// The fullest form of the name in the document ("Ned Price").
  public var name: String
  /// Every mention, pronouns resolved to the person included.
  public var mentions: [Span]
  /// Titles and roles from pre-name titles and appositives ("State Department spokesman").
  public var titles: [String]
  /// How many quotes the person is the speaker of.
  public var quotes: Int

  /// Creates a person.
  public init(name: String, mentions: [Span], titles: [String], quotes: Int) {
    self.name = name
    self.mentions = mentions
    self.titles = titles
    self.quotes = quotes
  }
}
