import NewsNLP
import Testing

/// Facts about the seeds' sentences that must hold.
@Suite("Seed sentences")
struct SeedSentenceTests {
  private func sentenceTexts(_ name: String) throws -> [String] {
    let document = try Seeds.annotated(name)
    return (document.sentences ?? []).map { String(document.text(of: $0)) }
  }

  @Test("seed 004: the headline is its own sentence")
  func headlineStandsAlone() throws {
    let sentences = try sentenceTexts(Seeds.sullivanRome)
    #expect(sentences.first == "The U.S. Warns China Not to Give Russia Military or Economic Aid")
    #expect(sentences.dropFirst().first?.hasPrefix("President Biden’s national security adviser met") == true)
  }

  @Test("seed 004: \"Neither she nor Mr. Price …\" and the \"Feb. 24\" sentence are one sentence each")
  func abbreviationsDoNotSplit() throws {
    let sentences = try sentenceTexts(Seeds.sullivanRome)
    #expect(sentences.contains("Neither she nor Mr. Price elaborated on those consequences."))
    #expect(sentences.contains { $0.hasPrefix("While Monday’s meeting was scheduled long before Russia’s Feb. 24 invasion of Ukraine,") && $0.hasSuffix("intelligence support.") })
    #expect(sentences.contains("Similarly, Jen Psaki, the White House press secretary, said, “Support of any kind, there would be consequences for that.”"))
    #expect(sentences.contains { $0.hasPrefix("The White House is trying to peel away") && $0.contains("President Vladimir V. Putin of Russia") })
    #expect(sentences.contains("Financial analysts have said that Russia could default on its debts this week."))
    #expect(sentences.count == 13)
  }

  @Test("seed 000: one sentence per paragraph, quotes and all")
  func seed000() throws {
    let sentences = try sentenceTexts(Seeds.blinkenPsaki)
    #expect(sentences.count == 12)
    #expect(sentences[1] == "“We’re concerned that they’re considering directly assisting Russia with military equipment to use in Ukraine,” Secretary of State Antony Blinken said at a news conference at the State Department.")
    #expect(sentences.last == "China’s foreign minister Wang Yi said during a call with his Spanish counterpart this week that the country wants to avoid U.S. sanctions and insisted that China “is not a party to this crisis.”")
  }
}
