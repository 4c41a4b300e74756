/// Word lists the sentence splitter consults: facts about English news prose.
enum SentenceLexicon {
  /// Abbreviations that never end a sentence: titles before names, references before numbers.
  static let neverFinal: Set<String> = [
    "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Prof.", "Profs.", "Rev.", "Fr.", "Msgr.", "Hon.",
    "Gen.", "Gens.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Brig.", "Sgt.", "Cpl.", "Pvt.", "Spc.",
    "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Pres.", "Supt.", "Insp.", "Det.", "Atty.", "Amb.", "St.", "Ste.",
    "Mt.", "Ft.", "Sec.", "No.", "Nos.", "Vol.", "vol.", "Vols.", "pp.", "p.", "ch.", "Ch.", "Fig.", "fig.",
    "Figs.", "Art.", "art.", "vs.", "v.", "cf.", "ca.", "approx.", "e.g.", "i.e.",
  ]

  /// Capitalised words that often start a sentence and rarely continue a name; after an abbreviation
  /// such as "U.S." or "p.m." one of these means the abbreviation also ended the sentence.
  static let starters: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "There", "Then", "Thus", "Here", "It", "Its", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "Nor", "So", "Yet",
    "For", "If", "When", "While", "Whereas", "After", "Before", "Since", "Because", "Although", "Though", "As",
    "In", "On", "At", "By", "From", "With", "Without", "Under", "Over", "During", "Despite", "Among", "About",
    "Some", "Many", "Most", "Much", "More", "Few", "All", "Both", "Each", "Every", "Any", "No", "None", "Not",
    "Neither", "Either", "Other", "Others", "Another", "One", "Two", "Three", "Such", "What", "Who", "Whom",
    "Which", "Where", "Why", "How", "Still", "Also", "Instead", "Meanwhile", "However", "Moreover", "Later",
    "Earlier", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Officials", "Mr.", "Mrs.", "Ms.", "Dr.",
    "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Sir", "Dame", "Lord", "Lady",
  ]

  /// Reporting verbs that make "“…?” Name asked." one sentence.
  static let attributionVerbs: Set<String> = [
    "said", "says", "say", "asked", "asks", "told", "tells", "added", "adds", "replied", "replies", "shouted",
    "wrote", "writes", "explained", "insisted", "recalled", "continued", "answered", "cried", "yelled",
    "whispered", "exclaimed", "wondered", "joked", "warned", "noted", "tweeted", "posted", "argued", "declared",
    "remarked", "responded", "demanded", "laughed", "sighed", "admitted", "conceded", "quipped",
  ]
}
