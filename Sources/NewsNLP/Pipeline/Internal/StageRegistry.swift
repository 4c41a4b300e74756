import Foundation

/// The stages a pipeline file can name, and how to build each from its options.
enum StageRegistry {
  struct Entry: Sendable {
    let name: String
    let summary: String
    let make: @Sendable ([String: JSONValue]) throws(PipelineError) -> any Stage
    let options: @Sendable (any Stage) -> JSONValue?
  }

  static let entries: [Entry] = [
    entry(for: Cleaner.self),
    entry(for: Tokenizer.self),
    entry(for: SentenceSplitter.self),
    entry(for: EntityRecognizer.self),
    entry(for: QuoteAttributor.self),
  ]

  static var names: [String] { entries.map(\.name) }

  static func makeStage(named name: String, options: [String: JSONValue]) throws(PipelineError) -> any Stage {
    guard let entry = entries.first(where: { $0.name == name }) else {
      throw .unknownStage(name, known: names)
    }
    return try entry.make(options)
  }

  static func options(of stage: any Stage) -> JSONValue? {
    entries.first(where: { $0.name == stage.name })?.options(stage)
  }

  private static func entry<S: ConfigurableStage>(for type: S.Type) -> Entry {
    Entry(
      name: S.stageName,
      summary: S.summary,
      make: { (options) throws(PipelineError) in try makeConfigured(S.self, options: options) },
      options: { stage in (stage as? S).flatMap { try? encode($0.configuration) } })
  }

  private static func encode<C: StageConfiguration>(_ configuration: C) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(configuration))
  }

  /// Checks option names and types against the defaults, then decodes the configuration.
  private static func makeConfigured<S: ConfigurableStage>(
    _ type: S.Type, options: [String: JSONValue]
  ) throws(PipelineError) -> S {
    guard case .object(let defaults)? = try? encode(S.Configuration()) else {
      preconditionFailure("the configuration of \(S.stageName) must encode as a JSON object")
    }
    let known = defaults.keys.sorted()
    for key in options.keys.sorted() {
      guard let model = defaults[key] else {
        throw .unknownOption(stage: S.stageName, option: key, known: known)
      }
      let value = options[key]!
      if !value.hasSameType(as: model) {
        throw .wrongOptionType(stage: S.stageName, option: key, expected: model.typeDescription, found: value.typeDescription)
      }
    }
    do {
      let data = try JSONEncoder().encode(JSONValue.object(options))
      return S(configuration: try JSONDecoder().decode(S.Configuration.self, from: data))
    } catch let error as PipelineError {
      throw error
    } catch DecodingError.typeMismatch(let type, let context) where !context.codingPath.isEmpty {
      // Reached when the default gave no type to compare with, e.g. an empty array.
      let option = context.codingPath[0].stringValue
      let inArray = context.codingPath.count > 1
      let expected = inArray ? "an array of \(typeName(type, plural: true))" : typeName(type, plural: false)
      throw .wrongOptionType(
        stage: S.stageName, option: option, expected: expected,
        found: options[option]?.typeDescription ?? "another type")
    } catch {
      throw .malformed("options of stage \"\(S.stageName)\": \(error)")
    }
  }

  private static func typeName(_ type: Any.Type, plural: Bool) -> String {
    switch type {
    case is Bool.Type: plural ? "booleans" : "a boolean"
    case is String.Type: plural ? "strings" : "a string"
    case is Int.Type: plural ? "integers" : "an integer"
    case is Double.Type: plural ? "numbers" : "a number"
    default: plural ? "values of type \(type)" : "a value of type \(type)"
    }
  }
}
