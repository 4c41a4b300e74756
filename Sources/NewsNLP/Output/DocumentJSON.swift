extension Document {
  /// The document as JSON in the output contract: `id`, `text`, `metadata` when known, and every
  /// layer the pipeline produced, with offsets in Unicode scalars of `text`.
  ///
  /// Keys come in a fixed order and strings are escaped one way, so the output is byte-for-byte
  /// the same on every platform.
  public func json(pretty: Bool = false) -> String {
    var writer = JSONWriter(pretty: pretty)
    writeJSON(to: &writer)
    return writer.string
  }

  func writeJSON(to writer: inout JSONWriter) {
    let offsets = ScalarOffsetMap(text)
    writer.beginObject()
    writer.member("id", id)
    writer.member("text", text)
    if !metadata.isEmpty {
      writer.key("metadata")
      writer.beginObject()
      if let value = metadata.title { writer.member("title", value) }
      if let value = metadata.byline { writer.member("byline", value) }
      if let value = metadata.published { writer.member("published", value) }
      if let value = metadata.url { writer.member("url", value) }
      if let value = metadata.siteName { writer.member("siteName", value) }
      writer.endObject()
    }
    if let tokens { writeSpans("tokens", tokens, offsets, &writer) }
    if let sentences { writeSpans("sentences", sentences, offsets, &writer) }
    if let entities {
      writer.array("entities", entities) { writer, entity in
        writer.beginObject()
        writeSpanMembers(entity.span, offsets, &writer)
        writer.member("label", entity.label.rawValue)
        writer.endObject()
      }
    }
    if let quotes {
      writer.array("quotes", quotes) { writer, quote in
        writer.beginObject()
        writer.member("kind", quote.kind.rawValue)
        writer.key("content")
        writeSpan(quote.content, offsets, &writer)
        for (name, span) in [("cue", quote.cue), ("speaker", quote.speaker)] {
          writer.key(name)
          if let span { writeSpan(span, offsets, &writer) } else { writer.null() }
        }
        writer.member("canonicalSpeaker", quote.canonicalSpeaker)
        writer.endObject()
      }
    }
    if let people {
      writer.array("people", people) { writer, person in
        writer.beginObject()
        writer.member("name", person.name)
        writer.array("mentions", person.mentions) { writer, mention in writeSpan(mention, offsets, &writer) }
        writer.array("titles", person.titles) { writer, title in writer.string(title) }
        writer.key("quotes")
        writer.int(person.quotes)
        writer.endObject()
      }
    }
    if let removed {
      writer.array("removed", removed) { writer, item in
        writer.beginObject()
        writer.member("text", item.text)
        writer.member("reason", item.reason)
        writer.endObject()
      }
    }
    if !warnings.isEmpty {
      writer.array("warnings", warnings) { writer, warning in writer.string(warning) }
    }
    writer.endObject()
  }

  private func writeSpans(_ name: String, _ spans: [Span], _ offsets: ScalarOffsetMap, _ writer: inout JSONWriter) {
    writer.array(name, spans) { writer, span in writeSpan(span, offsets, &writer) }
  }

  func writeSpan(_ span: Span, _ offsets: ScalarOffsetMap, _ writer: inout JSONWriter) {
    writer.beginObject()
    writeSpanMembers(span, offsets, &writer)
    writer.endObject()
  }

  /// `start`, `end` (Unicode scalars) and `text` of a span, inside an object being written.
  func writeSpanMembers(_ span: Span, _ offsets: ScalarOffsetMap, _ writer: inout JSONWriter) {
    writer.key("start")
    writer.int(offsets.scalarOffset(ofUTF8: span.start))
    writer.key("end")
    writer.int(offsets.scalarOffset(ofUTF8: span.end))
    writer.member("text", String(text(of: span)))
  }
}
