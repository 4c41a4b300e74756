/// Raw input for a pipeline: text someone already extracted, or the bytes of an HTML page.
public enum DocumentInput: Sendable, Hashable {
  /// Plain text, for example an article scraped from a page.
  case text(String)
  /// The bytes of an HTML page, with the charset the caller knows (e.g. from an HTTP header), if any.
  case html(bytes: [UInt8], charset: String?)

  /// The largest input the library accepts, in bytes (256 MiB).
  public static let maximumSize = 256 << 20

  /// Reads text from bytes, detecting UTF-8, UTF-16 with a byte-order mark, or windows-1252.
  ///
  /// Invalid UTF-8 is read as windows-1252, a best-effort decision reported in `warnings`;
  /// bytes that look binary (NUL bytes, many control characters) are refused.
  public static func text(bytes: [UInt8], warnings: inout [String]) throws(DocumentError) -> DocumentInput {
    try .text(TextDecoding.decodeText(bytes, warnings: &warnings))
  }

  /// Reads a file's bytes as HTML when `isHTML` is true, or as text otherwise.
  public static func from(bytes: [UInt8], isHTML: Bool, warnings: inout [String]) throws(DocumentError) -> DocumentInput {
    if bytes.count > maximumSize { throw .tooLarge(bytes: bytes.count, limit: maximumSize) }
    if bytes.isEmpty { throw .empty }
    if isHTML {
      if TextDecoding.looksBinary(bytes) { throw .binary }
      return .html(bytes: bytes, charset: nil)
    }
    return try text(bytes: bytes, warnings: &warnings)
  }

  /// Whether a file name names an HTML page (`.html`, `.htm`, `.xhtml`).
  public static func isHTMLFileName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
  }
}
