/// A parsed HTML page as plain Swift values: the part of the DOM the cleaner needs.
///
/// Nodes live in one array in document order (a parent before its children) and refer to each
/// other by index, so passes over the tree are loops, not recursion (pages nest 10,000 deep).
/// Text is kept as ranges of one byte buffer and attributes in one shared list, so building the
/// tree allocates little however many nodes a page has. No pointer into libxml2 survives parsing.
struct HTMLTree: Sendable {
  /// The attributes the cleaner reads; others are not kept.
  enum Attribute: UInt8, CaseIterable, Sendable {
    case id, `class`, itemprop, hidden, ariaHidden, style, role, property, name, content, rel, href, type, datetime

    var htmlName: String {
      switch self {
      case .ariaHidden: "aria-hidden"
      case .class: "class"
      default: "\(self)"
      }
    }

    static let byName: [String: Attribute] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.htmlName, $0) })
  }

  struct Node: Sendable {
    /// The lower-case tag name of an element; empty for a text node.
    var tag: String
    /// What the cleaner needs to know about the tag.
    var traits: TagTraits
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    var previousSibling: Int32 = -1
    /// A text node's bytes in `textBytes`.
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// An element's attributes in `attributeList`.
    var attributeStart: Int32 = 0
    var attributeCount: Int32 = 0

    var isText: Bool { tag.isEmpty }
    var hasAttributes: Bool { attributeCount > 0 }
  }

  private(set) var nodes: [Node] = []
  /// The UTF-8 text of every text node, one after another.
  private(set) var textBytes: [UInt8] = []
  private(set) var attributeList: [(name: Attribute, value: String)] = []

  /// Appends an element as the last child of `parent` (-1 for the root) and returns its index.
  @discardableResult
  mutating func appendElement(tag: String, traits: TagTraits, attributes: [(Attribute, String)], parent: Int32) -> Int32 {
    var node = Node(tag: tag, traits: traits, parent: parent)
    node.attributeStart = Int32(attributeList.count)
    node.attributeCount = Int32(attributes.count)
    for attribute in attributes { attributeList.append((attribute.0, attribute.1)) }
    return link(node)
  }

  /// Appends a text node with the given UTF-8 bytes, or extends the text node just before it.
  mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int32) {
    if let last = nodes.last, last.isText, last.parent == parent, Int(last.textEnd) == textBytes.count {
      textBytes.append(contentsOf: bytes)
      nodes[nodes.count - 1].textEnd = Int32(textBytes.count)
      return
    }
    var node = Node(tag: "", traits: [], parent: parent)
    node.textStart = Int32(textBytes.count)
    textBytes.append(contentsOf: bytes)
    node.textEnd = Int32(textBytes.count)
    link(node)
  }

  @discardableResult
  private mutating func link(_ node: Node) -> Int32 {
    let index = Int32(nodes.count)
    nodes.append(node)
    let parent = node.parent
    if parent >= 0 {
      let p = Int(parent)
      if nodes[p].lastChild >= 0 {
        nodes[Int(nodes[p].lastChild)].nextSibling = index
        nodes[Int(index)].previousSibling = nodes[p].lastChild
      } else {
        nodes[p].firstChild = index
      }
      nodes[p].lastChild = index
    }
    return index
  }

  subscript(index: Int32) -> Node { nodes[Int(index)] }

  /// The value of an attribute of an element, if it has it.
  func attribute(_ name: Attribute, of index: Int) -> String? {
    let node = nodes[index]
    guard node.attributeCount > 0 else { return nil }
    for position in Int(node.attributeStart)..<Int(node.attributeStart + node.attributeCount)
    where attributeList[position].name == name {
      return attributeList[position].value
    }
    return nil
  }

  /// The byte length of a text node.
  func textLength(of index: Int) -> Int { Int(nodes[index].textEnd - nodes[index].textStart) }

  /// The bytes of a text node.
  func textBytes(of index: Int) -> ArraySlice<UInt8> {
    textBytes[Int(nodes[index].textStart)..<Int(nodes[index].textEnd)]
  }

  /// One past the last node of each node's subtree: the subtree of `i` is `i..<subtreeEnds[i]`.
  func subtreeEnds() -> [Int32] {
    var ends = [Int32](repeating: 0, count: nodes.count)
    for index in stride(from: nodes.count - 1, through: 0, by: -1) {
      let last = nodes[index].lastChild
      ends[index] = last >= 0 ? ends[Int(last)] : Int32(index + 1)
    }
    return ends
  }

  /// The first element with this tag, in document order.
  func first(tag: String) -> Int? {
    nodes.indices.first(where: { nodes[$0].tag == tag })
  }

  /// The text below a node, whitespace collapsed.
  func textContent(of index: Int) -> String {
    var collapser = WhitespaceCollapser()
    var node = index
    // The subtree is the run of nodes after `index` whose ancestry reaches it.
    let end = subtreeEnd(of: index)
    while node < end {
      if nodes[node].isText { collapser.append(textBytes(of: node)) }
      node += 1
    }
    return collapser.result
  }

  private func subtreeEnd(of index: Int) -> Int {
    var node = index
    while nodes[node].lastChild >= 0 { node = Int(nodes[node].lastChild) }
    return node + 1
  }
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
struct WhitespaceCollapser {
  private(set) var bytes: [UInt8] = []
  private var pendingSpace = false

  var result: String { String(decoding: bytes, as: UTF8.self) }

  /// The text without leading or trailing spaces and line breaks.
  var trimmedResult: String {
    var start = 0
    var end = bytes.count
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x0A) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
  var isEmpty: Bool { bytes.isEmpty }

  static func collapse(_ text: String) -> String {
    var collapser = WhitespaceCollapser()
    collapser.append(Array(text.utf8)[...])
    return collapser.result
  }

  mutating func append(_ text: ArraySlice<UInt8>) {
    text.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
          pendingSpace = true
          index += 1
        } else if byte == 0xC2 && index + 1 < buffer.count && buffer[index + 1] == 0xA0 {
          pendingSpace = true  // no-break space
          index += 2
        } else if byte == 0xE2 && index + 2 < buffer.count && buffer[index + 1] == 0x80
          && (buffer[index + 2] == 0x8B || buffer[index + 2] == 0xAF || (0x80...0x8A).contains(buffer[index + 2]))
        {
          // Typographic spaces become a space; a zero-width space disappears.
          if buffer[index + 2] != 0x8B { pendingSpace = true }
          index += 3
        } else {
          if pendingSpace && !bytes.isEmpty && bytes.last != 0x0A { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(byte)
          index += 1
        }
      }
    }
  }

  /// A hard line break (`<br>`): trailing space dropped, no space at the start of the next line.
  mutating func lineBreak() {
    while bytes.last == 0x20 { bytes.removeLast() }
    if !bytes.isEmpty && bytes.last != 0x0A { bytes.append(0x0A) }
    pendingSpace = false
  }

  /// Marks a boundary between inline pieces that need a space (e.g. table cells).
  mutating func space() { pendingSpace = true }
}
