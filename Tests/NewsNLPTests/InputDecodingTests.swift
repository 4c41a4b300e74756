import NewsNLP
import Testing

private func decode(_ bytes: [UInt8]) throws(DocumentError) -> (String, [String]) {
  var warnings: [String] = []
  guard case .text(let text) = try DocumentInput.text(bytes: bytes, warnings: &warnings) else {
    Issue.record("text bytes must decode to text")
    return ("", warnings)
  }
  return (text, warnings)
}

@Suite("Input decoding")
struct InputDecodingTests {
  @Test("UTF-8 text decodes as is, without a byte-order mark")
  func utf8Decodes() throws {
    #expect(try decode(Array("Café “quote”".utf8)).0 == "Café “quote”")
    #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)).0 == "Hi")
  }

  @Test("UTF-16 with a byte-order mark decodes in either byte order")
  func utf16Decodes() throws {
    let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x19, 0x20]
    let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x20, 0x19]
    #expect(try decode(little).0 == "H’")
    #expect(try decode(big).0 == "H’")
  }

  @Test("invalid UTF-8 is read as windows-1252 with a warning, losing no character")
  func invalidUTF8FallsBackToWindows1252() throws {
    let (text, warnings) = try decode([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9])
    #expect(text == "“Hi” café")
    #expect(warnings.count == 1)
  }

  @Test("empty and binary input are refused with a reason")
  func emptyAndBinaryAreRefused() {
    #expect(throws: DocumentError.empty) { try decode([]) }
    #expect(throws: DocumentError.binary) { try decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]) }
    var warnings: [String] = []
    #expect(throws: DocumentError.binary) {
      try DocumentInput.from(bytes: [0x3C, 0x00, 0x00], isHTML: true, warnings: &warnings)
    }
  }
}
