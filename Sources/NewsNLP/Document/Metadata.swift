/// Facts about an article that come from the page rather than its text.
public struct Metadata: Hashable, Sendable, Codable {
  /// The headline.
  public var title: String?
  /// The author line, as the page gives it.
  public var byline: String?
  /// The publication date, as the page gives it (usually ISO 8601).
  public var published: String?
  /// The canonical URL of the article.
  public var url: String?
  /// The name of the site or publication.
  public var siteName: String?

  /// Creates metadata; every field is optional.
  public init(
    title: String? = nil, byline: String? = nil, published: String? = nil,
    url: String? = nil, siteName: String? = nil
  ) {
    self.title = title
    self.byline = byline
    self.published = published
    self.url = url
    self.siteName = siteName
  }

  /// Whether no field is known.
  public var isEmpty: Bool {
    title == nil && byline == nil && published == nil && url == nil && siteName == nil
  }
}
