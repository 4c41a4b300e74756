/// Deterministic rules for numbers, amounts, dates and times, run over one sentence's words.
///
/// Conventions (OntoNotes as spaCy applies it): a qualifier such as "about" or "more than" is
/// inside a number span; durations under a day are TIME ("seven hours"), of a day or more DATE
/// ("31 years"); "this week" and "earlier this week" are DATE; a number with a unit is QUANTITY.
struct NumericEntities {
  /// One sentence's words; indices are the document's, so ranges need no shifting.
  let words: ArraySlice<String>
  let lower: ArraySlice<String>

  static let numberWords: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000, "billions": 1_000_000_000,
  ]
  static let magnitudes: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "bn", "m", "k", "tn", "mn"]
  static let currencySymbols: Set<String> = ["$", "£", "€", "¥", "US$", "C$", "A$", "₹", "₽"]
  static let currencyWords: Set<String> = [
    "dollars", "dollar", "euros", "euro", "pounds", "pound", "pence", "cents", "cent", "yen", "yuan", "renminbi",
    "rupees", "rubles", "roubles", "francs", "pesos", "won", "shekels", "hryvnia",
  ]
  static let qualifiers: Set<String> = ["about", "nearly", "almost", "around", "roughly", "approximately", "some", "over", "under"]
  static let twoWordQualifiers: Set<String> = ["more than", "less than", "fewer than", "up to", "at least", "as many as", "as much as"]
  static let months: Set<String> = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
    "Nov.", "Dec.",
  ]
  static let weekdays: Set<String> = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays",
    "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
  ]
  static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]
  static let relativePeriods: Set<String> = [
    "week", "month", "year", "weekend", "summer", "winter", "spring", "fall", "autumn", "season", "quarter",
    "decade", "century", "term", "semester",
  ]
  static let relativeStarts: Set<String> = ["this", "last", "next", "past", "coming", "previous", "recent"]
  static let relativePrefixes: Set<String> = ["earlier", "later", "early", "late", "mid"]
  static let shortDurations: Set<String> = ["hours", "hour", "minutes", "minute", "seconds", "second"]
  static let longDurations: Set<String> = ["days", "day", "weeks", "week", "months", "month", "years", "year", "decades", "decade", "centuries"]
  static let units: Set<String> = [
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre",
    "meter", "feet", "foot", "ft", "inches", "inch", "yards", "yard", "acres", "acre", "hectares", "hectare",
    "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "kilogram", "grams", "gram", "g", "lbs", "lb",
    "litres", "liters", "litre", "liter", "gallons", "gallon", "barrels", "barrel", "degrees", "degree",
    "mph", "kph", "megawatts", "gigawatts", "watts", "kW", "MW", "GW", "calories", "cm", "mm", "ml",
    "light-years", "lengths",
  ]
  static let ordinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth",
  ]
  /// Name heads that take a number as part of the name ("Route 9", "Local 114").
  static let numberedNameHeads: Set<String> = ["Route", "Highway", "Interstate", "Local", "Flight", "PDS", "Apollo", "Proposition", "Terminal", "Gate", "Platform", "Number"]
  /// Words after a capitalised ordinal that make it part of a name.
  static let nameHeadsAfterOrdinal: Set<String> = [
    "Avenue", "Street", "Road", "Amendment", "World", "Circuit", "District", "Army", "Division", "Regiment",
    "Fleet", "Baptist", "Presbyterian", "Congregational", "Republic", "Lady", "Minister", "Secretary",
  ]

  init(words: ArraySlice<String>, lower: ArraySlice<String>) {
    self.words = words
    self.lower = lower
  }

  /// Lower-case words that can open a numeric or temporal entity; anything else is skipped at once.
  static let possibleStarts: Set<String> = {
    var starts = Set(numberWords.keys).union(ordinals).union(relativeStarts).union(relativePrefixes)
    starts.formUnion(months.map { $0.lowercased() })
    starts.formUnion(weekdays.map { $0.lowercased() })
    starts.formUnion(["today", "yesterday", "tomorrow", "tonight", "overnight", "noon", "midnight"])
    return starts
  }()

  /// Whether a numeric entity could start at this word: a digit, a currency sign or a listed word.
  private func couldStart(_ index: Int) -> Bool {
    guard let first = words[index].utf8.first else { return false }
    if first >= 0x30 && first <= 0x39 { return true }
    if first == UInt8(ascii: "$") || first >= 0xC2 && Self.currencySymbols.contains(words[index]) { return true }
    if first == UInt8(ascii: "U") || first == UInt8(ascii: "C") || first == UInt8(ascii: "A") {
      if Self.currencySymbols.contains(words[index]) { return true }
    }
    return Self.possibleStartHashes.mayContain(lower[index])
  }

  private static let possibleStartHashes = WordSet(possibleStarts)

  // MARK: - Word classes

  static func startsUppercase(_ word: String) -> Bool {
    guard let byte = word.utf8.first else { return false }
    return byte >= 0x41 && byte <= 0x5A
  }

  func isDigitNumber(_ index: Int) -> Bool { Self.isDigitNumber(words[index]) }

  /// A number written in digits, with thousands commas or a decimal point: "52", "1,200", "4.5".
  static func isDigitNumber(_ word: String) -> Bool {
    guard let first = word.utf8.first, first >= 0x30 && first <= 0x39 else { return false }
    return word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
  }

  func isNumberWord(_ index: Int) -> Bool { Self.numberWords[lower[index]] != nil }

  func isNumber(_ index: Int) -> Bool { index < words.endIndex && (isDigitNumber(index) || isNumberWord(index)) }

  /// A year between 1800 and 2099 written in digits.
  func isYear(_ index: Int) -> Bool {
    let word = words[index]
    guard word.utf8.count == 4, isDigitNumber(index), let value = Int(word) else { return false }
    return value >= 1800 && value <= 2099
  }

  func isDayNumber(_ index: Int) -> Bool {
    guard index < words.endIndex, isDigitNumber(index), words[index].utf8.count <= 2, let value = Int(words[index]) else {
      return false
    }
    return value >= 1 && value <= 31
  }

  func isOrdinal(_ index: Int) -> Bool {
    let word = lower[index]
    guard let first = word.utf8.first else { return false }
    guard first >= 0x30 && first <= 0x39 else { return Self.ordinals.contains(word) }
    // "1st", "22nd", "89th"
    let bytes = Array(word.utf8)
    guard bytes.count >= 3 else { return false }
    let suffix = (bytes[bytes.count - 2], bytes[bytes.count - 1])
    let isSuffix = suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
    return isSuffix && bytes.dropLast(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// The end of a number starting at `index`: digits, or number words joined by hyphens and "and".
  func numberEnd(_ index: Int) -> Int? {
    guard index < words.endIndex else { return nil }
    if isDigitNumber(index) {
      var end = index + 1
      if end < words.endIndex && Self.magnitudes.contains(lower[end]) && lower[end] != "m" && lower[end] != "k" { end += 1 }
      if end < words.endIndex && ["million", "billion", "trillion"].contains(lower[end]) { end += 1 }
      return end
    }
    guard isNumberWord(index) else { return nil }
    var end = index + 1
    while end < words.endIndex {
      if isNumberWord(end) {
        end += 1
      } else if (words[end] == "-" || lower[end] == "and") && end + 1 < words.endIndex && isNumberWord(end + 1)
        && lower[end + 1] != "one"
      {
        end += 2
      } else {
        break
      }
    }
    return end
  }

  /// Where a qualifier before a number starts ("about 260", "more than 1,100").
  func qualifiedStart(_ index: Int) -> Int {
    if index - 2 >= words.startIndex && Self.twoWordQualifiers.contains(lower[index - 2] + " " + lower[index - 1]) { return index - 2 }
    if index - 1 >= words.startIndex && Self.qualifiers.contains(lower[index - 1]) { return index - 1 }
    return index
  }

  // MARK: - Matching

  /// Every numeric and temporal entity in the sentence, as word ranges, left to right.
  func entities(skipping claimed: [Bool]) -> [(Range<Int>, EntityLabel)] {
    var result: [(Range<Int>, EntityLabel)] = []
    var index = words.startIndex
    while index < words.endIndex {
      if claimed[index] {
        index += 1
        continue
      }
      if couldStart(index), let (range, label) = match(at: index), !range.contains(where: { claimed[$0] }) {
        result.append((range, label))
        index = range.upperBound
      } else {
        index += 1
      }
    }
    return result
  }

  private func match(at index: Int) -> (Range<Int>, EntityLabel)? {
    let word = words[index]
    let low = lower[index]

    // MONEY: "$4.2 billion", "£18,500", "48 million dollars".
    if Self.currencySymbols.contains(word), var end = numberEnd(index + 1) {
      // After a currency sign a short magnitude is unambiguous: "£240m", "$4.2bn", "$5k".
      if end < words.endIndex && ["m", "bn", "k", "mn", "tn"].contains(lower[end]) && end == index + 2 { end += 1 }
      return (qualifiedStart(index)..<end, .money)
    }
    // A capitalised ordinal before a name head is part of the name: "Fourth Avenue", "First Amendment".
    if isOrdinal(index), Self.startsUppercase(word), index + 1 < words.endIndex,
      Self.nameHeadsAfterOrdinal.contains(words[index + 1])
    {
      return nil
    }
    // Dates that start with a month or weekday.
    if Self.months.contains(word) || (word == "May" && index + 1 < words.endIndex && isDayNumber(index + 1)) {
      if word == "May" && !(index + 1 < words.endIndex && (isDayNumber(index + 1) || isYear(index + 1))) {
        let previous = index > words.startIndex ? lower[index - 1] : ""
        guard ["in", "since", "by", "until", "of", "last", "next", "this", "early", "late", "mid", "from"].contains(previous) else {
          return nil
        }
      }
      var end = index + 1
      if end < words.endIndex && isDayNumber(end) { end += 1 }
      if end + 1 < words.endIndex && words[end] == "," && isYear(end + 1) { end += 2 } else if end < words.endIndex && isYear(end) { end += 1 }
      return (index..<end, .date)
    }
    if Self.weekdays.contains(word) {
      if index + 1 < words.endIndex && Self.dayParts.contains(lower[index + 1]) { return (index..<(index + 2), .time) }
      return (index..<(index + 1), .date)
    }
    // "24 July 2023"
    if isDayNumber(index) && index + 1 < words.endIndex && Self.months.contains(words[index + 1]) {
      var end = index + 2
      if end < words.endIndex && isYear(end) { end += 1 }
      return (index..<end, .date)
    }
    // Relative dates: "this week", "earlier this week", "last summer", "today".
    if ["today", "yesterday", "tomorrow"].contains(low) { return (index..<(index + 1), .date) }
    if ["tonight", "overnight", "noon", "midnight"].contains(low) { return (index..<(index + 1), .time) }
    if Self.relativePrefixes.contains(low), index + 2 < words.endIndex, Self.relativeStarts.contains(lower[index + 1]),
      Self.relativePeriods.contains(lower[index + 2])
    {
      return (index..<(index + 3), .date)
    }
    if Self.relativeStarts.contains(low), index + 1 < words.endIndex {
      if Self.relativePeriods.contains(lower[index + 1]) { return (index..<(index + 2), .date) }
      if Self.dayParts.contains(lower[index + 1]) && low == "this" { return (index..<(index + 2), .time) }
    }
    // Decades: "1990s".
    if word.utf8.count == 5, word.utf8.last == UInt8(ascii: "s"), word.utf8.dropLast().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return (index..<(index + 1), .date)
    }
    // Ordinals.
    if isOrdinal(index) { return (index..<(index + 1), .ordinal) }
    // Numbered names are left to the name rules.
    if index > words.startIndex && Self.numberedNameHeads.contains(words[index - 1]) { return nil }

    // Scores and tallies written as one token: "2-1".
    if word.utf8.contains(UInt8(ascii: "-")), word.split(separator: "-").count == 2, word.split(separator: "-").allSatisfy({ $0.allSatisfy(\.isNumber) }) {
      return (index..<(index + 1), .cardinal)
    }
    // A capitalised number word inside a name ("League Two") is part of the name.
    if isNumberWord(index), index > words.startIndex, Self.startsUppercase(word), Self.startsUppercase(words[index - 1]) {
      return nil
    }
    guard isNumber(index), var end = numberEnd(index) else { return nil }
    // "one" alone is a number only when counting ("one of the few"), not in "no one", "one another".
    if low == "one" && end == index + 1 {
      let previous = index > words.startIndex ? lower[index - 1] : ""
      if ["no", "any", "every", "each", "some", "the", "this", "that", "which", "someone"].contains(previous) { return nil }
      if end < words.endIndex && ["another", "day"].contains(lower[end]) { return nil }
    }
    let start = qualifiedStart(index)
    let next = end < words.endIndex ? lower[end] : ""
    // Hyphenated modifiers: "37-acre", "one-year", "1.4-mile".
    if next == "-" && end + 1 < words.endIndex {
      let unit = lower[end + 1]
      if Self.units.contains(unit) || unit == "mile" || unit == "acre" { return (start..<(end + 2), .quantity) }
      if Self.longDurations.contains(unit) {
        // "44-year-old"
        if end + 3 < words.endIndex && words[end + 2] == "-" && lower[end + 3] == "old" { return (start..<(end + 4), .date) }
        return (start..<(end + 2), .date)
      }
      if Self.shortDurations.contains(unit) { return (start..<(end + 2), .time) }
    }
    if next == "%" || next == "percent" { return (start..<(end + 1), .percent) }
    if next == "per" && end + 1 < words.endIndex && lower[end + 1] == "cent" { return (start..<(end + 2), .percent) }
    if next == "percentage" && end + 1 < words.endIndex && lower[end + 1].hasPrefix("point") { return (start..<(end + 2), .percent) }
    if Self.currencyWords.contains(next) { return (start..<(end + 1), .money) }
    if ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(next) { return (start..<(end + 1), .time) }
    if words[index].utf8.contains(UInt8(ascii: ":")) { return (start..<end, .time) }
    if Self.shortDurations.contains(next) { return (start..<(end + 1), .time) }
    if Self.longDurations.contains(next) {
      end += 1
      if end < words.endIndex && (lower[end] == "ago" || lower[end] == "old") { end += 1 }
      return (start..<end, .date)
    }
    if next == "light" && end + 1 < words.endIndex && lower[end + 1].hasPrefix("year") { return (start..<(end + 2), .quantity) }
    if Self.units.contains(next) || (next == "square" && end + 1 < words.endIndex && Self.units.contains(lower[end + 1])) {
      return (start..<(end + (next == "square" ? 2 : 1)), .quantity)
    }
    if isYear(index) && end == index + 1 && start == index {
      // "in 2019", "the 2022 heat wave" — but "2000 people" counts.
      let countsThings = next.hasSuffix("s") && next.count > 3 && !Self.relativePeriods.contains(next)
      return (index..<end, countsThings ? .cardinal : .date)
    }
    // Vote tallies and scores: "5–2", "2-1".
    if end + 1 < words.endIndex && (words[end] == "–" || words[end] == "-") && isDigitNumber(end + 1) && isDigitNumber(index) {
      return (start..<(end + 2), .cardinal)
    }
    return (start..<end, .cardinal)
  }
}
