/// What the cleaner needs to know about a tag, decided once per node when the tree is built
/// rather than by comparing strings in every pass.
struct TagTraits: OptionSet, Sendable {
  let rawValue: UInt16

  /// Never article text (script, nav, form, figure …).
  static let removed = TagTraits(rawValue: 1 << 0)
  /// Starts and ends a paragraph of output.
  static let block = TagTraits(rawValue: 1 << 1)
  /// Left out of the article body (header, footer, figures, the headline).
  static let skippedInArticle = TagTraits(rawValue: 1 << 2)
  /// Holds paragraph text (p, li, blockquote, pre).
  static let paragraph = TagTraits(rawValue: 1 << 3)
  /// Text directly inside it is part of a paragraph, not loose text of a container.
  static let inlineOrParagraph = TagTraits(rawValue: 1 << 4)
  static let link = TagTraits(rawValue: 1 << 5)
  static let lineBreak = TagTraits(rawValue: 1 << 6)
  static let cell = TagTraits(rawValue: 1 << 7)
  static let headline = TagTraits(rawValue: 1 << 8)
  /// Where the search for a headline around the article stops (article, main, body).
  static let headlineScope = TagTraits(rawValue: 1 << 9)
  /// Never dropped for its class or id (html, body, main, article).
  static let classExempt = TagTraits(rawValue: 1 << 10)
  static let article = TagTraits(rawValue: 1 << 11)
  /// Elements the metadata reader looks at (meta, link, script, time).
  static let metadata = TagTraits(rawValue: 1 << 12)

  static let byTag: [String: TagTraits] = {
    var table: [String: TagTraits] = [:]
    func add(_ tags: [String], _ traits: TagTraits) {
      for tag in tags { table[tag, default: []].formUnion(traits) }
    }
    add(Array(BoilerplateRules.removedTags), .removed)
    add([
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
      "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "center", "address",
      "details", "summary", "body", "html",
    ], .block)
    add(["header", "footer", "figure", "figcaption", "h1"], .skippedInArticle)
    add(["p", "pre", "blockquote", "li"], .paragraph)
    add([
      "p", "pre", "blockquote", "li", "a", "span", "b", "i", "em", "strong", "u", "small", "sup", "sub", "cite",
      "q", "abbr", "time", "mark", "code", "font", "h1", "h2", "h3", "h4", "h5", "h6", "title", "script",
    ], .inlineOrParagraph)
    add(["a"], .link)
    add(["br"], .lineBreak)
    add(["td", "th"], .cell)
    add(["h1"], .headline)
    add(["article", "main", "body"], .headlineScope)
    add(["html", "body", "main", "article"], .classExempt)
    add(["article"], .article)
    add(["meta", "link", "script", "time"], .metadata)
    return table
  }()
}
