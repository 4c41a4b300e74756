import NewsNLP
import Testing

private func cleanHTML(_ html: String) throws -> Document {
  try Pipeline([Cleaner()]).annotate(.html(bytes: Array(html.utf8), charset: nil))
}

@Suite("Bad input to the cleaner")
struct CleanBadInputTests {
  @Test("an empty page is an error that says so")
  func emptyPage() {
    #expect(throws: DocumentError.empty) { try Pipeline.news.annotate(.html(bytes: [], charset: nil)) }
  }

  @Test("a page with no visible text is an error with a reason, not an empty success")
  func pageWithoutText() {
    #expect(throws: DocumentError.self) { try cleanHTML("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>") }
    #expect(throws: DocumentError.self) { try cleanHTML("   ") }
  }

  @Test("binary bytes are refused before parsing")
  func binaryIsRefused() {
    var warnings: [String] = []
    #expect(throws: DocumentError.binary) {
      try DocumentInput.from(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A], isHTML: true, warnings: &warnings)
    }
  }

  @Test("truncated HTML keeps the text it has")
  func truncatedHTML() throws {
    let document = try cleanHTML("<html><body><article><h1>Fire</h1><p>Crews arrived at noon.</p><p>The blaze was out by two")
    #expect(document.text == "Fire\n\nCrews arrived at noon.\n\nThe blaze was out by two")
  }

  @Test("unclosed and misnested tags do not lose paragraphs")
  func misnestedTags() throws {
    let document = try cleanHTML("<body><div class=story><p>One <b>bold <i>text</b> here</i><p>Two<div><p>Three</div></body>")
    #expect(document.paragraphs.suffix(3) == ["One bold text here", "Two", "Three"])
  }

  @Test("10,000 nested elements neither crash nor lose the text")
  func deepNesting() throws {
    let depth = 10_000
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep paragraph with enough words to count as the article text here.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let document = try cleanHTML(html)
    #expect(document.text.contains("Deep paragraph with enough words"))
  }

  @Test("invalid UTF-8 inside a UTF-8 page loses no text")
  func invalidBytesInPage() throws {
    let bytes = Array("<html><body><article><p>Caf".utf8) + [0xE9] + Array(" and more text</p></article></body></html>".utf8)
    let document = try Pipeline([Cleaner()]).annotate(.html(bytes: bytes, charset: nil))
    #expect(document.text.contains("Café and more text"))
  }

  @Test("a large page is cleaned completely")
  func largePage() throws {
    let paragraph = "<p>The council met again on Tuesday to discuss the budget, and nobody agreed on anything at all.</p>\n"
    let html = "<html><body><article><h1>Budget</h1>" + String(repeating: paragraph, count: 40_000) + "</article></body></html>"
    let document = try cleanHTML(html)
    #expect(document.paragraphs.count == 40_001)
  }
}
