internal import CLibXML2

/// The one place that talks to libxml2.
///
/// It owns every libxml2 pointer, frees them in `deinit`, and hands back only Swift values: an
/// ``HTMLTree`` or a ``DocumentError``. libxml2's HTML parser runs in SAX mode: the callbacks build
/// the ``HTMLTree`` directly, so libxml2 never builds a DOM of its own (twice as fast).
enum LibXML2 {
  /// `xmlInitParser` must run once before parsers are used from several threads; Swift runs a
  /// static initializer exactly once. `xmlCleanupParser` is never called: other tasks may be parsing.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Whether libxml2 can decode this encoding name.
  static func canDecode(_ encoding: String) -> Bool {
    _ = initialized
    guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  /// A parsed page, and the first character-conversion error if libxml2 could not decode all of it.
  struct Parsed {
    var tree: HTMLTree
    /// libxml2's message when the bytes were not valid in the encoding; the text after the bad
    /// bytes is then missing from `tree`.
    var encodingError: String? = nil
  }

  /// Parses an HTML page in a known encoding.
  ///
  /// libxml2 reports errors through a handler installed for this parse only, never on standard
  /// error; parser errors are recovered from, decoding errors come back in ``Parsed``.
  ///
  /// - Parameter skipChildren: elements whose content is not needed (scripts, styles …); they are kept
  ///   as empty elements so their attributes can still be read.
  static func parse(
    _ bytes: [UInt8], encoding: String, skipChildren: @escaping (String, [(HTMLTree.Attribute, String)]) -> Bool
  ) throws(DocumentError) -> Parsed {
    _ = initialized
    // Conversion errors are raised without a parser context (some already while the encoding is
    // switched), through the thread's structured handler; without one libxml2 prints them.
    let sink = ErrorSink()
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque()) { userData, error in
      guard let userData, let error else { return }
      Unmanaged<ErrorSink>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
    }
    defer {
      xmlSetStructuredErrorFunc(nil, nil)
      withExtendedLifetime(sink) {}
    }
    let parser = try SAXParser(bytes, encoding: encoding)
    var parsed = parser.parse(skipChildren: skipChildren)
    parsed.encodingError = sink.encodingError
    return parsed
  }
}

/// Collects what libxml2 reports during one parse.
private final class ErrorSink {
  /// The first character-conversion error.
  private(set) var encodingError: String?

  func record(_ error: xmlError) {
    let domain = xmlErrorDomain(UInt32(error.domain))
    guard encodingError == nil, domain == XML_FROM_I18N || domain == XML_FROM_IO else { return }
    let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
    encodingError = String(message.reversed().drop(while: \.isWhitespace).reversed())
  }
}

/// A libxml2 HTML parser context over one page, with SAX callbacks that feed a ``TreeBuilder``;
/// freed in `deinit`.
private final class SAXParser {
  private let context: htmlParserCtxtPtr

  init(_ bytes: [UInt8], encoding: String) throws(DocumentError) {
    guard bytes.count < Int(Int32.max) else {
      throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max))
    }
    let created: htmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlCreateMemoryParserCtxt(pointer, Int32(buffer.count))
      }
    }
    guard let context = created else {
      throw .noText(reason: "libxml2 could not start parsing the page (out of memory?)")
    }
    self.context = context
    // Tell libxml2 the encoding; on its own it assumes ISO-8859-1.
    if encoding == "UTF-8" {
      xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
    } else if let handler = xmlFindCharEncodingHandler(encoding) {
      xmlSwitchToEncoding(context, handler)
    } else {
      throw .unreadableEncoding("libxml2 cannot decode \(encoding)")
    }
  }

  deinit {
    if let document = context.pointee.myDoc { xmlFreeDoc(document) }
    htmlFreeParserCtxt(context)
  }

  func parse(skipChildren: @escaping (String, [(HTMLTree.Attribute, String)]) -> Bool) -> LibXML2.Parsed {
    let builder = TreeBuilder(skipChildren: skipChildren)
    guard let sax = context.pointee.sax else { return LibXML2.Parsed(tree: builder.tree) }
    // Only the callbacks that build our tree; with no startDocument libxml2 builds no DOM.
    let initialized = sax.pointee.initialized
    UnsafeMutableRawPointer(sax).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<htmlSAXHandler>.size)
    sax.pointee.initialized = initialized
    sax.pointee.startElement = { userData, name, attributes in
      let state = SAXState.from(userData)
      state.builder.startElement(state.element(name), state.attributes(attributes))
    }
    sax.pointee.endElement = { userData, name in
      let state = SAXState.from(userData)
      state.builder.endElement(state.element(name)?.0)
    }
    sax.pointee.characters = { userData, characters, length in
      guard let characters, length > 0 else { return }
      SAXState.from(userData).builder.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
    }
    sax.pointee.cdataBlock = sax.pointee.characters
    sax.pointee.ignorableWhitespace = sax.pointee.characters
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue)
      | Int32(XML_PARSE_HUGE.rawValue)
    htmlCtxtUseOptions(context, options)
    let state = SAXState(builder: builder)
    withExtendedLifetime(state) {
      context.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
      htmlParseDocument(context)
      context.pointee.userData = nil
    }
    return LibXML2.Parsed(tree: builder.tree)
  }
}

/// What the SAX callbacks share: the tree builder and the names already turned into Swift values.
///
/// libxml2 interns element and attribute names in the parser's dictionary, so one name has one
/// address for the whole page; converting each address once saves a string per element.
private final class SAXState {
  let builder: TreeBuilder
  private var names: [UnsafePointer<xmlChar>: (String, TagTraits)] = [:]
  private var attributeNames: [UnsafePointer<xmlChar>: HTMLTree.Attribute?] = [:]
  private var recentAttributes = [(UnsafePointer<xmlChar>?, HTMLTree.Attribute?)](repeating: (nil, nil), count: 64)

  init(builder: TreeBuilder) {
    self.builder = builder
  }

  static func from(_ userData: UnsafeMutableRawPointer?) -> SAXState {
    Unmanaged<SAXState>.fromOpaque(userData!).takeUnretainedValue()
  }

  /// A direct-mapped cache in front of `names`: a page uses a few dozen element names.
  private var recent = [(UnsafePointer<xmlChar>?, String, TagTraits)](repeating: (nil, "", []), count: 64)

  /// An element name and its traits, decided once per interned name.
  func element(_ name: UnsafePointer<xmlChar>?) -> (String, TagTraits)? {
    guard let name else { return nil }
    let slot = Int(bitPattern: UInt(bitPattern: name) >> 3) & 63
    if recent[slot].0 == name { return (recent[slot].1, recent[slot].2) }
    let entry: (String, TagTraits)
    if let known = names[name] {
      entry = known
    } else {
      let string = String(cString: name)
      entry = (string, TagTraits.byTag[string] ?? [])
      names[name] = entry
    }
    recent[slot] = (name, entry.0, entry.1)
    return entry
  }

  /// libxml2's HTML parser lower-cases attribute names; most attributes (data-*, on*, src …) are
  /// not wanted, so the length is checked before a Swift string is made.
  static let maximumNameLength: Int32 = 11

  /// The wanted attributes of a NULL-terminated name/value list.
  func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(HTMLTree.Attribute, String)] {
    guard let list else { return [] }
    var result: [(HTMLTree.Attribute, String)] = []
    var index = 0
    while let name = list[index] {
      defer { index += 2 }
      let attribute: HTMLTree.Attribute?
      let slot = Int(bitPattern: UInt(bitPattern: name) >> 3) & 63
      if recentAttributes[slot].0 == name {
        attribute = recentAttributes[slot].1
      } else {
        if let known = attributeNames[name] {
          attribute = known
        } else {
          attribute = xmlStrlen(name) <= SAXState.maximumNameLength ? HTMLTree.Attribute.byName[String(cString: name)] : nil
          attributeNames[name] = attribute
        }
        recentAttributes[slot] = (name, attribute)
      }
      guard let attribute else { continue }
      result.append((attribute, list[index + 1].map(String.init(cString:)) ?? ""))
    }
    return result
  }
}
