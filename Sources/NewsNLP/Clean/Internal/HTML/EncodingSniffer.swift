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
    var index = head.startIndex
    while let meta = find("<meta", in: head, from: index) {
      let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
      let tag = head[meta..<end]
      if let value = find("charset", in: tag, from: tag.startIndex) {
        var cursor = value + 7
        while cursor < end && (tag[cursor] == 0x20 || tag[cursor] == UInt8(ascii: "=")) { cursor += 1 }
        while cursor < end && (tag[cursor] == UInt8(ascii: "\"") || tag[cursor] == UInt8(ascii: "'")) { cursor += 1 }
        var stop = cursor
        while stop < end, !"\"'; />".utf8.contains(tag[stop]) { stop += 1 }
        if stop > cursor { return String(decoding: tag[cursor..<stop], as: UTF8.self) }
      }
      index = end
    }
    return nil
  }

  /// The position of an ASCII word in bytes, ignoring ASCII case.
  private static func find(_ needle: StaticString, in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
    let count = needle.utf8CodeUnitCount
    let pattern = needle.utf8Start
    guard haystack.endIndex - start >= count else { return nil }
    var index = start
    outer: while index <= haystack.endIndex - count {
      for offset in 0..<count {
        let byte = haystack[index + offset]
        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != pattern[offset] {
          index += 1
          continue outer
        }
      }
      return index
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
