import NewsNLP
import Testing

/// A stage written outside the library, to show the protocol is open and requirements are checked.
private struct CountWords: Stage {
  var name: String { "count" }
  var requires: Set<Layer> { [.tokens] }
  var produces: Set<Layer> { [] }
  func process(_ document: inout Document) throws {
    document.warnings.append("\(document.tokens?.count ?? -1) tokens")
  }
}

@Suite("Pipeline composition")
struct PipelineCompositionTests {
  @Test("stages composed in code run in order")
  func stagesRunInOrder() throws {
    let pipeline = try Pipeline([Cleaner(), Tokenizer(), CountWords()])
    let document = try pipeline.annotate(text: "One two three.\r\n")
    #expect(document.text == "One two three.")
    #expect(document.warnings == ["4 tokens"])
  }

  @Test("a stage whose requirement no earlier stage produces is refused with the stage to add")
  func unmetRequirementIsRefused() {
    #expect(throws: PipelineError.unmetRequirement(stage: "count", missing: .tokens, producedBy: "tokenize")) {
      try Pipeline([Cleaner(), CountWords()])
    }
    let message = PipelineError.unmetRequirement(stage: "count", missing: .tokens, producedBy: "tokenize").description
    #expect(message == #"stage "count" needs tokens, which no earlier stage produces; add the "tokenize" stage before it"#)
  }

  @Test("a pipeline without clean refuses HTML input with a clear error")
  func htmlNeedsClean() {
    #expect(throws: DocumentError.self) {
      try Pipeline.text.annotate(.html(bytes: Array("<p>Hi</p>".utf8), charset: nil))
    }
  }

  @Test("the built-in pipelines are news (the default) and text")
  func builtInPipelines() throws {
    #expect(Pipeline.builtInNames == ["news", "text"])
    #expect(try Pipeline.named("news").stages.first?.name == "clean")
    #expect(try Pipeline.named("text").stages.contains { $0.name == "clean" } == false)
  }

  @Test("one pipeline value annotates many documents concurrently with the same results as serially")
  func concurrentAnnotationMatchesSerial() async throws {
    let pipeline = Pipeline.news
    let texts = (0..<64).map { "Document \($0): Mr. Price’s “plan” cost $\($0).5bn, didn't it?\r\nPlease enter your comment!" }
    let serial = try texts.map { try pipeline.annotate(text: $0).json() }
    let concurrent = try await withThrowingTaskGroup(of: (Int, String).self) { group in
      for (index, text) in texts.enumerated() {
        group.addTask { (index, try pipeline.annotate(text: text, id: "document").json()) }
      }
      var results = [String](repeating: "", count: texts.count)
      for try await (index, json) in group { results[index] = json }
      return results
    }
    #expect(concurrent == serial)
  }

  @Test("a document whose text changes between stages is read from its current tokens, not from words kept earlier")
  func stagesReadCurrentWords() throws {
    var document = Document(id: "edited", text: "“We won the final in Lisbon,” Maria Lopez said on Sunday.")
    Tokenizer().process(&document)
    SentenceSplitter().process(&document)
    EntityRecognizer().process(&document)
    document.text = "“We lost,” he said."
    Tokenizer().process(&document)
    SentenceSplitter().process(&document)
    document.entities = []
    QuoteAttributor().process(&document)
    #expect(document.quotes?.map { document.text(of: $0.content) } == ["We lost"])
  }
}
