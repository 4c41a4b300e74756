/// Turns input bytes into a Swift string without losing text.
enum TextDecoding {
  /// Decodes text bytes: byte-order mark first, then UTF-8, then windows-1252 as a best effort.
  static func decodeText(_ bytes: [UInt8], warnings: inout [String]) throws(DocumentError) -> String {
    if bytes.isEmpty { throw .empty }
    if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
    }
    var body = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
    if looksBinary(body) { throw .binary }
    if let text = String(validating: body, as: UTF8.self) { return text }
    warnings.append("the text is not valid UTF-8; it was read as windows-1252")
    return decodeWindows1252(body)
  }

  /// Whether bytes look like binary data: any NUL byte, or more than 1% C0 control bytes.
  static func looksBinary<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    var controls = 0
    var count = 0
    for byte in bytes {
      count += 1
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
    }
    return controls > 0 && controls * 100 > count
  }

  static func decodeUTF16<C: Collection>(_ bytes: C, bigEndian: Bool) -> String where C.Element == UInt8 {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var iterator = bytes.makeIterator()
    while let first = iterator.next(), let second = iterator.next() {
      units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252 code points for bytes 0x80–0x9F; the rest map to the same code point (Latin-1).
  private static let cp1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Windows-1252 bytes re-encoded as UTF-8, in one pass (for libxml2, and under ``decodeWindows1252(_:)``).
  static func windows1252ToUTF8<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        result.append(byte)
        continue
      }
      let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
      if value < 0x800 {
        result.append(UInt8(0xC0 | (value >> 6)))
        result.append(UInt8(0x80 | (value & 0x3F)))
      } else {
        result.append(UInt8(0xE0 | (value >> 12)))
        result.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        result.append(UInt8(0x80 | (value & 0x3F)))
      }
    }
    return result
  }

  /// Windows-1252 bytes as a string.
  static func decodeWindows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    String(decoding: windows1252ToUTF8(bytes), as: UTF8.self)
  }
}
