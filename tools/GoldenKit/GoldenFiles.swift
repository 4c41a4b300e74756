import NewsNLP

/// The golden files of one annotated document: one human-readable file per stage.
///
/// Every file is written by this code alone: LF line ends, one final newline, offsets in Unicode
/// scalars, nothing that depends on the machine, so goldens are identical on Linux and macOS.
public enum GoldenFiles {
  /// The file name of each stage's golden.
  public static func fileName(forStage stage: String) -> String {
    switch stage {
    case "clean": "clean.txt"
    case "quotes": "quotes.txt"
    default: "\(stage).tsv"
    }
  }

  /// The golden files of a document annotated by `pipeline`, keyed by file name.
  public static func render(_ document: Document, pipeline: Pipeline) -> [String: String] {
    var files: [String: String] = [:]
    let offsets = ScalarOffsetMap(document.text)
    for stage in pipeline.stages {
      let name = fileName(forStage: stage.name)
      switch stage.name {
      case "clean":
        files[name] = renderText(document)
        if !document.metadata.isEmpty { files["clean.metadata.txt"] = renderMetadata(document.metadata) }
      case "tokenize":
        files[name] = renderSpans(document.tokens ?? [], of: document, offsets, header: "start\tend\ttoken")
      case "entities":
        var lines = ["# start\tend\tlabel\tentity"]
        for entity in document.entities ?? [] {
          let start = offsets.scalarOffset(ofUTF8: entity.span.start)
          let end = offsets.scalarOffset(ofUTF8: entity.span.end)
          lines.append("\(start)\t\(end)\t\(entity.label.rawValue)\t\(visible(document.text(of: entity.span)))")
        }
        files[name] = lines.joined(separator: "\n") + "\n"
      case "quotes":
        files[name] = renderQuotes(document, offsets)
      case "sentences":
        files[name] = renderSpans(document.sentences ?? [], of: document, offsets, header: "start\tend\tsentence")
      default:
        continue
      }
    }
    return files
  }

  static func renderText(_ document: Document) -> String {
    var text = document.text
    if !text.hasSuffix("\n") { text += "\n" }
    return text
  }

  /// One quote a block: kind, speaker (canonical and as written), cue, and the content; then the people.
  static func renderQuotes(_ document: Document, _ offsets: ScalarOffsetMap) -> String {
    func place(_ span: Span?) -> String {
      guard let span else { return "-" }
      return "\(visible(document.text(of: span))) @\(offsets.scalarOffset(ofUTF8: span.start))"
    }
    var lines: [String] = []
    for quote in document.quotes ?? [] {
      let start = offsets.scalarOffset(ofUTF8: quote.content.start)
      let end = offsets.scalarOffset(ofUTF8: quote.content.end)
      lines.append("\(quote.kind.rawValue)\t\(start)\t\(end)\tspeaker: \(quote.canonicalSpeaker ?? "-") (\(place(quote.speaker)))\tcue: \(place(quote.cue))")
      lines.append("\t\(visible(document.text(of: quote.content)))")
    }
    lines.append("# people")
    for person in document.people ?? [] {
      let titles = person.titles.isEmpty ? "" : " — " + person.titles.joined(separator: "; ")
      lines.append("\(person.name)\tquotes: \(person.quotes)\tmentions: \(person.mentions.count)\(titles)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One field a line, in the order of the JSON contract; unknown fields are left out.
  static func renderMetadata(_ metadata: Metadata) -> String {
    let fields: [(String, String?)] = [
      ("title", metadata.title), ("byline", metadata.byline), ("published", metadata.published),
      ("url", metadata.url), ("siteName", metadata.siteName),
    ]
    return fields.compactMap { name, value in value.map { "\(name): \($0)" } }.joined(separator: "\n") + "\n"
  }

  /// One span a line: start, end (Unicode scalars) and the text with line breaks shown as `⏎`.
  static func renderSpans(_ spans: [Span], of document: Document, _ offsets: ScalarOffsetMap, header: String) -> String {
    var lines = ["# \(header)"]
    lines.reserveCapacity(spans.count + 1)
    for span in spans {
      let start = offsets.scalarOffset(ofUTF8: span.start)
      let end = offsets.scalarOffset(ofUTF8: span.end)
      lines.append("\(start)\t\(end)\t\(visible(document.text(of: span)))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Shows line breaks and tabs so one span stays on one line.
  static func visible(_ text: Substring) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\n": result += "⏎"
      case "\t": result += "⇥"
      default: result.append(character)
      }
    }
    return result
  }
}
