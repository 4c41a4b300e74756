/// Finds the article in a parsed page and writes it as text: headline, blank line, paragraphs.
///
/// Nodes are stored in document order with parents before children, so every pass here is a
/// loop over indices: forward passes push facts down the tree, backward passes sum them up.
struct ArticleExtractor {
  struct Result {
    var text: String
    var metadata: Metadata
    var removed: [RemovedText]
  }

  let tree: HTMLTree
  let report: Bool
  private let count: Int
  private var parent: [Int32]
  /// One past the last node of each node's subtree.
  private var subtreeEnd: [Int32]
  /// Why a node (and so its subtree) is dropped, or nil.
  private var dropReason: [String?]
  /// Whether the drop reason came from `id`/`class` (and may be lifted to save the article).
  private var droppedByClass: [Bool]
  /// Whether the class marks an article body ("entry-content", "story-body" …).
  private var hasContentClass: [Bool]
  private var removed: [RemovedText] = []
  /// Text length per subtree, counting only drops by tag, role or hidden state.
  private var lengthsIgnoringClassDrops: [Int] = []

  init(tree: HTMLTree, report: Bool) {
    self.tree = tree
    self.report = report
    count = tree.nodes.count
    parent = tree.nodes.map(\.parent)
    subtreeEnd = tree.subtreeEnds()
    dropReason = Array(repeating: nil, count: tree.nodes.count)
    droppedByClass = Array(repeating: false, count: tree.nodes.count)
    hasContentClass = Array(repeating: false, count: tree.nodes.count)
  }

  mutating func extract() throws(DocumentError) -> Result {
    guard count > 0 else { throw .noText(reason: "the page has no elements") }
    var metadata = MetadataReader(tree: tree).read()
    markNeverArticle()
    let container = findContainer()
    let headline = findHeadline(container: container, metadata: metadata)
    var paragraphs: [String] = []
    if let container { paragraphs = self.paragraphs(in: container) }
    removeLeadingHeadlineAndByline(&paragraphs, headline: headline, metadata: &metadata)
    var parts: [String] = []
    if let headline { parts.append(headline) }
    parts.append(contentsOf: paragraphs)
    guard !parts.isEmpty else {
      throw .noText(reason: "the page has no visible article text")
    }
    if metadata.title == nil { metadata.title = headline }
    return Result(text: parts.joined(separator: "\n\n"), metadata: metadata, removed: removed)
  }

  // MARK: - What is never article text

  private mutating func markNeverArticle() {
    for index in 0..<count {
      let traits = tree.nodes[index].traits
      guard !tree.nodes[index].isText, tree.nodes[index].hasAttributes || traits.contains(.removed) else { continue }
      if traits.contains(.removed) {
        dropReason[index] = "<\(tree.nodes[index].tag)>"
        continue
      }
      if tree.attribute(.hidden, of: index) != nil || tree.attribute(.ariaHidden, of: index)?.lowercased() == "true"
        || tree.attribute(.style, of: index).map(BoilerplateRules.styleHides) == true
      {
        dropReason[index] = "hidden element"
      } else if let role = tree.attribute(.role, of: index)?.lowercased(), BoilerplateRules.removedRoles.contains(role) {
        dropReason[index] = "role \(role)"
      } else if !traits.contains(.classExempt) {
        var reason = tree.attribute(.id, of: index).flatMap { BoilerplateRules.reason(id: $0, classes: nil) }
        if let classes = tree.attribute(.class, of: index) {
          let decision = BoilerplateRules.cachedClassify(classes)
          reason = reason ?? decision.reason
          hasContentClass[index] = decision.isContent
        }
        if let reason {
          dropReason[index] = reason
          droppedByClass[index] = true
        }
      }
    }
    // A general token ("sidebar", "ad") on a wrapper that holds most of the page's text is a layout
    // class, not boilerplate.
    let lengths = textLengths(countingClassDrops: false)
    lengthsIgnoringClassDrops = lengths
    let total = max(1, lengths[0])
    for index in 0..<count where droppedByClass[index] {
      if let reason = dropReason[index], BoilerplateRules.weakReasons.contains(reason),
        lengths[index] * 2 > total
      {
        dropReason[index] = nil
        droppedByClass[index] = false
      }
    }
  }

  /// Visible text length (UTF-8 bytes, whitespace included) of each subtree, ignoring dropped nodes.
  ///
  /// With `countingClassDrops` false, only drops by tag, role or hidden state count: the article
  /// may sit inside a wrapper whose class merely looks like boilerplate ("has-sidebar").
  private func textLengths(linksOnly: Bool = false, countingClassDrops: Bool = true) -> [Int] {
    var lengths = [Int](repeating: 0, count: count)
    var dropped = [Bool](repeating: false, count: count)
    var inLink = [Bool](repeating: false, count: count)
    for index in 0..<count {
      let p = Int(parent[index])
      let droppedHere = dropReason[index] != nil && (countingClassDrops || !droppedByClass[index])
      dropped[index] = droppedHere || (p >= 0 && dropped[p])
      inLink[index] = tree.nodes[index].traits.contains(.link) || (p >= 0 && inLink[p])
    }
    for index in stride(from: count - 1, through: 0, by: -1) {
      if tree.nodes[index].isText && !dropped[index] && (!linksOnly || inLink[index]) {
        lengths[index] += tree.textLength(of: index)
      }
      let p = Int(parent[index])
      if p >= 0 && !dropped[index] { lengths[p] += lengths[index] }
    }
    return lengths
  }

  // MARK: - The article container

  private mutating func findContainer() -> Int32? {
    // Drops by class do not count here, so lifting weak ones above changed nothing: reuse the sums.
    let lengths = lengthsIgnoringClassDrops
    var best: (index: Int, score: Double)?
    for index in 0..<count {
      let node = tree.nodes[index]
      guard !node.isText else { continue }
      let weight: Double
      if tree.attribute(.itemprop, of: index)?.lowercased() == "articlebody" {
        weight = 1.5
      } else if hasContentClass[index] {
        weight = 1.25
      } else if node.traits.contains(.article) || tree.attribute(.role, of: index)?.lowercased() == "article" {
        weight = 1.0
      } else {
        continue
      }
      guard !isInsideStrongDrop(index) else { continue }
      let score = Double(lengths[index]) * weight
      if lengths[index] >= 80 && score > (best?.score ?? 0) { best = (index, score) }
    }
    if let best {
      liftClassDrops(above: best.index)
      return Int32(best.index)
    }
    return densityContainer()
  }

  /// Whether an ancestor (or the node) is dropped for a reason other than a weak class token.
  private func isInsideStrongDrop(_ index: Int) -> Bool {
    var node = index
    while node >= 0 {
      if let reason = dropReason[node] {
        if !droppedByClass[node] || !BoilerplateRules.weakReasons.contains(reason) { return true }
      }
      node = Int(parent[node])
    }
    return false
  }

  private mutating func liftClassDrops(above index: Int) {
    var node = Int(parent[index])
    while node >= 0 {
      if droppedByClass[node] {
        dropReason[node] = nil
        droppedByClass[node] = false
      }
      node = Int(parent[node])
    }
  }

  /// For pages without structural hints: the element whose paragraphs hold the most non-link text.
  private func densityContainer() -> Int32? {
    let lengths = textLengths()
    let linkLengths = textLengths(linksOnly: true)
    var scores = [Double](repeating: 0, count: count)
    var dropped = [Bool](repeating: false, count: count)
    for index in 0..<count {
      let p = Int(parent[index])
      dropped[index] = dropReason[index] != nil || (p >= 0 && dropped[p])
    }
    for index in 0..<count where !dropped[index] {
      let node = tree.nodes[index]
      let isParagraph = node.traits.contains(.paragraph)
      // Text sitting directly in a div (pages that separate paragraphs with <br>) counts for that div.
      let isLooseText = node.isText && parent[index] >= 0
        && !tree.nodes[Int(parent[index])].traits.contains(.inlineOrParagraph)
      guard isParagraph || isLooseText else { continue }
      let length = lengths[index]
      guard length >= 25 else { continue }
      let linkDensity = Double(linkLengths[index]) / Double(max(1, length))
      let score = Double(length) * (1 - linkDensity)
      let owner = Int(parent[index])
      guard owner >= 0 else { continue }
      scores[owner] += score
      // A paragraph also speaks for the block around its parent (Readability's rule of thumb).
      let grandparent = Int(parent[owner])
      if grandparent >= 0 && isParagraph { scores[grandparent] += score / 2 }
    }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else {
      return Int32(tree.first(tag: "body") ?? 0)
    }
    return Int32(best)
  }

  // MARK: - Headline

  private func findHeadline(container: Int32?, metadata: Metadata) -> String? {
    if let container {
      // An <h1> in the container, or in the <article> or <main> around it.
      var scope = Int(container)
      while scope >= 0 {
        if let h1 = firstH1(in: scope) { return h1 }
        if tree.nodes[scope].traits.contains(.headlineScope) { break }
        scope = Int(parent[scope])
      }
    }
    if let title = metadata.title, !title.isEmpty { return title }
    guard let titleElement = tree.first(tag: "title") else { return nil }
    let title = tree.textContent(of: titleElement)
    return title.isEmpty ? nil : Self.strippingSiteName(title, siteName: metadata.siteName)
  }

  private func firstH1(in scope: Int) -> String? {
    var index = scope
    let end = Int(subtreeEnd[scope])
    while index < end {
      let node = tree.nodes[index]
      if node.traits.contains(.headline) && !isHidden(index) {
        let text = tree.textContent(of: index)
        if !text.isEmpty { return text }
      }
      index += 1
    }
    return nil
  }

  private func isHidden(_ index: Int) -> Bool {
    var node = index
    while node >= 0 {
      if dropReason[node] == "hidden element" { return true }
      node = Int(parent[node])
    }
    return false
  }

  /// "Talks resume | The Daily Planet" → "Talks resume".
  static func strippingSiteName(_ title: String, siteName: String?) -> String {
    let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " / "]
    for separator in separators where title.contains(separator) {
      let parts = title.components(separatedBy: separator).map { $0.trimmingASCIIWhitespaceAndQuotes() }
      if let siteName {
        let kept = parts.filter { !$0.caseInsensitiveEquals(siteName) }
        if kept.count < parts.count && !kept.isEmpty { return kept.joined(separator: separator) }
      }
      return parts.max(by: { $0.count < $1.count }) ?? title
    }
    return title
  }

  /// Pages without markup for them repeat the headline and put "By …" at the top of the text.
  private mutating func removeLeadingHeadlineAndByline(
    _ paragraphs: inout [String], headline: String?, metadata: inout Metadata
  ) {
    var examined = 0
    while examined < 2, let first = paragraphs.first {
      examined += 1
      var lines = first.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
      var changed = false
      while let line = lines.first {
        if let headline, line.utf8.count == headline.utf8.count, line.caseInsensitiveEquals(headline) {
          record(line, "repeated headline")
        } else if Self.isBylineLine(line) {
          if metadata.byline == nil { metadata.byline = MetadataReader.cleanByline(line) }
          record(line, "byline")
        } else {
          break
        }
        lines.removeFirst()
        changed = true
      }
      guard changed else { break }
      if lines.isEmpty {
        paragraphs.removeFirst()
      } else {
        paragraphs[0] = lines.joined(separator: "\n")
        break
      }
    }
  }

  /// "By Dale Henley, Gazette staff": short, starts with "By ", no sentence punctuation at the end.
  static func isBylineLine(_ line: String) -> Bool {
    guard line.utf8.count < 100, line.utf8.starts(with: "By ".utf8) || line.utf8.starts(with: "by ".utf8)
      || line.utf8.starts(with: "BY ".utf8)
    else { return false }
    let words = line.split(separator: " ")
    guard words.count >= 2 && words.count <= 10, words[0] == "By" || words[0] == "by" || words[0] == "BY" else {
      return false
    }
    guard let last = line.last else { return false }
    return last != "." || line.hasSuffix("Jr.") || line.hasSuffix("Sr.")
  }

  // MARK: - Paragraphs

  private mutating func paragraphs(in container: Int32) -> [String] {
    var paragraphs: [String] = []
    var current = WhitespaceCollapser()
    var linkBytes = 0
    var linkTexts: [String] = []
    var openBlocks: [Int] = []
    var openLinks: [(end: Int, start: Int)] = []
    let end = Int(subtreeEnd[Int(container)])
    var index = Int(container) + 1

    func flush(_ extractor: inout ArticleExtractor) {
      let text = current.trimmedResult
      let links = linkBytes
      let anchors = linkTexts
      current = WhitespaceCollapser()
      linkBytes = 0
      linkTexts = []
      openLinks = openLinks.map { ($0.end, 0) }
      guard !text.isEmpty else { return }
      if let reason = extractor.paragraphDropReason(text, linkBytes: links, linkTexts: anchors) {
        extractor.record(text, reason)
        return
      }
      paragraphs.append(text)
    }

    while index < end {
      while let link = openLinks.last, index >= link.end {
        openLinks.removeLast()
        if link.start < current.bytes.count {
          linkTexts.append(String(decoding: current.bytes[link.start...], as: UTF8.self))
        }
      }
      while let blockEnd = openBlocks.last, index >= blockEnd {
        openBlocks.removeLast()
        flush(&self)
      }
      let node = tree.nodes[index]
      if let reason = dropReason[index] {
        if report { record(tree.textContent(of: index), reason) }
        index = Int(subtreeEnd[index])
        continue
      }
      if node.isText {
        let before = current.bytes.count
        current.append(tree.textBytes(of: index))
        if !openLinks.isEmpty { linkBytes += current.bytes.count - before }
        index += 1
        continue
      }
      if node.traits.contains(.skippedInArticle) {
        if report && !node.traits.contains(.headline) { record(tree.textContent(of: index), "<\(node.tag)> in the article") }
        index = Int(subtreeEnd[index])
        continue
      }
      if node.traits.contains(.lineBreak) {
        // One <br> breaks the line; two in a row end the paragraph.
        if current.bytes.last == 0x0A {
          flush(&self)
        } else {
          current.lineBreak()
        }
      } else if node.traits.contains(.block) {
        flush(&self)
        openBlocks.append(Int(subtreeEnd[index]))
      } else if node.traits.contains(.link) {
        openLinks.append((Int(subtreeEnd[index]), current.bytes.count))
      } else if node.traits.contains(.cell) {
        current.space()
      }
      index += 1
    }
    flush(&self)
    return paragraphs
  }

  /// Why a paragraph is not article text: furniture phrases, residue lines, short link-only blocks.
  private func paragraphDropReason(_ text: String, linkBytes: Int, linkTexts: [String]) -> String? {
    let length = text.utf8.count
    if length <= ResidueFilter.maximumLineBytes {
      let key = ResidueFilter.normalize(Substring(text))
      if key.isEmpty && length < 4 { return "punctuation only" }
      if BoilerplateRules.furnitureParagraphs.contains(key) { return "page furniture" }
      if ResidueFilter.lines.contains(key) { return "comment-form or widget residue" }
    }
    var words = 1
    for byte in text.utf8 where byte == 0x20 { words += 1 }
    if linkBytes * 10 >= text.utf8.count * 6 && words < 25 { return "link-heavy block" }
    if words < 30 && linkTexts.contains(where: { BoilerplateRules.callsToAction.contains(ResidueFilter.normalize(Substring($0))) }) {
      return "promotion"
    }
    if words <= 10 && BoilerplateRules.looksLikeDateline(text) { return "dateline" }
    return nil
  }

  private mutating func record(_ text: String, _ reason: String) {
    guard report, !text.isEmpty else { return }
    removed.append(RemovedText(text: text, reason: reason))
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool {
    lowercased() == other.lowercased()
  }
}
