/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Inside the library spans count UTF-8 bytes because every stage scans bytes.
/// Output formats convert them to Unicode-scalar offsets (see ``Document/scalarRange(of:)``).
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The offset of the first byte in the span.
  public var start: Int
  /// The offset one past the last byte in the span.
  public var end: Int

  /// Creates a span from `start` up to, not including, `end`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "a span cannot end before it starts")
    self.start = start
    self.end = end
  }

  /// The number of UTF-8 bytes the span covers.
  public var length: Int { end - start }

  /// Whether the span covers no text.
  public var isEmpty: Bool { start == end }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
