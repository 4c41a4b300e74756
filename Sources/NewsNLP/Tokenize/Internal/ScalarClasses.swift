/// Character classes the tokenizer and later stages need, decided on UTF-8 bytes.
///
/// Hot loops never build `Character`s; they look at bytes and decode a scalar only when a
/// byte is not ASCII.
enum ScalarClass: UInt8 {
  case space
  case letter
  case digit
  /// `(` `[` `{` `<`
  case openBracket
  /// `)` `]` `}` `>`
  case closeBracket
  /// `"` `“` `”` `„` `«` `»` `‹` `›` `‚`
  case quote
  /// `'` `‘` `’`: an apostrophe or a single quote, decided by context.
  case apostrophe
  /// `—` `–` `―` `‒`
  case dash
  /// `-` `‐` `‑`
  case hyphen
  case period
  /// `…`
  case ellipsis
  case comma
  /// `;` `:`
  case colon
  /// `!` `?` `¿` `¡`
  case exclamation
  /// `$` `£` `€` `¥` `¢` `₹` …
  case currency
  /// `%` `‰`
  case percent
  case hash
  case at
  /// `/`
  case slash
  /// Other symbols that never join a word: `*` `•` `|` `+` `=` `&` `°` `©` emoji …
  case symbol
  /// Invisible format characters (zero-width space, byte-order mark), treated as spaces.
  case invisible
}

enum ScalarClasses {
  /// The class of every ASCII byte.
  static let ascii: [ScalarClass] = {
    var table = [ScalarClass](repeating: .symbol, count: 128)
    for byte in 0..<128 {
      let b = UInt8(byte)
      let cls: ScalarClass
      switch b {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: cls = .space
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): cls = .letter
      case UInt8(ascii: "0")...UInt8(ascii: "9"): cls = .digit
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"): cls = .openBracket
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"): cls = .closeBracket
      case UInt8(ascii: "\""): cls = .quote
      case UInt8(ascii: "'"), UInt8(ascii: "`"): cls = .apostrophe
      case UInt8(ascii: "-"): cls = .hyphen
      case UInt8(ascii: "."): cls = .period
      case UInt8(ascii: ","): cls = .comma
      case UInt8(ascii: ";"), UInt8(ascii: ":"): cls = .colon
      case UInt8(ascii: "!"), UInt8(ascii: "?"): cls = .exclamation
      case UInt8(ascii: "$"): cls = .currency
      case UInt8(ascii: "%"): cls = .percent
      case UInt8(ascii: "#"): cls = .hash
      case UInt8(ascii: "@"): cls = .at
      case UInt8(ascii: "/"): cls = .slash
      case UInt8(ascii: "_"): cls = .letter
      case 0..<0x20, 0x7F: cls = .invisible
      default: cls = .symbol
      }
      table[byte] = cls
    }
    return table
  }()

  /// The class of a non-ASCII scalar.
  static func classify(_ value: UInt32) -> ScalarClass {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
    case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: return .invisible
    case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x201A: return .quote
    case 0x2018, 0x2019, 0x201B, 0x2032: return .apostrophe
    case 0x2012...0x2015, 0x2E3A, 0x2E3B: return .dash
    case 0x2010, 0x2011, 0x2212: return .hyphen
    case 0x2026: return .ellipsis
    case 0xA1, 0xBF: return .exclamation
    case 0xA2...0xA5, 0x20A0...0x20CF: return .currency
    case 0x2030: return .percent
    case 0xFF08, 0x3008, 0x300A, 0x3010: return .openBracket
    case 0xFF09, 0x3009, 0x300B, 0x3011: return .closeBracket
    case 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B: return .comma
    case 0xA6...0xA9, 0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xD7, 0xF7, 0x2020...0x2022, 0x2122, 0x2190...0x21FF,
      0x2200...0x2211, 0x2213...0x22FF, 0x2300...0x23FF, 0x25A0...0x27BF, 0x2B00...0x2BFF, 0x1F000...0x1FAFF:
      return .symbol
    case 0x0660...0x0669, 0x06F0...0x06F9, 0x0966...0x096F, 0xFF10...0xFF19: return .digit
    default: return .letter
    }
  }
}

/// Decodes the scalar that starts at `index` in valid UTF-8.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
  let b0 = UInt32(bytes[index])
  if b0 < 0x80 { return (b0, 1) }
  if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
  if b0 < 0xF0 {
    return ((b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
  }
  return (
    (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
      | UInt32(bytes[index + 3] & 0x3F), 4
  )
}

/// The offset where the scalar that ends at `end` starts.
@inline(__always)
func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
  var index = end - 1
  while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
  return index
}

/// The class and length of the scalar at `index`.
@inline(__always)
func classAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (cls: ScalarClass, length: Int) {
  let byte = bytes[index]
  if byte < 0x80 { return (ScalarClasses.ascii[Int(byte)], 1) }
  let (value, length) = decodeScalar(bytes, at: index)
  return (ScalarClasses.classify(value), length)
}
