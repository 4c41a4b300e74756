import Foundation

/// Lists of known names, shipped as package resources and loaded once per process.
///
/// Entries are tokenized with the library's own tokenizer and stored as token sequences joined
/// by single spaces, so a lookup matches exactly what the tokenizer produces ("U.S.", "D.C.").
final class Gazetteer: Sendable {
  /// Phrase → labels.
  let phrases: [String: Set<EntityLabel>]
  /// The most tokens any phrase has.
  let longestPhrase: Int
  /// Given name → "M", "F" or "U".
  let givenNames: [String: Character]
  /// Family names written before the given name ("Wang", "Kim").
  let familyNamesFirst: Set<String>
  /// Why loading failed, if it did; the recognizer then works from rules alone.
  let loadError: String?

  /// The shared gazetteer, loaded on first use.
  static let shared = Gazetteer()

  private static let files: [(String, EntityLabel)] = [
    ("countries", .gpe), ("cities", .gpe), ("us_states", .gpe), ("regions", .loc), ("norp", .norp),
    ("organizations", .org), ("facilities", .fac), ("events", .event), ("laws", .law),
  ]

  private init() {
    var phrases: [String: Set<EntityLabel>] = [:]
    var longest = 1
    var errors: [String] = []
    let tokenizer = Tokenizer()
    func lines(_ name: String) -> [Substring] {
      guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else {
        errors.append("missing gazetteer \(name).txt")
        return []
      }
      return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    }
    for (file, label) in Self.files {
      for line in lines(file) {
        let phrase = String(line)
        let key = Self.key(phrase, tokenizer)
        phrases[key.text, default: []].insert(label)
        longest = max(longest, key.count)
      }
    }
    var given: [String: Character] = [:]
    for line in lines("given_names") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let gender = parts[1].first { given[String(parts[0])] = gender }
    }
    self.phrases = phrases
    self.longestPhrase = longest
    self.givenNames = given
    self.familyNamesFirst = Set(lines("family_names_first").map(String.init))
    self.loadError = errors.isEmpty ? nil : errors.joined(separator: "; ")
  }

  private static func key(_ phrase: String, _ tokenizer: Tokenizer) -> (text: String, count: Int) {
    let spans = tokenizer.tokenize(phrase)
    let utf8 = Array(phrase.utf8)
    let words = spans.map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) }
    return (words.joined(separator: " "), words.count)
  }

  /// The labels of a phrase given as words.
  func labels(_ words: ArraySlice<String>) -> Set<EntityLabel>? {
    if words.count == 1 { return phrases[words[words.startIndex]] }
    return phrases[words.joined(separator: " ")]
  }
}
