import NewsNLP
import Testing

private func sentences(_ text: String, _ splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
  let document = Document(id: "s", text: text)
  let tokens = Tokenizer().tokenize(text)
  return splitter.split(text, tokens: tokens).map { String(document.text(of: $0)) }
}

/// A sentence-splitting case: the text and the sentences a reader expects.
struct SentenceCase: CustomTestStringConvertible, Sendable {
  let text: String
  let expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var testDescription: String { text }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
  static let paragraphsAndHeadlines: [SentenceCase] = [
    SentenceCase("Talks Collapse in Geneva\n\nThe talks ended early.", ["Talks Collapse in Geneva", "The talks ended early."]),
    SentenceCase("Talks Collapse in Geneva\nThe talks ended early.", ["Talks Collapse in Geneva", "The talks ended early."]),
    SentenceCase("First paragraph without a period\n\nsecond one", ["First paragraph without a period", "second one"]),
    SentenceCase("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
    SentenceCase("The vote was held on\nTuesday in the capital.", ["The vote was held on", "Tuesday in the capital."]),
    SentenceCase("the line was hard\nwrapped in the middle.", ["the line was hard\nwrapped in the middle."]),
    SentenceCase("He said it was over, and\nthen he left.", ["He said it was over, and\nthen he left."]),
    SentenceCase("", []),
    SentenceCase("   \n\n  ", []),
    SentenceCase("No final punctuation here", ["No final punctuation here"]),
  ]

  static let terminalPunctuation: [SentenceCase] = [
    SentenceCase("It rained. The match went on.", ["It rained.", "The match went on."]),
    SentenceCase("Did it rain? The match went on.", ["Did it rain?", "The match went on."]),
    SentenceCase("It rained! The match went on.", ["It rained!", "The match went on."]),
    SentenceCase("Really?! Nobody knew.", ["Really?!", "Nobody knew."]),
    SentenceCase("Stop!! Now.", ["Stop!!", "Now."]),
    SentenceCase("He waited... Nothing happened.", ["He waited...", "Nothing happened."]),
    SentenceCase("He waited… Nothing happened.", ["He waited…", "Nothing happened."]),
    SentenceCase("He waited.... Nothing happened.", ["He waited....", "Nothing happened."]),
    SentenceCase("He waited... and waited.", ["He waited... and waited."]),
    SentenceCase("The panel [...] agreed. It adjourned.", ["The panel [...] agreed.", "It adjourned."]),
    SentenceCase("It ended. 12 people stayed.", ["It ended.", "12 people stayed."]),
  ]

  static let closingQuotesAndBrackets: [SentenceCase] = [
    SentenceCase("He said, “We follow the rules.” Next came the vote.", ["He said, “We follow the rules.”", "Next came the vote."]),
    SentenceCase("She said, \"It is done.\" Then she left.", ["She said, \"It is done.\"", "Then she left."]),
    SentenceCase("He called it ‘final.’ Nobody agreed.", ["He called it ‘final.’", "Nobody agreed."]),
    SentenceCase("“We will.” The minister left.", ["“We will.”", "The minister left."]),
    SentenceCase("“Will you?” The minister left.", ["“Will you?”", "The minister left."]),
    SentenceCase("The plan failed (again.) Officials met.", ["The plan failed (again.)", "Officials met."]),
    SentenceCase("“Go!” “Now?” “Yes.”", ["“Go!”", "“Now?”", "“Yes.”"]),
    SentenceCase("It was “not a party to this crisis.”", ["It was “not a party to this crisis.”"]),
  ]

  static let titlesAndHonorifics: [SentenceCase] = [
    SentenceCase("Neither she nor Mr. Price elaborated on those consequences.", ["Neither she nor Mr. Price elaborated on those consequences."]),
    SentenceCase("Mrs. Lee and Ms. Cho met Dr. Park.", ["Mrs. Lee and Ms. Cho met Dr. Park."]),
    SentenceCase("Gen. Milley spoke to Sen. Warren and Rep. Cheney.", ["Gen. Milley spoke to Sen. Warren and Rep. Cheney."]),
    SentenceCase("Gov. Newsom thanked Lt. Gov. Kounalakis.", ["Gov. Newsom thanked Lt. Gov. Kounalakis."]),
    SentenceCase("Col. Sanders and Sgt. Pepper arrived.", ["Col. Sanders and Sgt. Pepper arrived."]),
    SentenceCase("Prof. Okafor and Rev. King spoke.", ["Prof. Okafor and Rev. King spoke."]),
    SentenceCase("They walked down St. Mark's Place to Mt. Vernon.", ["They walked down St. Mark's Place to Mt. Vernon."]),
    SentenceCase("The letter was signed by Messrs. Hale and Dunn.", ["The letter was signed by Messrs. Hale and Dunn."]),
    SentenceCase("Capt. Reyes briefed Adm. Holt. The ship sailed.", ["Capt. Reyes briefed Adm. Holt.", "The ship sailed."]),
    SentenceCase("It was Dr. Okafor's idea.", ["It was Dr. Okafor's idea."]),
  ]

  static let otherAbbreviations: [SentenceCase] = [
    SentenceCase("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
    SentenceCase("Shares of Bolt Corp. and Dune Co. fell.", ["Shares of Bolt Corp. and Dune Co. fell."]),
    SentenceCase("Warner Bros. released it.", ["Warner Bros. released it."]),
    SentenceCase("It beat Oldham Ltd. in court.", ["It beat Oldham Ltd. in court."]),
    SentenceCase("Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
    SentenceCase("Some fruit, e.g. apples, was sold.", ["Some fruit, e.g. apples, was sold."]),
    SentenceCase("Citrus, i.e. lemons, rose.", ["Citrus, i.e. lemons, rose."]),
    SentenceCase("It costs approx. 40 dollars.", ["It costs approx. 40 dollars."]),
    SentenceCase("It was Roe v. Wade again, Smith vs. Jones too.", ["It was Roe v. Wade again, Smith vs. Jones too."]),
  ]

  static let months: [SentenceCase] = [
    SentenceCase("The Feb. 24 invasion began.", ["The Feb. 24 invasion began."]),
    SentenceCase("It happened on Jan. 6, 2021.", ["It happened on Jan. 6, 2021."]),
    SentenceCase("Since Aug. 1 prices rose.", ["Since Aug. 1 prices rose."]),
    SentenceCase("The Sept. 11 attacks changed it.", ["The Sept. 11 attacks changed it."]),
    SentenceCase("The ban runs through Oct. 15. It may be extended.", ["The ban runs through Oct. 15.", "It may be extended."]),
  ]

  static let initials: [SentenceCase] = [
    SentenceCase("President Vladimir V. Putin of Russia spoke.", ["President Vladimir V. Putin of Russia spoke."]),
    SentenceCase("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    SentenceCase("It was written by J.K. Rowling.", ["It was written by J.K. Rowling."]),
    SentenceCase("George W. Bush and John F. Kennedy were named.", ["George W. Bush and John F. Kennedy were named."]),
    SentenceCase("Analysts at J.P. Morgan agreed.", ["Analysts at J.P. Morgan agreed."]),
  ]

  static let multiPeriodAbbreviations: [SentenceCase] = [
    SentenceCase("The U.S. military left.", ["The U.S. military left."]),
    SentenceCase("U.S. officials said it.", ["U.S. officials said it."]),
    SentenceCase("The U.S. Senate voted.", ["The U.S. Senate voted."]),
    SentenceCase("The U.K. government and the E.U. agreed.", ["The U.K. government and the E.U. agreed."]),
    SentenceCase("She has a Ph.D. in physics.", ["She has a Ph.D. in physics."]),
    SentenceCase("He moved to Washington, D.C. last year.", ["He moved to Washington, D.C. last year."]),
  ]

  static let numbers: [SentenceCase] = [
    SentenceCase("It cost $4.2 billion. Nobody paid.", ["It cost $4.2 billion.", "Nobody paid."]),
    SentenceCase("Growth was 3.5 percent in 2023.", ["Growth was 3.5 percent in 2023."]),
    SentenceCase("Shares fell 1.8% to $23.41 on Friday.", ["Shares fell 1.8% to $23.41 on Friday."]),
    SentenceCase("Version 2.0.1 shipped.", ["Version 2.0.1 shipped."]),
    SentenceCase("It rose .5 points.", ["It rose .5 points."]),
  ]

  static let times: [SentenceCase] = [
    SentenceCase("They met at 7 a.m. on Tuesday.", ["They met at 7 a.m. on Tuesday."]),
    SentenceCase("It closes at 5 p.m. daily.", ["It closes at 5 p.m. daily."]),
    SentenceCase("They met at 7 p.m. Mr. Lee left early.", ["They met at 7 p.m.", "Mr. Lee left early."]),
    SentenceCase("It opens at 9 a.m. The line was long.", ["It opens at 9 a.m.", "The line was long."]),
    SentenceCase("The 10:30 train left.", ["The 10:30 train left."]),
  ]

  static let urlsAndAddresses: [SentenceCase] = [
    SentenceCase("See www.example.com for details.", ["See www.example.com for details."]),
    SentenceCase("Read it at https://example.org/a.b/c.html today.", ["Read it at https://example.org/a.b/c.html today."]),
    SentenceCase("Write to press@state.example.gov. They reply.", ["Write to press@state.example.gov.", "They reply."]),
    SentenceCase("Visit nytimes.com. It is free.", ["Visit nytimes.com.", "It is free."]),
  ]

  static let references: [SentenceCase] = [
    SentenceCase("He wore No. 5 for the club.", ["He wore No. 5 for the club."]),
    SentenceCase("See p. 55 of the report.", ["See p. 55 of the report."]),
    SentenceCase("See pp. 10-12 and Fig. 3 there.", ["See pp. 10-12 and Fig. 3 there."]),
    SentenceCase("It is in Vol. 2 of the series.", ["It is in Vol. 2 of the series."]),
    SentenceCase("The answer was no. The vote failed.", ["The answer was no.", "The vote failed."]),
  ]

  static let abbreviationEndsSentence: [SentenceCase] = [
    SentenceCase("They are allies of the U.S. The talks went on.", ["They are allies of the U.S.", "The talks went on."]),
    SentenceCase("It was sold to Smith and Co. They paid cash.", ["It was sold to Smith and Co.", "They paid cash."]),
    SentenceCase("He works for Acme Inc. He likes it.", ["He works for Acme Inc.", "He likes it."]),
    SentenceCase("It moved to the U.K. In 2020 it grew.", ["It moved to the U.K.", "In 2020 it grew."]),
    SentenceCase("Bring fruit, bread, etc. We will cook.", ["Bring fruit, bread, etc.", "We will cook."]),
    SentenceCase("The talks were in the U.S.", ["The talks were in the U.S."]),
  ]

  static let quotes: [SentenceCase] = [
    SentenceCase("“Are you sure?” she asked.", ["“Are you sure?” she asked."]),
    SentenceCase("“Are you sure?” asked the judge.", ["“Are you sure?” asked the judge."]),
    SentenceCase("“Get out!” Smith shouted.", ["“Get out!” Smith shouted."]),
    SentenceCase("“Is it over?” Jane Doe asked. Nobody answered.", ["“Is it over?” Jane Doe asked.", "Nobody answered."]),
    SentenceCase("“Is it over?” Mr. Lee asked.", ["“Is it over?” Mr. Lee asked."]),
    SentenceCase("'We won’t appeal,' the lawyer said. 'Never.'", ["'We won’t appeal,' the lawyer said.", "'Never.'"]),
    SentenceCase("\"Why?\" he asked. \"Because.\"", ["\"Why?\" he asked.", "\"Because.\""]),
    SentenceCase("He said: “It is over. We lost.” Then he left.", ["He said: “It is over.", "We lost.”", "Then he left."]),
    SentenceCase("The meeting took place “to make clear our concerns,” he said, adding, “We will.”", ["The meeting took place “to make clear our concerns,” he said, adding, “We will.”"]),
  ]

  static let parentheses: [SentenceCase] = [
    SentenceCase("The plant closed. (It reopened in May.) Workers returned.", ["The plant closed.", "(It reopened in May.)", "Workers returned."]),
    SentenceCase("The plant (which closed in 2019) reopened.", ["The plant (which closed in 2019) reopened."]),
    SentenceCase("The index (see p. 5) rose.", ["The index (see p. 5) rose."]),
    SentenceCase("Prices rose (by 5%. or so) last year.", ["Prices rose (by 5%. or so) last year."]),
    SentenceCase("He left [for good.] She stayed.", ["He left [for good.]", "She stayed."]),
  ]

  static let lists: [SentenceCase] = [
    SentenceCase("Key points:\n• Taxes rise\n• Spending falls", ["Key points:", "• Taxes rise", "• Spending falls"]),
    SentenceCase("Key points:\n- taxes rise\n- spending falls", ["Key points:", "- taxes rise", "- spending falls"]),
    SentenceCase("Steps:\n1. Open the box.\n2. Remove the device.", ["Steps:", "1. Open the box.", "2. Remove the device."]),
    SentenceCase("Steps:\n1. open the box\n2. remove the device", ["Steps:", "1. open the box", "2. remove the device"]),
    SentenceCase("Options:\na. stay\nb. leave", ["Options:", "a. stay", "b. leave"]),
    SentenceCase("Options:\n(a) Stay home\n(b) Leave early", ["Options:", "(a) Stay home", "(b) Leave early"]),
    SentenceCase("He listed three: * one * two", ["He listed three: * one * two"]),
  ]

  @Test("paragraph ends and headline lines are always boundaries", arguments: paragraphsAndHeadlines)
  func paragraphCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("terminal punctuation and ellipses end sentences when a new one starts", arguments: terminalPunctuation)
  func terminalCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("closing quotes and brackets stay with the sentence that ends", arguments: closingQuotesAndBrackets)
  func closerCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("titles and honorifics do not end sentences", arguments: titlesAndHonorifics)
  func titleCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("company and other abbreviations do not end sentences", arguments: otherAbbreviations)
  func abbreviationCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("abbreviated months do not end sentences", arguments: months)
  func monthCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("initials in names do not end sentences", arguments: initials)
  func initialCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("multi-period abbreviations mid-sentence do not end sentences", arguments: multiPeriodAbbreviations)
  func dottedCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("decimals and money do not end sentences", arguments: numbers)
  func numberCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("times do not end sentences unless a new one starts", arguments: times)
  func timeCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("URLs and e-mail addresses do not end sentences", arguments: urlsAndAddresses)
  func urlCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("numbered references do not end sentences", arguments: references)
  func referenceCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("an abbreviation that really ends a sentence is a boundary", arguments: abbreviationEndsSentence)
  func abbreviationEndCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("quotes: attributions stay, new sentences split", arguments: quotes)
  func quoteCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("parentheses and brackets", arguments: parentheses)
  func parenthesisCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("bulleted, numbered and lettered list items are sentences of their own", arguments: lists)
  func listCases(_ testCase: SentenceCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("with line breaks not ending sentences, hard-wrapped text joins")
  func hardWrappedText() {
    let splitter = SentenceSplitter(configuration: .init(lineBreaksEndSentences: false))
    #expect(sentences("The vote was held on\nTuesday in the capital. It passed.", splitter)
      == ["The vote was held on\nTuesday in the capital.", "It passed."])
    #expect(sentences("Para one\n\nPara two", splitter) == ["Para one", "Para two"])
  }

  @Test("sentences start and end on token boundaries and never cross a paragraph")
  func boundariesFallOnTokens() throws {
    for name in [Seeds.blinkenPsaki, Seeds.sullivanRome] {
      let document = try Seeds.annotated(name)
      let tokens = try #require(document.tokens)
      let starts = Set(tokens.map(\.start))
      let ends = Set(tokens.map(\.end))
      for sentence in try #require(document.sentences) {
        #expect(starts.contains(sentence.start) && ends.contains(sentence.end))
        #expect(!document.text(of: sentence).contains("\n\n"))
      }
    }
  }
}
