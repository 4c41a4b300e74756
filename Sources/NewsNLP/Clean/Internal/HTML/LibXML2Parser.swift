internal import CLibXML2

/// The one place that talks to libxml2.
///
/// It owns every libxml2 pointer, frees them before returning (or in `deinit`), and hands back
/// only Swift values: an ``HTMLTree`` or a ``DocumentError``.
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

  /// Parses an HTML page in a known encoding.
  ///
  /// - Parameter skipChildren: elements whose content is not needed (scripts, styles …); they are kept
  ///   as empty elements so their attributes can still be read.
  static func parse(
    _ bytes: [UInt8], encoding: String, skipChildren: (String, [(HTMLTree.Attribute, String)]) -> Bool
  ) throws(DocumentError) -> HTMLTree {
    _ = initialized
    let document = try ParsedDocument(bytes, encoding: encoding)
    return document.tree(skipChildren: skipChildren)
  }
}

/// A libxml2 document, freed when this object goes away.
private final class ParsedDocument {
  private let document: htmlDocPtr

  init(_ bytes: [UInt8], encoding: String) throws(DocumentError) {
    guard bytes.count < Int(Int32.max) else {
      throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max))
    }
    guard let context = htmlNewParserCtxt() else {
      throw .unreadableEncoding("libxml2 could not create a parser (out of memory?)")
    }
    defer { htmlFreeParserCtxt(context) }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        | HTML_PARSE_NODEFDTD.rawValue)
      | Int32(XML_PARSE_HUGE.rawValue)
    let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, options)
      }
    }
    guard let parsed else {
      throw .noText(reason: "libxml2 could not parse the page as HTML")
    }
    document = parsed
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// Copies the DOM into Swift values without recursion.
  func tree(skipChildren: (String, [(HTMLTree.Attribute, String)]) -> Bool) -> HTMLTree {
    var tree = HTMLTree()
    guard let root = xmlDocGetRootElement(document) else { return tree }
    // Each entry: a libxml2 node and the index of its parent in `tree`.
    var stack: [(xmlNodePtr, Int32)] = [(root, -1)]
    while let (node, parent) = stack.popLast() {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = node.pointee.name.map { String(cString: $0) } ?? ""
        let attributes = Self.attributes(of: node)
        let index = tree.appendElement(tag: tag.isEmpty ? "unknown" : tag, attributes: attributes, parent: parent)
        if skipChildren(tag, attributes) { continue }
        // Push children last-first so they are appended in document order.
        var child = node.pointee.last
        while let current = child {
          stack.append((current, index))
          child = current.pointee.prev
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        guard parent >= 0, let content = node.pointee.content else { continue }
        let length = Int(xmlStrlen(content))
        tree.appendText(UnsafeBufferPointer(start: content, count: length), parent: parent)
      default:
        continue  // comments, processing instructions, DTD nodes
      }
    }
    return tree
  }

  /// libxml2's HTML parser lower-cases attribute names; most attributes (data-*, on*, src …) are
  /// not wanted, so the length is checked before a Swift string is made.
  private static let maximumNameLength: Int32 = 11

  private static func attributes(of node: xmlNodePtr) -> [(HTMLTree.Attribute, String)] {
    var result: [(HTMLTree.Attribute, String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      defer { attribute = current.pointee.next }
      guard let rawName = current.pointee.name, xmlStrlen(rawName) <= maximumNameLength,
        let name = HTMLTree.Attribute.byName[String(cString: rawName)]
      else { continue }
      var value = ""
      var child = current.pointee.children
      while let text = child {
        if let content = text.pointee.content { value += String(cString: content) }
        child = text.pointee.next
      }
      result.append((name, value))
    }
    return result
  }
}
