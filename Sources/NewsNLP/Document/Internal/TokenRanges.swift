/// Maps spans in text order to the ranges of token indices they cover, in one forward pass.
///
/// Spans that cover no token are left out; each range comes with the item it belongs to.
func tokenRanges<Item>(of items: [Item], span: (Item) -> Span, tokens: [Span]) -> [(range: Range<Int>, item: Item)] {
  var result: [(range: Range<Int>, item: Item)] = []
  result.reserveCapacity(items.count)
  var token = 0
  for item in items {
    let itemSpan = span(item)
    while token < tokens.count && tokens[token].end <= itemSpan.start { token += 1 }
    var end = token
    while end < tokens.count && tokens[end].start < itemSpan.end { end += 1 }
    if end > token { result.append((token..<end, item)) }
  }
  return result
}
