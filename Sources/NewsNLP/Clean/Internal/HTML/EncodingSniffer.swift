/// Decides which encoding an HTML page's bytes are in, before libxml2 reads them.
///
/// Order: byte-order mark, the caller's charset, `<meta charset>` or `http-equiv` in the first
/// 4 KB, UTF-8 validity, and windows-1252 last. libxml2 is then told the answer explicitly, because
/// on its own it assumes ISO-8859-1.
enum EncodingSniffer {
  struct Decision: Equatable {
    /// The encoding name passed to libxml2.
    var encoding: String
    /// Where the decision came from, for warnings and tests.
    var source: String
  }

  static func detect(_ bytes: [UInt8], declared: String?, canDecode: (String) -> Bool) -> Decision {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Decision(encoding: "UTF-8", source: "byte-order mark") }
    if bytes.starts(with: [0xFF, 0xFE]) { return Decision(encoding: "UTF-16LE", source: "byte-order mark") }
    if bytes.starts(with: [0xFE, 0xFF]) { return Decision(encoding: "UTF-16BE", source: "byte-order mark") }
    let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    for (candidate, source) in [(declared, "caller"), (metaCharset(bytes), "meta tag")] {
      guard let candidate, let name = normalize(candidate), canDecode(name) else { continue }
      // A page that claims UTF-8 but is not would lose text in libxml2; fall through to the checks below.
      if name == "UTF-8" && !isUTF8 { continue }
      return Decision(encoding: name, source: source)
    }
    if isUTF8 { return Decision(encoding: "UTF-8", source: "valid UTF-8") }
    return Decision(encoding: "windows-1252", source: "fallback")
  }

  /// Canonical names; ISO-8859-1 and ASCII labels mean windows-1252 on the web.
  static func normalize(_ label: String) -> String? {
    let trimmed = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
    guard !trimmed.isEmpty, trimmed.count < 40 else { return nil }
    switch trimmed {
    case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
      "x-cp1252", "iso_8859-1":
      return "windows-1252"
    case "utf-16", "utf-16le": return "UTF-16LE"
    case "utf-16be": return "UTF-16BE"
    default: return trimmed
    }
  }

  /// The charset a `<meta>` tag declares in the first 4 KB, if any.
  static func metaCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096)
    // Lower-case ASCII view of the head; other bytes are kept as they are.
    let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var index = 0
    while let meta = find(Array("<meta".utf8), in: lower, from: index) {
      let end = lower[meta...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
      let tag = Array(lower[meta..<end])
      if let value = find(Array("charset".utf8), in: tag, from: 0) {
        var cursor = value + 7
        while cursor < tag.count && (tag[cursor] == 0x20 || tag[cursor] == UInt8(ascii: "=")) { cursor += 1 }
        while cursor < tag.count && (tag[cursor] == UInt8(ascii: "\"") || tag[cursor] == UInt8(ascii: "'")) {
          cursor += 1
        }
        var stop = cursor
        while stop < tag.count, !"\"'; />".utf8.contains(tag[stop]) { stop += 1 }
        if stop > cursor { return String(decoding: tag[cursor..<stop], as: UTF8.self) }
      }
      index = end
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle { return index }
      index += 1
    }
    return nil
  }
}

extension String {
  /// Trims spaces, tabs and line breaks, and straight quotes unless `keepingQuotes`.
  func trimmingASCIIWhitespaceAndQuotes(keepingQuotes: Bool = false) -> String {
    let scalars = unicodeScalars
    let isTrimmed: (Unicode.Scalar) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || (!keepingQuotes && ($0 == "\"" || $0 == "'"))
    }
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isTrimmed($0) })!
    return String(scalars[first...last])
  }
}
