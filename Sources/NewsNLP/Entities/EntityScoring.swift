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
    if features.personAppositionAfter { scores[.person, default: 0] += 2 }
    if features.reportingVerbAfter {
      // "China said" is a country speaking; "Blinken said" a person.
      if features.gazetteerLabels.isEmpty && features.headLabel == nil { scores[.person, default: 0] += 1.5 }
    }
    if scores.isEmpty, features.words.count == 1, let previous = features.previousWord,
      ["in", "near", "outside", "across"].contains(previous)
    {
      scores[.gpe] = 0.8  // "in Heidelberg": an unknown single name after "in" is most often a place
    }
    if features.inHeadline && features.gazetteerLabels.isEmpty { return [:] }
    return scores
  }
}
