/// The sentence splitter's scan over tokens.
///
/// One pass: at each token that can end a sentence, look at the closers after it and the token
/// that follows, and decide. Token texts are read as bytes; a string is made only for the few
/// lookups in word lists (after an abbreviation, before an attribution).
struct SentenceEngine {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Span]
  let lineBreaksEndSentences: Bool

  mutating func run() -> [Span] {
    var sentences: [Span] = []
    sentences.reserveCapacity(tokens.count / 16 + 1)
    let count = tokens.count
    guard count > 0 else { return [] }
    var start = 0
    var index = 0

    func close(_ last: Int) {
      if last >= start {
        sentences.append(Span(start: tokens[start].start, end: tokens[last].end))
      }
      start = last + 1
    }

    while index < count {
      if index > start {
        // Line breaks between the previous token and this one.
        let breaks = lineBreaks(before: index)
        if breaks >= 2 || (breaks == 1 && lineBreakEndsSentence(before: index)) {
          close(index - 1)
        } else if breaks == 1 && isBullet(index) {
          close(index - 1)
        }
      }
      if canEndSentence(index) {
        // Absorb more terminal marks ("?!") and the quotes and brackets they close.
        var last = index
        var closedQuote = false
        while last + 1 < count && tokens[last + 1].start == tokens[last].end {
          let next = last + 1
          if isTerminalMark(next) {
            last = next
          } else if isCloser(next) {
            closedQuote = closedQuote || isQuote(next)
            last = next
          } else {
            break
          }
        }
        let next = last + 1
        if next < count && lineBreaks(before: next) == 0
          && endsSentence(terminal: index, closedQuote: closedQuote, next: next)
        {
          close(last)
        }
        index = next
        continue
      }
      index += 1
    }
    close(count - 1)
    return sentences
  }

  // MARK: - Decisions

  /// Whether a single line break before `next` ends the sentence.
  private func lineBreakEndsSentence(before next: Int) -> Bool {
    let previous = next - 1
    let endsWithTerminal = isTerminalMark(previous) || isAbbreviation(previous)
      || (isCloser(previous) && previous > 0 && isTerminalMark(previous - 1))
    if startsListItem(next) { return true }
    if endsWithTerminal { return !startsLowercase(next) }
    guard lineBreaksEndSentences else { return false }
    // A line that does not end in punctuation: a headline, a list item, a dateline — unless the
    // next line carries on in lower case, as hard-wrapped text does.
    return !startsLowercase(next) || isBullet(next)
  }

  /// A bullet, or a number or letter followed by "." or ")" ("1.", "a)", "(b)").
  private func startsListItem(_ index: Int) -> Bool {
    if isBullet(index) { return true }
    var marker = index
    if firstByte(index) == UInt8(ascii: "("), byteLength(index) == 1, index + 1 < tokens.count { marker = index + 1 }
    let length = byteLength(marker)
    let isNumber = length <= 3 && (0..<length).allSatisfy { isDigit(bytes[tokens[marker].start + $0]) }
    let isLetter = length == 1 && isLowercaseASCII(firstByte(marker))
    guard isNumber || isLetter, marker + 1 < tokens.count, tokens[marker + 1].start == tokens[marker].end else {
      return false
    }
    let after = firstByte(marker + 1)
    return byteLength(marker + 1) == 1 && (after == UInt8(ascii: ".") || after == UInt8(ascii: ")"))
  }

  private func endsSentence(terminal: Int, closedQuote: Bool, next: Int) -> Bool {
    if isAbbreviation(terminal) {
      let word = text(terminal)
      if SentenceLexicon.neverFinal.contains(word) || isInitial(terminal) { return false }
      // "U.S.", "p.m.", "Inc.", "Feb.": a boundary only before a typical sentence start.
      if SentenceLexicon.starters.contains(text(next)) { return true }
      return isOpener(next) && next + 1 < tokens.count && startsUppercase(next + 1)
    }
    if isListMarkerPeriod(terminal) { return false }
    if startsLowercase(next) { return false }
    // "“Are you sure?” Jane Doe asked." stays whole; after a period ("“…schools.” Democrats said …")
    // a new sentence starts, as news style puts a comma before an attribution.
    if closedQuote && firstByte(terminal) != UInt8(ascii: ".") && isAttribution(from: next) { return false }
    let first = firstByte(next)
    // After a terminal mark: a capital, a digit, an opening quote or bracket, or a symbol starts anew.
    if first == UInt8(ascii: ",") || first == UInt8(ascii: ";") || first == UInt8(ascii: ":")
      || first == UInt8(ascii: ")") || first == UInt8(ascii: "]")
    {
      return false
    }
    return true
  }

  /// "“…?” Jane Smith asked": capitalised words, then a reporting verb.
  private func isAttribution(from start: Int) -> Bool {
    var index = start
    var names = 0
    while index < tokens.count && names <= 4 {
      if SentenceLexicon.attributionVerbs.contains(text(index)) { return names > 0 }
      guard startsUppercase(index) && !SentenceLexicon.starters.contains(text(index)) || text(index) == "Mr."
        || text(index) == "Ms." || text(index) == "Mrs." || text(index) == "Dr."
      else { return false }
      names += 1
      index += 1
    }
    return false
  }

  /// "1." or "a." opening a line is a list marker, not the end of a sentence.
  private func isListMarkerPeriod(_ index: Int) -> Bool {
    guard byteLength(index) == 1, firstByte(index) == UInt8(ascii: "."), index > 0 else { return false }
    let marker = index - 1
    guard marker == 0 || lineBreaks(before: marker) > 0 else { return false }
    let length = byteLength(marker)
    if length <= 3 && (0..<length).allSatisfy({ isDigit(bytes[tokens[marker].start + $0]) }) { return true }
    return length == 1 && isLowercaseASCII(firstByte(marker))
  }

  // MARK: - Token classes

  private func firstByte(_ index: Int) -> UInt8 { bytes[tokens[index].start] }
  private func byteLength(_ index: Int) -> Int { tokens[index].end - tokens[index].start }

  private func text(_ index: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
  }

  private func scalar(_ index: Int) -> Unicode.Scalar {
    Unicode.Scalar(decodeScalar(bytes, at: tokens[index].start).value) ?? " "
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// `.` `?` `!` `…` `...` and the other terminal marks.
  private func isTerminalMark(_ index: Int) -> Bool {
    let first = firstByte(index)
    switch first {
    case UInt8(ascii: "?"), UInt8(ascii: "!"):
      return byteLength(index) == 1
    case UInt8(ascii: "."):
      // "." or an ellipsis of dots; ".5" is a number.
      return (0..<byteLength(index)).allSatisfy { bytes[tokens[index].start + $0] == UInt8(ascii: ".") }
    case 0xE2:
      return byteLength(index) % 3 == 0 && scalar(index) == "\u{2026}"  // …
    default:
      return false
    }
  }

  /// A token that keeps its period: "Mr.", "U.S.", "V.", "Feb.".
  private func isAbbreviation(_ index: Int) -> Bool {
    let length = byteLength(index)
    return length >= 2 && bytes[tokens[index].end - 1] == UInt8(ascii: ".")
      && bytes[tokens[index].end - 2] != UInt8(ascii: ".")
  }

  private func canEndSentence(_ index: Int) -> Bool { isTerminalMark(index) || isAbbreviation(index) }

  /// A single capital letter and a period: "V." in "Vladimir V. Putin".
  private func isInitial(_ index: Int) -> Bool {
    byteLength(index) == 2 && firstByte(index) >= UInt8(ascii: "A") && firstByte(index) <= UInt8(ascii: "Z")
  }

  /// Closing quotes and brackets; straight quotes count when attached to what they follow.
  private func isCloser(_ index: Int) -> Bool {
    guard byteLength(index) <= 3 else { return false }
    switch scalar(index) {
    case "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ")", "]", "}", "\"", "'": return true
    default: return false
    }
  }

  private func isQuote(_ index: Int) -> Bool {
    switch scalar(index) {
    case "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\"", "'": return true
    default: return false
    }
  }

  /// Opening quotes and brackets.
  private func isOpener(_ index: Int) -> Bool {
    switch scalar(index) {
    case "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}", "(", "[", "{", "\"", "'": return byteLength(index) <= 3
    default: return false
    }
  }

  /// List bullets at the start of a line.
  private func isBullet(_ index: Int) -> Bool {
    guard byteLength(index) <= 3 else { return false }
    switch scalar(index) {
    case "\u{2022}", "\u{25AA}", "\u{25CF}", "\u{2023}", "\u{2043}", "*", "-", "\u{2013}", "\u{2014}", "\u{00B7}": return true
    default: return false
    }
  }

  private func startsUppercase(_ index: Int) -> Bool {
    let first = firstByte(index)
    if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
    return scalar(index).properties.isUppercase
  }

  private func startsLowercase(_ index: Int) -> Bool {
    let first = firstByte(index)
    if first < 0x80 { return isLowercaseASCII(first) }
    return scalar(index).properties.isLowercase
  }

  /// How many line breaks stand between token `index - 1` and token `index`.
  private func lineBreaks(before index: Int) -> Int {
    var breaks = 0
    var position = tokens[index - 1].end
    let end = tokens[index].start
    while position < end {
      if bytes[position] == 0x0A { breaks += 1 }
      position += 1
    }
    return breaks
  }
}
