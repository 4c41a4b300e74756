import Foundation

extension Pipeline {
  /// Loads a pipeline from the JSON of a pipeline file.
  ///
  /// The format is `{"version": 1, "stages": [{"stage": "clean"}, {"stage": "tokenize", "options": {…}}]}`.
  /// Unknown stages and options, wrong option types, unmet requirements and unsupported versions
  /// are errors whose message names the problem and what is valid.
  public init(json: some Collection<UInt8>) throws(PipelineError) {
    let root: JSONValue
    do {
      root = try JSONDecoder().decode(JSONValue.self, from: Data(json))
    } catch {
      throw .malformed("not valid JSON (\(Self.describe(decodingError: error)))")
    }
    guard case .object(let members) = root else {
      throw .malformed("the top level must be an object with \"version\" and \"stages\"")
    }
    let knownKeys = ["stages", "version"]
    if let unknown = members.keys.sorted().first(where: { !knownKeys.contains($0) }) {
      throw .malformed("unknown key \"\(unknown)\"; known keys: \(knownKeys.joined(separator: ", "))")
    }
    guard case .number(let version)? = members["version"] else {
      throw .malformed("\"version\" must be given as an integer; the current version is \(Self.fileVersion)")
    }
    guard version == Double(Self.fileVersion) else {
      throw .unsupportedVersion(Int(version), supported: [Self.fileVersion])
    }
    guard case .array(let entries)? = members["stages"] else {
      throw .malformed("\"stages\" must be an array of objects such as {\"stage\": \"tokenize\"}")
    }
    if entries.isEmpty {
      throw .malformed("\"stages\" is empty; known stages: \(StageRegistry.names.joined(separator: ", "))")
    }
    var stages: [any Stage] = []
    for (index, entry) in entries.enumerated() {
      guard case .object(let fields) = entry else {
        throw .malformed("stage \(index + 1) must be an object such as {\"stage\": \"tokenize\"}")
      }
      if let unknown = fields.keys.sorted().first(where: { $0 != "stage" && $0 != "options" }) {
        throw .malformed("unknown key \"\(unknown)\" in stage \(index + 1); known keys: options, stage")
      }
      guard case .string(let name)? = fields["stage"] else {
        throw .malformed("stage \(index + 1) has no \"stage\" name; known stages: \(StageRegistry.names.joined(separator: ", "))")
      }
      var options: [String: JSONValue] = [:]
      switch fields["options"] {
      case nil, .null?: break
      case .object(let values)?: options = values
      case let other?:
        throw .malformed("\"options\" of stage \"\(name)\" must be an object, not \(other.typeDescription)")
      }
      stages.append(try StageRegistry.makeStage(named: name, options: options))
    }
    try self.init(stages)
  }

  /// Loads a pipeline file.
  public init(contentsOfFile path: String) throws(PipelineError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableFile(path: path, reason: "no such file or not readable")
    }
    try self.init(json: data)
  }

  /// A built-in pipeline by name, or else the pipeline file at that path.
  public static func resolve(_ nameOrPath: String) throws(PipelineError) -> Pipeline {
    if BuiltInPipelines.all.contains(where: { $0.name == nameOrPath }) {
      return try named(nameOrPath)
    }
    if FileManager.default.fileExists(atPath: nameOrPath) {
      return try Pipeline(contentsOfFile: nameOrPath)
    }
    throw .unknownPipeline(nameOrPath, known: builtInNames)
  }

  /// The pipeline as pipeline-file JSON, with every option spelled out.
  public var fileJSON: String {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("stages")
    writer.beginArray()
    for stage in stages {
      writer.comma()
      writer.beginObject()
      if let options = StageRegistry.options(of: stage) {
        writer.key("options")
        options.write(to: &writer)
      }
      writer.key("stage")
      writer.string(stage.name)
      writer.endObject()
    }
    writer.endArray()
    writer.key("version")
    writer.int(Self.fileVersion)
    writer.endObject()
    return writer.string + "\n"
  }

  private static func describe(decodingError error: any Error) -> String {
    if case DecodingError.dataCorrupted(let context) = error {
      if let underlying = context.underlyingError { return "\(underlying.localizedDescription)" }
      return context.debugDescription
    }
    return "\(error)"
  }
}
