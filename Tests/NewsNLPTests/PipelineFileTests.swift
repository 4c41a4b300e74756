import NewsNLP
import Testing

private func load(_ json: String) throws(PipelineError) -> Pipeline {
  try Pipeline(json: Array(json.utf8))
}

private func loadError(_ json: String) -> String? {
  do {
    _ = try load(json)
    return nil
  } catch {
    return error.description
  }
}

@Suite("Pipeline files")
struct PipelineFileTests {
  @Test("a pipeline file with stages and options builds that pipeline")
  func fileBuildsPipeline() throws {
    let pipeline = try load(#"{"version": 1, "stages": [{"stage": "clean"}, {"stage": "tokenize", "options": {"splitHyphens": false}}]}"#)
    #expect(pipeline.stages.map(\.name) == ["clean", "tokenize"])
    let document = try pipeline.annotate(text: "bogged-down")
    #expect(document.tokens?.count == 1)
  }

  @Test("options left out take their defaults")
  func missingOptionsTakeDefaults() throws {
    let pipeline = try load(#"{"version": 1, "stages": [{"stage": "tokenize", "options": {}}]}"#)
    let tokenizer = try #require(pipeline.stages.first as? Tokenizer)
    #expect(tokenizer.configuration == Tokenizer.Configuration())
  }

  @Test("an unknown stage is named along with the known stages")
  func unknownStageIsNamed() {
    let message = loadError(#"{"version": 1, "stages": [{"stage": "tokenise"}]}"#)
    #expect(message == #"unknown stage "tokenise"; known stages: clean, tokenize, sentences, entities, quotes"#)
  }

  @Test("an unknown option is named along with the stage's options")
  func unknownOptionIsNamed() {
    let message = loadError(#"{"version": 1, "stages": [{"stage": "tokenize", "options": {"splitHyphen": true}}]}"#)
    #expect(message == #"unknown option "splitHyphen" for stage "tokenize"; known options: extraAbbreviations, splitHyphens"#)
  }

  @Test("an option of the wrong type says which type it needs")
  func wrongOptionTypeIsExplained() {
    let message = loadError(#"{"version": 1, "stages": [{"stage": "tokenize", "options": {"splitHyphens": "yes"}}]}"#)
    #expect(message == #"option "splitHyphens" of stage "tokenize" must be a boolean, not a string"#)
    let list = loadError(#"{"version": 1, "stages": [{"stage": "tokenize", "options": {"extraAbbreviations": [1]}}]}"#)
    #expect(list == #"option "extraAbbreviations" of stage "tokenize" must be an array of strings, not an array of integers"#)
  }

  @Test("an unsupported version lists the supported ones")
  func unsupportedVersionIsRefused() {
    #expect(loadError(#"{"version": 2, "stages": [{"stage": "tokenize"}]}"#)
      == "unsupported pipeline version 2; supported versions: 1")
    #expect(loadError(#"{"stages": [{"stage": "tokenize"}]}"#)?.contains("\"version\" must be given") == true)
  }

  @Test("clean anywhere but first is refused")
  func cleanMustComeFirst() {
    let message = loadError(#"{"version": 1, "stages": [{"stage": "tokenize"}, {"stage": "clean"}]}"#)
    #expect(message?.hasPrefix(#"stage "clean" is misplaced"#) == true)
  }

  @Test("a stage listed twice is refused")
  func duplicateStageIsRefused() {
    #expect(loadError(#"{"version": 1, "stages": [{"stage": "tokenize"}, {"stage": "tokenize"}]}"#)
      == #"stage "tokenize" appears more than once; each stage may run once"#)
  }

  @Test("malformed files get a message that says what shape is expected", arguments: [
    ("not json", "malformed pipeline: not valid JSON"),
    (#"[1, 2]"#, "malformed pipeline: the top level must be an object"),
    (#"{"version": 1, "stages": []}"#, "malformed pipeline: \"stages\" is empty; known stages: clean, tokenize, sentences, entities, quotes"),
    (#"{"version": 1, "stages": [{"name": "x"}]}"#, "malformed pipeline: unknown key \"name\" in stage 1"),
    (#"{"version": 1, "stages": [{"stage": "tokenize", "options": 3}]}"#, "malformed pipeline: \"options\" of stage \"tokenize\" must be an object"),
    (#"{"version": 1, "stages": [], "extra": true}"#, "malformed pipeline: unknown key \"extra\""),
  ])
  func malformedFilesAreExplained(_ json: String, _ expectedPrefix: String) {
    let message = loadError(json) ?? "no error"
    #expect(message.hasPrefix(expectedPrefix), "\(message)")
  }

  @Test("a pipeline printed as a file loads back to the same stages and options")
  func printedPipelineRoundTrips() throws {
    let custom = try Pipeline([Cleaner(configuration: .init(report: true)), Tokenizer(configuration: .init(splitHyphens: false))])
    let reloaded = try Pipeline(json: Array(custom.fileJSON.utf8))
    #expect(reloaded.stages.map(\.name) == ["clean", "tokenize"])
    #expect((reloaded.stages[0] as? Cleaner)?.configuration.report == true)
    #expect((reloaded.stages[1] as? Tokenizer)?.configuration.splitHyphens == false)
    #expect(reloaded.fileJSON == custom.fileJSON)
  }

  @Test("an unknown pipeline name lists the built-in pipelines")
  func unknownPipelineNameIsExplained() {
    #expect(throws: PipelineError.unknownPipeline("newz", known: ["news", "text"])) {
      try Pipeline.resolve("newz")
    }
  }
}
