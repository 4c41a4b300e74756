/// Finds name candidates in capitalisation runs, decides their labels with an ``EntityScorer``,
/// and makes the labels consistent across the document.
struct NameFinder {
  let words: [String]
  let lower: [String]
  let sentenceOf: [Int]
  let sentenceRanges: [Range<Int>]
  let gazetteer: Gazetteer
  let scorer: any EntityScorer
  /// Whether each sentence is a title-case headline line.
  let isHeadline: [Bool]
  /// Capitalised words seen inside body sentences (not first in a sentence, not in a headline).
  let bodyCapitalized: WordSet
  /// The first word (letter or digit, after quotes and brackets) of each sentence.
  let firstWordOfSentence: [Int]

  /// A decided or undecided name.
  struct Candidate {
    var range: Range<Int>
    var label: EntityLabel?
    var score: Double
    var inHeadline: Bool
  }

  init(words: [String], lower: [String], sentences: [Range<Int>], gazetteer: Gazetteer, scorer: any EntityScorer) {
    self.words = words
    self.lower = lower
    self.sentenceRanges = sentences
    self.gazetteer = gazetteer
    self.scorer = scorer
    var sentenceOf = [Int](repeating: 0, count: words.count)
    for (index, range) in sentences.enumerated() { for word in range { sentenceOf[word] = index } }
    self.sentenceOf = sentenceOf
    var headlines = [Bool](repeating: false, count: sentences.count)
    var body = WordSet()
    for (index, range) in sentences.enumerated() {
      headlines[index] = Self.looksLikeHeadline(words, range)
      guard !headlines[index] else { continue }
      var first = true
      for word in range {
        let text = words[word]
        if first {
          if Self.isAlphabetic(text) { first = false }
          continue
        }
        if Self.startsUppercase(text) { body.insert(text) }
      }
    }
    self.isHeadline = headlines
    self.bodyCapitalized = body
    self.firstWordOfSentence = sentences.map { range in
      range.first(where: { Self.isAlphabetic(words[$0]) || Self.startsDigit(words[$0]) }) ?? range.lowerBound
    }
  }

  // MARK: - Word classes

  static func startsUppercase(_ word: String) -> Bool {
    guard let byte = word.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return word.unicodeScalars.first!.properties.isUppercase
  }

  static func isAlphabetic(_ word: String) -> Bool {
    guard let byte = word.utf8.first else { return false }
    if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    return word.unicodeScalars.first!.properties.isAlphabetic
  }

  static func isAllCaps(_ word: String) -> Bool {
    // Fast path: an ASCII word with a lower-case letter is not in capitals.
    if word.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
    var letters = 0
    for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
      if !scalar.properties.isUppercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// A line of three or more longer words, most of them capitalised, with no final period.
  static func looksLikeHeadline(_ words: [String], _ range: Range<Int>) -> Bool {
    guard let last = range.last, ![".", "?", "!", "”", "\"", "'"].contains(words[last]) else { return false }
    var long = 0
    var capitalized = 0
    for index in range where words[index].utf8.count >= 4 && isAlphabetic(words[index]) {
      long += 1
      if startsUppercase(words[index]) { capitalized += 1 }
    }
    return long >= 3 && capitalized * 10 >= long * 6
  }

  /// Whether the word at `index` opens its sentence (after any opening quotes or brackets).
  private func isSentenceInitial(_ index: Int) -> Bool {
    firstWordOfSentence[sentenceOf[index]] == index
  }

  static func startsDigit(_ word: String) -> Bool {
    guard let byte = word.utf8.first else { return false }
    return byte >= 0x30 && byte <= 0x39
  }

  /// How a word in all capitals would be written in a sentence: "CEDAR" → "Cedar".
  private func titleCased(_ word: String) -> String {
    guard word.utf8.count > 3, Self.isAllCaps(word), !word.utf8.contains(UInt8(ascii: ".")) else { return word }
    return word.prefix(1) + word.dropFirst().lowercased()
  }

  private func isKnownWord(_ word: String) -> Bool {
    bodyCapitalized.mayContain(word) || gazetteer.phrases[word] != nil || gazetteer.givenNames[word] != nil
  }

  /// A word as written, or title-cased if it is in capitals: "NATO" is known as is, "CEDAR" as "Cedar".
  private func isKnownEitherWay(_ word: String) -> Bool {
    isKnownWord(word) || isKnownWord(titleCased(word))
  }

  /// Whether a word can be part of a name here.
  private func isNameWord(_ index: Int, claimed: [Bool]) -> Bool {
    guard !claimed[index] else { return false }
    let word = words[index]
    guard Self.startsUppercase(word) || Self.startsDigit(word) && index > 0 && NumericEntities.numberedNameHeads.contains(words[index - 1]) else {
      return false
    }
    if Self.startsDigit(word) { return true }
    if word == "I" || Self.determiners.contains(word) { return false }
    let headline = isHeadline[sentenceOf[index]]
    if headline || word.utf8.count > 4 && Self.isAllCaps(word) {
      // Title-case and all-caps lines capitalise everything: only known names count.
      return isKnownEitherWay(word)
    }
    if isSentenceInitial(index) {
      if EntityLexicon.commonCapitalized.contains(word) && gazetteer.phrases[word] == nil { return false }
      // "Chipmaker Veritek …", "Organiser Bethany Cole …": a capitalised cue word is not part of the name.
      let cue = lower[index]
      if !EntityLexicon.titles.contains(word),
        EntityLexicon.roles.contains(cue) || EntityLexicon.organizationCues.contains(cue) || EntityLexicon.productCues.contains(cue)
      {
        return false
      }
      if isKnownWord(word) || EntityLexicon.titles.contains(word) { return true }
      // An unknown word opening a sentence is a name only if a capitalised word, a possessive or a
      // reporting verb follows it ("Skylark said", "Biden’s plan").
      guard index + 1 < words.count, sentenceOf[index + 1] == sentenceOf[index] else { return false }
      let next = words[index + 1]
      return Self.startsUppercase(next) || next == "’s" || next == "'s" || EntityLexicon.reportingVerbs.contains(next)
    }
    return true
  }

  /// Words that open a noun phrase and are never part of a name ("The Senate" is "Senate").
  private static let determiners: Set<String> = ["The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "Every", "Each", "Some", "Any", "No"]

  private static let ofHeads: Set<String> = [
    "University", "Bank", "Department", "Ministry", "Secretary", "Minister", "Court", "House", "Republic",
    "Kingdom", "City", "Gulf", "Sea", "Bay", "Isle", "Duke", "Prince", "Institute", "School", "College",
    "Museum", "Friends", "Chamber", "Board", "Council", "Commission", "Office", "Bureau", "Church", "Party",
    "Secretary-General", "Province", "State", "Federation", "Union", "Association", "Society", "Academy",
    "Order", "Cathedral", "Port", "Statue", "Tower", "Palace", "Conference", "Battle", "Treaty", "Congress",
    "Courts", "Appeals", "Director", "Governor", "Mayor", "President", "Commissioner", "Chief",
  ]
  private static let forHeads: Set<String> = ["Institute", "Center", "Centre", "Centers", "Office", "Committee", "Council", "Commission", "Alliance", "Foundation", "Coalition", "Campaign", "Society", "Fund", "League", "Network", "Agency", "Project"]

  // MARK: - Finding

  func candidates(claimed: [Bool]) -> [Candidate] {
    var result: [Candidate] = []
    for range in sentenceRanges {
      var index = range.lowerBound
      while index < range.upperBound {
        guard isNameWord(index, claimed: claimed) else {
          index += 1
          continue
        }
        var end = index
        while end + 1 < range.upperBound {
          let next = end + 1
          if isNameWord(next, claimed: claimed) && !(Self.startsDigit(words[next]) && !NumericEntities.numberedNameHeads.contains(words[end])) {
            end = next
            continue
          }
          guard next + 1 < range.upperBound, !claimed[next] else { break }
          let connector = words[next]
          // "University of the North", "Office for the District": "the" after the connector.
          let skipsThe = (connector == "of" || connector == "for") && words[next + 1] == "the" && next + 2 < range.upperBound
          let after = skipsThe ? next + 2 : next + 1
          guard isNameWord(after, claimed: claimed) else { break }
          let joins: Bool
          switch connector {
          case "of": joins = Self.ofHeads.contains(words[end]) || EntityLexicon.organizationHeads.contains(words[end])
          case "for": joins = Self.forHeads.contains(words[end]) || EntityLexicon.organizationHeads.contains(words[end])
          case "and", "&": joins = true  // split again later unless the whole is one name
          case "'s", "’s":
            // "Children's Hospital", "Attorney's Office": a possessive inside an institution's name.
            joins = EntityLexicon.organizationHeads.contains(words[after]) || EntityLexicon.facilityHeads.contains(words[after])
              || (after + 1 < range.upperBound && EntityLexicon.organizationHeads.contains(words[after + 1]))
          case "'", "’":
            // "British Airline Pilots’ Association": a plural possessive inside an organization's name.
            joins = words[end].hasSuffix("s") && EntityLexicon.organizationHeads.contains(words[after])
          case "-": joins = true
          case "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "y":
            joins = true
          default: joins = false
          }
          guard joins else { break }
          end = after
        }
        result.append(contentsOf: resolve(index..<(end + 1)))
        index = end + 1
      }
    }
    return result
  }

  // MARK: - Deciding

  private func gazetteerLabels(_ range: Range<Int>) -> Set<EntityLabel>? {
    guard range.count <= gazetteer.longestPhrase else { return nil }
    if let labels = gazetteer.labels(words[range]) { return labels }
    // Only a run with a word in capitals reads differently title-cased.
    guard range.contains(where: { Self.isAllCaps(words[$0]) }) else { return nil }
    let written = range.map { titleCased(words[$0]) }
    return gazetteer.labels(written[...])
  }

  private static let labelPriority: [EntityLabel] = [.gpe, .org, .norp, .loc, .fac, .person, .event, .law]

  private static func preferred(_ labels: Set<EntityLabel>) -> EntityLabel? {
    labelPriority.first(where: labels.contains) ?? labels.first
  }

  /// The label a name's last (or first) word implies.
  private func headLabel(_ range: Range<Int>) -> EntityLabel? {
    guard let lastIndex = range.last else { return nil }
    let last = titleCased(words[lastIndex])
    let first = titleCased(words[range.lowerBound])
    if range.count >= 2 {
      if EntityLexicon.organizationHeads.contains(last) { return .org }
      // "Millford Town have sacked …": a town's name with a plural verb is its football club.
      if Self.clubPlaceHeads.contains(last), range.upperBound < words.count, Self.pluralVerbs.contains(lower[range.upperBound]) {
        return .org
      }
      // "League One", "Division Two": a numbered division.
      if range.count == 2, first == "League" || first == "Division", Self.divisionNumbers.contains(last) { return .org }
      if EntityLexicon.facilityHeads.contains(last) { return .fac }
      if EntityLexicon.locationHeads.contains(last) { return .loc }
      if EntityLexicon.placeHeads.contains(last) { return .gpe }
      if EntityLexicon.lawHeads.contains(last) { return .law }
      if EntityLexicon.eventHeads.contains(last) { return .event }
      if ["Telescope", "Instrument", "Rover", "Satellite", "Probe", "Vaccine"].contains(last) { return .product }
      // A model number: "Embraer E175", "Boeing 737".
      if last.contains(where: \.isNumber) && last.contains(where: \.isLetter) || last.allSatisfy(\.isNumber) && !NumericEntities.numberedNameHeads.contains(first) {
        return .product
      }
      if EntityLexicon.organizationStarts.contains(first) && range.contains(where: { words[$0] == "of" }) { return .org }
      // "King’s College London": an organization head after a possessive inside the name.
      for index in range.dropLast() where Self.possessiveMarks.contains(words[index])
        && EntityLexicon.organizationHeads.contains(words[index + 1])
      {
        return .org
      }
      // "Max Planck Institute for Astronomy": an organization head followed by "of" or "for".
      for index in range.dropLast() where EntityLexicon.organizationHeads.contains(words[index])
        && (words[index + 1] == "of" || words[index + 1] == "for")
      {
        return .org
      }
      if ["Mount", "Lake", "Gulf", "Bay", "Isle", "Cape", "River"].contains(first) { return .loc }
      if ["Route", "Highway", "Interstate", "Fort"].contains(first) { return .fac }
    }
    return nil
  }

  private static let clubPlaceHeads: Set<String> = ["Town", "City", "United", "County"]
  private static let pluralVerbs: Set<String> = ["have", "are", "were"]
  private static let divisionNumbers: Set<String> = ["One", "Two", "Three", "Four"]
  private static let possessiveMarks: Set<String> = ["’s", "'s", "’", "'"]

  private static let multiWordTitleEnds: Set<String> = ["Chief", "Minister", "President", "Secretary", "General", "Officer", "Director", "Manager", "Coach", "Commissioner", "Judge"]

  /// Splits a run at titles and known names, then scores what is left.
  private func resolve(_ range: Range<Int>) -> [Candidate] {
    guard !range.isEmpty else { return [] }
    let headline = isHeadline[sentenceOf[range.lowerBound]]
    if let labels = gazetteerLabels(range), let label = Self.preferred(labels) {
      return [Candidate(range: range, label: contextual(label, range), score: 3, inHeadline: headline)]
    }
    let before = range.lowerBound > 0 ? lower[range.lowerBound - 1] : ""
    let after = range.upperBound < words.count ? lower[range.upperBound] : ""
    if EntityLexicon.organizationCues.contains(before) || EntityLexicon.organizationCues.contains(after)
      || hasOrganizationAppositionAfter(range.upperBound)
    {
      return [Candidate(range: range, label: .org, score: 2.5, inHeadline: headline)]
    }
    if EntityLexicon.productCues.contains(before) {
      return [Candidate(range: range, label: .product, score: 2.5, inHeadline: headline)]
    }
    // "Blue Nile", "South Pacific": a modifier before a known place keeps its type.
    if range.count >= 2, EntityLexicon.placeModifiers.contains(words[range.lowerBound]),
      let labels = gazetteerLabels((range.lowerBound + 1)..<range.upperBound), let label = Self.preferred(labels),
      label == .loc || label == .gpe
    {
      return [Candidate(range: range, label: label, score: 2.5, inHeadline: headline)]
    }
    // A run of titles alone names nobody: "the Prime Minister", "Labour MP".
    if EntityLexicon.titles.contains(words[range.upperBound - 1]) {
      var end = range.upperBound - 1
      while end > range.lowerBound && (EntityLexicon.titles.contains(words[end - 1]) || words[end - 1] == "of") { end -= 1 }
      return end > range.lowerBound ? resolve(range.lowerBound..<end) : []
    }
    let title = lastTitle(in: range)
    let titleOpensPersonName = title.map { title in
      title.start == range.lowerBound
        && (range.upperBound - title.end - 1 >= 2 || gazetteer.givenNames[words[title.end + 1]] != nil)
    } ?? false
    let andIndex = range.first(where: { words[$0] == "and" && $0 > range.lowerBound && $0 + 1 < range.upperBound })
    let wholeHead = headLabel(range)
    if let andIndex, wholeHead != .org && wholeHead != .law && wholeHead != .event {
      // "Main Street and Fourth Avenue", "Durham and Gateshead": two names.
      return resolve(range.lowerBound..<andIndex) + resolve((andIndex + 1)..<range.upperBound)
    }
    if !titleOpensPersonName, let head = wholeHead {
      // "Fire Chief Ray Okafor" ends in a person, not a head; heads win only at the end.
      return [Candidate(range: range, label: head, score: 2.5, inHeadline: headline)]
    }

    // Titles: "Secretary of State Antony Blinken", "Russian President Vladimir Putin".
    if let title {
      var person = (title.end + 1)..<range.upperBound
      // A bracketed name after a title belongs to the person.
      while let first = person.first, words[first] == "[" || words[first] == "(" { person = (first + 1)..<person.upperBound }
      var result = resolve(range.lowerBound..<title.start)
      if !person.isEmpty {
        if let labels = gazetteerLabels(person), !labels.contains(.person), labels.count > 0, person.count == 1,
          labels.contains(.gpe) || labels.contains(.org)
        {
          result.append(contentsOf: resolve(person))
        } else {
          result.append(Candidate(range: person, label: .person, score: 3.5, inHeadline: headline))
        }
      }
      return result
    }
    // Known names inside the run: "China Russia" or "Beijing Olympics" are handled by gazetteer or
    // head words above; split off a leading known place or people ("Russian Ivan Petrov").
    if range.count >= 2, let firstLabels = gazetteerLabels(range.lowerBound..<(range.lowerBound + 1)),
      firstLabels.contains(.norp) || firstLabels.contains(.gpe), gazetteer.givenNames[words[range.lowerBound + 1]] != nil
    {
      return resolve(range.lowerBound..<(range.lowerBound + 1)) + resolve((range.lowerBound + 1)..<range.upperBound)
    }
    // "Sporting Lisbon", "Bayern Munich", "Inter Milan": an unknown word before a city names a club.
    if range.count == 2, gazetteer.givenNames[words[range.lowerBound]] == nil,
      gazetteer.phrases[words[range.lowerBound]] == nil,
      let last = gazetteerLabels((range.lowerBound + 1)..<range.upperBound), last.contains(.gpe)
    {
      return [Candidate(range: range, label: .org, score: 1.2, inHeadline: headline)]
    }
    var features = EntityCandidateFeatures(words: range.map { words[$0] })
    features.startsWithGivenName = gazetteer.givenNames[words[range.lowerBound]] != nil
    features.startsWithFamilyNameFirst = gazetteer.familyNamesFirst.contains(words[range.lowerBound])
    features.sentenceInitial = isSentenceInitial(range.lowerBound)
    features.inHeadline = headline
    features.previousWord = range.lowerBound > 0 ? lower[range.lowerBound - 1] : nil
    features.titleBefore = hasRoleBefore(range.lowerBound)
    features.reportingVerbAfter = range.upperBound < words.count && EntityLexicon.reportingVerbs.contains(lower[range.upperBound])
    features.personAppositionAfter = hasPersonAppositionAfter(range.upperBound)
    features.wordBeforePrevious = range.lowerBound > 1 ? lower[range.lowerBound - 2] : nil
    let scores = scorer.scores(for: features)
    if let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value > 0 {
      return [Candidate(range: range, label: best.key, score: best.value, inHeadline: headline)]
    }
    return [Candidate(range: range, label: nil, score: 0, inHeadline: headline)]
  }

  /// The building sense of an institution after a preposition: "at the White House" is FAC.
  private func contextual(_ label: EntityLabel, _ range: Range<Int>) -> EntityLabel {
    guard label == .org, range.lowerBound >= 2, lower[range.lowerBound - 1] == "the",
      EntityLexicon.facilityPrepositions.contains(lower[range.lowerBound - 2])
    else { return label }
    let name = range.map { words[$0] }.joined(separator: " ")
    return EntityLexicon.buildingOrganizations.contains(name) ? .fac : label
  }

  /// The last title in a run, with "Secretary of State"-style phrases taken whole.
  private func lastTitle(in range: Range<Int>) -> (start: Int, end: Int)? {
    var found: (Int, Int)?
    var index = range.lowerBound
    while index < range.upperBound {
      let word = words[index]
      let isRoleOpening = index == range.lowerBound && EntityLexicon.roles.contains(lower[index])
      // "King’s College London", "Queen’s University": a title in the possessive is part of the name.
      let isPossessive = index + 1 < range.upperBound && ["’s", "'s"].contains(words[index + 1])
      guard (EntityLexicon.titles.contains(word) || isRoleOpening) && !isPossessive else {
        index += 1
        continue
      }
      var end = index
      // "Secretary of State", "Minister of Finance": the department belongs to the title.
      if end + 2 < range.upperBound, words[end + 1] == "of" {
        end += 2
      }
      // "Prime Minister", "Vice President", "Fire Chief": consecutive title words.
      while end + 1 < range.upperBound, EntityLexicon.titles.contains(words[end + 1]) { end += 1 }
      // "Fire Chief", "Police Chief": a descriptor before a title word joins it.
      var start = index
      if start > range.lowerBound, ["Fire", "Police", "Deputy", "Assistant", "Acting", "Former", "Interim", "Foreign", "Defense", "Defence", "Finance", "Health", "Home", "Chief", "Executive", "Operating"].contains(words[start - 1]) {
        start -= 1
      }
      // A title only counts when a name follows it inside the run.
      if end + 1 < range.upperBound { found = (start, end) }
      index = end + 1
    }
    return found
  }

  /// "press secretary Jen Psaki", "chief operating officer, Priya Natarajan".
  private func hasRoleBefore(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    var previous = index - 1
    if words[previous] == "," && previous > 0 { previous -= 1 }
    return EntityLexicon.roles.contains(lower[previous])
  }

  /// ", the Portuguese club," or ", a conservative group." after a name: the phrase's head says
  /// what the name is.
  private func hasOrganizationAppositionAfter(_ index: Int) -> Bool {
    guard index + 2 < words.count, words[index] == ",", ["the", "a", "an"].contains(lower[index + 1]) else { return false }
    var position = index + 2
    while position < min(words.count, index + 6) && ![",", ".", ";"].contains(words[position]) { position += 1 }
    guard position < words.count, [",", ".", ";"].contains(words[position]) else { return false }
    return EntityLexicon.organizationCues.contains(lower[position - 1])
  }

  /// ", 52," or ", the State Department spokesman" or ", a member of" after a name.
  private func hasPersonAppositionAfter(_ index: Int) -> Bool {
    guard index + 1 < words.count, words[index] == "," else { return false }
    if NumericEntities.isDigitNumber(words[index + 1]) && index + 2 < words.count && words[index + 2] == "," {
      return true
    }
    guard ["the", "a", "an", "his", "her", "its", "their", "who"].contains(lower[index + 1]) else { return false }
    if lower[index + 1] == "who" { return true }
    var position = index + 2
    while position < min(words.count, index + 8) && words[position] != "," && words[position] != "." {
      if EntityLexicon.roles.contains(lower[position]) { return true }
      position += 1
    }
    return false
  }

  // MARK: - Consistency

  /// One name, one label: later short mentions inherit the full name's type, and each surface
  /// string takes the label with the most evidence in the document.
  func consistent(_ candidates: [Candidate]) -> [Candidate] {
    var personParts: Set<String> = []
    var organizationParts: Set<String> = []
    var locationParts: Set<String> = []
    var personSingles: Set<String> = []
    // "Northern Tide Energy" … "Northern Tide": an organization's name without its head word.
    var organizationPrefixes: Set<String> = []
    for candidate in candidates where !candidate.inHeadline && candidate.range.count >= 2 {
      guard let label = candidate.label else { continue }
      if label == .org, candidate.range.count >= 3, EntityLexicon.organizationHeads.contains(words[candidate.range.upperBound - 1]) {
        organizationPrefixes.insert(surfaceText(candidate.range.lowerBound..<(candidate.range.upperBound - 1)))
      }
      let parts = candidate.range.map { words[$0] }.filter { Self.startsUppercase($0) && $0.utf8.count > 2 && $0.utf8.last != UInt8(ascii: ".") }
      if label == .person && parts.count >= 2 {
        // A weak guess ("Firstname Lastname" by shape alone) lends its parts to no one.
        if candidate.score >= 1 { personParts.formUnion(parts) }
      } else if label == .org && candidate.range.count >= 2, let first = parts.first {
        if !EntityLexicon.organizationHeads.contains(first), gazetteer.phrases[first] == nil,
          !EntityLexicon.commonCapitalized.contains(first)
        {
          organizationParts.insert(first)
        }
        // Team names: "the Mesa Lakers" … "the Lakers".
        if let last = parts.last, last.hasSuffix("s"), !EntityLexicon.organizationHeads.contains(last) || ["Rovers", "Wanderers"].contains(last) {
          organizationParts.insert(last)
        }
      } else if label == .loc && candidate.range.count >= 2, let last = parts.last, !EntityLexicon.locationHeads.contains(last) {
        locationParts.insert(last)
      }
    }
    // Surnames seen alone as people ("Pruitt said") mark unknown full names ("Jamal Pruitt scored").
    for candidate in candidates where candidate.label == .person && candidate.range.count == 1 && !candidate.inHeadline {
      personSingles.insert(words[candidate.range.lowerBound])
    }
    // First, short mentions take the type of the full names they come from.
    var decided: [Candidate] = []
    for var candidate in candidates {
      if candidate.label == nil, candidate.range.count >= 2, candidate.range.count <= 3,
        let last = candidate.range.last, personSingles.contains(words[last])
      {
        candidate.label = .person
        candidate.score = 2
      }
      if !organizationPrefixes.isEmpty, candidate.range.count >= 2, candidate.score < 3, !candidate.inHeadline,
        organizationPrefixes.contains(surfaceText(candidate.range))
      {
        candidate.label = .org
        candidate.score = max(candidate.score, 2)
      }
      let single = candidate.range.count == 1 ? titleCased(words[candidate.range.lowerBound]) : nil
      // A headline borrows labels only from the same name in the body, not from name parts.
      if let single, !candidate.inHeadline, candidate.score <= 3 || candidate.label == nil {
        if personParts.contains(single) && candidate.label != .norp {
          candidate.label = .person
          candidate.score = max(candidate.score, 2)
        } else if organizationParts.contains(single) && candidate.score < 3 {
          candidate.label = .org
          candidate.score = max(candidate.score, 2)
        } else if locationParts.contains(single) && candidate.score < 3 {
          candidate.label = .loc
          candidate.score = max(candidate.score, 2)
        }
      }
      decided.append(candidate)
    }
    // Then each surface string takes the label with the most evidence.
    let surfaces = decided.map { surfaceText($0.range) }
    var evidence: [String: [EntityLabel: Double]] = [:]
    for (position, candidate) in decided.enumerated() where !candidate.inHeadline {
      guard let label = candidate.label else { continue }
      evidence[surfaces[position], default: [:]][label, default: 0] += candidate.score
    }
    var result: [Candidate] = []
    result.reserveCapacity(decided.count)
    for (position, var candidate) in decided.enumerated() {
      let surface = surfaces[position]
      if let votes = evidence[surface], let best = votes.max(by: { $0.value < $1.value }) {
        let isBuilding = EntityLexicon.buildingOrganizations.contains(surface)
        if candidate.label == nil || (!isBuilding && best.key != candidate.label && best.value > candidate.score) {
          candidate.label = best.key
        }
      }
      if candidate.label != nil { result.append(candidate) }
    }
    return result
  }

  private func surfaceText(_ range: Range<Int>) -> String {
    if range.count == 1 { return titleCased(words[range.lowerBound]) }
    return range.map { titleCased(words[$0]) }.joined(separator: " ")
  }
}
