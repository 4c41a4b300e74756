/// Every token's text and its lower-cased form, made once per document and shared by the stages
/// that read words (entities, quotes) instead of each turning every token into strings again.
final class TokenWords: Sendable {
  /// The tokens and text the words were made from; the table is valid only for these.
  let tokens: [Span]
  let text: String
  let words: [String]
  let lower: [String]

  init(text: String, tokens: [Span]) {
    var source = text
    let words = source.withUTF8 { bytes in
      tokens.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
    }
    self.tokens = tokens
    self.text = text
    self.words = words
    // Lower-casing ASCII words by hand is much cheaper than `lowercased()` on each.
    self.lower = words.map { word in
      var hasUpper = false
      var hasNonASCII = false
      for byte in word.utf8 {
        if byte >= 0x80 { hasNonASCII = true } else if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
      }
      if !hasNonASCII {
        return hasUpper ? String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) : word
      }
      // Quote marks, dashes and "’s" start with punctuation from U+2000–U+2BFF (lead byte 0xE2),
      // which has no case; the ASCII rest needs lower-casing only if it has capitals.
      if word.utf8.first == 0xE2 && !hasUpper && word.utf8.dropFirst(3).allSatisfy({ $0 < 0x80 }) { return word }
      return word.lowercased()
    }
  }

  /// Whether the table still describes a document (same storage makes both checks O(1)).
  func matches(_ document: Document) -> Bool {
    document.tokens == tokens && document.text == text
  }
}

extension Document {
  /// The word table for the current tokens: the cached one while tokens and text are unchanged.
  func tokenWords() -> TokenWords? {
    guard let tokens else { return nil }
    if let cached = cachedTokenWords, cached.matches(self) { return cached }
    return TokenWords(text: text, tokens: tokens)
  }

  /// Makes the word table and keeps it for later stages.
  mutating func cacheTokenWords() -> TokenWords? {
    let table = tokenWords()
    cachedTokenWords = table
    return table
  }
}
