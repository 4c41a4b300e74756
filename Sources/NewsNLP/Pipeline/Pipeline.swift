/// An ordered list of stages that turns raw input into an annotated ``Document``.
///
/// Build one in code from stage values, by name (``named(_:)``) or from a JSON file
/// (``init(json:)``); a pipeline whose stages' requirements are unmet is refused.
/// A pipeline is an immutable `Sendable` value: one instance can annotate many documents concurrently.
public struct Pipeline: Sendable {
  /// The stages, in the order they run.
  public let stages: [any Stage]

  /// The version of the pipeline file format this library writes and reads.
  public static let fileVersion = 1

  /// Creates a pipeline, checking that every stage's requirements are produced by an earlier stage.
  public init(_ stages: [any Stage]) throws(PipelineError) {
    var available: Set<Layer> = [.text]
    var seen: Set<String> = []
    for (index, stage) in stages.enumerated() {
      if !seen.insert(stage.name).inserted { throw .duplicateStage(stage.name) }
      if stage.produces.contains(.text) && index != 0 {
        throw .misplacedStage(stage.name, reason: "it produces the text every other stage reads, so it must come first")
      }
      if let missing = stage.requires.subtracting(available).min() {
        throw .unmetRequirement(stage: stage.name, missing: missing, producedBy: missing.producingStage)
      }
      available.formUnion(stage.produces)
    }
    self.stages = stages
  }

  /// Whether the first stage turns raw input (HTML or scraped text) into clean text.
  public var cleansInput: Bool { stages.first?.produces.contains(.text) ?? false }

  /// The layers a document carries after this pipeline ran.
  public var produces: Set<Layer> {
    stages.reduce(into: [.text]) { $0.formUnion($1.produces) }
  }

  /// Runs every stage on a document.
  public func annotate(_ document: Document) throws -> Document {
    var document = document
    if !cleansInput, case .html = document.input {
      throw DocumentError.unsupportedInput(
        "this pipeline has no \"clean\" stage, so it cannot read HTML; use the \"news\" pipeline or put {\"stage\": \"clean\"} first")
    }
    for stage in stages {
      try stage.process(&document)
    }
    document.input = nil
    return document
  }

  /// Annotates raw input (text or HTML).
  public func annotate(_ input: DocumentInput, id: String = "document") throws -> Document {
    try annotate(Document(id: id, input: input))
  }

  /// Annotates text.
  public func annotate(text: String, id: String = "document") throws -> Document {
    try annotate(Document(id: id, input: .text(text)))
  }
}

extension Pipeline {
  /// The names of the built-in pipelines, the default first.
  public static var builtInNames: [String] { BuiltInPipelines.all.map(\.name) }

  /// The default pipeline: every stage, from HTML or scraped text to annotations.
  public static var news: Pipeline { BuiltInPipelines.news }

  /// Annotates text that is already clean: every stage but `clean`.
  public static var text: Pipeline { BuiltInPipelines.text }

  /// A built-in pipeline by name.
  public static func named(_ name: String) throws(PipelineError) -> Pipeline {
    guard let entry = BuiltInPipelines.all.first(where: { $0.name == name }) else {
      throw .unknownPipeline(name, known: builtInNames)
    }
    return entry.pipeline
  }

  /// A one-line description of a built-in pipeline.
  public static func summary(ofBuiltIn name: String) -> String? {
    BuiltInPipelines.all.first(where: { $0.name == name })?.summary
  }

  /// The names and summaries of every stage a pipeline file can use.
  public static var availableStages: [(name: String, summary: String)] {
    StageRegistry.entries.map { ($0.name, $0.summary) }
  }
}

enum BuiltInPipelines {
  struct Entry {
    let name: String
    let summary: String
    let pipeline: Pipeline
  }

  // The stage lists are valid by construction; `try!` documents that.
  static let news = try! Pipeline([Cleaner(), Tokenizer(), SentenceSplitter(), EntityRecognizer(), QuoteAttributor()])
  static let text = try! Pipeline([Tokenizer(), SentenceSplitter(), EntityRecognizer(), QuoteAttributor()])

  static let all: [Entry] = [
    Entry(name: "news", summary: "every stage, from an HTML page or scraped text to annotations (the default)", pipeline: news),
    Entry(name: "text", summary: "every stage but clean: for text that is already clean", pipeline: text),
  ]
}
