/// What the recognizer knows about one candidate name when it decides its label.
///
/// The rules read these features, and so could a trained model: a statistical scorer implements
/// ``EntityScorer`` over the same features and replaces or joins the rules without touching
/// candidate finding, numeric rules or document consistency.
public struct EntityCandidateFeatures: Sendable, Hashable {
  /// The candidate's words.
  public var words: [String]
  /// Labels a gazetteer gives the whole candidate.
  public var gazetteerLabels: Set<EntityLabel> = []
  /// A label implied by the last or first word ("Inc." → ORG, "Street" → FAC, "River" → LOC).
  public var headLabel: EntityLabel?
  /// Whether the first word is a known given name.
  public var startsWithGivenName = false
  /// Whether the first word is a family name written first ("Wang Yi").
  public var startsWithFamilyNameFirst = false
  /// Whether a title or role stands before it ("President", "Mr.", "press secretary").
  public var titleBefore = false
  /// Whether a reporting verb follows ("said", "told").
  public var reportingVerbAfter = false
  /// Whether an apposition that describes a person follows (", 52," or ", the spokesman").
  public var personAppositionAfter = false
  /// The word before the candidate, lower-cased ("in", "at", "with").
  public var previousWord: String?
  /// The word before that, lower-cased ("mayor" in "mayor of Bayonne").
  public var wordBeforePrevious: String?
  /// Whether the candidate starts its sentence.
  public var sentenceInitial = false
  /// Whether the candidate stands in a title-case headline line.
  public var inHeadline = false

  /// Creates features for a candidate.
  public init(words: [String]) {
    self.words = words
  }
}

/// Scores the labels a candidate name may have; the highest score wins if it is positive.
public protocol EntityScorer: Sendable {
  /// Label scores for a candidate; labels left out score zero.
  func scores(for features: EntityCandidateFeatures) -> [EntityLabel: Double]
}

/// The hand-written scorer: gazetteers, name heads, titles and context cues, weighted by how
/// reliable each is on news text.
public struct RuleEntityScorer: EntityScorer {
  /// Creates the rule scorer.
  public init() {}

  public func scores(for features: EntityCandidateFeatures) -> [EntityLabel: Double] {
    var scores: [EntityLabel: Double] = [:]
    for label in features.gazetteerLabels { scores[label, default: 0] += 3 }
    if let head = features.headLabel { scores[head, default: 0] += 2.5 }
    if features.startsWithGivenName && features.words.count >= 2 { scores[.person, default: 0] += 2.5 }
    if features.startsWithFamilyNameFirst && features.words.count == 2 { scores[.person, default: 0] += 1.5 }
    if features.titleBefore { scores[.person, default: 0] += 3.5 }
    let pluralAfterThe = features.previousWord == "the" && (features.words.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false)
    // "the Hawks, who have won six straight" is a team, not a person.
    if features.personAppositionAfter && !pluralAfterThe { scores[.person, default: 0] += 2 }
    if features.reportingVerbAfter {
      // "China said" is a country speaking; "Blinken said" a person.
      if features.gazetteerLabels.isEmpty && features.headLabel == nil { scores[.person, default: 0] += 1.5 }
    }
    let isAcronym = features.words.count == 1 && features.words[0].count >= 2 && features.words[0].count <= 6
      && features.words[0].allSatisfy { $0.isUppercase || $0 == "&" }
    if isAcronym && features.gazetteerLabels.isEmpty {
      scores[.org, default: 0] += 1.6  // "CDC says": an unknown acronym is an organization, not a speaker
    }
    if scores.isEmpty, features.words.count <= 2, let previous = features.previousWord {
      if ["in", "near", "outside", "across"].contains(previous) {
        scores[.gpe] = 0.8  // "in Heidelberg": an unknown name after "in" is most often a place
      } else if previous == "of" || previous == "for", let role = features.wordBeforePrevious,
        ["mayor", "governor", "city", "town", "village", "county", "suburb", "outskirts", "residents", "people",
         "mp", "mps", "mep", "msp", "senator", "congressman", "congresswoman", "representative"].contains(role)
      {
        scores[.gpe] = 1  // "the former mayor of Bayonne", "the MP for Hexham West"
      }
    }
    if scores.isEmpty, features.words.count == 1 || features.words.count == 2, pluralAfterThe {
      scores[.org] = 0.9  // "the Hawks", "the Mesa Lakers": plural names after "the" are teams and groups
    }
    // Particles and hyphens inside a name ("Ludwig van Beethoven", "Smith-Jones") do not count.
    let nameWords = features.words.filter { !["-", "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "y"].contains($0) }
    if scores.isEmpty, (2...3).contains(nameWords.count), !features.sentenceInitial || nameWords.count == 2,
      nameWords.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
      let last = nameWords.last, !last.hasSuffix("s") || last.hasSuffix("ss")
    {
      scores[.person] = 0.6  // "Firstname Lastname", the commonest unknown capitalised pair in news
    }
    if features.inHeadline && features.gazetteerLabels.isEmpty { return [:] }
    return scores
  }
}
