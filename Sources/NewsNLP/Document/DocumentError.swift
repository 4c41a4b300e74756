/// Why a document could not be annotated.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input has no bytes.
  case empty
  /// The input looks like binary data, not text or HTML.
  case binary
  /// The input is larger than the library accepts.
  case tooLarge(bytes: Int, limit: Int)
  /// The input is in an encoding the library cannot read.
  case unreadableEncoding(String)
  /// The page parsed but holds no article text.
  case noText(reason: String)
  /// The pipeline cannot read this kind of input (for example HTML without a `clean` stage).
  case unsupportedInput(String)

  public var description: String {
    switch self {
    case .empty: "the document is empty"
    case .binary: "the document looks like binary data (NUL or control bytes), not text or HTML"
    case .tooLarge(let bytes, let limit):
      "the document is \(bytes) bytes; the limit is \(limit) bytes"
    case .unreadableEncoding(let detail): "cannot read the document's encoding: \(detail)"
    case .noText(let reason): "no article text found: \(reason)"
    case .unsupportedInput(let detail): detail
    }
  }
}
