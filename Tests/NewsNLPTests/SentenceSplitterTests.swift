import NewsNLP
import Testing

private func sentences(_ text: String, _ splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
  let document = Document(id: "s", text: text)
  let tokens = Tokenizer().tokenize(text)
  return splitter.split(text, tokens: tokens).map { String(document.text(of: $0)) }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
  static let paragraphsAndHeadlines: [TextCase] = [
    TextCase("Talks Collapse in Geneva\n\nThe talks ended early.", ["Talks Collapse in Geneva", "The talks ended early."]),
    TextCase("Talks Collapse in Geneva\nThe talks ended early.", ["Talks Collapse in Geneva", "The talks ended early."]),
    TextCase("First paragraph without a period\n\nsecond one", ["First paragraph without a period", "second one"]),
    TextCase("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
    TextCase("The vote was held on\nTuesday in the capital.", ["The vote was held on", "Tuesday in the capital."]),
    TextCase("the line was hard\nwrapped in the middle.", ["the line was hard\nwrapped in the middle."]),
    TextCase("He said it was over, and\nthen he left.", ["He said it was over, and\nthen he left."]),
    TextCase("", []),
    TextCase("   \n\n  ", []),
    TextCase("No final punctuation here", ["No final punctuation here"]),
  ]

  static let terminalPunctuation: [TextCase] = [
    TextCase("It rained. The match went on.", ["It rained.", "The match went on."]),
    TextCase("Did it rain? The match went on.", ["Did it rain?", "The match went on."]),
    TextCase("It rained! The match went on.", ["It rained!", "The match went on."]),
    TextCase("Really?! Nobody knew.", ["Really?!", "Nobody knew."]),
    TextCase("Stop!! Now.", ["Stop!!", "Now."]),
    TextCase("He waited... Nothing happened.", ["He waited...", "Nothing happened."]),
    TextCase("He waited… Nothing happened.", ["He waited…", "Nothing happened."]),
    TextCase("He waited.... Nothing happened.", ["He waited....", "Nothing happened."]),
    TextCase("He waited... and waited.", ["He waited... and waited."]),
    TextCase("The panel [...] agreed. It adjourned.", ["The panel [...] agreed.", "It adjourned."]),
    TextCase("It ended. 12 people stayed.", ["It ended.", "12 people stayed."]),
  ]

  static let closingQuotesAndBrackets: [TextCase] = [
    TextCase("He said, “We follow the rules.” Next came the vote.", ["He said, “We follow the rules.”", "Next came the vote."]),
    TextCase("She said, \"It is done.\" Then she left.", ["She said, \"It is done.\"", "Then she left."]),
    TextCase("He called it ‘final.’ Nobody agreed.", ["He called it ‘final.’", "Nobody agreed."]),
    TextCase("“We will.” The minister left.", ["“We will.”", "The minister left."]),
    TextCase("“Will you?” The minister left.", ["“Will you?”", "The minister left."]),
    TextCase("The plan failed (again.) Officials met.", ["The plan failed (again.)", "Officials met."]),
    TextCase("“Go!” “Now?” “Yes.”", ["“Go!”", "“Now?”", "“Yes.”"]),
    TextCase("It was “not a party to this crisis.”", ["It was “not a party to this crisis.”"]),
  ]

  static let titlesAndHonorifics: [TextCase] = [
    TextCase("Neither she nor Mr. Price elaborated on those consequences.", ["Neither she nor Mr. Price elaborated on those consequences."]),
    TextCase("Mrs. Lee and Ms. Cho met Dr. Park.", ["Mrs. Lee and Ms. Cho met Dr. Park."]),
    TextCase("Gen. Milley spoke to Sen. Warren and Rep. Cheney.", ["Gen. Milley spoke to Sen. Warren and Rep. Cheney."]),
    TextCase("Gov. Newsom thanked Lt. Gov. Kounalakis.", ["Gov. Newsom thanked Lt. Gov. Kounalakis."]),
    TextCase("Col. Sanders and Sgt. Pepper arrived.", ["Col. Sanders and Sgt. Pepper arrived."]),
    TextCase("Prof. Okafor and Rev. King spoke.", ["Prof. Okafor and Rev. King spoke."]),
    TextCase("They walked down St. Mark's Place to Mt. Vernon.", ["They walked down St. Mark's Place to Mt. Vernon."]),
    TextCase("The letter was signed by Messrs. Hale and Dunn.", ["The letter was signed by Messrs. Hale and Dunn."]),
    TextCase("Capt. Reyes briefed Adm. Holt. The ship sailed.", ["Capt. Reyes briefed Adm. Holt.", "The ship sailed."]),
    TextCase("It was Dr. Okafor's idea.", ["It was Dr. Okafor's idea."]),
  ]

  static let otherAbbreviations: [TextCase] = [
    TextCase("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
    TextCase("Shares of Bolt Corp. and Dune Co. fell.", ["Shares of Bolt Corp. and Dune Co. fell."]),
    TextCase("Warner Bros. released it.", ["Warner Bros. released it."]),
    TextCase("It beat Oldham Ltd. in court.", ["It beat Oldham Ltd. in court."]),
    TextCase("Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
    TextCase("Some fruit, e.g. apples, was sold.", ["Some fruit, e.g. apples, was sold."]),
    TextCase("Citrus, i.e. lemons, rose.", ["Citrus, i.e. lemons, rose."]),
    TextCase("It costs approx. 40 dollars.", ["It costs approx. 40 dollars."]),
    TextCase("It was Roe v. Wade again, Smith vs. Jones too.", ["It was Roe v. Wade again, Smith vs. Jones too."]),
  ]

  static let months: [TextCase] = [
    TextCase("The Feb. 24 invasion began.", ["The Feb. 24 invasion began."]),
    TextCase("It happened on Jan. 6, 2021.", ["It happened on Jan. 6, 2021."]),
    TextCase("Since Aug. 1 prices rose.", ["Since Aug. 1 prices rose."]),
    TextCase("The Sept. 11 attacks changed it.", ["The Sept. 11 attacks changed it."]),
    TextCase("The ban runs through Oct. 15. It may be extended.", ["The ban runs through Oct. 15.", "It may be extended."]),
  ]

  static let initials: [TextCase] = [
    TextCase("President Vladimir V. Putin of Russia spoke.", ["President Vladimir V. Putin of Russia spoke."]),
    TextCase("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    TextCase("It was written by J.K. Rowling.", ["It was written by J.K. Rowling."]),
    TextCase("George W. Bush and John F. Kennedy were named.", ["George W. Bush and John F. Kennedy were named."]),
    TextCase("Analysts at J.P. Morgan agreed.", ["Analysts at J.P. Morgan agreed."]),
  ]

  static let multiPeriodAbbreviations: [TextCase] = [
    TextCase("The U.S. military left.", ["The U.S. military left."]),
    TextCase("U.S. officials said it.", ["U.S. officials said it."]),
    TextCase("The U.S. Senate voted.", ["The U.S. Senate voted."]),
    TextCase("The U.K. government and the E.U. agreed.", ["The U.K. government and the E.U. agreed."]),
    TextCase("She has a Ph.D. in physics.", ["She has a Ph.D. in physics."]),
    TextCase("He moved to Washington, D.C. last year.", ["He moved to Washington, D.C. last year."]),
  ]

  static let numbers: [TextCase] = [
    TextCase("It cost $4.2 billion. Nobody paid.", ["It cost $4.2 billion.", "Nobody paid."]),
    TextCase("Growth was 3.5 percent in 2023.", ["Growth was 3.5 percent in 2023."]),
    TextCase("Shares fell 1.8% to $23.41 on Friday.", ["Shares fell 1.8% to $23.41 on Friday."]),
    TextCase("Version 2.0.1 shipped.", ["Version 2.0.1 shipped."]),
    TextCase("It rose .5 points.", ["It rose .5 points."]),
  ]

  static let times: [TextCase] = [
    TextCase("They met at 7 a.m. on Tuesday.", ["They met at 7 a.m. on Tuesday."]),
    TextCase("It closes at 5 p.m. daily.", ["It closes at 5 p.m. daily."]),
    TextCase("They met at 7 p.m. Mr. Lee left early.", ["They met at 7 p.m.", "Mr. Lee left early."]),
    TextCase("It opens at 9 a.m. The line was long.", ["It opens at 9 a.m.", "The line was long."]),
    TextCase("The 10:30 train left.", ["The 10:30 train left."]),
  ]

  static let urlsAndAddresses: [TextCase] = [
    TextCase("See www.example.com for details.", ["See www.example.com for details."]),
    TextCase("Read it at https://example.org/a.b/c.html today.", ["Read it at https://example.org/a.b/c.html today."]),
    TextCase("Write to press@state.example.gov. They reply.", ["Write to press@state.example.gov.", "They reply."]),
    TextCase("Visit nytimes.com. It is free.", ["Visit nytimes.com.", "It is free."]),
  ]

  static let references: [TextCase] = [
    TextCase("He wore No. 5 for the club.", ["He wore No. 5 for the club."]),
    TextCase("See p. 55 of the report.", ["See p. 55 of the report."]),
    TextCase("See pp. 10-12 and Fig. 3 there.", ["See pp. 10-12 and Fig. 3 there."]),
    TextCase("It is in Vol. 2 of the series.", ["It is in Vol. 2 of the series."]),
    TextCase("The answer was no. The vote failed.", ["The answer was no.", "The vote failed."]),
  ]

  static let abbreviationEndsSentence: [TextCase] = [
    TextCase("They are allies of the U.S. The talks went on.", ["They are allies of the U.S.", "The talks went on."]),
    TextCase("It was sold to Smith and Co. They paid cash.", ["It was sold to Smith and Co.", "They paid cash."]),
    TextCase("He works for Acme Inc. He likes it.", ["He works for Acme Inc.", "He likes it."]),
    TextCase("It moved to the U.K. In 2020 it grew.", ["It moved to the U.K.", "In 2020 it grew."]),
    TextCase("Bring fruit, bread, etc. We will cook.", ["Bring fruit, bread, etc.", "We will cook."]),
    TextCase("The talks were in the U.S.", ["The talks were in the U.S."]),
  ]

  static let quotes: [TextCase] = [
    TextCase("“Are you sure?” she asked.", ["“Are you sure?” she asked."]),
    TextCase("“Are you sure?” asked the judge.", ["“Are you sure?” asked the judge."]),
    TextCase("“Get out!” Smith shouted.", ["“Get out!” Smith shouted."]),
    TextCase("“Is it over?” Jane Doe asked. Nobody answered.", ["“Is it over?” Jane Doe asked.", "Nobody answered."]),
    TextCase("“Is it over?” Mr. Lee asked.", ["“Is it over?” Mr. Lee asked."]),
    TextCase("'We won’t appeal,' the lawyer said. 'Never.'", ["'We won’t appeal,' the lawyer said.", "'Never.'"]),
    TextCase("\"Why?\" he asked. \"Because.\"", ["\"Why?\" he asked.", "\"Because.\""]),
    TextCase("He said: “It is over. We lost.” Then he left.", ["He said: “It is over.", "We lost.”", "Then he left."]),
    TextCase("The meeting took place “to make clear our concerns,” he said, adding, “We will.”", ["The meeting took place “to make clear our concerns,” he said, adding, “We will.”"]),
  ]

  static let parentheses: [TextCase] = [
    TextCase("The plant closed. (It reopened in May.) Workers returned.", ["The plant closed.", "(It reopened in May.)", "Workers returned."]),
    TextCase("The plant (which closed in 2019) reopened.", ["The plant (which closed in 2019) reopened."]),
    TextCase("The index (see p. 5) rose.", ["The index (see p. 5) rose."]),
    TextCase("Prices rose (by 5%. or so) last year.", ["Prices rose (by 5%. or so) last year."]),
    TextCase("He left [for good.] She stayed.", ["He left [for good.]", "She stayed."]),
  ]

  static let lists: [TextCase] = [
    TextCase("Key points:\n• Taxes rise\n• Spending falls", ["Key points:", "• Taxes rise", "• Spending falls"]),
    TextCase("Key points:\n- taxes rise\n- spending falls", ["Key points:", "- taxes rise", "- spending falls"]),
    TextCase("Steps:\n1. Open the box.\n2. Remove the device.", ["Steps:", "1. Open the box.", "2. Remove the device."]),
    TextCase("Steps:\n1. open the box\n2. remove the device", ["Steps:", "1. open the box", "2. remove the device"]),
    TextCase("Options:\na. stay\nb. leave", ["Options:", "a. stay", "b. leave"]),
    TextCase("Options:\n(a) Stay home\n(b) Leave early", ["Options:", "(a) Stay home", "(b) Leave early"]),
    TextCase("He listed three: * one * two", ["He listed three: * one * two"]),
  ]

  @Test("paragraph ends and headline lines are always boundaries", arguments: paragraphsAndHeadlines)
  func paragraphCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("terminal punctuation and ellipses end sentences when a new one starts", arguments: terminalPunctuation)
  func terminalCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("closing quotes and brackets stay with the sentence that ends", arguments: closingQuotesAndBrackets)
  func closerCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("titles and honorifics do not end sentences", arguments: titlesAndHonorifics)
  func titleCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("company and other abbreviations do not end sentences", arguments: otherAbbreviations)
  func abbreviationCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("abbreviated months do not end sentences", arguments: months)
  func monthCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("initials in names do not end sentences", arguments: initials)
  func initialCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("multi-period abbreviations mid-sentence do not end sentences", arguments: multiPeriodAbbreviations)
  func dottedCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("decimals and money do not end sentences", arguments: numbers)
  func numberCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("times do not end sentences unless a new one starts", arguments: times)
  func timeCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("URLs and e-mail addresses do not end sentences", arguments: urlsAndAddresses)
  func urlCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("numbered references do not end sentences", arguments: references)
  func referenceCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("an abbreviation that really ends a sentence is a boundary", arguments: abbreviationEndsSentence)
  func abbreviationEndCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("quotes: attributions stay, new sentences split", arguments: quotes)
  func quoteCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("parentheses and brackets", arguments: parentheses)
  func parenthesisCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

  @Test("bulleted, numbered and lettered list items are sentences of their own", arguments: lists)
  func listCases(_ testCase: TextCase) { #expect(sentences(testCase.text) == testCase.expected) }

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
