/// Cleans text that was already scraped from a page.
struct TextCleaner {
  var removeResidue: Bool

  func clean(_ raw: String, removed: inout [RemovedText]) -> String {
    var lines = Self.normalizedLines(raw)
    let removedBefore = removed.count
    if removeResidue {
      lines = ResidueFilter.filter(lines, removed: &removed)
    }
    var trimmed = false
    while let last = lines.last, ResidueFilter.isBlank(last) {
      lines.removeLast()
      trimmed = true
    }
    // A line of spaces is a paragraph break; write it as an empty line.
    for index in lines.indices where !lines[index].isEmpty && ResidueFilter.isBlank(lines[index]) {
      lines[index] = ""
      trimmed = true
    }
    // Most text needs no change: hand back the original string rather than a copy.
    if !trimmed && removed.count == removedBefore && !raw.utf8.contains(0x0D) { return raw }
    return lines.joined(separator: "\n")
  }

  /// Splits text into lines at LF, CRLF and CR, without their line ends.
  static func normalizedLines(_ raw: String) -> [Substring] {
    var lines: [Substring] = []
    var text = raw
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(text[lineStart..<index])
        var next = utf8.index(after: index)
        if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
        index = next
        lineStart = next
      } else {
        index = utf8.index(after: index)
      }
    }
    lines.append(text[lineStart..<utf8.endIndex])
    return lines
  }
}
