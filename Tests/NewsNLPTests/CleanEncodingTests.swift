import NewsNLP
import Testing

private func cleanHTML(_ bytes: [UInt8], charset: String? = nil) throws -> Document {
  try Pipeline([Cleaner()]).annotate(.html(bytes: bytes, charset: charset))
}

private func page(_ body: String, head: String = "") -> String {
  "<html><head>\(head)<title>T</title></head><body><article><h1>Headline</h1><p>\(body)</p></article></body></html>"
}

/// "“Café” £5" in windows-1252.
private let cp1252Body: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0xA3, 0x35]

private func cp1252Page(head: String) -> [UInt8] {
  let parts = page("BODY", head: head).components(separatedBy: "BODY")
  return Array(parts[0].utf8) + cp1252Body + Array(parts[1].utf8)
}

@Suite("HTML encodings")
struct CleanEncodingTests {
  @Test("a meta charset of windows-1252 decodes curly quotes, accents and the pound sign")
  func metaCharsetIsHonoured() throws {
    let document = try cleanHTML(cp1252Page(head: #"<meta charset="windows-1252">"#))
    #expect(document.text == "Headline\n\n“Café” £5")
    #expect(document.warnings.isEmpty)
  }

  @Test("an http-equiv content type counts like meta charset, and ISO-8859-1 means windows-1252")
  func httpEquivIsHonoured() throws {
    let document = try cleanHTML(cp1252Page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#))
    #expect(document.text.hasSuffix("“Café” £5"))
  }

  @Test("a page with no charset that is not UTF-8 is read as windows-1252 with a warning")
  func fallbackIsWindows1252() throws {
    let document = try cleanHTML(cp1252Page(head: ""))
    #expect(document.text.hasSuffix("“Café” £5"))
    #expect(document.warnings.count == 1)
  }

  @Test("a page that claims UTF-8 but is not loses no text")
  func falseUTF8ClaimLosesNothing() throws {
    let document = try cleanHTML(cp1252Page(head: #"<meta charset="utf-8">"#))
    #expect(document.text.hasSuffix("“Café” £5"))
  }

  @Test("bytes windows-1252 leaves unassigned do not cut off the text after them")
  func unassignedWindows1252BytesKeepTheRest() throws {
    // A UTF-8 closing quote (E2 80 9D) with a stray é makes the page windows-1252; 0x9D is unassigned there.
    let parts = page("BODY", head: "").components(separatedBy: "BODY")
    let bytes = Array(parts[0].utf8) + [0xE2, 0x80, 0x9D] + Array(" he said, caf".utf8) + [0xE9] + Array(" and the rest".utf8)
      + Array(parts[1].utf8)
    let document = try cleanHTML(bytes)
    #expect(document.text.hasSuffix(" he said, café and the rest"))
  }

  @Test("a page whose bytes are invalid in its declared charset keeps all its text and says so")
  func invalidBytesForDeclaredCharsetLoseNothing() throws {
    let parts = page("BODY", head: #"<meta charset="shift_jis">"#).components(separatedBy: "BODY")
    let bytes = Array(parts[0].utf8) + Array("Alpha ".utf8) + [0xFF, 0xFF] + Array(" omega survives".utf8) + Array(parts[1].utf8)
    let document = try cleanHTML(bytes)
    #expect(document.text.hasSuffix("omega survives"))
    #expect(document.warnings.contains { $0.contains("not valid shift_jis") && $0.contains("windows-1252") })
  }

  @Test("the caller's charset wins over the page's meta tag")
  func callerCharsetWins() throws {
    let bytes = Array(page("Café", head: #"<meta charset="windows-1252">"#).utf8)
    #expect(try cleanHTML(bytes, charset: "utf-8").text.hasSuffix("Café"))
    #expect(try cleanHTML(bytes).text.hasSuffix("CafÃ©"))
  }

  @Test("an unknown charset label falls back to detection")
  func unknownCharsetFallsBack() throws {
    let bytes = Array(page("Café", head: #"<meta charset="x-no-such-charset">"#).utf8)
    #expect(try cleanHTML(bytes).text.hasSuffix("Café"))
  }

  @Test("a UTF-8 byte-order mark and a UTF-16 page are read")
  func byteOrderMarksAreRead() throws {
    let utf8 = [0xEF, 0xBB, 0xBF] + Array(page("Kyiv – Café").utf8)
    #expect(try cleanHTML(utf8).text.hasSuffix("Kyiv – Café"))
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in page("Kyiv – Café").utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try cleanHTML(utf16).text.hasSuffix("Kyiv – Café"))
  }

  @Test("named and numeric entities decode; no-break spaces become spaces; typographic quotes stay")
  func entitiesDecode() throws {
    let html = page("Biden&rsquo;s &#8220;plan&#8221; &amp; Xi&#x2019;s&nbsp;reply &mdash; &quot;no&quot; &lt;3")
    #expect(try cleanHTML(Array(html.utf8)).text == "Headline\n\nBiden’s “plan” & Xi’s reply — \"no\" <3")
  }

  @Test("whitespace runs collapse and <br> becomes a line break")
  func whitespaceAndBreaks() throws {
    let html = page("one\n   two\t\tthree<br>four <br/> five<br><br>six")
    #expect(try cleanHTML(Array(html.utf8)).text == "Headline\n\none two three\nfour\nfive\n\nsix")
  }
}
