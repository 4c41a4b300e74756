/// A set of short words answered by an FNV-1a hash of their bytes, without Swift's seeded hasher.
///
/// Used where every token of a document is checked against a word list: it may say yes for a word
/// that is not in the list (a hash collision), so callers use it to skip work, not to decide.
struct WordSet: Sendable {
  private var slots: [UInt64]
  private var mask: Int
  private var count = 0

  init<S: Sequence>(_ words: S) where S.Element == String {
    slots = [UInt64](repeating: 0, count: 16)
    mask = 15
    for word in words { insert(word) }
  }

  init() { self.init([String]()) }

  mutating func insert(_ word: String) { insert(hash: Self.hash(word)) }

  private mutating func insert(hash: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if slots[slot] == hash { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = hash
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for hash in old where hash != 0 { insert(hash: hash) }
  }

  static func hash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash == 0 ? 1 : hash
  }

  /// Whether the word may be in the set (no false negatives).
  func mayContain(_ word: String) -> Bool {
    let hash = Self.hash(word)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if slots[slot] == hash { return true }
      slot = (slot + 1) & mask
    }
    return false
  }
}
