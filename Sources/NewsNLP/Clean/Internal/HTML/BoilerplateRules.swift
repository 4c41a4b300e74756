import Synchronization

/// What on a news page is never article text, and what marks the article.
///
/// Facts gathered from how common publishing systems (WordPress and its themes, Drupal, Disqus,
/// Jetpack) name their parts; matching is on lower-case tokens of `id` and `class`.
enum BoilerplateRules {
  /// Elements whose content is never read; they are kept empty so their attributes still count.
  static let contentlessTags: Set<String> = [
    "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "math", "select",
    "textarea", "button", "video", "audio", "map", "picture", "source", "img",
  ]

  /// Elements that are never article text.
  static let removedTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "form", "input", "textarea", "select",
    "button", "nav", "aside", "object", "embed", "canvas", "label", "option", "video", "audio", "dialog",
    "menu", "head", "figure", "figcaption", "map",
  ]

  /// Landmark roles that are never article text.
  static let removedRoles: Set<String> = [
    "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu",
    "menubar", "toolbar", "form",
  ]

  /// Class or id tokens that mark a container to drop, with the reason reported.
  static let tokenReasons: [String: String] = {
    var table: [String: String] = [:]
    let groups: [(String, [String])] = [
      ("comments", [
        "comment", "comments", "commentlist", "commentform", "respond", "reply", "replies", "disqus",
        "discussion", "wpdiscuz", "akismet", "comentarios",
      ]),
      ("share widget", [
        "share", "shares", "sharing", "sharedaddy", "sharethis", "addthis", "addtoany", "social", "socials",
        "like", "likes", "wpl", "reactions", "follow",
      ]),
      ("related stories", [
        "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "readmore",
        "more", "trending", "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "nextprev",
        "pagination", "pager",
      ]),
      ("newsletter", ["newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "optin", "paywall", "regwall"]),
      ("cookie banner", ["cookie", "cookies", "consent", "gdpr", "cmp"]),
      ("advertisement", [
        "ad", "ads", "adsense", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising",
        "sponsor", "sponsored", "promo", "promotion", "promoted", "dfp", "gpt", "banner",
      ]),
      ("author box", ["authorbox", "bio", "biography"]),
      ("tags", ["tags", "tag", "tagcloud", "taglist", "categories", "category", "topics", "keywords"]),
      ("breadcrumbs", ["breadcrumb", "breadcrumbs", "crumbs"]),
      ("print links", ["print", "reprint", "reprints", "permissions", "tools", "toolbar", "utility"]),
      ("page furniture", [
        "sidebar", "widget", "widgets", "menu", "navbar", "navigation", "nav", "masthead", "modal", "popup",
        "overlay", "skip", "srt", "sronly", "hidden", "offscreen", "footer", "header", "meta", "byline",
        "dateline", "timestamp", "caption", "credit", "credits", "lightbox", "gallery", "toc", "donate",
      ]),
    ]
    for (reason, tokens) in groups {
      for token in tokens { table[token] = reason }
    }
    return table
  }()

  /// Compound class names that the token rules alone would miss, as runs of tokens.
  static let phraseReasons: [([String], String)] = [
    (["author", "box"], "author box"), (["author", "bio"], "author box"), (["about", "author"], "author box"),
    (["author", "info"], "author box"), (["post", "author"], "author box"), (["screen", "reader"], "page furniture"),
    (["sr", "only"], "page furniture"), (["visually", "hidden"], "page furniture"),
    (["jp", "relatedposts"], "related stories"), (["post", "sharing"], "share widget"),
    (["source", "tags"], "tags"), (["block", "related"], "related stories"), (["post", "navigation"], "related stories"),
    (["entry", "meta"], "page furniture"), (["post", "meta"], "page furniture"),
  ]

  /// Tokens too general to drop a container that holds most of the page's text.
  static let weakReasons: Set<String> = ["page furniture", "advertisement", "print links", "tags"]

  /// Classes that mark the article body.
  static let contentClasses: Set<String> = [
    "entry-content", "post-content", "article-body", "article-content", "articlebody", "article__body",
    "article-text", "story-body", "story-content", "storycontent", "td-post-content", "field-name-body",
    "field--name-body", "post-body", "postbody", "content-body", "body-text", "article__content",
    "c-entry-content", "rich-text", "entry", "post-entry", "news-body", "text-body",
  ]

  /// Paragraphs that are page furniture wherever they stand in an HTML page.
  static let furnitureParagraphs: Set<String> = [
    "advertisement", "continue reading the main story", "skip advertisement", "story continues below",
    "story continues below advertisement", "article continues below advertisement", "read more", "read more below",
    "click here to read more", "sign up for our newsletter", "subscribe to our newsletter", "listen to this article",
    "share this article", "share", "print", "email", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
  ]

  /// Link texts that make a short paragraph a promotion rather than article text.
  static let callsToAction: Set<String> = [
    "sign up", "sign me up", "sign up now", "sign up here", "subscribe", "subscribe now", "subscribe here",
    "subscribe today", "join now", "click here", "learn more", "download the app", "get the app", "register",
    "register now", "log in", "sign in", "try it free", "start your free trial", "get alerts", "follow us",
  ]

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// A short line with a month and a year or day, and no sentence ending: "March 8, 2024 · Lydia Wong".
  static func looksLikeDateline(_ text: String) -> Bool {
    if let last = text.last, ".!?”\"".contains(last) { return false }
    let words = ResidueFilter.normalize(Substring(text)).split(separator: " ")
    guard words.contains(where: { months.contains(String($0)) }) else { return false }
    return words.contains(where: { word in word.allSatisfy(\.isNumber) && (word.count == 4 || word.count <= 2) })
  }

  /// The drop reason for an element's `id` and `class`, if any.
  static func reason(id: String?, classes: String?) -> String? {
    if let id, let reason = classify(id).reason { return reason }
    if let classes { return classify(classes).reason }
    return nil
  }

  /// Decisions for class lists seen before, shared by every document and task: pages from one
  /// site repeat the same class lists, so a batch decides each list once. Bounded, so memory
  /// stays flat over a batch of any size.
  private static let classCache = Mutex<[String: ClassDecision]>([:])
  private static let classCacheLimit = 20_000

  struct ClassDecision: Sendable {
    var reason: String?
    var isContent: Bool
  }

  /// ``classify(_:)`` through the shared cache.
  static func cachedClassify(_ value: String) -> ClassDecision {
    if let known = classCache.withLock({ $0[value] }) { return known }
    let (reason, isContent) = classify(value)
    let decision = ClassDecision(reason: reason, isContent: isContent)
    classCache.withLock { cache in
      if cache.count >= classCacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[value] = decision
    }
    return decision
  }

  /// One pass over an `id` or `class` value: the drop reason of its lower-case alphanumeric tokens
  /// (and token pairs), and whether one of its space-separated names marks an article body.
  static func classify(_ value: String) -> (reason: String?, isContent: Bool) {
    var value = value
    if value.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { value = value.lowercased() }
    return value.withUTF8 { lower in
      var reason: String?
      var isContent = false
      do {
        var previousToken = ""
        var tokenStart = -1
        var nameStart = -1
        for index in 0...lower.count {
          let byte = index < lower.count ? lower[index] : 0x20
          let isAlnum = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
          let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
          if isAlnum {
            if tokenStart < 0 { tokenStart = index }
          } else if tokenStart >= 0 {
            let token = String(decoding: UnsafeBufferPointer(rebasing: lower[tokenStart..<index]), as: UTF8.self)
            tokenStart = -1
            if reason == nil {
              reason = tokenReasons[token]
              if reason == nil {
                for (phrase, phraseReason) in phraseReasons where phrase[0] == previousToken && phrase[1] == token {
                  reason = phraseReason
                  break
                }
              }
            }
            previousToken = token
          }
          if isSpace {
            if nameStart >= 0, !isContent, index - nameStart <= 24 {
              let name = String(decoding: UnsafeBufferPointer(rebasing: lower[nameStart..<index]), as: UTF8.self)
              isContent = contentClasses.contains(name)
            }
            nameStart = -1
          } else if nameStart < 0 {
            nameStart = index
          }
        }
      }
      return (reason, isContent)
    }
  }

  /// Lower-case runs of ASCII letters and digits; any other byte separates tokens.
  static func asciiTokens(_ value: String) -> [String] {
    var tokens: [String] = []
    var current: [UInt8] = []
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
      default:
        if !current.isEmpty {
          tokens.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
    }
    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
    return tokens
  }

  /// Whether inline style hides the element.
  static func styleHides(_ style: String) -> Bool {
    let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }
}
