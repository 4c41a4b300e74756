/// Builds an ``HTMLTree`` from parser events: start tag, end tag, text.
///
/// The parser closes elements HTML's way (implied end tags, misnesting); an end tag that matches
/// no open element is ignored, one that matches an outer element closes everything inside it.
final class TreeBuilder {
  private(set) var tree = HTMLTree()
  private let skipChildren: (String, [(HTMLTree.Attribute, String)]) -> Bool
  /// Open elements: index in the tree and tag name.
  private var open: [(index: Int32, tag: String)] = []
  /// While inside an element whose content is skipped, how many elements deep.
  private var skipDepth = 0

  init(skipChildren: @escaping (String, [(HTMLTree.Attribute, String)]) -> Bool) {
    self.skipChildren = skipChildren
  }

  func startElement(_ element: (name: String, traits: TagTraits)?, _ attributes: [(HTMLTree.Attribute, String)]) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    let tag = element?.name ?? "unknown"
    let index = tree.appendElement(tag: tag, traits: element?.traits ?? [], attributes: attributes, parent: open.last?.index ?? -1)
    open.append((index, tag))
    if skipChildren(tag, attributes) { skipDepth = 1 }
  }

  func endElement(_ name: String?) {
    if skipDepth > 0 {
      skipDepth -= 1
      if skipDepth > 0 { return }
    }
    guard let name, let position = open.lastIndex(where: { $0.tag == name }) else { return }
    open.removeSubrange(position...)
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard skipDepth == 0, let parent = open.last?.index else { return }
    tree.appendText(bytes, parent: parent)
  }
}
