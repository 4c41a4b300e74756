import NewsNLP
import Testing

/// Facts about the seeds' entities that must hold (the issue's expectation list).
@Suite("Seed entities")
struct SeedEntityTests {
  private func entities(_ name: String) throws -> [(text: String, label: EntityLabel, start: Int)] {
    let document = try Seeds.annotated(name)
    return (document.entities ?? []).map { (String(document.text(of: $0.span)), $0.label, $0.span.start) }
  }

  /// Every whole-word occurrence of `word` in the text must be covered by an entity with `label`.
  private func expectEveryMention(_ word: String, is label: EntityLabel, in name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let document = try Seeds.annotated(name)
    let entities = document.entities ?? []
    let tokens = document.tokens ?? []
    let wordTokens = word.split(separator: " ").map(String.init)
    var mentions = 0
    for index in tokens.indices where index + wordTokens.count <= tokens.count {
      let texts = tokens[index..<(index + wordTokens.count)].map { String(document.text(of: $0)) }
      guard texts == wordTokens else { continue }
      mentions += 1
      let start = tokens[index].start
      let end = tokens[index + wordTokens.count - 1].end
      let covering = entities.first { $0.span.start <= start && $0.span.end >= end }
      #expect(covering?.label == label, "\(word) at \(start) is \(covering.map { "\($0.label)" } ?? "not an entity")", sourceLocation: sourceLocation)
    }
    #expect(mentions > 0, "\(word) not found", sourceLocation: sourceLocation)
  }

  @Test("people in both seeds are PERSON at every mention, without titles")
  func people() throws {
    for word in ["Biden", "Blinken", "Psaki", "Xi", "Sullivan", "Yang Jiechi", "Wang Yi", "Vladimir Putin", "Antony Blinken", "Jen Psaki"] {
      try expectEveryMention(word, is: .person, in: Seeds.blinkenPsaki)
    }
    for word in ["Biden", "Jake Sullivan", "Yang Jiechi", "Ned Price", "Price", "Psaki", "Putin"] {
      try expectEveryMention(word, is: .person, in: Seeds.sullivanRome)
    }
    let seed000 = try entities(Seeds.blinkenPsaki)
    #expect(seed000.contains { $0.text == "Antony Blinken" && $0.label == .person })
    #expect(!seed000.contains { $0.text.hasPrefix("President") || $0.text.hasPrefix("Secretary") })
    let seed004 = try entities(Seeds.sullivanRome)
    #expect(seed004.contains { $0.text == "Vladimir V. Putin" && $0.label == .person })
    #expect(!seed004.contains { $0.text.hasSuffix("’s") })
  }

  @Test("places are GPE")
  func places() throws {
    for word in ["China", "Russia", "Ukraine", "Beijing", "Moscow", "Rome"] {
      try expectEveryMention(word, is: .gpe, in: Seeds.blinkenPsaki)
    }
    for word in ["China", "Russia", "Ukraine", "Beijing", "Rome", "Washington", "Kyiv", "United States"] {
      try expectEveryMention(word, is: .gpe, in: Seeds.sullivanRome)
    }
  }

  @Test("institutions are ORG; the White House is ORG as an employer and FAC as a place")
  func organizations() throws {
    try expectEveryMention("State Department", is: .org, in: Seeds.blinkenPsaki)
    try expectEveryMention("State Department", is: .org, in: Seeds.sullivanRome)
    try expectEveryMention("Kremlin", is: .org, in: Seeds.sullivanRome)
    try expectEveryMention("Communist Party", is: .org, in: Seeds.sullivanRome)
    try expectEveryMention("White House", is: .org, in: Seeds.sullivanRome)
    let seed000 = try entities(Seeds.blinkenPsaki).filter { $0.text == "White House" }
    #expect(seed000.map(\.label) == [.fac, .org])  // "At the White House" / "White House national security adviser"
  }

  @Test("nationalities are NORP")
  func nationalities() throws {
    for word in ["Chinese", "Russian", "Spanish"] { try expectEveryMention(word, is: .norp, in: Seeds.blinkenPsaki) }
    for word in ["Chinese", "Russian", "Ukrainian", "American"] { try expectEveryMention(word, is: .norp, in: Seeds.sullivanRome) }
  }

  @Test("days, months and \"Feb. 24\" are DATE")
  func dates() throws {
    for word in ["Thursday", "Friday", "Monday", "November"] { try expectEveryMention(word, is: .date, in: Seeds.blinkenPsaki) }
    for word in ["Monday", "Feb. 24"] { try expectEveryMention(word, is: .date, in: Seeds.sullivanRome) }
    let seed004 = try entities(Seeds.sullivanRome)
    #expect(seed004.contains { $0.text == "Feb. 24" && $0.label == .date })
    #expect(seed004.contains { $0.text == "seven hours" && $0.label == .time })
    #expect(seed004.contains { $0.text == "this weekend" && $0.label == .date })
  }

  @Test("the title-case headline yields only U.S., China and Russia")
  func headline() throws {
    let headlineEnd = "The U.S. Warns China Not to Give Russia Military or Economic Aid".utf8.count
    let inHeadline = try entities(Seeds.sullivanRome).filter { $0.start < headlineEnd }
    #expect(inHeadline.map(\.text) == ["U.S.", "China", "Russia"])
    #expect(inHeadline.map(\.label) == [.gpe, .gpe, .gpe])
  }
}
