/// The tokenizer's scanner over UTF-8 bytes.
///
/// Text is cut at whitespace into chunks; each chunk loses prefixes (opening quotes and brackets,
/// currency) and suffixes (closing punctuation, contractions, final periods that are not part of an
/// abbreviation) from both ends, and what remains is split at infixes (dashes, ellipses, hyphens).
/// Infix pieces are tokenized again, so `so—“we` gives `so` `—` `“` `we`.
struct TokenizerEngine {
  let bytes: UnsafeBufferPointer<UInt8>
  let abbreviations: Set<String>
  let splitHyphens: Bool
  private(set) var tokens: [Span] = []
  /// Suffix tokens found from the end of a piece, emitted after the piece's middle.
  private var pendingSuffixes: [Span] = []
  /// End of the chunk being processed, for look-ahead past it.
  private var chunkEnd = 0

  init(bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, splitHyphens: Bool) {
    self.bytes = bytes
    self.abbreviations = abbreviations
    self.splitHyphens = splitHyphens
    tokens.reserveCapacity(bytes.count / 5 + 8)
  }

  mutating func run() {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        let cls = ScalarClasses.ascii[Int(byte)]
        if cls == .space || cls == .invisible {
          index += 1
          continue
        }
      } else {
        let (cls, length) = classAt(bytes, index)
        if cls == .space || cls == .invisible {
          index += length
          continue
        }
      }
      // A chunk: everything up to the next space. Plain words take the fast path.
      let start = index
      var plain = true
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          let cls = ScalarClasses.ascii[Int(byte)]
          if cls == .space || cls == .invisible { break }
          if cls != .letter && cls != .digit { plain = false }
          index += 1
        } else {
          let (cls, length) = classAt(bytes, index)
          if cls == .space || cls == .invisible { break }
          if cls != .letter && cls != .digit { plain = false }
          index += length
        }
      }
      if plain && !endsWithUnit(start, index) && !isCannot(start, index) {
        tokens.append(Span(start: start, end: index))
      } else {
        chunkEnd = index
        tokenizePiece(start, index)
      }
    }
  }

  // MARK: - Pieces

  /// Tokenizes `[low, high)`, which contains no whitespace.
  private mutating func tokenizePiece(_ low: Int, _ high: Int) {
    var low = low
    var high = high
    let suffixBase = pendingSuffixes.count
    while low < high {
      if let length = specialTokenLength(low, high) {
        emit(low, low + length)
        low += length
        continue
      }
      if let length = prefixLength(low, high) {
        emit(low, low + length)
        low += length
        continue
      }
      if let length = suffixLength(low, high) {
        pendingSuffixes.append(Span(start: high - length, end: high))
        high -= length
        continue
      }
      break
    }
    if low < high { splitInfixes(low, high) }
    while pendingSuffixes.count > suffixBase {
      tokens.append(pendingSuffixes.removeLast())
    }
  }

  @inline(__always)
  private mutating func emit(_ start: Int, _ end: Int) {
    tokens.append(Span(start: start, end: end))
  }

  private func cls(_ index: Int) -> ScalarClass { classAt(bytes, index).cls }

  private func isLetter(_ index: Int) -> Bool { cls(index) == .letter }

  private func isAlnum(_ index: Int) -> Bool {
    let c = cls(index)
    return c == .letter || c == .digit
  }

  /// The class of the scalar that ends at `end`.
  private func classBefore(_ end: Int) -> ScalarClass { cls(scalarStart(bytes, endingAt: end)) }

  /// Length of a run of ASCII periods starting at `index`, at most up to `high`.
  private func periodRun(_ index: Int, _ high: Int) -> Int {
    var end = index
    while end < high && bytes[end] == UInt8(ascii: ".") { end += 1 }
    return end - index
  }

  /// Length of a run of the same class (dashes, hyphens, ellipses, `!?`) from `index`.
  private func runLength(of target: ScalarClass, _ index: Int, _ high: Int) -> Int {
    var end = index
    while end < high {
      let (c, length) = classAt(bytes, end)
      if c != target { break }
      end += length
    }
    return end - index
  }

  // MARK: - Special tokens: URLs, e-mail addresses, handles, hashtags

  private func lowerASCII(_ index: Int) -> UInt8 {
    let byte = bytes[index]
    return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  private func hasPrefix(_ text: StaticString, at index: Int, _ high: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard high - index >= count else { return false }
    let pointer = text.utf8Start
    for offset in 0..<count where lowerASCII(index + offset) != pointer[offset] { return false }
    return true
  }

  private func specialTokenLength(_ low: Int, _ high: Int) -> Int? {
    let first = bytes[low]
    if first == UInt8(ascii: "@") || first == UInt8(ascii: "#") {
      // @handle, #hashtag: the sign, a letter, then letters, digits and underscores.
      guard low + 1 < high, isLetter(low + 1) else { return nil }
      var end = low + 1
      while end < high {
        let (c, length) = classAt(bytes, end)
        guard c == .letter || c == .digit else { break }
        end += length
      }
      return end - low
    }
    if first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "w")
      || first == UInt8(ascii: "W") || first == UInt8(ascii: "f") || first == UInt8(ascii: "F")
    {
      if hasPrefix("http://", at: low, high) || hasPrefix("https://", at: low, high)
        || hasPrefix("ftp://", at: low, high) || (hasPrefix("www.", at: low, high) && high - low > 5)
      {
        return trimmedURLEnd(low, high) - low
      }
    }
    if first < 0x80 && ScalarClasses.ascii[Int(first)] != .letter && ScalarClasses.ascii[Int(first)] != .digit {
      return nil
    }
    return emailLength(low, high)
  }

  /// Where a URL ends once trailing sentence punctuation and unmatched closers are left out.
  private func trimmedURLEnd(_ low: Int, _ high: Int) -> Int {
    var opened = 0
    for index in low..<high where bytes[index] == UInt8(ascii: "(") { opened += 1 }
    var end = high
    while end > low {
      let start = scalarStart(bytes, endingAt: end)
      let c = cls(start)
      if c == .period || c == .comma || c == .colon || c == .exclamation || c == .quote || c == .apostrophe
        || c == .ellipsis
      {
        end = start
      } else if c == .closeBracket && !(bytes[start] == UInt8(ascii: ")") && opened > 0) {
        end = start
      } else {
        break
      }
    }
    return end
  }

  /// The length of an e-mail address at `low`, if there is one.
  private func emailLength(_ low: Int, _ high: Int) -> Int? {
    var index = low
    var at = -1
    while index < high {
      let byte = bytes[index]
      if byte == UInt8(ascii: "@") {
        at = index
        break
      }
      guard byte < 0x80 else { return nil }
      let c = ScalarClasses.ascii[Int(byte)]
      guard c == .letter || c == .digit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
      else { return nil }
      index += 1
    }
    guard at > low else { return nil }
    var end = at + 1
    while end < high {
      let byte = bytes[end]
      guard byte < 0x80 else { break }
      let c = ScalarClasses.ascii[Int(byte)]
      guard c == .letter || c == .digit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { break }
      end += 1
    }
    while end > at && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    // The domain needs a dot with a name before it and a letter-only top-level name after it.
    var lastDot = end - 1
    while lastDot > at && bytes[lastDot] != UInt8(ascii: ".") { lastDot -= 1 }
    guard lastDot > at + 1, lastDot < end - 1, isLetter(end - 1) else { return nil }
    return end - low
  }

  // MARK: - Prefixes

  private func prefixLength(_ low: Int, _ high: Int) -> Int? {
    let (c, length) = classAt(bytes, low)
    let next = low + length
    switch c {
    case .openBracket, .closeBracket, .quote, .currency, .exclamation, .comma, .colon, .percent, .symbol,
      .at, .hash, .slash:
      return length
    case .dash, .ellipsis:
      return runLength(of: c, low, high)
    case .hyphen:
      let run = runLength(of: .hyphen, low, high)
      if run > length { return run }  // "--" stands for a dash
      if next < high && cls(next) == .digit { return nil }  // "-5"
      return length
    case .period:
      let run = periodRun(low, high)
      if run >= 2 { return run }
      if next < high && cls(next) == .digit { return nil }  // ".5"
      return length
    case .apostrophe:
      guard next < high else { return length }
      if cls(next) == .digit { return nil }  // ’90s
      if isElision(low, next, high) { return nil }
      return length
    default:
      return nil
    }
  }

  /// Whether an apostrophe at `low` starts a word like 'em, 'tis, 'cause or 'n'.
  private func isElision(_ low: Int, _ afterApostrophe: Int, _ high: Int) -> Bool {
    var end = afterApostrophe
    while end < high && bytes[end] < 0x80 && ScalarClasses.ascii[Int(bytes[end])] == .letter { end += 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[afterApostrophe..<end]), as: UTF8.self)
      .lowercased()
    switch word {
    case "em", "tis", "twas", "cause", "til", "n", "round": return true
    default: return false
    }
  }

  // MARK: - Suffixes

  private func suffixLength(_ low: Int, _ high: Int) -> Int? {
    let start = scalarStart(bytes, endingAt: high)
    let length = high - start
    let c = cls(start)
    switch c {
    case .closeBracket, .quote, .comma, .colon, .exclamation, .percent, .symbol, .currency, .openBracket,
      .slash, .apostrophe, .at, .hash:
      if start == low { return nil }
      if c == .apostrophe && isQuotedN(low, start) { return nil }
      return length
    case .dash, .ellipsis, .hyphen:
      if start == low { return nil }
      var runStart = start
      while runStart > low {
        let previous = scalarStart(bytes, endingAt: runStart)
        if cls(previous) != c { break }
        runStart = previous
      }
      if runStart == low { return nil }
      return high - runStart
    case .period:
      if start == low { return nil }
      var runStart = start
      while runStart > low && bytes[runStart - 1] == UInt8(ascii: ".") { runStart -= 1 }
      if high - runStart >= 2 { return runStart == low ? nil : high - runStart }
      return isAbbreviation(low, high) ? nil : 1
    case .letter:
      if let contraction = contractionLength(low, high) { return contraction }
      if let unit = unitLength(low, high) { return unit }
      if isCannot(low, high) { return 3 }
      return nil
    default:
      return nil
    }
  }

  /// Whether the piece is 'n' ("rock 'n' roll"), ending with the apostrophe at `apostrophe`.
  private func isQuotedN(_ low: Int, _ apostrophe: Int) -> Bool {
    guard apostrophe > low, lowerASCII(apostrophe - 1) == UInt8(ascii: "n"), apostrophe - 1 > low else { return false }
    return cls(low) == .apostrophe && scalarStart(bytes, endingAt: apostrophe - 1) == low
  }

  /// Whether `[low, high)`, which ends with a period, is an abbreviation that keeps the period.
  private func isAbbreviation(_ low: Int, _ high: Int) -> Bool {
    let count = high - low
    // An initial: "V.", "J."
    if count == 2, bytes[low] >= UInt8(ascii: "A"), bytes[low] <= UInt8(ascii: "Z") { return true }
    // Letters of one or two and periods: "U.S.", "a.m.", "Ph.D.", "J.P."
    if count >= 4 && count <= 12 && isDottedLetters(low, high) { return true }
    guard count <= 16 else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
    guard abbreviations.contains(word) else { return false }
    if Abbreviations.onlyBeforeNumber.contains(word) { return nextNonSpaceIsDigit() }
    return true
  }

  private func isDottedLetters(_ low: Int, _ high: Int) -> Bool {
    var index = low
    var groups = 0
    while index < high {
      var letters = 0
      while index < high && bytes[index] < 0x80 && ScalarClasses.ascii[Int(bytes[index])] == .letter {
        letters += 1
        index += 1
      }
      guard letters >= 1 && letters <= 2, index < high, bytes[index] == UInt8(ascii: ".") else { return false }
      index += 1
      groups += 1
    }
    return groups >= 2
  }

  private func nextNonSpaceIsDigit() -> Bool {
    var index = chunkEnd
    while index < bytes.count {
      let (c, length) = classAt(bytes, index)
      if c == .space || c == .invisible {
        index += length
        continue
      }
      return c == .digit
    }
    return false
  }

  /// Length of a contraction or possessive ending the piece: n't, 's, 'm, 'd, 're, 've, 'll.
  private func contractionLength(_ low: Int, _ high: Int) -> Int? {
    // Find the last apostrophe within the final four scalars.
    var index = high
    var lettersAfter = 0
    while index > low && lettersAfter <= 2 {
      let start = scalarStart(bytes, endingAt: index)
      let c = cls(start)
      if c == .apostrophe {
        guard bytes[start] == UInt8(ascii: "'") || (bytes[start] == 0xE2 && bytes[start + 2] == 0x99) else {
          return nil
        }
        return contraction(low, apostrophe: start, apostropheEnd: index, high, letters: lettersAfter)
      }
      guard c == .letter, bytes[start] < 0x80 else { return nil }
      lettersAfter += 1
      index = start
    }
    return nil
  }

  private func contraction(_ low: Int, apostrophe: Int, apostropheEnd: Int, _ high: Int, letters: Int) -> Int? {
    guard apostrophe > low else { return nil }
    let after = lowerASCII(apostropheEnd)
    if letters == 1 {
      if after == UInt8(ascii: "t") {
        // n't: the n belongs to the suffix, and a stem must remain ("don't", "can't").
        let n = apostrophe - 1
        guard n > low, lowerASCII(n) == UInt8(ascii: "n"), isLetter(n - 1) else { return nil }
        return high - n
      }
      guard after == UInt8(ascii: "s") || after == UInt8(ascii: "m") || after == UInt8(ascii: "d") else { return nil }
      let before = classBefore(apostrophe)
      guard before == .letter || ((before == .digit || before == .period) && after == UInt8(ascii: "s")) else {
        return nil
      }
      return high - apostrophe
    }
    if letters == 2 {
      let second = lowerASCII(apostropheEnd + 1)
      let pair = (after, second)
      guard pair == (UInt8(ascii: "r"), UInt8(ascii: "e")) || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
        || pair == (UInt8(ascii: "l"), UInt8(ascii: "l"))
      else { return nil }
      guard classBefore(apostrophe) == .letter else { return nil }
      return high - apostrophe
    }
    return nil
  }

  private static let units: Set<String> = [
    "km", "m", "cm", "mm", "mi", "ft", "kg", "g", "mg", "lb", "lbs", "oz", "t", "mph", "kph", "kmh", "ml",
    "l", "L", "gb", "GB", "mb", "MB", "tb", "TB", "kb", "KB", "kW", "MW", "GW", "kWh", "MWh", "GWh", "Hz",
    "kHz", "MHz", "GHz", "am", "pm", "bn", "mn", "tn", "ha", "C", "F",
  ]

  /// Length of a unit after a number in the same piece: "10km", "3pm", "4.2bn".
  private func unitLength(_ low: Int, _ high: Int) -> Int? {
    guard bytes[low] < 0x80, ScalarClasses.ascii[Int(bytes[low])] == .digit else { return nil }
    var unitStart = high
    while unitStart > low && bytes[unitStart - 1] < 0x80
      && ScalarClasses.ascii[Int(bytes[unitStart - 1])] == .letter
    {
      unitStart -= 1
    }
    guard unitStart > low, high - unitStart <= 3, bytes[unitStart - 1] < 0x80,
      ScalarClasses.ascii[Int(bytes[unitStart - 1])] == .digit
    else {
      return nil
    }
    for index in low..<unitStart {
      let byte = bytes[index]
      guard byte < 0x80, ScalarClasses.ascii[Int(byte)] == .digit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
        || byte == UInt8(ascii: ":")
      else { return nil }
    }
    let unit = String(decoding: UnsafeBufferPointer(rebasing: bytes[unitStart..<high]), as: UTF8.self)
    return Self.units.contains(unit) ? high - unitStart : nil
  }

  private func endsWithUnit(_ low: Int, _ high: Int) -> Bool {
    let last = bytes[high - 1]
    return last < 0x80 && ScalarClasses.ascii[Int(last)] == .letter && unitLength(low, high) != nil
  }

  /// "cannot" splits as "can" "not", like "can't".
  private func isCannot(_ low: Int, _ high: Int) -> Bool {
    guard high - low == 6 else { return false }
    return hasPrefix("cannot", at: low, high)
  }

  // MARK: - Infixes

  /// Splits a piece that lost its prefixes and suffixes at the first infix, then recurses.
  private mutating func splitInfixes(_ low: Int, _ high: Int) {
    // An abbreviation such as "Ph.D." has inner periods that are not sentence ends.
    let isWholeAbbreviation = bytes[high - 1] == UInt8(ascii: ".") && isAbbreviation(low, high)
    var index = low
    while index < high {
      let (c, length) = classAt(bytes, index)
      let next = index + length
      var split: (start: Int, end: Int)?
      switch c {
      case .dash, .ellipsis:
        split = (index, index + runLength(of: c, index, high))
      case .hyphen:
        let run = runLength(of: .hyphen, index, high)
        if run > length {
          split = (index, index + run)
        } else if splitHyphens, index > low, next < high, isLetter(next), hyphenLeftSideSplits(index, low) {
          split = (index, next)
        }
      case .period:
        let run = periodRun(index, high)
        if run >= 2 {
          split = (index, index + run)
        } else if !isWholeAbbreviation, next < high, startsSentenceLike(next), endsWordOfTwoLowercase(low, index) {
          // "end.The": split, but keep an abbreviation on the left whole ("Mr.Price" → "Mr." "Price").
          if isAbbreviation(low, next) {
            emit(low, next)
            tokenizePiece(next, high)
            return
          }
          split = (index, next)
        }
      case .comma, .colon, .slash:
        if index > low, next < high, isLetter(next) && classBefore(index) == .letter {
          split = (index, next)
        }
      case .exclamation, .quote, .openBracket, .closeBracket, .symbol:
        // "AT&T", "Q&A" stay whole.
        let joinsWords = bytes[index] == UInt8(ascii: "&") && index > low && next < high && isAlnum(next)
          && (classBefore(index) == .letter || classBefore(index) == .digit)
        if !joinsWords { split = (index, next) }
      default:
        break
      }
      if let split {
        if split.start > low { tokenizePiece(low, split.start) }
        emit(split.start, split.end)
        if split.end < high { tokenizePiece(split.end, high) }
        return
      }
      index = next
    }
    emit(low, high)
  }

  /// Whether `[low, end)` is a period-free word whose last letter is lowercase ASCII ("end" in "end.The").
  private func endsWordOfTwoLowercase(_ low: Int, _ end: Int) -> Bool {
    guard end - low >= 2 else { return false }
    let last = bytes[end - 1]
    guard last >= UInt8(ascii: "a") && last <= UInt8(ascii: "z") else { return false }
    for index in low..<end where bytes[index] == UInt8(ascii: ".") { return false }
    return true
  }

  /// A hyphen splits after a letter or digit, or after the period of an abbreviation ("U.S.-led").
  private func hyphenLeftSideSplits(_ hyphen: Int, _ low: Int) -> Bool {
    let before = classBefore(hyphen)
    if before == .letter || before == .digit { return true }
    return before == .period && hyphen - 1 > low && classBefore(hyphen - 1) == .letter
  }

  /// Whether the scalar at `index` looks like the start of a new sentence (capital letter or opening quote).
  private func startsSentenceLike(_ index: Int) -> Bool {
    let byte = bytes[index]
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
    let c = cls(index)
    return c == .quote || c == .openBracket
  }
}
