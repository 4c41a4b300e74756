/// Finds people, organizations, places, dates, amounts and the rest, with OntoNotes labels.
///
/// Numbers, dates and times come from deterministic rules. Names come from capitalisation runs
/// (titles such as "President" and a possessive "’s" stay outside a PERSON), labelled from
/// gazetteers shipped with the package, name heads ("Inc.", "Department", "Street"), titles and
/// roles before a name and cues after it ("said"), by an ``EntityScorer``. A last pass makes the
/// document consistent: "Psaki" after "Jen Psaki" is a PERSON, and one surface string keeps one
/// label unless its context clearly differs ("at the White House" is a building).
public struct EntityRecognizer: ConfigurableStage {
  /// Options of the entity recognizer.
  public struct Configuration: StageConfiguration {
    /// Labels to report; empty means all (default).
    public var labels: [String] = []
    /// Whether the document-consistency pass runs (default `true`).
    public var documentConsistency: Bool = true

    /// The default options.
    public init() {}

    /// Creates options.
    public init(labels: [String] = [], documentConsistency: Bool = true) {
      self.labels = labels
      self.documentConsistency = documentConsistency
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? []
      documentConsistency = try container.decodeIfPresent(Bool.self, forKey: .documentConsistency) ?? true
      if let unknown = labels.first(where: { EntityLabel(rawValue: $0) == nil }) {
        throw PipelineError.invalidOptionValue(
          stage: EntityRecognizer.stageName, option: "labels",
          problem: "unknown label \"\(unknown)\"; known labels: \(EntityLabel.allCases.map(\.rawValue).joined(separator: ", "))")
      }
    }

    private enum CodingKeys: String, CodingKey {
      case labels, documentConsistency
    }
  }

  public static let stageName = "entities"
  public static let summary = "find people, organizations, places, dates and amounts"

  public let configuration: Configuration
  private let scorer: any EntityScorer
  private let allowed: Set<EntityLabel>

  public var requires: Set<Layer> { [.tokens, .sentences] }
  public var produces: Set<Layer> { [.entities] }

  /// Creates a recognizer with the rule scorer.
  public init(configuration: Configuration) {
    self.init(configuration: configuration, scorer: RuleEntityScorer())
  }

  /// Creates a recognizer whose names are labelled by another scorer, such as a trained model.
  public init(configuration: Configuration = Configuration(), scorer: any EntityScorer) {
    self.configuration = configuration
    self.scorer = scorer
    let labels = configuration.labels.compactMap(EntityLabel.init(rawValue:))
    self.allowed = labels.isEmpty ? Set(EntityLabel.allCases) : Set(labels)
  }

  /// Creates a recognizer with default options.
  public init() { self.init(configuration: Configuration()) }

  /// Whether the gazetteers loaded; if not, names are labelled from rules alone. Loading happens once.
  public static var gazetteerProblem: String? { Gazetteer.shared.loadError }

  public func process(_ document: inout Document) {
    // The word table is kept on the document for the quote stage.
    guard let table = document.cacheTokenWords() else {
      document.entities = []
      return
    }
    document.entities = recognize(document, words: table)
  }

  /// The entities of a tokenized, sentence-split document, in text order.
  public func recognize(_ document: Document) -> [Entity] {
    guard let table = document.tokenWords() else { return [] }
    return recognize(document, words: table)
  }

  private func recognize(_ document: Document, words table: TokenWords) -> [Entity] {
    let tokens = table.tokens
    guard !tokens.isEmpty else { return [] }
    let words = table.words
    let lower = table.lower
    let sentences = Self.wordRanges(of: document.sentences ?? [Span(start: 0, end: document.text.utf8.count)], tokens: tokens)
    var claimed = [Bool](repeating: false, count: words.count)
    var found: [(Range<Int>, EntityLabel)] = []
    for range in sentences {
      let numeric = NumericEntities(words: words[range], lower: lower[range])
      for (entityRange, label) in numeric.entities(skipping: claimed) {
        found.append((entityRange, label))
        for index in entityRange { claimed[index] = true }
      }
    }
    let finder = NameFinder(words: words, lower: lower, sentences: sentences, gazetteer: Gazetteer.shared, scorer: scorer)
    var names = finder.candidates(claimed: claimed)
    if configuration.documentConsistency { names = finder.consistent(names) } else { names = names.filter { $0.label != nil } }
    for name in names {
      guard let label = name.label else { continue }
      found.append((name.range, label))
    }
    return found
      .filter { allowed.contains($0.1) }
      .sorted { $0.0.lowerBound < $1.0.lowerBound }
      .map { Entity(span: Span(start: tokens[$0.0.lowerBound].start, end: tokens[$0.0.upperBound - 1].end), label: $0.1) }
  }

  /// Each sentence as the range of token indices it covers.
  static func wordRanges(of sentences: [Span], tokens: [Span]) -> [Range<Int>] {
    tokenRanges(of: sentences, span: { $0 }, tokens: tokens).map(\.range)
  }
}
