/// Why a pipeline could not be built or loaded. Each message names the problem and the valid choices.
public enum PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A stage name that no stage has.
  case unknownStage(String, known: [String])
  /// A pipeline name that is neither built in nor a readable file.
  case unknownPipeline(String, known: [String])
  /// An option that the stage does not have.
  case unknownOption(stage: String, option: String, known: [String])
  /// An option whose value has the wrong JSON type.
  case wrongOptionType(stage: String, option: String, expected: String, found: String)
  /// An option whose value has the right type but is not allowed.
  case invalidOptionValue(stage: String, option: String, problem: String)
  /// A stage that needs a layer no earlier stage produces.
  case unmetRequirement(stage: String, missing: Layer, producedBy: String)
  /// A stage that appears twice.
  case duplicateStage(String)
  /// A stage that has to come first but does not (`clean`).
  case misplacedStage(String, reason: String)
  /// A pipeline file version this library does not read.
  case unsupportedVersion(Int, supported: [Int])
  /// A pipeline file that is not the expected JSON shape.
  case malformed(String)
  /// A pipeline file that cannot be read.
  case unreadableFile(path: String, reason: String)

  public var description: String {
    switch self {
    case .unknownStage(let name, let known):
      "unknown stage \"\(name)\"; known stages: \(known.joined(separator: ", "))"
    case .unknownPipeline(let name, let known):
      "unknown pipeline \"\(name)\": not a built-in pipeline and not a file; built-in pipelines: \(known.joined(separator: ", "))"
    case .unknownOption(let stage, let option, let known):
      known.isEmpty
        ? "unknown option \"\(option)\" for stage \"\(stage)\"; the stage has no options"
        : "unknown option \"\(option)\" for stage \"\(stage)\"; known options: \(known.joined(separator: ", "))"
    case .wrongOptionType(let stage, let option, let expected, let found):
      "option \"\(option)\" of stage \"\(stage)\" must be \(expected), not \(found)"
    case .invalidOptionValue(let stage, let option, let problem):
      "option \"\(option)\" of stage \"\(stage)\": \(problem)"
    case .unmetRequirement(let stage, let missing, let producer):
      "stage \"\(stage)\" needs \(missing), which no earlier stage produces; add the \"\(producer)\" stage before it"
    case .duplicateStage(let name):
      "stage \"\(name)\" appears more than once; each stage may run once"
    case .misplacedStage(let name, let reason):
      "stage \"\(name)\" is misplaced: \(reason)"
    case .unsupportedVersion(let version, let supported):
      "unsupported pipeline version \(version); supported versions: \(supported.map(String.init).joined(separator: ", "))"
    case .malformed(let detail):
      "malformed pipeline: \(detail)"
    case .unreadableFile(let path, let reason):
      "cannot read pipeline file \(path): \(reason)"
    }
  }
}
