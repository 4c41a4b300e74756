/// A line diff (Myers' algorithm) printed as a unified diff.
enum LineDiff {
  enum Edit: Equatable {
    case same(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  /// Beyond this many differing lines the diff is summarised rather than computed.
  static let maximumEditDistance = 4000

  /// The edit script from `a` to `b`, or nil when they differ in more than `maximumEditDistance` lines.
  static func edits(_ a: [Substring], _ b: [Substring]) -> [Edit]? {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    guard let middle = myers(middleA, middleB) else { return nil }
    var result: [Edit] = (0..<prefix).map { .same($0, $0) }
    for edit in middle {
      switch edit {
      case .same(let i, let j): result.append(.same(i + prefix, j + prefix))
      case .delete(let i): result.append(.delete(i + prefix))
      case .insert(let j): result.append(.insert(j + prefix))
      }
    }
    for offset in 0..<suffix { result.append(.same(a.count - suffix + offset, b.count - suffix + offset)) }
    return result
  }

  private static func myers(_ a: [Substring], _ b: [Substring]) -> [Edit]? {
    let n = a.count
    let m = b.count
    if n == 0 { return (0..<m).map { .insert($0) } }
    if m == 0 { return (0..<n).map { .delete($0) } }
    let limit = min(n + m, maximumEditDistance)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    var trace: [[Int]] = []
    for d in 0...limit {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) {
          x = v[k + 1 + offset]
        } else {
          x = v[k - 1 + offset] + 1
        }
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[k + offset] = x
        if x >= n && y >= m { return backtrack(trace, n, m, offset) }
      }
    }
    return nil
  }

  private static func backtrack(_ trace: [[Int]], _ n: Int, _ m: Int, _ offset: Int) -> [Edit] {
    var x = n
    var y = m
    var edits: [Edit] = []
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK = (k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset])) ? k + 1 : k - 1
      let previousX = v[previousK + offset]
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        edits.append(.same(x - 1, y - 1))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX { edits.append(.insert(y - 1)) } else { edits.append(.delete(x - 1)) }
      }
      x = previousX
      y = previousY
    }
    return edits.reversed()
  }

  /// A unified diff of two texts with three lines of context, or "" when they are equal.
  static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
    if old == new { return "" }
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    var output = "--- \(oldName)\n+++ \(newName)\n"
    guard let edits = edits(a, b) else {
      return output + "@@ too many differences to show: \(a.count) lines before, \(b.count) after @@\n"
    }
    // Group changes into hunks that share context.
    var changeIndices: [Int] = []
    for (index, edit) in edits.enumerated() {
      if case .same = edit { continue }
      changeIndices.append(index)
    }
    var hunks: [(Int, Int)] = []
    for index in changeIndices {
      let low = max(0, index - context)
      let high = min(edits.count, index + context + 1)
      if let last = hunks.last, low <= last.1 {
        hunks[hunks.count - 1].1 = high
      } else {
        hunks.append((low, high))
      }
    }
    for (low, high) in hunks {
      var oldStart = -1
      var newStart = -1
      var oldCount = 0
      var newCount = 0
      var body = ""
      for edit in edits[low..<high] {
        switch edit {
        case .same(let i, let j):
          if oldStart < 0 { oldStart = i }
          if newStart < 0 { newStart = j }
          oldCount += 1
          newCount += 1
          body += " \(a[i])\n"
        case .delete(let i):
          if oldStart < 0 { oldStart = i }
          oldCount += 1
          body += "-\(a[i])\n"
        case .insert(let j):
          if newStart < 0 { newStart = j }
          newCount += 1
          body += "+\(b[j])\n"
        }
      }
      // A hunk that only inserts or only deletes starts where the other side's position is.
      if oldStart < 0 { oldStart = position(in: edits, before: low, old: true) }
      if newStart < 0 { newStart = position(in: edits, before: low, old: false) }
      output += "@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@\n"
      output += body
    }
    return output
  }

  private static func position(in edits: [Edit], before index: Int, old: Bool) -> Int {
    var count = 0
    for edit in edits[..<index] {
      switch edit {
      case .same: count += 1
      case .delete: if old { count += 1 }
      case .insert: if !old { count += 1 }
      }
    }
    return count
  }
}
