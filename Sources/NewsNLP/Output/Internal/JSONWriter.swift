/// A small JSON writer whose output is byte-for-byte the same on every platform.
///
/// Foundation's `JSONEncoder` orders keys differently on Linux and macOS and escapes
/// differently between versions; goldens and the output contract need one canonical form.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Whether the next value in the current container needs a comma before it.
  private var needsComma: [Bool] = []
  private let pretty: Bool
  private var pendingKey = false

  init(pretty: Bool = false) {
    self.pretty = pretty
    bytes.reserveCapacity(4096)
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func newline() {
    guard pretty else { return }
    bytes.append(0x0A)
    for _ in 0..<needsComma.count { bytes.append(0x20); bytes.append(0x20) }
  }

  /// Separates array elements; call before each element of an array.
  mutating func comma() {
    if needsComma.last == true { bytes.append(UInt8(ascii: ",")) }
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    newline()
  }

  mutating func beginObject() {
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
    pendingKey = false
  }

  mutating func endObject() {
    let hadMembers = needsComma.removeLast()
    if hadMembers { newline() }
    bytes.append(UInt8(ascii: "}"))
  }

  mutating func beginArray() {
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  mutating func endArray() {
    let hadItems = needsComma.removeLast()
    if hadItems { newline() }
    bytes.append(UInt8(ascii: "]"))
  }

  mutating func key(_ name: String) {
    comma()
    string(name)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(0x20) }
  }

  mutating func null() { bytes.append(contentsOf: "null".utf8) }
  mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
  mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
  mutating func double(_ value: Double) {
    bytes.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  mutating func string<S: StringProtocol>(_ value: S) {
    bytes.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(byte)
      case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(byte)
      case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
      case 0..<0x20, 0x7F:
        bytes.append(contentsOf: "\\u00".utf8)
        bytes.append(Self.hex[Int(byte >> 4)])
        bytes.append(Self.hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// A key and an array whose elements `write` writes, one per item.
  mutating func array<S: Sequence>(_ name: String, _ items: S, _ write: (inout JSONWriter, S.Element) -> Void) {
    key(name)
    beginArray()
    for item in items {
      comma()
      write(&self, item)
    }
    endArray()
  }

  /// Convenience: a key followed by a string value, or `null`.
  mutating func member(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }
}
