/// The people a document names: PERSON mentions grouped by surname, each with its fullest name,
/// gender (from given names and honorifics) and the titles the text gives it.
struct PeopleIndex {
  struct Entry {
    var name: [String]
    var mentions: [Range<Int>]
    var gender: Character?
    var titles: [String] = []
    var quotes = 0
  }

  private(set) var entries: [Entry] = []
  /// The entry of each PERSON entity, by entity index.
  private(set) var entryOfEntity: [Int: Int] = [:]

  private static let honorifics: [String: Character] = ["Mr.": "M", "Mr": "M", "Mrs.": "F", "Mrs": "F", "Ms.": "F", "Ms": "F", "Miss": "F", "Sir": "M", "Dame": "F", "Lord": "M", "Lady": "F"]

  init(words: [String], entities: [(range: Range<Int>, label: EntityLabel)], givenGender: (String) -> Character?) {
    var bySurname: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.label == .person {
      let name = entity.range.map { words[$0] }
      guard let surname = name.last(where: { $0.first?.isLetter == true }) else { continue }
      let entry: Int
      if let known = bySurname[surname] {
        entry = known
      } else if name.count == 1, let known = bySurname.first(where: { entries[$0.value].name.first == surname })?.value {
        entry = known  // a first name alone ("Jordan has been waiting")
      } else {
        entries.append(Entry(name: name, mentions: []))
        entry = entries.count - 1
        bySurname[surname] = entry
      }
      if name.count > entries[entry].name.count { entries[entry].name = name }
      entries[entry].mentions.append(entity.range)
      entryOfEntity[index] = entry
      if entity.range.lowerBound > 0, let gender = Self.honorifics[words[entity.range.lowerBound - 1]] {
        entries[entry].gender = gender
      }
    }
    for index in entries.indices where entries[index].gender == nil && entries[index].name.count >= 2 {
      if let gender = givenGender(entries[index].name[0]), gender != "U" { entries[index].gender = gender }
    }
  }

  mutating func addMention(_ range: Range<Int>, to entry: Int) { entries[entry].mentions.append(range) }
  mutating func addQuote(to entry: Int) { entries[entry].quotes += 1 }
  mutating func addTitle(_ title: String, to entry: Int) {
    if !entries[entry].titles.contains(title) { entries[entry].titles.append(title) }
  }

  /// The display name of an entry.
  /// The fullest name as written ("Jean-Pierre Dubois").
  func name(_ entry: Int) -> String { Self.joined(entries[entry].name) }

  /// Tokens back into text: spaces between words, none around hyphens or before a possessive
  /// ("Jean-Pierre", "China’s top diplomat").
  static func joined<Words: Sequence<String>>(_ words: Words) -> String {
    var text = ""
    var previous = ""
    for word in words {
      if !text.isEmpty && word != "’s" && word != "'s" && word != "-" && previous != "-" { text += " " }
      text += word
      previous = word
    }
    return text
  }
}
