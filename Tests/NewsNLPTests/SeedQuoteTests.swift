import NewsNLP
import Testing

/// Who said what in the seeds: the facts the quote stage must get right.
@Suite("Seed quotes")
struct SeedQuoteTests {
  struct Found {
    let kind: Quote.Kind
    let content: String
    let cue: String?
    let speaker: String?
    let canonical: String?
  }

  private func quotes(_ name: String) throws -> [Found] {
    let document = try Seeds.annotated(name)
    return (document.quotes ?? []).map { quote in
      Found(
        kind: quote.kind, content: String(document.text(of: quote.content)), cue: quote.cue.map { String(document.text(of: $0)) },
        speaker: quote.speaker.map { String(document.text(of: $0)) }, canonical: quote.canonicalSpeaker)
    }
  }

  private func quote(_ quotes: [Found], starting prefix: String) -> Found? {
    quotes.first { $0.content.hasPrefix(prefix) }
  }

  @Test("seed 000: Blinken's two quotes, Psaki's quotes and reported speech, Wang Yi's mixed statement")
  func seed000() throws {
    let found = try quotes(Seeds.blinkenPsaki)
    let first = try #require(quote(found, starting: "We’re concerned that they’re considering"))
    #expect(first.kind == .direct && first.canonical == "Antony Blinken" && first.cue == "said")
    let second = try #require(quote(found, starting: "President Biden will be speaking"))
    #expect(second.kind == .direct && second.canonical == "Antony Blinken" && second.speaker == "Blinken")
    let mixed = try #require(found.first { $0.content.contains("“high” and “significant”") })
    #expect(mixed.kind == .mixed && mixed.canonical == "Jen Psaki" && mixed.cue == "told")
    let certainly = try #require(quote(found, starting: "Certainly, our concerns"))
    #expect(certainly.kind == .direct && certainly.canonical == "Jen Psaki" && certainly.cue == "added")
    let outline = try #require(quote(found, starting: "I’m just not going to outline"))
    #expect(outline.canonical == "Jen Psaki")
    let call = try #require(quote(found, starting: "The call between the two leaders was mutually agreed to"))
    #expect(call.kind == .indirect && call.speaker == "she" && call.canonical == "Jen Psaki")
    let wang = try #require(found.first { $0.content.contains("is not a party to this crisis") })
    #expect(wang.kind == .mixed && wang.canonical == "Wang Yi")
  }

  @Test("seed 004: Ned Price's quotes (two through \"he\"), Jen Psaki's, and reported speech by nominal sources")
  func seed004() throws {
    let found = try quotes(Seeds.sullivanRome)
    let clear = try #require(quote(found, starting: "We have been very clear"))
    #expect(clear.kind == .direct && clear.canonical == "Ned Price")
    let precisely = try #require(quote(found, starting: "to precisely make clear our concerns"))
    #expect(precisely.speaker == "he" && precisely.canonical == "Ned Price")
    let ensure = try #require(quote(found, starting: "We will ensure that no country"))
    #expect(ensure.speaker == "he" && ensure.canonical == "Ned Price")
    let support = try #require(quote(found, starting: "Support of any kind"))
    #expect(support.canonical == "Jen Psaki")
    let analysts = try #require(quote(found, starting: "Russia could default on its debts this week"))
    #expect(analysts.kind == .indirect && analysts.canonical == "Financial analysts")
    // "Administration officials have not said how …" reports nothing.
    #expect(!found.contains { $0.content.hasPrefix("how China has responded") })
  }

  @Test("seed 004's people table gives titles from appositives")
  func peopleTable() throws {
    let people = try #require(try Seeds.annotated(Seeds.sullivanRome).people)
    let price = try #require(people.first { $0.name == "Ned Price" })
    #expect(price.titles.contains("State Department spokesman"))
    #expect(price.quotes == 3)
    #expect(price.mentions.count == 4)  // Ned Price, he, he, Mr. Price
    let psaki = try #require(people.first { $0.name == "Jen Psaki" })
    #expect(psaki.titles.contains("White House press secretary"))
    let seed000 = try #require(try Seeds.annotated(Seeds.blinkenPsaki).people)
    #expect(seed000.first { $0.name == "Antony Blinken" }?.titles == ["Secretary of State"])
  }
}
