/// Converts UTF-8 offsets of a text to Unicode-scalar offsets, the offsets the JSON output reports.
///
/// Stores only where multi-byte scalars start, so ASCII text costs nothing and
/// memory grows with the number of non-ASCII characters, not the text length.
public struct ScalarOffsetMap: Sendable {
  /// UTF-8 offsets at which a multi-byte scalar starts.
  private var starts: [Int] = []
  /// Extra bytes (beyond one per scalar) up to and including each entry of `starts`.
  private var extraThrough: [Int] = []

  /// Builds the map for a text in one pass.
  public init(_ text: String) {
    var extra = 0
    var offset = 0
    for byte in text.utf8 {
      if byte >= 0xC0 {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        extra += length - 1
        starts.append(offset)
        extraThrough.append(extra)
      }
      offset += 1
    }
  }

  /// The scalar offset of a UTF-8 offset that falls on a scalar boundary.
  public func scalarOffset(ofUTF8 offset: Int) -> Int {
    // Count multi-byte scalars that start before `offset`.
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? offset : offset - extraThrough[low - 1]
  }
}
