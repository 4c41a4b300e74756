import Foundation
import NewsNLP
import Testing

@Suite("JSON output")
struct JSONOutputTests {
  @Test("offsets count Unicode scalars, so they index the text as Python does")
  func offsetsCountScalars() throws {
    let document = try Pipeline.text.annotate(text: "“Café” 👍 Kyiv", id: "x")
    let object = try #require(JSONSerialization.jsonObject(with: Data(document.json().utf8)) as? [String: Any])
    let tokens = try #require(object["tokens"] as? [[String: Any]])
    let scalars = Array(document.text.unicodeScalars)
    #expect(tokens.count == 5)
    for token in tokens {
      let start = try #require(token["start"] as? Int)
      let end = try #require(token["end"] as? Int)
      let text = try #require(token["text"] as? String)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == text)
    }
    #expect(tokens.last?["start"] as? Int == 9)
  }

  @Test("the object has id, text and only the layers the pipeline ran, in contract order")
  func objectFollowsContract() throws {
    let json = try Pipeline([Tokenizer()]).annotate(text: "Hi \"there\"\n", id: "doc-1").json()
    #expect(json.hasPrefix(#"{"id":"doc-1","text":"Hi \"there\"\n","tokens":[{"start":0,"end":2,"text":"Hi"}"#))
    #expect(!json.contains("\"sentences\""))
    let withSentences = try Pipeline([Tokenizer(), SentenceSplitter()]).annotate(text: "Hi. You.", id: "doc-2").json()
    #expect(withSentences.hasSuffix(#""sentences":[{"start":0,"end":3,"text":"Hi."},{"start":4,"end":8,"text":"You."}]}"#))
    #expect(!json.contains("\"metadata\""))
  }

  @Test("control characters and quotes are escaped so every line of jsonl is valid JSON")
  func controlCharactersAreEscaped() throws {
    let json = try Pipeline.text.annotate(text: "a\u{1}b\t\"c\"\\", id: "e").json()
    #expect(!json.contains("\n"))
    #expect(json.contains(#"a\u0001b\t\"c\"\\"#))
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }

  @Test("pretty JSON parses to the same object as compact JSON")
  func prettyMatchesCompact() throws {
    let document = try Pipeline.news.annotate(text: "Mr. Price said “no.”")
    let compact = try JSONSerialization.jsonObject(with: Data(document.json().utf8)) as? NSDictionary
    let pretty = try JSONSerialization.jsonObject(with: Data(document.json(pretty: true).utf8)) as? NSDictionary
    #expect(compact == pretty)
  }
}
