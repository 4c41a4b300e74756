/// One step of a pipeline: reads some layers of a document and adds others.
///
/// Stages are values and must be `Sendable`: one pipeline annotates many documents at once.
public protocol Stage: Sendable {
  /// The name the stage has in pipeline files, e.g. `"tokenize"`.
  var name: String { get }
  /// The layers the stage reads; a pipeline refuses a stage whose requirements no earlier stage produces.
  var requires: Set<Layer> { get }
  /// The layers the stage adds.
  var produces: Set<Layer> { get }
  /// Adds the stage's layers to a document.
  func process(_ document: inout Document) throws
}

/// A stage with a `Codable` configuration, so it can be built from a pipeline file.
public protocol ConfigurableStage: Stage {
  /// The options of the stage; every field has a default.
  associatedtype Configuration: StageConfiguration
  /// The name the stage has in pipeline files.
  static var stageName: String { get }
  /// A one-line description shown in listings and error messages.
  static var summary: String { get }
  /// Creates the stage with its options.
  init(configuration: Configuration)
  /// The options the stage was created with.
  var configuration: Configuration { get }
}

extension ConfigurableStage {
  public var name: String { Self.stageName }
}

/// Options of a stage: `Codable` with a default for every field, so a pipeline file may leave any out.
public protocol StageConfiguration: Codable, Sendable, Equatable {
  /// The default options.
  init()
}
