import NewsNLP
import Testing

private func entities(_ text: String, _ recognizer: EntityRecognizer = EntityRecognizer()) throws -> [String] {
  let pipeline = try Pipeline([Tokenizer(), SentenceSplitter(), recognizer])
  let document = try pipeline.annotate(text: text)
  return (document.entities ?? []).map { "\(document.text(of: $0.span))/\($0.label.rawValue)" }
}

@Suite("Entity recognizer")
struct EntityRecognizerTests {
  static let numbersAndDates: [TextCase] = [
    TextCase("It cost $4.2 billion.", ["$4.2 billion/MONEY"]),
    TextCase("Growth was 3.5 percent.", ["3.5 percent/PERCENT"]),
    TextCase("Shares fell 1.8% on Friday.", ["1.8%/PERCENT", "Friday/DATE"]),
    TextCase("The plan costs £240m.", ["£240m/MONEY"]),
    TextCase("About 260 workers and more than 1,100 residents came.", ["About 260/CARDINAL", "more than 1,100/CARDINAL"]),
    TextCase("They met for seven hours.", ["seven hours/TIME"]),
    TextCase("He served for 31 years.", ["31 years/DATE"]),
    TextCase("The Feb. 24 invasion began on a Thursday.", ["Feb. 24/DATE", "Thursday/DATE"]),
    TextCase("It happened on March 3, 2024 at 7 p.m.", ["March 3, 2024/DATE", "7 p.m./TIME"]),
    TextCase("The vote was earlier this week, not this weekend.", ["earlier this week/DATE", "this weekend/DATE"]),
    TextCase("It was the first of two votes.", ["first/ORDINAL", "two/CARDINAL"]),
    TextCase("He scored in the 89th minute.", ["89th/ORDINAL"]),
    TextCase("The fire burned 37 acres in 2022.", ["37 acres/QUANTITY", "2022/DATE"]),
    TextCase("A 44-year-old teacher won.", ["44-year-old/DATE"]),
    TextCase("It sold 2000 tickets.", ["2000/CARDINAL"]),
    TextCase("The council voted 5–2 on Tuesday night.", ["5–2/CARDINAL", "Tuesday night/TIME"]),
    TextCase("No one was hurt.", []),
  ]

  static let names: [TextCase] = [
    TextCase("President Vladimir V. Putin of Russia spoke.", ["Vladimir V. Putin/PERSON", "Russia/GPE"]),
    TextCase("Secretary of State Antony Blinken said so.", ["Antony Blinken/PERSON"]),
    TextCase("Analysts at J.P. Morgan agreed.", ["J.P. Morgan/ORG"]),
    TextCase("The report by Anna Smith-Jones was late.", ["Anna Smith-Jones/PERSON"]),
    TextCase("A recording of Ludwig van Beethoven played.", ["Ludwig van Beethoven/PERSON"]),
    TextCase("President Biden spoke. Biden’s plan failed.", ["Biden/PERSON", "Biden/PERSON"]),
    TextCase("Mr. Price declined to comment.", ["Price/PERSON"]),
    TextCase("Ned Price, the State Department spokesman, said it.", ["Ned Price/PERSON", "State Department/ORG"]),
    TextCase("press secretary Jen Psaki told reporters.", ["Jen Psaki/PERSON"]),
    TextCase("Cedar Flats Fire Chief Ray Okafor said it.", ["Cedar Flats/GPE", "Ray Okafor/PERSON"]),
    TextCase("Lumen Foods Inc. will close the plant.", ["Lumen Foods Inc./ORG"]),
    TextCase("She studied at the University of Leeds.", ["University of Leeds/ORG"]),
    TextCase("The Ministry of Defence said nothing.", ["Ministry of Defence/ORG"]),
    TextCase("He joined the Communist Party in Beijing.", ["Communist Party/ORG", "Beijing/GPE"]),
    TextCase("They marched down Main Street.", ["Main Street/FAC"]),
    TextCase("The River Ouse flooded.", ["River Ouse/LOC"]),
    TextCase("Chinese and American officials met.", ["Chinese/NORP", "American/NORP"]),
    TextCase("The Clean Water Act passed.", ["Clean Water Act/LAW"]),
    TextCase("Fans watched the World Cup.", ["World Cup/EVENT"]),
  ]

  static let sentenceStartsAndHeadlines: [TextCase] = [
    TextCase("Reports emerged that Russia was involved.", ["Russia/GPE"]),
    TextCase("Jake Sullivan arrived. During the meeting, Sullivan spoke.", ["Jake Sullivan/PERSON", "Sullivan/PERSON"]),
    TextCase("The U.S. Warns China Not to Give Russia Military or Economic Aid", ["U.S./GPE", "China/GPE", "Russia/GPE"]),
    TextCase("CEDAR FLATS — Crews from Cedar Flats arrived.", ["CEDAR FLATS/GPE", "Cedar Flats/GPE"]),
    TextCase("Chipmaker Veritek Semiconductor said it would expand.", ["Veritek Semiconductor/ORG"]),
  ]

  static let consistency: [TextCase] = [
    TextCase("Jen Psaki spoke. Later, Psaki added more.", ["Jen Psaki/PERSON", "Psaki/PERSON"]),
    TextCase("Jordan Mbeki scored. Jordan has been waiting.", ["Jordan Mbeki/PERSON", "Jordan/PERSON"]),
    TextCase("Skylark Air will fly. Skylark said fares would fall.", ["Skylark Air/ORG", "Skylark/ORG"]),
    TextCase("At the White House, officials met. The White House said no.", ["White House/FAC", "White House/ORG"]),
  ]

  @Test("numbers, amounts, dates and times follow deterministic rules", arguments: numbersAndDates)
  func numericCases(_ testCase: TextCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("names: titles outside, periods, hyphens and particles inside, heads decide", arguments: names)
  func nameCases(_ testCase: TextCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("sentence starts, title-case headlines and all-caps lines do not invent names", arguments: sentenceStartsAndHeadlines)
  func startCases(_ testCase: TextCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("short mentions inherit the full name's type; context separates a building from an institution", arguments: consistency)
  func consistencyCases(_ testCase: TextCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("a label filter keeps only the labels asked for")
  func labelFilter() throws {
    let people = EntityRecognizer(configuration: .init(labels: ["PERSON"]))
    #expect(try entities("Jen Psaki met officials in Rome on Monday.", people) == ["Jen Psaki/PERSON"])
  }

  @Test("an unknown label in a pipeline file is refused with the known labels")
  func unknownLabelIsRefused() {
    #expect(throws: PipelineError.self) {
      try Pipeline(json: Array(#"{"version": 1, "stages": [{"stage": "tokenize"}, {"stage": "sentences"}, {"stage": "entities", "options": {"labels": ["PEOPLE"]}}]}"#.utf8))
    }
  }

  /// A stand-in for a trained model: calls every candidate an organization.
  struct EverythingIsAnOrganization: EntityScorer {
    func scores(for features: EntityCandidateFeatures) -> [EntityLabel: Double] { [.org: 1] }
  }

  @Test("a different scorer replaces the rules for names without touching numbers")
  func scorerSeam() throws {
    let recognizer = EntityRecognizer(configuration: .init(documentConsistency: false), scorer: EverythingIsAnOrganization())
    #expect(try entities("Anna Smith-Jones paid $5 on Monday.", recognizer) == ["Anna Smith-Jones/ORG", "$5/MONEY", "Monday/DATE"])
  }

  @Test("the gazetteers load from the package's resources")
  func gazetteersLoad() {
    #expect(EntityRecognizer.gazetteerProblem == nil)
  }
}
