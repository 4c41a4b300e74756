/// An entity label, with the OntoNotes 5 names that spaCy uses.
public enum EntityLabel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case person = "PERSON"
  case norp = "NORP"
  case fac = "FAC"
  case org = "ORG"
  case gpe = "GPE"
  case loc = "LOC"
  case product = "PRODUCT"
  case event = "EVENT"
  case workOfArt = "WORK_OF_ART"
  case law = "LAW"
  case language = "LANGUAGE"
  case date = "DATE"
  case time = "TIME"
  case percent = "PERCENT"
  case money = "MONEY"
  case quantity = "QUANTITY"
  case ordinal = "ORDINAL"
  case cardinal = "CARDINAL"

  public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A named or numeric entity: a span of the text and its label.
public struct Entity: Hashable, Sendable {
  /// Where the entity is in the text (UTF-8 offsets).
  public var span: Span
  /// What kind of entity it is.
  public var label: EntityLabel

  /// Creates an entity.
  public init(span: Span, label: EntityLabel) {
    self.span = span
    self.label = label
  }
}
