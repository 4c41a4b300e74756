import NewsNLP
import Testing

/// Bad and strange input never crashes the pipeline, and every span it reports lies in the text.
@Suite("Robustness")
struct RobustnessTests {
  private func checkSpans(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let length = document.text.utf8.count
    var spans = (document.tokens ?? []) + (document.sentences ?? []) + (document.entities ?? []).map(\.span)
    for quote in document.quotes ?? [] {
      spans.append(quote.content)
      if let cue = quote.cue { spans.append(cue) }
      if let speaker = quote.speaker { spans.append(speaker) }
    }
    for person in document.people ?? [] { spans.append(contentsOf: person.mentions) }
    for span in spans {
      #expect(span.start >= 0 && span.end <= length && span.start <= span.end, "span \(span) outside \(length)", sourceLocation: sourceLocation)
    }
    _ = document.json()
    _ = document.readableText()
    _ = document.htmlPage()
  }

  @Test("random mixes of quote marks, names, punctuation and line breaks annotate without a crash")
  func randomText() throws {
    let pieces = [
      "“", "”", "\"", "'", "‘", "’", "«", "»", "said", "told", "he", "she", "Jen Psaki", "Mr. Price", "U.S.", "China",
      ",", ".", "?", "!", "\n", "\n\n", " ", "according to", "the ministry", "$4.2 billion", "Feb. 24", "—", "(", ")",
      "and", "that", "officials", "White House", "3.5%", "…", "'s", "’s", "Dr.", "CEDAR FLATS", "1.", "•",
    ]
    var generator = SplitMix(seed: 7)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(generator.next() % 40) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
        if generator.next() % 2 == 0 { text += " " }
      }
      guard !text.isEmpty else { continue }
      checkSpans(try Pipeline.news.annotate(text: text))
    }
  }

  @Test("random bytes as an HTML page give a document or a clear error, never a crash")
  func randomPages() {
    var generator = SplitMix(seed: 11)
    let fragments = ["<p>", "</p>", "<div class=\"comments\">", "</div>", "<article>", "<h1>", "“Yes,” he said.", "&amp;", "&#8217;", "<br>", "<script>", "Jen Psaki", "\u{00E9}", "<", ">"]
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(generator.next() % 60) {
        if generator.next() % 4 == 0 {
          bytes.append(UInt8(truncatingIfNeeded: generator.next() % 255 + 1))
        } else {
          bytes += Array(fragments[Int(generator.next() % UInt64(fragments.count))].utf8)
        }
      }
      guard !bytes.isEmpty else { continue }
      if let document = try? Pipeline.news.annotate(.html(bytes: bytes, charset: nil)) {
        checkSpans(document)
      }
    }
  }

  @Test("a long run of unbalanced quote marks stays linear and finds no speaker")
  func unbalancedQuotes() throws {
    let text = String(repeating: "“ he said “ she told ” ", count: 2_000)
    let document = try Pipeline.text.annotate(text: text)
    checkSpans(document)
  }
}
