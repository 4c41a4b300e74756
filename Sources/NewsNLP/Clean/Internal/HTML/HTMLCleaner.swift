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
    let tree = try LibXML2.parse(
      bytes, encoding: decision.encoding,
      skipChildren: { tag, attributes in
        if tag == "script" {
          return !attributes.contains { $0.0 == .type && $0.1.lowercased().hasSuffix("ld+json") }
        }
        return BoilerplateRules.contentlessTags.contains(tag)
      })
    var extractor = ArticleExtractor(tree: tree, report: report)
    return try extractor.extract()
  }
}
