/// Finds quotes, their cues and speakers, over one document's tokens, sentences and entities.
///
/// Order of work: pair quote marks; find reporting cues and the speaker each names; attach every
/// direct quote to the cue next to it (or inherit the paragraph's last speaker); gather quoted
/// fragments inside reported speech into mixed quotes; report the remaining cues as indirect
/// speech; resolve pronouns and short names to people.
struct QuoteEngine {
  let words: [String]
  let lower: [String]
  let tokens: [Span]
  let sentences: [Range<Int>]
  let entities: [(range: Range<Int>, label: EntityLabel)]

  /// The sentence of each token (0 for a token outside every sentence).
  private(set) var sentenceOf: [Int] = []
  private var paragraphOf: [Int] = []
  /// The entity covering each token, or -1.
  private(set) var entityAt: [Int] = []

  /// The first token of a token's sentence; 0 for a token outside every sentence.
  func sentenceStart(of token: Int) -> Int {
    guard !sentences.isEmpty, sentences[sentenceOf[token]].contains(token) else { return 0 }
    return sentences[sentenceOf[token]].lowerBound
  }

  init(words table: TokenWords, sentences: [Range<Int>], entities: [(range: Range<Int>, label: EntityLabel)]) {
    var text = table.text
    let tokens = table.tokens
    self.words = table.words
    self.lower = table.lower
    self.tokens = tokens
    self.sentences = sentences
    self.entities = entities
    sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (index, range) in sentences.enumerated() { for token in range { sentenceOf[token] = index } }
    paragraphOf = [Int](repeating: 0, count: tokens.count)
    let newlinePositions = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
    var paragraph = 0
    var newline = 0
    for index in tokens.indices {
      if index > 0 {
        // A line break between two tokens starts a new paragraph (scraped text puts one per line).
        while newline < newlinePositions.count && newlinePositions[newline] < tokens[index].start {
          if newlinePositions[newline] >= tokens[index - 1].end {
            paragraph += 1
            while newline < newlinePositions.count && newlinePositions[newline] < tokens[index].start { newline += 1 }
            break
          }
          newline += 1
        }
      }
      paragraphOf[index] = paragraph
    }
    entityAt = [Int](repeating: -1, count: tokens.count)
    for (index, entity) in entities.enumerated() { for token in entity.range { entityAt[token] = index } }
  }

  // MARK: - Results

  struct FoundQuote {
    var kind: Quote.Kind
    var content: Range<Int>
    var cue: Range<Int>?
    var speaker: Speaker?
    /// The words that name the speaker here ("It", "the airline"), which may differ from the
    /// resolved speaker.
    var mention: Range<Int>? = nil
  }

  /// Who a cue names as speaking.
  enum Speaker: Equatable {
    /// An entity (its index in `entities`).
    case entity(Int)
    /// A pronoun at a token.
    case pronoun(Int)
    /// A nominal source ("U.S. officials").
    case nominal(Range<Int>)

    var range: (QuoteEngine) -> Range<Int> {
      { engine in
        switch self {
        case .entity(let index): engine.entities[index].range
        case .pronoun(let token): token..<(token + 1)
        case .nominal(let range): range
        }
      }
    }
  }

  struct Cue {
    var range: Range<Int>
    var speaker: Speaker?
    /// Whether the speaker stands after the cue ("said Giulia Perotti").
    var speakerAfter: Bool
    /// The words that name the speaker at this cue, before "it" or "the club" is resolved.
    var mention: Range<Int>?
    var used = false

    init(range: Range<Int>, speaker: Speaker?, speakerAfter: Bool, mention: Range<Int>?) {
      self.range = range
      self.speaker = speaker
      self.speakerAfter = speakerAfter
      self.mention = mention
    }
  }

  // MARK: - Quote marks

  struct Marked {
    var open: Int
    var close: Int?
    /// The quoted tokens, marks excluded.
    var content: Range<Int>
  }

  private func isAttachedToNext(_ index: Int) -> Bool { index + 1 < tokens.count && tokens[index].end == tokens[index + 1].start }
  private func isAttachedToPrevious(_ index: Int) -> Bool { index > 0 && tokens[index - 1].end == tokens[index].start }

  /// Whether a token can be a quote mark at all, from its first byte: '"', "'", or a curly or angle mark.
  private func mayBeMark(_ index: Int) -> Bool {
    guard let first = words[index].utf8.first else { return false }
    return first == 0x22 || first == 0x27 || first == 0xE2 || first == 0xC2
  }

  private func doubleMark(_ index: Int) -> (opens: Bool, closes: Bool)? {
    guard mayBeMark(index) else { return nil }
    switch words[index] {
    case "“", "„", "«": return (true, false)
    case "”", "»": return (false, true)
    case "\"":
      let opens = !isAttachedToPrevious(index) || index == 0 || (index > 0 && ["(", "[", "—", "–"].contains(words[index - 1]))
      let closes = isAttachedToPrevious(index) && !isAttachedToNext(index) || index + 1 == tokens.count
      if opens && closes { return (true, true) }
      return opens || closes ? (opens, closes) : (true, true)
    default: return nil
    }
  }

  private func singleMark(_ index: Int) -> (opens: Bool, closes: Bool)? {
    guard mayBeMark(index) else { return nil }
    switch words[index] {
    case "‘": return (true, false)
    case "’": return (false, isAttachedToPrevious(index))
    case "'":
      let opens = (index == 0 || !isAttachedToPrevious(index)) && isAttachedToNext(index)
      let closes = isAttachedToPrevious(index) && !(isAttachedToNext(index) && !opens)
      return (opens, closes)
    default: return nil
    }
  }

  /// Pairs quote marks within paragraphs; a quote left open at a paragraph end continues only when
  /// the next paragraph opens with a quote mark, so an unbalanced mark never swallows the text.
  func quoteMarks() -> [Marked] {
    var result: [Marked] = []
    var openDouble: Int?
    var openSingle: Int?
    for index in tokens.indices {
      if index > 0 && paragraphOf[index] != paragraphOf[index - 1] {
        if let open = openDouble {
          if doubleMark(index)?.opens == true {
            result.append(Marked(open: open, close: nil, content: (open + 1)..<index))
          }
          openDouble = nil
        }
        openSingle = nil
      }
      if let mark = doubleMark(index) {
        if let open = openDouble, mark.closes {
          result.append(Marked(open: open, close: index, content: (open + 1)..<index))
          openDouble = nil
          openSingle = nil
        } else if mark.opens {
          openDouble = index
        }
        continue
      }
      // Single quotes count only outside double ones: a quote within a quote needs no speaker.
      if openDouble == nil, let mark = singleMark(index) {
        if let open = openSingle, mark.closes, index > open + 1 {
          result.append(Marked(open: open, close: index, content: (open + 1)..<index))
          openSingle = nil
        } else if mark.opens && openSingle == nil {
          openSingle = index
        }
      }
    }
    return result
  }

  // MARK: - Cues and speakers

  static let cueHashes = WordSet(QuoteLexicon.cues)

  /// Words before a cue that make it a noun or an infinitive.
  private static let nounMarkers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "that", "every", "to", "each", "another", "our", "my", "your"]

  /// Words that may stand before a nominal source's head: "Biden administration officials".
  private static let nominalModifiers: Set<String> = [
    "administration", "government", "senior", "local", "federal", "state", "foreign", "military", "intelligence",
    "security", "health", "financial", "western", "european", "defense", "defence", "police", "company", "white",
    "house", "other", "some", "many", "two", "three", "several", "independent", "top", "former", "union", "party",
    "campaign", "city", "county", "school", "airport", "hospital", "court", "industry", "market",
  ]

  /// "it" and "they" speak for an organization or a group named before: "It added that …".
  static let groupPronouns: Set<String> = ["it", "It", "they", "They"]

  /// Past participles that describe a group ("retired teachers"); other "-ed" words before a noun
  /// are verbs ("have angered parents").
  private static let participleModifiers: Set<String> = [
    "retired", "elected", "unnamed", "concerned", "affected", "qualified", "licensed", "registered", "trained",
    "skilled", "interested", "frustrated", "worried", "displaced", "injured", "detained", "striking", "unidentified",
    "armed", "masked", "named", "appointed", "experienced", "infected", "vaccinated", "unvaccinated", "based", "owned",
    "backed", "funded", "led", "controlled", "listed", "licensed",
  ]

  /// Words that end a nominal source's modifiers when reading backwards from its head.
  private static let nominalStops: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "and", "or",
    "but", "nor", "of", "in", "on", "at", "for", "from", "to", "with", "by", "as", "into", "about", "over", "under",
    "who", "whom", "whose", "which", "what", "when", "while", "after", "before", "than", "then", "so", "because",
    "if", "not", "no", "all", "both", "each", "every", "any", "it", "he", "she", "they", "we", "you", "i", "me", "him",
    "them", "us", "there", "here", "be", "been", "being", "am", "do", "does", "did", "can", "could", "may", "might",
    "must", "shall", "should", "said", "says", "say", "told", "since", "until", "where", "how", "why", "also", "just",
  ]

  /// Cues that report a statement without "that" ("said Russia could default", "told him there would be").
  private static let bareClauseCues: Set<String> = [
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "adding", "warn", "warns", "warned",
    "insist", "insists", "insisted", "claim", "claims", "claimed", "argue", "argues", "argued", "write", "writes", "wrote",
    "note", "notes", "noted", "stress", "stressed", "explain", "explained", "tweet", "tweeted", "predict", "predicted",
  ]

  private static let auxiliaries: Set<String> = [
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "then", "again", "previously",
    "recently", "publicly", "privately", "repeatedly", "earlier", "once", "has been", "had been", "quickly", "often",
    "told", "separately", "simply", "flatly",
  ]

  private func isNegated(_ cue: Int) -> Bool {
    var index = cue - 1
    var steps = 0
    while index >= 0 && steps < 3 && sentenceOf[index] == sentenceOf[cue] {
      if QuoteLexicon.negations.contains(lower[index]) { return true }
      index -= 1
      steps += 1
    }
    return false
  }

  private func isQuoteMark(_ index: Int) -> Bool { doubleMark(index) != nil || singleMark(index) != nil }

  /// The speaker at or ending at a token: an entity, a pronoun or a nominal source.
  private func speaker(endingAt index: Int) -> Speaker? {
    guard index >= 0 else { return nil }
    if entityAt[index] >= 0 {
      let entity = entities[entityAt[index]]
      if [.person, .org, .gpe, .norp].contains(entity.label) { return .entity(entityAt[index]) }
      return nil
    }
    if QuoteLexicon.pronouns[words[index]] != nil || Self.groupPronouns.contains(words[index]) { return .pronoun(index) }
    if ["we", "We", "I"].contains(words[index]) { return nil }
    if isSourceNoun(index) {
      // "U.S. officials", "Financial analysts", "the ministry": the noun and its modifiers.
      var start = index
      while start > 0 && sentenceOf[start - 1] == sentenceOf[index] {
        let previous = start - 1
        let word = lower[previous]
        let capitalized = words[previous].first?.isUppercase == true
        let opensSentence = capitalized && previous == sentences[sentenceOf[index]].lowerBound
          && !EntityLexicon.commonCapitalized.contains(words[previous]) && !Self.subordinators.contains(word)
        // "the governor’s office", "the state nurses’ association": an owner before the head.
        let isPossessive = QuoteLexicon.possessiveMarks.contains(word) && previous > 0
        // "the Minneapolis-based company": a hyphenated modifier, taken whole.
        if word == "-" && previous > 0 && isAttachedToPrevious(previous) && isAttachedToNext(previous) {
          start = previous - 1
          if index - start >= 5 { break }
          continue
        }
        // "the city’s transport department", "Local business owners": lower-case nouns and adjectives.
        let isModifier = Self.nominalModifiers.contains(word)
          || (words[previous] == word && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && !Self.nominalStops.contains(word)
            && !QuoteLexicon.cues.contains(word) && !Self.auxiliaries.contains(word) && !word.hasSuffix("ly")
            && (!word.hasSuffix("ed") || Self.participleModifiers.contains(word)))
        guard entityAt[previous] >= 0 || isModifier || opensSentence || isPossessive
          || (previous + 1 < tokens.count && QuoteLexicon.possessiveMarks.contains(words[previous + 1]) && words[previous].first?.isLetter == true)
        else { break }
        start = previous
        if index - start >= 4 { break }
      }
      return .nominal(start..<(index + 1))
    }
    return nil
  }

  /// The speaker a cue names, before it ("Blinken said", "Ned Price, the spokesman, said") or after
  /// it ("said Giulia Perotti", "said library director Marjorie Kwan").
  private func speaker(ofCue cue: Int) -> (Speaker, after: Bool)? {
    let sentence = sentenceOf[cue]
    // Before: skip auxiliaries and one appositive between commas.
    var index = cue - 1
    while index >= 0 && sentenceOf[index] == sentence && Self.auxiliaries.contains(lower[index]) { index -= 1 }
    // "residents, who say …", "the Heritage Action group, which called it …": the antecedent speaks.
    if index >= 0 && sentenceOf[index] == sentence && ["who", "which"].contains(lower[index]) {
      var antecedent = index - 1
      if antecedent >= 0 && words[antecedent] == "," { antecedent -= 1 }
      guard antecedent >= 0, sentenceOf[antecedent] == sentence else { return nil }
      // "Eli Brandt, a high school junior who said …": the person the appositive describes.
      if let comma = stride(from: antecedent, through: max(sentences[sentence].lowerBound, antecedent - 8), by: -1).first(where: { words[$0] == "," }),
        comma > 0, comma + 1 < antecedent, ["a", "an", "the"].contains(lower[comma + 1]), entityAt[comma - 1] >= 0,
        entities[entityAt[comma - 1]].label == .person
      {
        return (.entity(entityAt[comma - 1]), false)
      }
      if let found = speaker(endingAt: antecedent), !isGroupPronoun(found) { return (withoutPrepositionalObject(found), false) }
      return nil
    }
    if index >= 0 && sentenceOf[index] == sentence && words[index] == "," {
      // "The Norwegian government, which owns a third of Northern Tide, said": the relative clause
      // between the commas describes the speaker before it; names inside it do not speak.
      if let open = stride(from: index - 1, through: max(sentences[sentence].lowerBound, index - 30), by: -1).first(where: { words[$0] == "," }),
        open + 1 < index, ["who", "which"].contains(lower[open + 1]), open > 0, let found = speaker(endingAt: open - 1),
        !isGroupPronoun(found)
      {
        return (withoutPrepositionalObject(found), false)
      }
      // "Lumen’s chief operating officer, Priya Natarajan, said": the name right before the comma.
      if let found = speaker(endingAt: index - 1), case .entity(let entity) = found, entities[entity].label == .person {
        return (found, false)
      }
      var comma = index - 1
      var steps = 0
      while comma >= 0 && sentenceOf[comma] == sentence && words[comma] != "," && steps < 20 {
        comma -= 1
        steps += 1
      }
      // "The plaintiffs' lawyer, Naomi Feld of the Gulf Civil Rights Project, said": a person between the commas.
      if comma >= 0 && sentenceOf[comma] == sentence && words[comma] == ",",
        let person = ((comma + 1)..<index).first(where: { entityAt[$0] >= 0 && entities[entityAt[$0]].label == .person })
      {
        return (.entity(entityAt[person]), false)
      }
      // "Senator Maria Delgado of New Mexico, who wrote the bill, said": a person just before the first comma.
      if comma >= 0 && sentenceOf[comma] == sentence && words[comma] == ",",
        let person = stride(from: comma - 1, through: max(0, comma - 6), by: -1).first(where: {
          sentenceOf[$0] == sentence && entityAt[$0] >= 0 && entities[entityAt[$0]].label == .person
        })
      {
        return (.entity(entityAt[person]), false)
      }
      if comma >= 0 && sentenceOf[comma] == sentence && words[comma] == ",", let found = speaker(endingAt: comma - 1) {
        // "Ned Price, the State Department spokesman, said": the name before the appositive.
        if case .entity(let entity) = found, [.person, .org].contains(entities[entity].label) { return (found, false) }
        if case .pronoun = found { return (found, false) }
        // "A senior Russian official, speaking on condition of anonymity, said".
        if case .nominal = found { return (withoutPrepositionalObject(found), false) }
      }
    }
    if index >= 0 && sentenceOf[index] == sentence, !isQuoteMark(index), let found = speaker(endingAt: index) {
      // "Residents who spoke to the Cumberland News said": the subject before "who", not a name inside the clause.
      let floor = max(sentences[sentence].lowerBound, cue - 14)
      if let relative = stride(from: found.range(self).lowerBound - 1, through: floor, by: -1).first(where: {
        ["who", "which"].contains(lower[$0]) || [",", ";", ":"].contains(words[$0]) || isQuoteMark($0)
      }), ["who", "which"].contains(lower[relative]), relative > 0, sentenceOf[relative - 1] == sentence,
        let antecedent = speaker(endingAt: relative - 1), !isGroupPronoun(antecedent)
      {
        return (withoutPrepositionalObject(antecedent), false)
      }
      return (withoutPrepositionalObject(found), false)
    }
    // "officials from the three countries said": a nominal head followed by a prepositional phrase.
    if index >= 0 {
      var head = index - 1
      while head >= max(0, index - 7) && sentenceOf[head] == sentence {
        if isSourceNoun(head), head + 1 <= index,
          ["from", "for", "at", "of", "in", "with"].contains(lower[head + 1]), case .nominal(let range)? = speaker(endingAt: head)
        {
          return (.nominal(range.lowerBound..<(index + 1)), false)
        }
        if [",", ".", "“", "”", "\""].contains(words[head]) || QuoteLexicon.cues.contains(lower[head]) { break }
        head -= 1
      }
    }
    // After: "said X", "said library director X", "said the company" — only where the verb comes
    // first ("…,” said X", "…, said X"); in "X and called the demands …" the object is no speaker.
    let inverted = cue == sentences[sentence].lowerBound
      || (cue > 0 && ([",", "—", "–", ":"].contains(words[cue - 1]) || isQuoteMark(cue - 1)))
    guard inverted else { return nil }
    var probe = cue + 1
    while probe < tokens.count && probe <= cue + 7 && sentenceOf[probe] == sentence {
      if entityAt[probe] >= 0 {
        let entity = entities[entityAt[probe]]
        let end = entity.range.upperBound
        // "said Castellano’s lawyer, Diane Okoro": the owner is not the speaker.
        if end < tokens.count && QuoteLexicon.possessiveEndings.contains(words[end]) {
          probe = end + 1
          continue
        }
        if entity.label == .person { return (.entity(entityAt[probe]), true) }
        break
      }
      if words[probe] == "," && probe + 1 < tokens.count && entityAt[probe + 1] >= 0
        && entities[entityAt[probe + 1]].label == .person
      {
        return (.entity(entityAt[probe + 1]), true)  // "said the company’s president, Alan Cho"
      }
      guard words[probe].first?.isLetter == true, !QuoteLexicon.cues.contains(lower[probe]), lower[probe] != "that" else { break }
      probe += 1
    }
    var after = cue + 1
    var steps = 0
    while after < tokens.count && sentenceOf[after] == sentence && steps < 6 {
      if let found = speaker(endingAt: after) {
        // Extend to the end of an entity that starts here.
        if case .entity = found { return (found, true) }
        if case .pronoun = found, steps == 0, !isGroupPronoun(found) { return (found, true) }
        if case .nominal = found { return (.nominal(after..<(after + 1)), true) }
      }
      // Only titles, roles and an article may stand between the cue and a following speaker.
      let word = lower[after]
      guard EntityLexicon.roles.contains(word) || EntityLexicon.titles.contains(words[after]) || ["the", "a", "an"].contains(word)
        || QuoteLexicon.nominalHeads.contains(word) || Self.nominalModifiers.contains(word)
      else { break }
      after += 1
      steps += 1
    }
    return nil
  }

  /// A noun that can name a source without a name: "officials", "the ministry", "the county
  /// medical examiner" (a role written in lower case; capitalised, it is a title before a name).
  private func isSourceNoun(_ index: Int) -> Bool {
    QuoteLexicon.nominalHeads.contains(lower[index]) || (EntityLexicon.roles.contains(lower[index]) && words[index] == lower[index])
  }

  private func isGroupPronoun(_ speaker: Speaker) -> Bool {
    if case .pronoun(let token) = speaker { return Self.groupPronouns.contains(words[token]) }
    return false
  }

  /// "Marcus Reid of the Digital Rights Project", "analysts at Goldman Sachs", "Diplomats in Ankara":
  /// the person or group before the preposition speaks, not the place or organization after it.
  private func withoutPrepositionalObject(_ found: Speaker) -> Speaker {
    if case .entity(let entity) = found, entities[entity].label == .person { return found }
    let range = found.range(self)
    var preposition = range.lowerBound - 1
    if preposition >= 0 && ["the", "a", "an"].contains(lower[preposition]) { preposition -= 1 }
    guard preposition >= 1, ["of", "at", "in", "from", "for", "with"].contains(lower[preposition]),
      sentenceOf[preposition - 1] == sentenceOf[range.lowerBound]
    else { return found }
    let owner = preposition - 1
    if entityAt[owner] >= 0 {
      return entities[entityAt[owner]].label == .person ? .entity(entityAt[owner]) : found
    }
    if isSourceNoun(owner), case .nominal(let head)? = speaker(endingAt: owner) {
      return .nominal(head.lowerBound..<range.upperBound)
    }
    return found
  }

  /// Every reporting cue that is not negated and names a speaker, in text order.
  func cues(quoteTokens: Set<Int>) -> [Cue] {
    var result: [Cue] = []
    for index in tokens.indices where !quoteTokens.contains(index) {
      var range = index..<(index + 1)
      if words[index].utf8.count == 9, lower[index] == "according", index + 1 < tokens.count, lower[index + 1] == "to" {
        range = index..<(index + 2)
        if let found = speaker(atOrAfter: index + 2) {
          result.append(Cue(range: range, speaker: found, speakerAfter: true, mention: found.range(self)))
        }
        continue
      }
      // Verbs are written in lower case: "State" in a name or "Warns" in a headline is no cue.
      guard QuoteEngine.cueHashes.mayContain(words[index]), QuoteLexicon.cues.contains(words[index]), !isNegated(index) else {
        continue
      }
      // A noun ("a call", "the report") or an infinitive ("to warn against") reports nothing.
      if index > 0 && Self.nounMarkers.contains(lower[index - 1]) { continue }
      // A passive ("was told", "is said to") names no speaker before the verb.
      if index > 0 && ["was", "were", "is", "are", "be", "been", "being"].contains(lower[index - 1]) { continue }
      if let (found, after) = speaker(ofCue: index) {
        guard let speaker = resolvedReference(found, cue: index, earlier: result) else { continue }
        result.append(Cue(range: range, speaker: speaker, speakerAfter: after, mention: found.range(self)))
      } else if index > 0, ["and", "but"].contains(lower[index - 1]) {
        if let previous = result.first(where: { sentenceOf[$0.range.lowerBound] == sentenceOf[index] && !$0.speakerAfter }) {
          // "Wang Yi said … and insisted that …": the subject of the sentence's first reporting verb
          // (in "He said the hospital had offered … and called …" that is "he", not "the hospital").
          result.append(Cue(range: range, speaker: previous.speaker, speakerAfter: false, mention: previous.mention))
        } else if let subject = sentenceSubject(before: index) {
          // "A spokesman for Number 10 thanked Ashdown … and said …": the sentence's subject.
          result.append(Cue(range: range, speaker: subject, speakerAfter: false, mention: subject.range(self)))
        }
      }
    }
    return result
  }

  /// Resolves "it" and "they" to the organization or group that spoke last, and "the club" or "the
  /// company" to the organization the text is about; `nil` when a pronoun has no such antecedent.
  private func resolvedReference(_ speaker: Speaker, cue: Int, earlier: [Cue]) -> Speaker? {
    switch speaker {
    case .pronoun(let token) where Self.groupPronouns.contains(words[token]):
      let plural = lower[token] == "they"
      for previous in earlier.reversed() {
        guard sentenceOf[cue] - sentenceOf[previous.range.lowerBound] <= 2 else { break }
        guard let candidate = previous.speaker else { continue }
        if isGroup(candidate, plural: plural) { return candidate }
      }
      if !plural, let subject = organizationSubject(before: cue, sentencesBack: 2) { return .entity(subject) }
      return nil
    case .nominal(let range):
      // "the Heritage Action group": the organization named in the phrase.
      guard QuoteLexicon.organizationHeads.contains(lower[range.upperBound - 1]) else { return speaker }
      if range.count >= 2, entityAt[range.upperBound - 2] >= 0, entities[entityAt[range.upperBound - 2]].label == .org {
        return .entity(entityAt[range.upperBound - 2])
      }
      // "…, the Portuguese club announced": a definite business or club with no owner of its own.
      guard range.lowerBound > 0, lower[range.lowerBound - 1] == "the",
        !range.contains(where: { QuoteLexicon.possessiveMarks.contains(words[$0]) || (entityAt[$0] >= 0 && ![.norp, .gpe].contains(entities[entityAt[$0]].label)) })
      else { return speaker }
      return organizationSubject(before: cue, sentencesBack: 10).map { .entity($0) } ?? speaker
    default:
      return speaker
    }
  }

  /// Whether a speaker can be what "it" (an organization or body) or "they" (a group) refers to.
  private func isGroup(_ speaker: Speaker, plural: Bool) -> Bool {
    switch speaker {
    case .entity(let index): return plural ? [.org, .norp].contains(entities[index].label) : entities[index].label == .org
    case .nominal(let range):
      // "Farmers in the valley": the head is the last source noun, not the last word.
      let head = lower[range.last(where: { isSourceNoun($0) }) ?? (range.upperBound - 1)]
      let isPlural = head.hasSuffix("s") && !head.hasSuffix("ss") || head == "police"
      return plural == isPlural
    case .pronoun: return false
    }
  }

  /// The nearest organization that opens a sentence (its subject) in this sentence or the ones before.
  private func organizationSubject(before cue: Int, sentencesBack: Int) -> Int? {
    let sentence = sentenceOf[cue]
    for index in stride(from: sentence, through: max(0, sentence - sentencesBack), by: -1) {
      let range = sentences[index]
      guard let token = (range.lowerBound..<min(range.upperBound, range.lowerBound + 6, cue)).first(where: { entityAt[$0] >= 0 })
      else { continue }
      let entity = entities[entityAt[token]]
      let isPossessive = entity.range.upperBound < tokens.count && QuoteLexicon.possessiveEndings.contains(words[entity.range.upperBound])
      if entity.label == .org && !isPossessive { return entityAt[token] }
    }
    return nil
  }

  /// The first speaker-like words of the sentence, when they come before `limit`.
  private func sentenceSubject(before limit: Int) -> Speaker? {
    let sentence = sentences[sentenceOf[limit]]
    for index in sentence.lowerBound..<min(limit, sentence.lowerBound + 6) {
      if entityAt[index] >= 0 {
        let entity = entities[entityAt[index]]
        return [.person, .org, .gpe].contains(entity.label) ? .entity(entityAt[index]) : nil
      }
      if QuoteLexicon.nominalHeads.contains(lower[index]) {
        var end = index + 1
        if end + 1 < limit, ["for", "of", "at", "from"].contains(lower[end]), entityAt[end + 1] >= 0 {
          end = entities[entityAt[end + 1]].range.upperBound
        }
        return .nominal(index..<end)
      }
    }
    return nil
  }

  private func speaker(atOrAfter index: Int) -> Speaker? {
    // "according to Cedar Flats Fire Chief Ray Okafor": the person the phrase ends in.
    // The source phrase ends at a comma, unless a role names the person after it ("according to the
    // company's spokesperson, Ann Lee,"); "According to the agency, Brightpath …" names the agency.
    var look = index
    while look < tokens.count && look < index + 9 && sentenceOf[look] == sentenceOf[index] {
      if entityAt[look] >= 0 && entities[entityAt[look]].label == .person { return .entity(entityAt[look]) }
      // "the county clerk, Mark Owusu," names the clerk; "the agency, Brightpath …" does not name the agency.
      let namesPerson = look + 1 < tokens.count && entityAt[look + 1] >= 0 && entities[entityAt[look + 1]].label == .person
        && look > index && !QuoteLexicon.institutionHeads.contains(lower[look - 1])
      if words[look] == "," && !namesPerson && !(look > index && EntityLexicon.roles.contains(lower[look - 1])) { break }
      look += 1
    }
    var position = index
    while position < tokens.count && position < index + 4 && sentenceOf[position] == sentenceOf[index] {
      if entityAt[position] >= 0 {
        let entity = entityAt[position]
        return speaker(endingAt: entities[entity].range.upperBound - 1)
      }
      if isSourceNoun(position) {
        // "court documents", "the state nurses’ association": the last head of the phrase.
        var head = position
        var next = position + 1
        while next < tokens.count && next <= position + 3 && sentenceOf[next] == sentenceOf[index]
          && (QuoteLexicon.possessiveMarks.contains(words[next]) || words[next].first?.isLowercase == true && !Self.nominalStops.contains(lower[next]))
        {
          if isSourceNoun(next) { head = next }
          next += 1
        }
        return speaker(endingAt: head)
      }
      position += 1
    }
    return nil
  }

  // MARK: - Assembly

  func run() -> [FoundQuote] {
    let marks = quoteMarks()
    var quoteTokens = Set<Int>()
    for mark in marks {
      quoteTokens.formUnion(mark.open...(mark.close ?? (mark.content.upperBound - 1)))
    }
    var cues = cues(quoteTokens: quoteTokens)
    // Sorted positions for binary searches, so long inputs stay linear-logarithmic.
    let cueStarts = cues.map(\.range.lowerBound)
    let cueEnds = cues.map(\.range.upperBound)
    let markOpens = marks.map(\.open)
    var found: [FoundQuote] = []
    var fragmentsByCue: [Int: [Marked]] = [:]
    // Whether the last direct quote ran to its paragraph's end without a closing mark.
    var previousStatementWasOpen = false
    var lastSpeaker: (speaker: Speaker, paragraph: Int)?

    for mark in marks {
      let content = trimmedContent(mark.content)
      guard !content.isEmpty else { continue }
      let sentence = sentenceOf[mark.open]
      let wordCount = content.filter { words[$0].first?.isLetter == true || words[$0].first?.isNumber == true }.count
      let endsLikeStatement = [",", ".", "?", "!", "…", "..."].contains(words[mark.content.upperBound - 1])
      // A quote that carries on the reporter's sentence ("insisted that China “is not a party…”")
      // is a fragment of reported speech, not a whole statement.
      let continuesSentence = words[content.lowerBound].first?.isLowercase == true && mark.open > 0
        && ![",", ":", "—", "–"].contains(words[mark.open - 1]) && sentenceOf[mark.open - 1] == sentenceOf[mark.open]
      var isStatement = endsLikeStatement || wordCount >= 6 || mark.close == nil
      // The nearest cue after the closing mark, or before the opening mark, in the same sentence.
      let end = mark.close ?? (mark.content.upperBound - 1)
      var after: Int?
      let firstAfter = Self.firstIndex(in: cueStarts, greaterThan: end)
      if firstAfter < cues.count {
        let cueStart = cueStarts[firstAfter]
        let nextOpen = Self.firstIndex(in: markOpens, greaterThan: end)
        let markBetween = nextOpen < markOpens.count && markOpens[nextOpen] < cueStart
        if cueStart - end <= 12 && sentenceOf[cueStart] == sentenceOf[end] && !markBetween { after = firstAfter }
      }
      // The last cue that ends at or before the opening mark.
      let lastBefore = Self.firstIndex(in: cueEnds, greaterThan: mark.open) - 1
      var before: Int?
      if lastBefore >= 0 && mark.open - cueEnds[lastBefore] <= 12 && sentenceOf[cueStarts[lastBefore]] == sentence {
        before = lastBefore
      }
      let earlierInSentence = lastBefore >= 0 && sentenceOf[cueStarts[lastBefore]] == sentence ? lastBefore : nil
      if continuesSentence && after == nil && earlierInSentence != nil { isStatement = false }
      if isStatement {
        var quote = FoundQuote(kind: .direct, content: content, cue: nil, speaker: nil)
        if let cue = after.map({ cues[$0] }) ?? before.map({ cues[$0] }) {
          quote.cue = cue.range
          quote.speaker = cue.speaker
          quote.mention = cue.mention
          if let index = after ?? before { cues[index].used = true }
        } else if let last = lastSpeaker, paragraphOf[mark.open] - last.paragraph <= 1 {
          quote.speaker = last.speaker  // a quote paragraph with no cue continues the last speaker
        }
        if let speaker = quote.speaker { lastSpeaker = (speaker, paragraphOf[end]) }
        // The first paragraph of a multi-paragraph quote takes the speaker named in its continuation.
        if let speaker = quote.speaker, let previous = found.last, previous.kind == .direct, previous.speaker == nil,
          previousStatementWasOpen, paragraphOf[previous.content.lowerBound] + 1 == paragraphOf[mark.open]
        {
          found[found.count - 1].speaker = speaker
          found[found.count - 1].cue = quote.cue
        }
        found.append(quote)
        previousStatementWasOpen = mark.close == nil
      } else if !isTitleOfWork(mark), let cue = before ?? earlierInSentence {
        fragmentsByCue[cue, default: []].append(mark)  // “high” and “significant”: a fragment of reported speech
      }
    }
    // Mixed quotes: reported clauses that contain quoted fragments.
    for (index, fragments) in fragmentsByCue {
      guard let clause = reportedClause(after: cues[index]) else { continue }
      cues[index].used = true
      _ = fragments
      found.append(
        FoundQuote(kind: .mixed, content: clause, cue: cues[index].range, speaker: cues[index].speaker, mention: cues[index].mention))
    }
    // Indirect quotes: the remaining cues with a reported clause.
    for index in cues.indices where !cues[index].used {
      let cue = cues[index]
      let verb = lower[cue.range.lowerBound]
      if ["ask", "asks", "asked", "asking"].contains(verb) { continue }  // requests and questions
      let clause: Range<Int>?
      if cue.range.count == 2 {  // "according to X, clause"
        clause = clauseAfterSource(cue)
      } else if nothingFollows(cue), let before = clauseBeforeSpeaker(cue) {
        clause = before
      } else {
        clause = reportedClause(after: cue)
        // "responded to the request" reports no statement; such verbs need "that" or a clause with
        // a finite verb ("admitted the players had let him down").
        if let clause, !Self.bareClauseCues.contains(verb), clause.lowerBound == 0 || lower[clause.lowerBound - 1] != "that",
          !hasFiniteVerb(clause)
        {
          continue
        }
      }
      guard let clause, clause.count >= 3, !["nothing", "little"].contains(lower[clause.lowerBound]) else { continue }
      // A clause that holds a quoted statement is mixed speech; a title ("The novel “Quiet Streets”") is no quote.
      let kind: Quote.Kind = marks.contains { clause.contains($0.open) && !isTitleOfWork($0) } ? .mixed : .indirect
      found.append(FoundQuote(kind: kind, content: clause, cue: cue.range, speaker: cue.speaker, mention: cue.mention))
    }
    return found.sorted { $0.content.lowerBound < $1.content.lowerBound }
  }

  /// Whether a clause reads as a statement: a finite verb among its first words, before any
  /// relative pronoun ("promised voters who had …" is an object, not a statement).
  private func hasFiniteVerb(_ clause: Range<Int>) -> Bool {
    guard !["to", "for", "with", "about", "on", "in", "as"].contains(lower[clause.lowerBound]) else { return false }
    for index in clause.prefix(8) {
      if ["who", "which", "whose", ",", "to"].contains(lower[index]) { return false }
      if QuoteLexicon.finiteMarkers.contains(lower[index]) { return index > clause.lowerBound }
    }
    return false
  }

  /// A short quoted name in title case with no closing punctuation: “Silent Harbor”, "Quiet Streets".
  private func isTitleOfWork(_ mark: Marked) -> Bool {
    let content = mark.content
    guard !content.isEmpty, content.count <= 8, words[content.lowerBound].first?.isUppercase == true,
      words[content.upperBound - 1].first?.isLetter == true || words[content.upperBound - 1].first?.isNumber == true
    else { return false }
    return content.allSatisfy { index in
      let first = words[index].first
      return first?.isUppercase == true || first?.isNumber == true || Self.titleSmallWords.contains(words[index])
    }
  }

  private static let titleSmallWords: Set<String> = ["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "-", "’s", "'s"]

  /// Whether the cue ends its clause: "…, she said, following …", "…, officials said this weekend."
  private func nothingFollows(_ cue: Cue) -> Bool {
    var index = cue.range.upperBound
    if cue.speakerAfter, let mention = cue.mention { index = max(index, mention.upperBound) }
    let sentence = sentences[sentenceOf[cue.range.lowerBound]]
    let limit = min(sentence.upperBound, index + 12)
    while index < limit {
      let word = words[index]
      if [",", ".", "?", "!", ";"].contains(word) { return true }
      // "…, the company said in a filing with the state on Thursday.": a phrase, not a clause.
      if ["in", "on", "at", "during", "after", "before", "via", "through", "with", "to", "from", "for"].contains(lower[index]) {
        let rest = index..<min(sentence.upperBound, index + Self.longestClause)
        return !rest.contains { lower[$0] == "that" || isQuoteMark($0) || words[$0] == ":" }
      }
      // A time phrase may follow: "said Thursday", "said this weekend".
      if entityAt[index] >= 0, [.date, .time].contains(entities[entityAt[index]].label) {
        index = entities[entityAt[index]].range.upperBound
        continue
      }
      return false
    }
    return index >= sentence.upperBound
  }

  private static let subordinators: Set<String> = ["while", "although", "though", "because", "if", "when", "as", "after", "before", "since", "whereas"]

  /// The index of the first element greater than `value` in a sorted array (its count if none).
  static func firstIndex(in sorted: [Int], greaterThan value: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The longest reported clause considered, in tokens: keeps run-on input linear.
  private static let longestClause = 120

  /// Drops a trailing comma from quoted content: “We will,” he said.
  private func trimmedContent(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound && [",", ":", ";"].contains(words[end - 1]) { end -= 1 }
    return range.lowerBound..<end
  }

  /// The clause a cue reports: after the cue, its object ("told reporters") and "that", to the end
  /// of the sentence or the next cue phrase.
  private func reportedClause(after cue: Cue) -> Range<Int>? {
    let sentence = sentences[sentenceOf[cue.range.lowerBound]]
    var start = cue.range.upperBound
    if cue.speakerAfter, let mention = cue.mention { start = max(start, mention.upperBound) }
    // Skip the object of "told", "warned" … up to "that" or a clause start.
    if QuoteLexicon.objectTakingCues.contains(lower[cue.range.lowerBound]) {
      var index = start
      while index < sentence.upperBound && index < start + 5 {
        if lower[index] == "that" || Self.clauseStarters.contains(lower[index]) && index > start { break }
        index += 1
      }
      if index < sentence.upperBound && index < start + 5 { start = index }
    }
    // "said during a call … this week that the country …": the clause starts after "that".
    var probe = start
    while probe < sentence.upperBound && probe < start + 14 && ![",", "“", "\""].contains(words[probe]) {
      if lower[probe] == "that" { start = probe + 1; break }
      probe += 1
    }
    while start < sentence.upperBound && [",", ":", "that"].contains(lower[start]) { start += 1 }
    guard start < sentence.upperBound, words[start].first?.isLetter == true || words[start].first?.isNumber == true || isQuoteMark(start) else {
      return nil
    }
    // Questions ("said how", "asked whether") report no statement.
    if ["how", "whether", "why", "what", "when", "where", "if"].contains(lower[start]) { return nil }
    var end = min(sentence.upperBound, start + Self.longestClause)
    while end > start && [".", "?", "!", "”", "\"", "’", "'"].contains(words[end - 1]) { end -= 1 }
    // A clause that holds a quote keeps its closing mark: China “is not a party to this crisis.”
    if let opener = (start..<end).last(where: { doubleMark($0)?.opens == true && doubleMark($0)?.closes == false }),
      let closer = (opener..<min(sentence.upperBound, opener + Self.longestClause)).first(where: { $0 > opener && doubleMark($0)?.closes == true })
    {
      end = max(end, closer + 1)
    }
    // "said … and insisted that …": the first clause ends before the second cue.
    for index in start..<end where ["and", "but"].contains(lower[index]) && index + 1 < end
      && QuoteLexicon.cues.contains(lower[index + 1]) && words[index + 1] == lower[index + 1]
    {
      end = index
      break
    }
    // In "While officials warned …, they declined …" the reported clause ends at the comma.
    if Self.subordinators.contains(lower[sentence.lowerBound]), let comma = (start..<end).first(where: { words[$0] == "," }) {
      end = comma
    }
    // Stop before a later attribution: "…, officials said earlier this week."
    for index in start..<end where words[index] == "," && index + 2 < end {
      if QuoteLexicon.cues.contains(lower[index + 1]) || (index + 2 < end && QuoteLexicon.cues.contains(lower[index + 2]) && speaker(endingAt: index + 1) != nil) {
        end = index
        break
      }
    }
    return end > start ? start..<end : nil
  }

  private static let clauseStarters: Set<String> = ["there", "it", "he", "she", "they", "we", "i", "the", "a", "an", "this", "those", "these", "his", "her", "their", "its"]

  /// "CLAUSE, she said, …": the clause before a speaker that follows a comma.
  private func clauseBeforeSpeaker(_ cue: Cue) -> Range<Int>? {
    guard cue.speaker != nil, let mention = cue.mention else { return nil }
    // "…, said Rick Stumpf": the clause ends at the comma before the cue.
    let first = cue.speakerAfter ? cue.range.lowerBound : mention.lowerBound
    var comma = first - 1
    // "…, Judge Sandra Ellis said", "…, Phoenix Mayor Kate Gallego said": titles before the name.
    var titleWords = 0
    while comma > 0 && titleWords < 4 && words[comma] != "," && (EntityLexicon.titles.contains(words[comma])
      || EntityLexicon.roles.contains(lower[comma]) || (entityAt[comma] >= 0 && [.gpe, .org, .norp].contains(entities[entityAt[comma]].label)))
    {
      comma = entityAt[comma] >= 0 ? entities[entityAt[comma]].range.lowerBound - 1 : comma - 1
      titleWords += 1
    }
    // "…, the agency said": a determiner may stand between the comma and the speaker.
    if comma > 0 && ["the", "a", "an", "its", "their"].contains(lower[comma]) { comma -= 1 }
    guard comma > 0, words[comma] == ",", sentenceOf[comma] == sentenceOf[cue.range.lowerBound] else { return nil }
    // "…, the council’s leader, Tim Oliver, said": skip a role phrase set off by commas.
    if comma > 1, EntityLexicon.roles.contains(lower[comma - 1]),
      let earlier = stride(from: comma - 2, through: max(0, comma - 7), by: -1).first(where: { words[$0] == "," }),
      sentenceOf[earlier] == sentenceOf[comma]
    {
      comma = earlier
    }
    let sentence = sentences[sentenceOf[comma]]
    var start = sentence.lowerBound
    while start < comma && isQuoteMark(start) { start += 1 }
    return comma - start >= 3 ? start..<comma : nil
  }

  /// "According to X, CLAUSE."
  private func clauseAfterSource(_ cue: Cue) -> Range<Int>? {
    guard cue.speaker != nil, let mention = cue.mention else { return nil }
    let sentence = sentences[sentenceOf[cue.range.lowerBound]]
    // "Clause, according to X." — the clause before the comma.
    if cue.range.lowerBound - 1 > sentence.lowerBound, words[cue.range.lowerBound - 1] == "," {
      return sentence.lowerBound..<(cue.range.lowerBound - 1)
    }
    var start = mention.upperBound
    if start < sentence.upperBound && words[start] == "," { start += 1 }
    // "According to Sarah Lind, a lecturer in urban planning, councils …": skip the appositive.
    if start < sentence.upperBound, start > mention.upperBound, ["a", "an", "the"].contains(lower[start]),
      let comma = (start..<min(sentence.upperBound, start + 16)).first(where: { words[$0] == "," }),
      (start..<comma).contains(where: { EntityLexicon.roles.contains(lower[$0]) })
    {
      start = comma + 1
    }
    var end = sentence.upperBound
    while end > start && [".", "?", "!"].contains(words[end - 1]) { end -= 1 }
    if start >= end {
      // "Clause, according to X." — the clause before.
      let before = cue.range.lowerBound - 1
      guard before > sentence.lowerBound, words[before] == "," else { return nil }
      return sentence.lowerBound..<before
    }
    return start..<end
  }
}
