extension Document {
  /// A self-contained HTML page (no scripts, no external files) showing the article with entities
  /// highlighted by label, each quote marked and linked to its speaker, and the people table.
  public func htmlPage() -> String {
    Document.htmlPage(for: [self])
  }

  /// One HTML page for several documents, each in its own `<article>`.
  public static func htmlPage(for documents: [Document]) -> String {
    var page = htmlPageStart
    for (index, document) in documents.enumerated() { page += document.htmlArticle(anchorPrefix: "d\(index)") }
    return page + htmlPageEnd
  }

  /// The start of a page that `htmlArticle(anchorPrefix:)` sections go into (for streaming a batch).
  public static var htmlPageStart: String {
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>NewsNLP</title>\n"
      + "<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n<p class=\"legend\">" + HTMLStyle.legend + "</p>\n"
  }

  /// The end of a page started with ``htmlPageStart``.
  public static var htmlPageEnd: String { "</body>\n</html>\n" }

  /// The document as an `<article>` element whose anchors start with `anchorPrefix`, unique per page.
  public func htmlArticle(anchorPrefix prefix: String) -> String {
    var html = "<article id=\"\(prefix)\">\n"
    let heading = metadata.title ?? id
    html += "<h2>\(HTMLStyle.escape(heading))</h2>\n"
    let facts = [metadata.byline.map { "By \($0)" }, metadata.published, metadata.siteName, metadata.url].compactMap { $0 }
    html += "<p class=\"meta\">\(HTMLStyle.escape(([id] + facts).joined(separator: " · ")))</p>\n"
    html += htmlBody(prefix: prefix)
    if let people, !people.isEmpty {
      html += "<table class=\"people\">\n<tr><th>Person</th><th>Titles and roles</th><th>Mentions</th><th>Quotes</th></tr>\n"
      for (index, person) in people.enumerated() {
        html += "<tr id=\"\(prefix)-p\(index)\"><td>\(HTMLStyle.escape(person.name))</td><td>\(HTMLStyle.escape(person.titles.joined(separator: "; ")))</td>"
        html += "<td>\(person.mentions.count)</td><td>\(person.quotes)</td></tr>\n"
      }
      html += "</table>\n"
    }
    html += "</article>\n"
    return html
  }

  /// The text with markup, paragraph by paragraph.
  private func htmlBody(prefix: String) -> String {
    let personIndex = Dictionary((people ?? []).enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
    // Events at UTF-8 offsets: quotes open outside entities; an entity crossing a quote edge is left plain.
    let quotes = self.quotes ?? []
    let entities = (self.entities ?? []).filter { entity in
      !quotes.contains { quote in
        (entity.span.start < quote.content.start && entity.span.end > quote.content.start)
          || (entity.span.start < quote.content.end && entity.span.end > quote.content.end)
      }
    }
    var opens: [Int: [String]] = [:]
    var closes: [Int: [String]] = [:]
    for quote in quotes {
      let speaker = quote.canonicalSpeaker ?? "unknown speaker"
      let cue = quote.cue.map { " (\(text(of: $0)))" } ?? ""
      opens[quote.content.start, default: []].append(
        "<mark class=\"quote \(quote.kind.rawValue)\" title=\"\(HTMLStyle.escape("\(quote.kind.rawValue) quote: \(speaker)\(cue)"))\">")
      var close = "</mark>"
      if let canonical = quote.canonicalSpeaker {
        let target = personIndex[canonical].map { "#\(prefix)-p\($0)" }
        let link = target.map { "<a href=\"\($0)\">\(HTMLStyle.escape(canonical))</a>" } ?? HTMLStyle.escape(canonical)
        close += "<sup class=\"speaker\">\(link)</sup>"
      }
      closes[quote.content.end, default: []].insert(close, at: 0)
    }
    for entity in entities {
      opens[entity.span.start, default: []].append("<span class=\"entity \(entity.label.rawValue)\" title=\"\(entity.label.rawValue)\">")
      closes[entity.span.end, default: []].insert("<span class=\"label\">\(entity.label.rawValue)</span></span>", at: 0)
    }
    var html = "<p>"
    let utf8 = Array(text.utf8)
    var offset = 0
    var pending: [UInt8] = []
    func flush() {
      html += HTMLStyle.escape(String(decoding: pending, as: UTF8.self))
      pending.removeAll(keepingCapacity: true)
    }
    while offset <= utf8.count {
      if let markup = closes[offset] {
        flush()
        html += markup.joined()
      }
      if let markup = opens[offset] {
        flush()
        html += markup.joined()
      }
      guard offset < utf8.count else { break }
      if utf8[offset] == 0x0A {
        flush()
        if offset + 1 < utf8.count && utf8[offset + 1] == 0x0A {
          html += "</p>\n<p>"
          offset += 2
          while offset < utf8.count && utf8[offset] == 0x0A { offset += 1 }
          continue
        }
        html += "<br>\n"
      } else {
        pending.append(utf8[offset])
      }
      offset += 1
    }
    flush()
    return html + "</p>\n"
  }
}

/// The page's look, kept in one place.
enum HTMLStyle {
  static let colors: [(EntityLabel, String)] = [
    (.person, "#fde68a"), (.org, "#bfdbfe"), (.gpe, "#bbf7d0"), (.loc, "#a7f3d0"), (.norp, "#fbcfe8"),
    (.fac, "#ddd6fe"), (.date, "#e5e7eb"), (.time, "#e5e7eb"), (.money, "#fed7aa"), (.percent, "#fed7aa"),
    (.quantity, "#fed7aa"), (.cardinal, "#f3f4f6"), (.ordinal, "#f3f4f6"), (.event, "#fecaca"), (.law, "#fecaca"),
    (.product, "#c7d2fe"), (.workOfArt, "#c7d2fe"), (.language, "#c7d2fe"),
  ]

  static let css: String = {
    var css = """
      body { font: 17px/1.6 Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
      article { border-top: 3px solid #111; margin-bottom: 3rem; }
      .meta, .legend { font: 13px/1.4 sans-serif; color: #555; }
      .entity { border-radius: 3px; padding: 0 2px; }
      .entity .label { font: bold 9px sans-serif; color: #444; margin-left: 2px; vertical-align: super; }
      mark.quote { background: none; border-bottom: 2px solid #b91c1c; }
      mark.quote.indirect { border-bottom-style: dashed; }
      mark.quote.mixed { border-bottom-style: dotted; }
      sup.speaker { font: bold 11px sans-serif; color: #b91c1c; margin-left: 2px; }
      sup.speaker a { color: inherit; }
      table.people { border-collapse: collapse; font: 14px sans-serif; margin-top: 1.5rem; width: 100%; }
      table.people th, table.people td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
      table.people tr:target { background: #fef3c7; }

      """
    for (label, color) in colors { css += ".entity.\(label.rawValue) { background: \(color); }\n" }
    return css
  }()

  static let legend = colors.prefix(11).map { "<span class=\"entity \($0.0.rawValue)\">\($0.0.rawValue)</span>" }.joined(separator: " ")
    + " · <mark class=\"quote direct\">direct</mark> <mark class=\"quote indirect\">indirect</mark> <mark class=\"quote mixed\">mixed</mark> quotes, speaker after each"

  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }
}
