import NewsNLP
import Testing

private func entities(_ text: String, _ recognizer: EntityRecognizer = EntityRecognizer()) throws -> [String] {
  let pipeline = try Pipeline([Tokenizer(), SentenceSplitter(), recognizer])
  let document = try pipeline.annotate(text: text)
  return (document.entities ?? []).map { "\(document.text(of: $0.span))/\($0.label.rawValue)" }
}

/// An entity case: the text and the entities a reader expects, as "text/LABEL".
struct EntityCase: CustomTestStringConvertible, Sendable {
  let text: String
  let expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var testDescription: String { text }
}

@Suite("Entity recognizer")
struct EntityRecognizerTests {
  static let numbersAndDates: [EntityCase] = [
    EntityCase("It cost $4.2 billion.", ["$4.2 billion/MONEY"]),
    EntityCase("Growth was 3.5 percent.", ["3.5 percent/PERCENT"]),
    EntityCase("Shares fell 1.8% on Friday.", ["1.8%/PERCENT", "Friday/DATE"]),
    EntityCase("The plan costs £240m.", ["£240m/MONEY"]),
    EntityCase("About 260 workers and more than 1,100 residents came.", ["About 260/CARDINAL", "more than 1,100/CARDINAL"]),
    EntityCase("They met for seven hours.", ["seven hours/TIME"]),
    EntityCase("He served for 31 years.", ["31 years/DATE"]),
    EntityCase("The Feb. 24 invasion began on a Thursday.", ["Feb. 24/DATE", "Thursday/DATE"]),
    EntityCase("It happened on March 3, 2024 at 7 p.m.", ["March 3, 2024/DATE", "7 p.m./TIME"]),
    EntityCase("The vote was earlier this week, not this weekend.", ["earlier this week/DATE", "this weekend/DATE"]),
    EntityCase("It was the first of two votes.", ["first/ORDINAL", "two/CARDINAL"]),
    EntityCase("He scored in the 89th minute.", ["89th/ORDINAL"]),
    EntityCase("The fire burned 37 acres in 2022.", ["37 acres/QUANTITY", "2022/DATE"]),
    EntityCase("A 44-year-old teacher won.", ["44-year-old/DATE"]),
    EntityCase("It sold 2000 tickets.", ["2000/CARDINAL"]),
    EntityCase("The council voted 5–2 on Tuesday night.", ["5–2/CARDINAL", "Tuesday night/TIME"]),
    EntityCase("No one was hurt.", []),
  ]

  static let names: [EntityCase] = [
    EntityCase("President Vladimir V. Putin of Russia spoke.", ["Vladimir V. Putin/PERSON", "Russia/GPE"]),
    EntityCase("Secretary of State Antony Blinken said so.", ["Antony Blinken/PERSON"]),
    EntityCase("Analysts at J.P. Morgan agreed.", ["J.P. Morgan/ORG"]),
    EntityCase("The report by Anna Smith-Jones was late.", ["Anna Smith-Jones/PERSON"]),
    EntityCase("A recording of Ludwig van Beethoven played.", ["Ludwig van Beethoven/PERSON"]),
    EntityCase("President Biden spoke. Biden’s plan failed.", ["Biden/PERSON", "Biden/PERSON"]),
    EntityCase("Mr. Price declined to comment.", ["Price/PERSON"]),
    EntityCase("Ned Price, the State Department spokesman, said it.", ["Ned Price/PERSON", "State Department/ORG"]),
    EntityCase("press secretary Jen Psaki told reporters.", ["Jen Psaki/PERSON"]),
    EntityCase("Cedar Flats Fire Chief Ray Okafor said it.", ["Cedar Flats/GPE", "Ray Okafor/PERSON"]),
    EntityCase("Lumen Foods Inc. will close the plant.", ["Lumen Foods Inc./ORG"]),
    EntityCase("She studied at the University of Leeds.", ["University of Leeds/ORG"]),
    EntityCase("The Ministry of Defence said nothing.", ["Ministry of Defence/ORG"]),
    EntityCase("He joined the Communist Party in Beijing.", ["Communist Party/ORG", "Beijing/GPE"]),
    EntityCase("They marched down Main Street.", ["Main Street/FAC"]),
    EntityCase("The River Ouse flooded.", ["River Ouse/LOC"]),
    EntityCase("Chinese and American officials met.", ["Chinese/NORP", "American/NORP"]),
    EntityCase("The Clean Water Act passed.", ["Clean Water Act/LAW"]),
    EntityCase("Fans watched the World Cup.", ["World Cup/EVENT"]),
  ]

  static let sentenceStartsAndHeadlines: [EntityCase] = [
    EntityCase("Reports emerged that Russia was involved.", ["Russia/GPE"]),
    EntityCase("Jake Sullivan arrived. During the meeting, Sullivan spoke.", ["Jake Sullivan/PERSON", "Sullivan/PERSON"]),
    EntityCase("The U.S. Warns China Not to Give Russia Military or Economic Aid", ["U.S./GPE", "China/GPE", "Russia/GPE"]),
    EntityCase("CEDAR FLATS — Crews from Cedar Flats arrived.", ["CEDAR FLATS/GPE", "Cedar Flats/GPE"]),
    EntityCase("Chipmaker Veritek Semiconductor said it would expand.", ["Veritek Semiconductor/ORG"]),
  ]

  static let consistency: [EntityCase] = [
    EntityCase("Jen Psaki spoke. Later, Psaki added more.", ["Jen Psaki/PERSON", "Psaki/PERSON"]),
    EntityCase("Jordan Mbeki scored. Jordan has been waiting.", ["Jordan Mbeki/PERSON", "Jordan/PERSON"]),
    EntityCase("Skylark Air will fly. Skylark said fares would fall.", ["Skylark Air/ORG", "Skylark/ORG"]),
    EntityCase("At the White House, officials met. The White House said no.", ["White House/FAC", "White House/ORG"]),
  ]

  @Test("numbers, amounts, dates and times follow deterministic rules", arguments: numbersAndDates)
  func numericCases(_ testCase: EntityCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("names: titles outside, periods, hyphens and particles inside, heads decide", arguments: names)
  func nameCases(_ testCase: EntityCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("sentence starts, title-case headlines and all-caps lines do not invent names", arguments: sentenceStartsAndHeadlines)
  func startCases(_ testCase: EntityCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

  @Test("short mentions inherit the full name's type; context separates a building from an institution", arguments: consistency)
  func consistencyCases(_ testCase: EntityCase) throws { #expect(try entities(testCase.text) == testCase.expected) }

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
