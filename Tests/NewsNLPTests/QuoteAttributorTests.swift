import NewsNLP
import Testing

private func quotes(_ text: String) throws -> [String] {
  let document = try Pipeline.text.annotate(text: text)
  return (document.quotes ?? []).map { quote in
    "\(quote.kind.rawValue)|\(document.text(of: quote.content))|\(quote.canonicalSpeaker ?? "-")"
  }
}

@Suite("Quote attribution")
struct QuoteAttributorTests {
  static let patterns: [TextCase] = [
    TextCase("“We will appeal,” Maria Lopez said.", ["direct|We will appeal|Maria Lopez"]),
    TextCase("“We will appeal,” said Maria Lopez.", ["direct|We will appeal|Maria Lopez"]),
    TextCase("Maria Lopez said: “We will appeal.”", ["direct|We will appeal.|Maria Lopez"]),
    TextCase("“We lost,” Maria Lopez said, “but we will appeal.”", ["direct|We lost|Maria Lopez", "direct|but we will appeal.|Maria Lopez"]),
    TextCase("Ned Price, the State Department spokesman, said, “No deal.”", ["direct|No deal.|Ned Price"]),
    TextCase("Secretary of State Antony Blinken said, “We are concerned.”", ["direct|We are concerned.|Antony Blinken"]),
    TextCase("'We won’t appeal,' the lawyer said.", ["direct|We won’t appeal|lawyer"]),
    TextCase("\"It is over,\" said Dana Whitcomb.", ["direct|It is over|Dana Whitcomb"]),
  ]

  static let reportedSpeech: [TextCase] = [
    TextCase("Financial analysts have said that Russia could default on its debts.", ["indirect|Russia could default on its debts|Financial analysts"]),
    TextCase("Russia has requested aid from China, U.S. officials said.", ["indirect|Russia has requested aid from China|U.S. officials"]),
    TextCase("According to the ministry, the talks failed.", ["indirect|the talks failed|ministry"]),
    TextCase("Jane Doe called the plan “reckless” and left.", ["mixed|the plan “reckless” and left|Jane Doe"]),
    TextCase("Officials have not said how the talks went.", []),
    TextCase("The film “Silent Harbor” opened on Friday.", []),
  ]

  static let pronounsAndContinuation: [TextCase] = [
    TextCase("Ned Price spoke first. “We were clear,” he said.", ["direct|We were clear|Ned Price"]),
    TextCase("Jen Psaki and Ned Price spoke. “We were clear,” she said.", ["direct|We were clear|Jen Psaki"]),
    TextCase("“We were clear,” Karen Dwyer said.\n“We will be again.”", ["direct|We were clear|Karen Dwyer", "direct|We will be again.|Karen Dwyer"]),
  ]

  static let unbalanced: [TextCase] = [
    TextCase("He said “this never ends.\n\nThe next paragraph stands alone.", ["indirect|“this never ends|-"]),
    TextCase("“First part of a long quote.\n“Second part,” said Maria Lopez.", ["direct|First part of a long quote.|Maria Lopez", "direct|Second part|Maria Lopez"]),
  ]

  @Test("speaker patterns around direct quotes", arguments: patterns)
  func patternCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }

  @Test("indirect and mixed speech; scare quotes and titles are not quotes", arguments: reportedSpeech)
  func reportedCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }

  @Test("pronouns resolve to a compatible earlier person; cue-less quotes continue the last speaker", arguments: pronounsAndContinuation)
  func pronounCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }

  @Test("unbalanced marks never swallow the next paragraph; multi-paragraph quotes continue", arguments: unbalanced)
  func unbalancedCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }
}
