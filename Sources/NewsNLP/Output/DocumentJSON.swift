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
      writer.key("entities")
      writer.beginArray()
      for entity in entities {
        writer.comma()
        writer.beginObject()
        writeSpanMembers(entity.span, offsets, &writer)
        writer.member("label", entity.label.rawValue)
        writer.endObject()
      }
      writer.endArray()
    }
    if let quotes {
      writer.key("quotes")
      writer.beginArray()
      for quote in quotes {
        writer.comma()
        writer.beginObject()
        writer.member("kind", quote.kind.rawValue)
        writer.key("content")
        writeSpan(quote.content, offsets, &writer)
        writer.key("cue")
        if let cue = quote.cue { writeSpan(cue, offsets, &writer) } else { writer.null() }
        writer.key("speaker")
        if let speaker = quote.speaker { writeSpan(speaker, offsets, &writer) } else { writer.null() }
        writer.member("canonicalSpeaker", quote.canonicalSpeaker)
        writer.endObject()
      }
      writer.endArray()
    }
    if let people {
      writer.key("people")
      writer.beginArray()
      for person in people {
        writer.comma()
        writer.beginObject()
        writer.member("name", person.name)
        writer.key("mentions")
        writer.beginArray()
        for mention in person.mentions {
          writer.comma()
          writeSpan(mention, offsets, &writer)
        }
        writer.endArray()
        writer.key("titles")
        writer.beginArray()
        for title in person.titles {
          writer.comma()
          writer.string(title)
        }
        writer.endArray()
        writer.key("quotes")
        writer.int(person.quotes)
        writer.endObject()
      }
      writer.endArray()
    }
    if let removed {
      writer.key("removed")
      writer.beginArray()
      for item in removed {
        writer.comma()
        writer.beginObject()
        writer.member("text", item.text)
        writer.member("reason", item.reason)
        writer.endObject()
      }
      writer.endArray()
    }
    if !warnings.isEmpty {
      writer.key("warnings")
      writer.beginArray()
      for warning in warnings {
        writer.comma()
        writer.string(warning)
      }
      writer.endArray()
    }
    writer.endObject()
  }

  private func writeSpans(_ name: String, _ spans: [Span], _ offsets: ScalarOffsetMap, _ writer: inout JSONWriter) {
    writer.key(name)
    writer.beginArray()
    for span in spans {
      writer.comma()
      writeSpan(span, offsets, &writer)
    }
    writer.endArray()
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
