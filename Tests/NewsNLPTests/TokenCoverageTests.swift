import Foundation
import NewsNLP
import Testing

/// The invariant every later stage relies on: tokens are in order, never empty, never overlap,
/// contain no whitespace, and the text between them is only whitespace.
func checkCoverage(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let document = Document(id: "c", text: text)
  let spans = Tokenizer().tokenize(text)
  var previousEnd = 0
  let utf8 = Array(document.text.utf8)
  for span in spans {
    #expect(span.start >= previousEnd && span.end > span.start, "bad span \(span)", sourceLocation: sourceLocation)
    guard span.start >= previousEnd, span.end > span.start, span.end <= utf8.count else { return }
    let gap = String(decoding: utf8[previousEnd..<span.start], as: UTF8.self)
    #expect(gap.unicodeScalars.allSatisfy(isSeparator), "non-space between tokens: \(gap.debugDescription)", sourceLocation: sourceLocation)
    let token = document.text(of: span)
    #expect(!token.unicodeScalars.contains(where: isSeparator), "space inside token \(token.debugDescription)", sourceLocation: sourceLocation)
    previousEnd = span.end
  }
  let tail = String(decoding: utf8[previousEnd...], as: UTF8.self)
  #expect(tail.unicodeScalars.allSatisfy(isSeparator), "text after the last token: \(tail.debugDescription)", sourceLocation: sourceLocation)
}

/// Whitespace, control and invisible format characters: what may stand between tokens.
func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
  scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
    || [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD].contains(scalar.value)
}

@Suite("Token coverage")
struct TokenCoverageTests {
  @Test("tokens cover each seed exactly with only whitespace between them", arguments: [
    "000_9fe5160837acbae7.txt", "004_05f039a81f3996cc.txt",
  ])
  func seedsAreCovered(_ name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus").appendingPathComponent(name)
    checkCoverage(try String(contentsOf: url, encoding: .utf8))
  }

  @Test("tokens cover random mixes of words, punctuation and Unicode exactly")
  func randomTextIsCovered() {
    let pieces = [
      "word", "U.S.", "don't", "“", "”", "’s", "—", "-", "...", "…", ".", ",", "$4.2", "3.5%", "@x", "#tag",
      "http://a.b/c", "a@b.co", "\u{00A0}", " ", "\n", "é", "日本", "👍", "'", "\"", "(", ")", "Mr.", "10km", "\u{200B}",
      "\t", "?!", "&", "1,000", "O'Neill", "‘", "«", "»", "/", ":", ";",
    ]
    var generator = SplitMix(seed: 42)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int(generator.next() % 30) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
        if generator.next() % 3 == 0 { text += " " }
      }
      checkCoverage(text)
    }
  }

  @Test("a long document tokenizes the same way in every repetition")
  func longInputIsTokenizedConsistently() {
    let sentence = "Price’s “well-known” U.S. plan—$4.2bn, 3.5%… "
    let once = Tokenizer().tokenize(sentence).count
    #expect(once == 17)
    let spans = Tokenizer().tokenize(String(repeating: sentence, count: 20_000))
    #expect(spans.count == 20_000 * once)
  }
}

/// A small deterministic random generator, so failures reproduce.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
