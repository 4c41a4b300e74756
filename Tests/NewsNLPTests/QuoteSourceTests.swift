import NewsNLP
import Testing

private func quotes(_ text: String) throws -> [String] {
  let document = try Pipeline.text.annotate(text: text)
  return (document.quotes ?? []).map { quote in
    "\(quote.kind.rawValue)|\(document.text(of: quote.content))|\(quote.canonicalSpeaker ?? "-")"
  }
}

/// Who speaks when the source is an organization, a group, a pronoun for one, or a phrase around a name.
@Suite("Quote sources")
struct QuoteSourceTests {
  static let organizationsAndGroups: [TextCase] = [
    TextCase(
      "Rail fares will rise by 4 percent in March, the city's transport authority said.",
      ["indirect|Rail fares will rise by 4 percent in March|city's transport authority"]),
    TextCase(
      "Harbor Foods Inc. will cut 200 jobs, the company said on Monday.",
      ["indirect|Harbor Foods Inc. will cut 200 jobs|Harbor Foods Inc."]),
    TextCase(
      "Brightwell Group said it would appeal. It added that the ruling was flawed.",
      ["indirect|it would appeal|Brightwell Group", "indirect|the ruling was flawed|Brightwell Group"]),
    TextCase(
      "Farmers in the valley say the new dam will dry up their wells. They also argue that nobody consulted them.",
      ["indirect|the new dam will dry up their wells|Farmers in the valley", "indirect|nobody consulted them|Farmers in the valley"]),
    TextCase(
      "According to the regulator, Northgate Energy overcharged 40,000 customers.",
      ["indirect|Northgate Energy overcharged 40,000 customers|regulator"]),
    TextCase("Residents said the water tasted of metal.", ["indirect|the water tasted of metal|Residents"]),
  ]

  static let phrasesAroundNames: [TextCase] = [
    TextCase(
      "Tom Reyes of the Tenants Union called the rent rise “a disgrace.”",
      ["mixed|the rent rise “a disgrace.”|Tom Reyes"]),
    TextCase(
      "Parents who spoke to the Daily Courier said the school had ignored their complaints.",
      ["indirect|the school had ignored their complaints|Parents"]),
    TextCase(
      "The bill was opposed by Mara Quist, a nurse who said the cuts would close wards.",
      ["indirect|the cuts would close wards|Mara Quist"]),
  ]

  static let notStatements: [TextCase] = [
    TextCase("The minister was told the plan would fail.", []),
    TextCase("Coach Ana Silva admitted the mistake.", []),
    TextCase("Coach Ana Silva admitted her team had played badly.", ["indirect|her team had played badly|Ana Silva"]),
    TextCase("Critics said the play “Broken Glass” was too long.", ["indirect|the play “Broken Glass” was too long|Critics"]),
    TextCase("It said nothing. The report was late.", []),
  ]

  @Test("organizations, groups and \"it\" or \"they\" for them speak under their fullest name", arguments: organizationsAndGroups)
  func organizationCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }

  @Test("the person or group before \"of\", \"who\" or an appositive speaks, not the name inside", arguments: phrasesAroundNames)
  func phraseCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }

  @Test("passives, bare objects and titles of works are not reported statements", arguments: notStatements)
  func nonStatementCases(_ testCase: TextCase) throws { #expect(try quotes(testCase.text) == testCase.expected) }
}
