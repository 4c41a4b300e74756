/// Removes comment-form and share-widget residue lines from scraped text.
///
/// A line is residue only if, once lower-cased and stripped of punctuation and extra spaces, it equals
/// a known residue line; and it is removed only when it stands in the trailing block of the text or
/// next to another residue line. A sentence that merely contains the words ("leave a reply") is never touched.
enum ResidueFilter {
  /// Known residue lines in normalised form (lower case, letters, digits and single spaces).
  static let lines: Set<String> = [
    // tagDiv Newspaper theme.
    "leave a reply", "please enter your comment", "please enter your name here",
    "you have entered an incorrect email address", "please enter your email address here",
    // WordPress's default comment form.
    "cancel reply", "your email address will not be published", "required fields are marked",
    "your email address will not be published required fields are marked",
    "save my name email and website in this browser for the next time i comment", "post comment",
    "you must be logged in to post a comment", "leave a comment", "comment", "name", "email", "website",
    "comments", "0 comments", "no comments", "comments are closed", "submit", "reply",
    // Akismet.
    "this site uses akismet to reduce spam learn how your comment data is processed",
    "this site uses akismet to reduce spam",
    // Disqus.
    "please enable javascript to view the comments powered by disqus", "comments powered by disqus",
    // Jetpack sharing and likes.
    "share this", "like this", "loading", "like loading", "related", "be the first to like this",
    "click to share on twitter opens in new window", "click to share on facebook opens in new window",
    "click to share on x opens in new window", "click to share on linkedin opens in new window",
    "click to share on reddit opens in new window", "click to email a link to a friend opens in new window",
    "click to print opens in new window", "share", "tweet", "print", "email this", "share on facebook",
    "share on twitter", "share on x", "share via email",
    // Share-button labels that scrapers keep one per line.
    "twitter", "facebook", "x", "pinterest", "whatsapp", "linkedin", "reddit", "telegram", "tumblr", "pocket",
    "threads", "bluesky", "mastodon", "flipboard", "email", "more",
  ]

  static let maximumLineBytes = 160

  /// Whether a line, normalised, is a known residue line.
  static func isResidue(_ line: Substring) -> Bool {
    // The longest known residue line is under 100 bytes; article paragraphs are longer.
    guard line.utf8.count <= maximumLineBytes else { return false }
    let key = normalize(line)
    return !key.isEmpty && lines.contains(key)
  }

  /// Lower-cases, keeps letters and digits, and folds every other run into one space.
  static func normalize(_ line: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(line.utf8.count, maximumLineBytes))
    var pendingSpace = false
    var previousTwo: (UInt8, UInt8) = (0, 0)
    for byte in line.utf8 {
      defer { previousTwo = (previousTwo.1, byte) }
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      case UInt8(ascii: "'"):
        continue  // "don't" and "don’t" normalise alike
      case 0x99 where previousTwo == (0xE2, 0x80):
        continue
      case 0xE2:
        continue  // general punctuation (quotes, dashes, ellipsis); decided on its last byte
      case 0x80...0xBF where previousTwo.1 == 0xE2:
        continue
      case 0x80...0xBF where previousTwo.0 == 0xE2:
        pendingSpace = true
      case 0xC2:
        continue  // Latin-1 punctuation (no-break space, «, », ·); decided on its second byte
      case 0x80...0xBF where previousTwo.1 == 0xC2:
        pendingSpace = true
      case 0xC3:
        continue  // a Latin-1 letter (é, ü, Ø …); written with its second byte
      case 0x80...0xBF where previousTwo.1 == 0xC3:
        if byte == 0x97 || byte == 0xB7 {  // × and ÷ separate words
          pendingSpace = true
          continue
        }
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(0xC3)
        bytes.append(byte >= 0x80 && byte <= 0x9E ? byte + 0x20 : byte)  // lower-case the capitals
      case 0x80...:
        return normalizeUnicode(line)
      default:
        pendingSpace = true
      }
      if bytes.count > maximumLineBytes { return "" }  // no residue line is that long
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The same as `normalize` for lines with non-ASCII characters.
  private static func normalizeUnicode(_ line: Substring) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if scalar == "'" || scalar == "\u{2019}" {
        continue
      } else {
        pendingSpace = true
      }
      if result.utf8.count > maximumLineBytes { return "" }
    }
    return result
  }

  static func filter(_ input: [Substring], removed: inout [RemovedText]) -> [Substring] {
    let residue = input.map(isResidue)
    let blank = input.map(isBlank)
    var remove = [Bool](repeating: false, count: input.count)
    // The trailing block: residue lines and blanks at the end of the text.
    var index = input.count - 1
    while index >= 0 && (residue[index] || blank[index]) {
      if residue[index] { remove[index] = true }
      index -= 1
    }
    // Clusters: a residue line whose nearest non-blank neighbour is also residue.
    for index in input.indices where residue[index] && !remove[index] {
      var before = index - 1
      while before >= 0 && blank[before] { before -= 1 }
      var after = index + 1
      while after < input.count && blank[after] { after += 1 }
      if (before >= 0 && residue[before]) || (after < input.count && residue[after]) {
        remove[index] = true
      }
    }
    var kept: [Substring] = []
    kept.reserveCapacity(input.count)
    for (index, line) in input.enumerated() {
      if remove[index] {
        removed.append(RemovedText(text: String(line), reason: "comment-form or widget residue"))
        // Drop the blank line that separated the residue from what follows, keeping paragraphs apart once.
      } else {
        kept.append(line)
      }
    }
    return collapseBlankRuns(kept, original: input, removedAny: remove.contains(true))
  }

  /// After removals, two paragraphs may meet with several blank lines between them; keep at most one.
  private static func collapseBlankRuns(_ lines: [Substring], original: [Substring], removedAny: Bool) -> [Substring] {
    guard removedAny else { return lines }
    var result: [Substring] = []
    result.reserveCapacity(lines.count)
    var blankRun = 0
    let originalMaxRun = maxBlankRun(original)
    for line in lines {
      if isBlank(line) {
        blankRun += 1
        if blankRun > originalMaxRun { continue }
      } else {
        blankRun = 0
      }
      result.append(line)
    }
    return result
  }

  private static func maxBlankRun(_ lines: [Substring]) -> Int {
    var best = 0
    var run = 0
    for line in lines {
      if isBlank(line) { run += 1; best = max(best, run) } else { run = 0 }
    }
    return best
  }

  /// Whether a line holds only spaces and tabs (checked on bytes; no-break spaces count as text).
  static func isBlank(_ line: Substring) -> Bool {
    line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
