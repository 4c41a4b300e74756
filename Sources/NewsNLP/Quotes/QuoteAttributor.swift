/// Finds who said what: direct, indirect and mixed quotes with their cues and speakers, and a
/// table of the people the document names.
///
/// Quote marks are paired within paragraphs (straight marks by the spaces around them; a quote
/// continues into the next paragraph only when that paragraph opens with a mark). A reporting verb
/// next to a quote ("“…,” Blinken said", "said Giulia Perotti", "X said: “…”") gives its speaker;
/// a quote with no cue continues the paragraph's last speaker. Reported speech without marks
/// ("Officials said Russia could default", "according to X") is indirect; with a quoted fragment
/// it is mixed. Pronouns go to the last compatible speaker, short names to the fullest name. When
/// unsure, the speaker is left empty rather than guessed.
public struct QuoteAttributor: ConfigurableStage {
  /// Options of the quote stage.
  public struct Configuration: StageConfiguration {
    /// Whether indirect speech (no quote marks) is reported (default `true`).
    public var indirect: Bool = true

    /// The default options.
    public init() {}

    /// Creates options.
    public init(indirect: Bool = true) { self.indirect = indirect }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      indirect = try container.decodeIfPresent(Bool.self, forKey: .indirect) ?? true
    }

    private enum CodingKeys: String, CodingKey { case indirect }
  }

  public static let stageName = "quotes"
  public static let summary = "attribute quotes and reported speech to speakers; list the people named"

  public let configuration: Configuration
  public var requires: Set<Layer> { [.tokens, .sentences, .entities] }
  public var produces: Set<Layer> { [.quotes] }

  /// Creates the quote stage.
  public init(configuration: Configuration) { self.configuration = configuration }

  /// Creates the quote stage with default options.
  public init() { self.init(configuration: Configuration()) }

  public func process(_ document: inout Document) {
    let (quotes, people) = attribute(document)
    document.quotes = quotes
    document.people = people
  }

  /// The quotes and people of a tokenized, sentence-split document with entities.
  public func attribute(_ document: Document) -> (quotes: [Quote], people: [Person]) {
    guard let wordTable = document.tokenWords(), !wordTable.tokens.isEmpty else { return ([], []) }
    let tokens = wordTable.tokens
    let sentences = EntityRecognizer.wordRanges(of: document.sentences ?? [], tokens: tokens)
    let entityRanges = Self.tokenRanges(of: document.entities ?? [], tokens: tokens)
    let gazetteer = Gazetteer.shared
    let engine = QuoteEngine(words: wordTable, sentences: sentences, entities: entityRanges)
    var people = PeopleIndex(words: engine.words, entities: entityRanges, givenGender: { gazetteer.givenNames[$0] })
    let entityStarts = entityRanges.map(\.range.lowerBound)
    var found = engine.run()
    if !configuration.indirect { found.removeAll { $0.kind == .indirect } }
    var quotedTokens = Set<Int>()
    for item in found where item.kind == .direct { quotedTokens.formUnion(item.content) }

    // Resolve speakers: pronouns to the last compatible speaker, then the nearest compatible person.
    var quotes: [Quote] = []
    var lastSpeakerEntry: Int?
    func span(_ range: Range<Int>) -> Span { Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end) }
    for item in found {
      var quote = Quote(kind: item.kind, content: span(item.content), cue: item.cue.map(span))
      switch item.speaker {
      case .entity(let index)?:
        quote.speaker = span(item.mention ?? entityRanges[index].range)
        if let entry = people.entryOfEntity[index] {
          quote.canonicalSpeaker = people.name(entry)
          people.addQuote(to: entry)
          lastSpeakerEntry = entry
        } else {
          quote.canonicalSpeaker = String(document.text(of: span(entityRanges[index].range)))
        }
      case .pronoun(let token)?:
        quote.speaker = span(token..<(token + 1))
        let gender = QuoteLexicon.pronouns[engine.words[token]]
        if let entry = resolve(
          pronounAt: token, gender: gender, lastSpeaker: lastSpeakerEntry, people: people, entities: entityRanges,
          entityStarts: entityStarts, words: engine.words, quoted: quotedTokens, sentenceIndex: { engine.sentenceOf[$0] })
        {
          quote.canonicalSpeaker = people.name(entry)
          people.addQuote(to: entry)
          people.addMention(token..<(token + 1), to: entry)
          lastSpeakerEntry = entry
        }
      case .nominal(let range)?:
        quote.speaker = span(range)
        quote.canonicalSpeaker = String(document.text(of: span(range)))
      case nil:
        break
      }
      quotes.append(quote)
    }
    // Titles from pre-name titles and appositives.
    for (index, entity) in entityRanges.enumerated() where entity.label == .person {
      guard let entry = people.entryOfEntity[index] else { continue }
      let found = titles(
        of: entity.range, words: engine.words, entities: entityRanges, entityAt: engine.entityAt,
        sentenceStart: engine.sentenceStart(of: entity.range.lowerBound))
      for title in found { people.addTitle(title, to: entry) }
    }
    let table = people.entries.indices.map { entry in
      Person(
        name: people.name(entry), mentions: people.entries[entry].mentions.sorted { $0.lowerBound < $1.lowerBound }.map(span),
        titles: people.entries[entry].titles, quotes: people.entries[entry].quotes)
    }
    return (quotes, table)
  }

  private func resolve(
    pronounAt token: Int, gender: Character?, lastSpeaker: Int?, people: PeopleIndex,
    entities: [(range: Range<Int>, label: EntityLabel)], entityStarts: [Int], words: [String], quoted: Set<Int>,
    sentenceIndex: (Int) -> Int
  ) -> Int? {
    func compatible(_ entry: Int) -> Bool {
      guard let gender, let known = people.entries[entry].gender else { return true }
      return known == gender
    }
    // The nearest earlier person with a compatible gender, preferring the subject of a sentence
    // (the first person it names) over people named later in it.
    var subject: (entry: Int, position: Int)?
    var nearest: (entry: Int, position: Int)?
    var seenSentences: Set<Int> = []
    // Only the people named in the last few hundred tokens can be meant; this keeps long input linear.
    let horizon = token - 400
    let last = QuoteEngine.firstIndex(in: entityStarts, greaterThan: token)
    var first = last
    while first > 0 && entities[first - 1].range.lowerBound >= horizon { first -= 1 }
    for index in first..<last where entities[index].label == .person && entities[index].range.upperBound <= token {
      let entity = entities[index]
      guard let entry = people.entryOfEntity[index] else { continue }
      let sentence = sentenceIndex(entity.range.lowerBound)
      // Names inside quoted speech are not who "he" refers back to.
      if quoted.contains(entity.range.lowerBound) { continue }
      // A possessive ("Finch’s challenger") is not the subject of its sentence.
      let isPossessive = entity.range.upperBound < words.count && QuoteLexicon.possessiveEndings.contains(words[entity.range.upperBound])
      let isSubject = !isPossessive && seenSentences.insert(sentence).inserted
      guard compatible(entry) else { continue }
      if nearest == nil || entity.range.lowerBound > nearest!.position { nearest = (entry, entity.range.lowerBound) }
      if isSubject && (subject == nil || entity.range.lowerBound > subject!.position) { subject = (entry, entity.range.lowerBound) }
    }
    if let lastSpeaker, compatible(lastSpeaker), let subject, subject.entry != lastSpeaker,
      let lastPosition = people.entries[lastSpeaker].mentions.map(\.lowerBound).max(), subject.position > lastPosition
    {
      return subject.entry  // a newer subject took over since the last quote
    }
    if let lastSpeaker, compatible(lastSpeaker) { return lastSpeaker }
    return (subject ?? nearest)?.entry
  }

  private static let titleStops: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "and", "or", "but", "with", "between", "by", "for", "to", "from",
    "at", "in", "on", "of", "said", "told", "met", "as", "that", "who", "when", "while", "after", "before",
  ]
  private static let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr"]
  private static let roleModifiers: Set<String> = [
    "national", "security", "press", "foreign", "senior", "deputy", "top", "former", "operating", "executive",
    "general", "vice", "assistant", "acting", "interim", "state", "federal", "local", "defense", "defence", "finance",
    "health", "prime", "chief", "managing", "communications", "policy", "affairs", "political", "economic", "legal",
    "fire", "police", "school", "library", "city", "county",
  ]

  /// "Secretary of State", "White House press secretary", "State Department spokesman".
  private func titles(
    of range: Range<Int>, words: [String], entities: [(range: Range<Int>, label: EntityLabel)], entityAt: [Int],
    sentenceStart: Int
  ) -> [String] {
    var result: [String] = []
    // Before the name: title words, roles, and the organization or place they belong to.
    var start = range.lowerBound
    var sawRole = false
    // "China's top diplomat, Yang Jiechi": a role just before the name, across a comma.
    if start - 1 > sentenceStart, words[start - 1] == ",", EntityLexicon.roles.contains(words[start - 2].lowercased()) {
      var roleStart = start - 1
      var sawComma = true
      while roleStart > sentenceStart && sawComma {
        let word = words[roleStart - 1]
        let isEmployer = entityAt[roleStart - 1] >= 0 && [.org, .gpe, .norp].contains(entities[entityAt[roleStart - 1]].label)
        if EntityLexicon.roles.contains(word.lowercased()) || Self.roleModifiers.contains(word.lowercased()) || isEmployer
          || QuoteLexicon.possessiveEndings.contains(word)
        {
          roleStart -= 1
        } else {
          sawComma = false
        }
      }
      while roleStart < start - 1 && QuoteLexicon.possessiveEndings.contains(words[roleStart]) { roleStart += 1 }
      if roleStart < start - 1 { result.append(PeopleIndex.joined(words[roleStart..<(start - 1)])) }
    }
    while start > sentenceStart {
      let word = words[start - 1]
      let lower = word.lowercased()
      if Self.honorifics.contains(word) { break }
      if EntityLexicon.titles.contains(word) || EntityLexicon.roles.contains(lower) {
        sawRole = true
        start -= 1
        continue
      }
      if word == "of" && start >= 2 && EntityLexicon.titles.contains(words[start - 2]) { start -= 1; continue }
      // "Secretary of State": the department after "of" belongs to the title.
      if start >= 3 && words[start - 2] == "of" && EntityLexicon.titles.contains(words[start - 3]) && word.first?.isUppercase == true {
        sawRole = true
        start -= 3
        continue
      }
      if QuoteLexicon.possessiveEndings.contains(word) && sawRole { start -= 1; continue }
      // The employer ("White House", "China’s") and modifiers of the role ("national security", "press").
      let isEmployer = entityAt[start - 1] >= 0 && [.org, .gpe, .norp].contains(entities[entityAt[start - 1]].label)
      guard sawRole, isEmployer || Self.roleModifiers.contains(lower), range.lowerBound - start < 7 else { break }
      start -= 1
    }
    while start < range.lowerBound && (QuoteLexicon.possessiveEndings.contains(words[start]) || words[start] == "of") { start += 1 }
    if sawRole && start < range.lowerBound {
      result.append(PeopleIndex.joined(words[start..<range.lowerBound]))
    }
    // After the name: ", the State Department spokesman,".
    let after = range.upperBound
    if after + 2 < words.count, words[after] == ",", ["the", "a", "an"].contains(words[after + 1].lowercased()) {
      var end = after + 2
      while end < words.count && end < after + 16 && ![",", ".", ";", "“", "\"", "who", "which", "that"].contains(words[end]) { end += 1 }
      let phrase = words[(after + 2)..<end]
      if end < words.count, phrase.contains(where: { EntityLexicon.roles.contains($0.lowercased()) || EntityLexicon.titles.contains($0) }) {
        result.append(PeopleIndex.joined(phrase))
      }
    }
    return result
  }

  /// Entities as token ranges.
  static func tokenRanges(of entities: [Entity], tokens: [Span]) -> [(range: Range<Int>, label: EntityLabel)] {
    NewsNLP.tokenRanges(of: entities, span: \.span, tokens: tokens).map { ($0.range, $0.item.label) }
  }
}
