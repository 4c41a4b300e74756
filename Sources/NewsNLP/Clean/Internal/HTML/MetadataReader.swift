import Foundation

/// Reads title, byline, date, canonical URL and site name from meta tags and JSON-LD.
struct MetadataReader {
  let tree: HTMLTree

  func read() -> Metadata {
    var meta: [String: String] = [:]
    var canonical: String?
    var jsonLD: [[String: Any]] = []
    var timeElement: String?
    var bylineElement: String?
    for (index, node) in tree.nodes.enumerated() where node.hasAttributes {
      switch node.traits.contains(.metadata) ? node.tag : "" {
      case "meta":
        let key = (tree.attribute(.property, of: index) ?? tree.attribute(.name, of: index)
          ?? tree.attribute(.itemprop, of: index))?.lowercased()
        if let key, let content = tree.attribute(.content, of: index), !content.isEmpty, meta[key] == nil {
          meta[key] = WhitespaceCollapser.collapse(content)
        }
        continue
      case "link":
        if tree.attribute(.rel, of: index)?.lowercased().split(separator: " ").contains("canonical") == true {
          canonical = canonical ?? tree.attribute(.href, of: index)
        }
      case "script":
        if tree.attribute(.type, of: index)?.lowercased().hasSuffix("ld+json") == true {
          jsonLD.append(contentsOf: Self.articleObjects(in: tree.textContent(of: index)))
        }
      case "time":
        if timeElement == nil, let value = tree.attribute(.datetime, of: index), !value.isEmpty { timeElement = value }
      default:
        break
      }
      if bylineElement == nil {
        if tree.attribute(.rel, of: index)?.lowercased() == "author" || tree.attribute(.itemprop, of: index)?.lowercased() == "author"
          || tree.attribute(.class, of: index).map(Self.isBylineClass) == true
        {
          let text = Self.cleanByline(tree.textContent(of: index))
          if !text.isEmpty && text.count < 120 { bylineElement = text }
        }
      }
    }
    let article = jsonLD.first
    var metadata = Metadata()
    metadata.title = meta["og:title"] ?? meta["twitter:title"] ?? (article?["headline"] as? String).map(WhitespaceCollapser.collapse)
    metadata.byline = Self.authorNames(article?["author"]) ?? meta["author"] ?? meta["byl"].map(Self.cleanByline)
      ?? meta["dcterms.creator"] ?? meta["dc.creator"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? bylineElement
    metadata.published = meta["article:published_time"] ?? (article?["datePublished"] as? String)
      ?? meta["datepublished"] ?? meta["pubdate"] ?? meta["date"] ?? meta["dc.date"] ?? timeElement
    metadata.url = canonical ?? meta["og:url"] ?? (article?["url"] as? String)
    metadata.siteName = meta["og:site_name"] ?? Self.name(of: article?["publisher"]) ?? meta["application-name"]
    return metadata
  }

  /// JSON-LD objects that describe an article, looking inside `@graph` and arrays.
  static func articleObjects(in json: String) -> [[String: Any]] {
    guard let data = json.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return [] }
    var result: [[String: Any]] = []
    var queue: [Any] = [value]
    while let item = queue.popLast() {
      if let array = item as? [Any] {
        queue.append(contentsOf: array.reversed())
      } else if let object = item as? [String: Any] {
        if let graph = object["@graph"] { queue.append(graph) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
          result.append(object)
        }
      }
    }
    return result
  }

  private static func authorNames(_ value: Any?) -> String? {
    if let array = value as? [Any] {
      let names = array.compactMap { name(of: $0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return name(of: value)
  }

  private static func name(of value: Any?) -> String? {
    if let string = value as? String { return string.isEmpty ? nil : string }
    if let object = value as? [String: Any], let name = object["name"] as? String, !name.isEmpty { return name }
    return nil
  }

  private static func isBylineClass(_ classes: String) -> Bool {
    // Most class lists mention neither word; a byte scan rules them out without splitting.
    guard containsASCIICaseInsensitive(classes, "byline") || containsASCIICaseInsensitive(classes, "author") else {
      return false
    }
    let tokens = BoilerplateRules.asciiTokens(classes)
    guard let first = tokens.firstIndex(where: { $0 == "byline" || $0 == "author" }) else { return false }
    // "byline", "byline__name", "author-name"
    return tokens[first] == "byline" || (first + 1 < tokens.count && tokens[first + 1] == "name")
  }

  /// "By Jane Doe and John Roe" → "Jane Doe and John Roe".
  static func cleanByline(_ text: String) -> String {
    var result = WhitespaceCollapser.collapse(text)
    if result.lowercased().hasPrefix("by ") { result = String(result.dropFirst(3)) }
    return result
  }

  static func containsASCIICaseInsensitive(_ text: String, _ needle: StaticString) -> Bool {
    let count = needle.utf8CodeUnitCount
    let pattern = needle.utf8Start
    let bytes = text.utf8
    guard bytes.count >= count else { return false }
    var matched = 0
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if lower == pattern[matched] {
        matched += 1
        if matched == count { return true }
        index = bytes.index(after: index)
      } else if matched > 0 {
        // Restart one byte after where this partial match began.
        index = bytes.index(index, offsetBy: 1 - matched)
        matched = 0
      } else {
        index = bytes.index(after: index)
      }
    }
    return false
  }
}
