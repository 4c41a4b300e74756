/// An article: its cleaned text and every annotation layer the pipeline produced.
///
/// Layers are spans into ``text``; a layer the pipeline did not run is `nil`.
/// Stages add layers and never rewrite earlier ones, except `clean`, which produces the text.
public struct Document: Sendable {
  /// The identifier used in output, usually the input file's stem.
  public let id: String
  /// The raw input, kept until the `clean` stage has turned it into ``text``.
  public internal(set) var input: DocumentInput?
  /// The cleaned text that every span points into.
  public var text: String {
    didSet { text.makeContiguousUTF8() }
  }
  /// Facts about the article found outside its text (title, byline, …).
  public var metadata = Metadata()
  /// Tokens in text order.
  public var tokens: [Span]?
  /// Sentences in text order.
  public var sentences: [Span]?
  /// Named and numeric entities in text order.
  public var entities: [Entity]?
  /// Quotes and reported statements in text order.
  public var quotes: [Quote]?
  /// The people the document names, with their mentions, titles and quote counts.
  public var people: [Person]?
  /// What the `clean` stage removed, when its report option is on.
  public var removed: [RemovedText]?
  /// Notes about best-effort decisions, such as a text decoded as windows-1252.
  public var warnings: [String] = []
  /// Token strings shared between stages; checked against ``tokens`` and ``text`` before use.
  var cachedTokenWords: TokenWords?

  /// Creates a document whose text is already clean; a pipeline without `clean` can annotate it.
  public init(id: String, text: String) {
    self.id = id
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    self.input = .text(text)
  }

  /// Creates a document from raw input that the `clean` stage will turn into text.
  public init(id: String, input: DocumentInput) {
    self.id = id
    self.input = input
    switch input {
    case .text(let string):
      var text = string
      text.makeContiguousUTF8()
      self.text = text
    case .html:
      self.text = ""
    }
  }

  /// The layers this document carries.
  public var layers: Set<Layer> {
    var result: Set<Layer> = []
    if case .html = input {} else { result.insert(.text) }
    if tokens != nil { result.insert(.tokens) }
    if sentences != nil { result.insert(.sentences) }
    if entities != nil { result.insert(.entities) }
    if quotes != nil { result.insert(.quotes) }
    return result
  }

  /// The text a span covers.
  public func text(of span: Span) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
    let upper = utf8.index(lower, offsetBy: span.length)
    return text[lower..<upper]
  }

  /// The span converted to Unicode-scalar offsets, as the JSON output reports them.
  ///
  /// Builds a ``ScalarOffsetMap`` on every call; to convert many spans, build one map and reuse it.
  public func scalarRange(of span: Span) -> Range<Int> {
    let offsets = ScalarOffsetMap(text)
    return offsets.scalarOffset(ofUTF8: span.start)..<offsets.scalarOffset(ofUTF8: span.end)
  }
}

/// A piece of input that the `clean` stage dropped, with the reason.
public struct RemovedText: Hashable, Sendable {
  /// The text that was removed.
  public var text: String
  /// Why it was removed, e.g. "comment-form residue".
  public var reason: String

  /// Creates a removal record.
  public init(text: String, reason: String) {
    self.text = text
    self.reason = reason
  }
}
