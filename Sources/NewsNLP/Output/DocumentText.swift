extension Document {
  /// The document for people to read: one sentence per line when sentences are known, otherwise
  /// one line of text per line; tokens, when known and sentences are not, are separated by `·`.
  /// Entities are marked `[Jen Psaki]{PERSON}`.
  public func readableText() -> String {
    var lines: [String] = []
    if let title = metadata.title { lines.append("# \(title)") }
    if let sentences {
      let entities = self.entities ?? []
      var next = 0
      for sentence in sentences {
        while next < entities.count && entities[next].span.end <= sentence.start { next += 1 }
        var line = ""
        var cursor = sentence.start
        var index = next
        while index < entities.count && entities[index].span.start < sentence.end {
          let entity = entities[index]
          if entity.span.start >= cursor && entity.span.end <= sentence.end {
            line += text(of: Span(start: cursor, end: entity.span.start))
            line += "[\(text(of: entity.span))]{\(entity.label.rawValue)}"
            cursor = entity.span.end
          }
          index += 1
        }
        line += text(of: Span(start: cursor, end: sentence.end))
        lines.append(line.replacingNewlines())
      }
    } else if let tokens {
      var line: [Substring] = []
      var previousEnd = 0
      for token in tokens {
        // A line break between two tokens starts a new output line.
        if !line.isEmpty && text(of: Span(start: previousEnd, end: token.start)).contains("\n") {
          lines.append(line.joined(separator: " · "))
          line.removeAll()
        }
        line.append(text(of: token))
        previousEnd = token.end
      }
      if !line.isEmpty { lines.append(line.joined(separator: " · ")) }
    } else {
      lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }
    if let quotes, !quotes.isEmpty {
      lines.append("")
      lines.append("Quotes:")
      for quote in quotes {
        let cue = quote.cue.map { " (\(text(of: $0)))" } ?? ""
        lines.append("  \(quote.kind.rawValue) — \(quote.canonicalSpeaker ?? "unknown speaker")\(cue): \(String(text(of: quote.content)).replacingNewlines())")
      }
    }
    if let people, !people.isEmpty {
      lines.append("")
      lines.append("People:")
      for person in people {
        let titles = person.titles.isEmpty ? "" : " (\(person.titles.joined(separator: "; ")))"
        lines.append("  \(person.name)\(titles): \(person.mentions.count) mentions, \(person.quotes) quotes")
      }
    }
    for warning in warnings { lines.append("! \(warning)") }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func replacingNewlines() -> String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var lastWasSpace = false
    for character in self {
      if character.isNewline {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = character == " "
      }
    }
    return result
  }
}
