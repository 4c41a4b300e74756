/// Turns raw input into the article text that every later stage reads.
///
/// An HTML page is parsed with libxml2 (its encoding detected first); boilerplate (navigation,
/// comments, share widgets, related stories, newsletters, ads, hidden elements …) is removed,
/// the article container found, and the text written as the headline, a blank line, then one
/// paragraph per block with a blank line between. Title, byline, date, URL and site name go to
/// ``Document/metadata``.
///
/// Scraped text has its line endings normalised to LF, trailing blank lines trimmed and, when
/// `removeResidue` is on, comment-form and share-widget residue removed as whole lines.
public struct Cleaner: ConfigurableStage {
  /// Options of the cleaner.
  public struct Configuration: StageConfiguration {
    /// Whether comment-form and widget residue lines are removed from scraped text (default `true`).
    /// HTML pages always lose their comment forms and widgets.
    public var removeResidue: Bool = true
    /// Whether the document records what was removed, in ``Document/removed`` (default `false`).
    public var report: Bool = false

    /// The default options.
    public init() {}

    /// Creates options.
    public init(removeResidue: Bool = true, report: Bool = false) {
      self.removeResidue = removeResidue
      self.report = report
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      removeResidue = try container.decodeIfPresent(Bool.self, forKey: .removeResidue) ?? true
      report = try container.decodeIfPresent(Bool.self, forKey: .report) ?? false
    }

    private enum CodingKeys: String, CodingKey {
      case removeResidue, report
    }
  }

  public static let stageName = "clean"
  public static let summary = "turn an HTML page or scraped text into clean article text"

  public let configuration: Configuration

  public var requires: Set<Layer> { [] }
  public var produces: Set<Layer> { [.text] }

  /// Creates a cleaner.
  public init(configuration: Configuration) {
    self.configuration = configuration
  }

  /// Creates a cleaner with default options.
  public init() { self.init(configuration: Configuration()) }

  public func process(_ document: inout Document) throws {
    guard let input = document.input else { return }
    var removed: [RemovedText] = []
    switch input {
    case .text(let raw):
      document.text = TextCleaner(removeResidue: configuration.removeResidue).clean(raw, removed: &removed)
    case .html(let bytes, let charset):
      let result = try HTMLCleaner(report: configuration.report).clean(bytes, charset: charset, warnings: &document.warnings)
      document.text = result.text
      document.metadata = result.metadata
      removed = result.removed
    }
    if configuration.report { document.removed = removed }
  }
}
