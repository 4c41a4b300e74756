/// A parsed HTML page as plain Swift values: the part of the DOM the cleaner needs.
///
/// Nodes live in one array and refer to each other by index, so walking the tree needs no
/// recursion (pages nest 10,000 deep) and no pointer into libxml2 survives parsing.
struct HTMLTree: Sendable {
  struct Node: Sendable {
    /// The lower-case tag name of an element; empty for a text node.
    var tag: String
    /// What the cleaner needs to know about the tag.
    var traits: TagTraits
    /// The text of a text node (entities decoded); empty for an element.
    var text: String
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    var previousSibling: Int32 = -1
    /// The attributes the cleaner reads, with lower-case names.
    var attributes: [String: String] = [:]

    var isText: Bool { tag.isEmpty }
  }

  private(set) var nodes: [Node] = []

  /// The root element (`html`), or -1 for an empty page.
  var root: Int32 { nodes.isEmpty ? -1 : 0 }

  /// Appends a node as the last child of `parent` (-1 for the root) and returns its index.
  @discardableResult
  mutating func append(tag: String, text: String, attributes: [String: String], parent: Int32) -> Int32 {
    let index = Int32(nodes.count)
    let traits = tag.isEmpty ? [] : TagTraits.byTag[tag] ?? []
    nodes.append(Node(tag: tag, traits: traits, text: text, parent: parent, attributes: attributes))
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

  func attribute(_ name: String, of index: Int32) -> String? { nodes[Int(index)].attributes[name] }

  /// The children of a node, in order.
  func children(of index: Int32) -> ChildSequence { ChildSequence(tree: self, cursor: nodes[Int(index)].firstChild) }

  struct ChildSequence: Sequence, IteratorProtocol {
    let tree: HTMLTree
    var cursor: Int32
    mutating func next() -> Int32? {
      guard cursor >= 0 else { return nil }
      defer { cursor = tree.nodes[Int(cursor)].nextSibling }
      return cursor
    }
  }

  /// Every node below `index` (not `index` itself) in document order, skipping subtrees `skip` refuses.
  func descendants(of index: Int32, skip: (Int32) -> Bool = { _ in false }) -> [Int32] {
    var result: [Int32] = []
    var stack: [Int32] = []
    var child = nodes[Int(index)].lastChild
    // Push children in reverse so they pop in document order.
    while child >= 0 {
      stack.append(child)
      child = previousSibling(of: child)
    }
    while let node = stack.popLast() {
      result.append(node)
      if skip(node) { continue }
      var last = nodes[Int(node)].lastChild
      while last >= 0 {
        stack.append(last)
        last = previousSibling(of: last)
      }
    }
    return result
  }

  private func previousSibling(of index: Int32) -> Int32 { nodes[Int(index)].previousSibling }

  /// Whether `ancestor` is `index` or one of its ancestors.
  func isAncestor(_ ancestor: Int32, of index: Int32) -> Bool {
    var node = index
    while node >= 0 {
      if node == ancestor { return true }
      node = nodes[Int(node)].parent
    }
    return false
  }

  /// The first element with this tag, in document order.
  func first(tag: String) -> Int32? {
    nodes.indices.first(where: { nodes[$0].tag == tag }).map(Int32.init)
  }

  /// The text below a node, whitespace collapsed.
  func textContent(of index: Int32) -> String {
    if nodes[Int(index)].isText { return WhitespaceCollapser.collapse(nodes[Int(index)].text) }
    var collapser = WhitespaceCollapser()
    for node in descendants(of: index) where nodes[Int(node)].isText {
      collapser.append(nodes[Int(node)].text)
    }
    return collapser.result
  }
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
struct WhitespaceCollapser {
  private(set) var bytes: [UInt8] = []
  private var pendingSpace = false

  var result: String { String(decoding: bytes, as: UTF8.self) }
  var isEmpty: Bool { bytes.isEmpty }

  static func collapse(_ text: String) -> String {
    var collapser = WhitespaceCollapser()
    collapser.append(text)
    return collapser.result
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
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
          // Zero-width and typographic spaces.
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
