/// Turns the bytes of an HTML page into article text and metadata.
struct HTMLCleaner {
  var report: Bool

  func clean(_ bytes: [UInt8], charset: String?, warnings: inout [String]) throws(DocumentError) -> ArticleExtractor.Result {
    if bytes.isEmpty { throw .empty }
    let decision = EncodingSniffer.detect(bytes, declared: charset, canDecode: LibXML2.canDecode)
    if decision.source == "fallback" {
      warnings.append("the page declares no usable charset and is not valid UTF-8; it was read as windows-1252")
    }
    if let charset, decision.source != "caller", decision.source != "byte-order mark" {
      warnings.append("the charset \"\(charset)\" given for the page was not usable; read as \(decision.encoding)")
    }
    // windows-1252 is decoded here: iconv rejects its five unassigned bytes and libxml2 would drop
    // the rest of the page after one of them; the web maps them to C1 controls instead.
    var parsed =
      decision.encoding == "windows-1252"
      ? try parse(TextDecoding.windows1252ToUTF8(bytes), encoding: "UTF-8")
      : try parse(bytes, encoding: decision.encoding)
    if let error = parsed.encodingError {
      // Text after the bad bytes would be missing: read the whole page as windows-1252 instead.
      warnings.append(
        "the page is not valid \(decision.encoding) (libxml2: \(error)); it was read as windows-1252 so no text is lost")
      parsed = try parse(TextDecoding.windows1252ToUTF8(bytes), encoding: "UTF-8")
    }
    var extractor = ArticleExtractor(tree: parsed.tree, report: report)
    return try extractor.extract()
  }

  private func parse(_ bytes: [UInt8], encoding: String) throws(DocumentError) -> LibXML2.Parsed {
    try LibXML2.parse(
      bytes, encoding: encoding,
      skipChildren: { tag, attributes in
        if tag == "script" {
          return !attributes.contains { $0.0 == .type && $0.1.lowercased().hasSuffix("ld+json") }
        }
        return BoilerplateRules.contentlessTags.contains(tag)
      })
  }
}
