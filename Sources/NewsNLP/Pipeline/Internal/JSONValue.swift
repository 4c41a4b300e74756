/// A JSON value, used to read pipeline files before their options are checked against a stage.
enum JSONValue: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// The JSON type's name as a message shows it ("a boolean", "a string", …).
  var typeDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number(let value): value.rounded() == value ? "an integer" : "a number"
    case .string: "a string"
    case .array(let items):
      if let first = items.first { "an array of \(first.pluralTypeName)" } else { "an array" }
    case .object: "an object"
    }
  }

  private var pluralTypeName: String {
    switch self {
    case .null: "nulls"
    case .bool: "booleans"
    case .number(let value): value.rounded() == value ? "integers" : "numbers"
    case .string: "strings"
    case .array: "arrays"
    case .object: "objects"
    }
  }

  /// Whether `self` has the same JSON type as `other` (arrays compare their element types).
  func hasSameType(as other: JSONValue) -> Bool {
    switch (self, other) {
    case (.null, .null), (.bool, .bool), (.string, .string), (.object, .object): return true
    case (.number(let a), .number(let b)):
      // An integer option refuses fractions; a fractional default accepts both.
      return b.rounded() != b || a.rounded() == a
    case (.array(let items), .array(let defaults)):
      guard let model = defaults.first else { return true }
      return items.allSatisfy { $0.hasSameType(as: model) }
    default: return false
    }
  }

  /// Writes the value as canonical JSON (sorted keys, no insignificant whitespace).
  func write(to writer: inout JSONWriter) {
    switch self {
    case .null: writer.null()
    case .bool(let value): writer.bool(value)
    case .number(let value):
      if value.rounded() == value && abs(value) < 1e15 { writer.int(Int(value)) } else { writer.double(value) }
    case .string(let value): writer.string(value)
    case .array(let items):
      writer.beginArray()
      for item in items {
        writer.comma()
        item.write(to: &writer)
      }
      writer.endArray()
    case .object(let members):
      writer.beginObject()
      for key in members.keys.sorted() {
        writer.key(key)
        members[key]!.write(to: &writer)
      }
      writer.endObject()
    }
  }
}
