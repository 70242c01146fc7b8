/// A set of pod classes as a bitset (one bit per class index).
public struct ClassSet: Sendable, Hashable {
  /// The 64-bit words; bit *i* of word *w* is class `64·w + i`.
  public private(set) var words: [UInt64]
  /// The number of classes the set ranges over.
  public let capacity: Int

  /// An empty set over `capacity` classes.
  public init(capacity: Int) {
    self.capacity = capacity
    words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
  }

  /// The set of every class `0..<capacity`.
  public static func full(capacity: Int) -> ClassSet {
    var set = ClassSet(capacity: capacity)
    set.insert(range: 0..<capacity)
    return set
  }

  /// Whether a class is in the set.
  @inline(__always) public func contains(_ index: Int) -> Bool {
    words[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  /// Adds a class.
  @inline(__always) public mutating func insert(_ index: Int) {
    words[index >> 6] |= 1 << UInt64(index & 63)
  }

  /// Adds a contiguous range of classes.
  ///
  /// - Complexity: O(*n*/64) in the range's length.
  public mutating func insert(range: Range<Int>) {
    guard !range.isEmpty else { return }
    var i = range.lowerBound
    while i < range.upperBound {
      if i & 63 == 0 && i + 64 <= range.upperBound {
        words[i >> 6] = .max
        i += 64
      } else {
        insert(i)
        i += 1
      }
    }
  }

  /// Adds every class of `other`.
  ///
  /// - Complexity: O(*capacity*/64).
  public mutating func formUnion(_ other: ClassSet) {
    for w in words.indices { words[w] |= other.words[w] }
  }

  /// Keeps only classes also in `other`.
  ///
  /// - Complexity: O(*capacity*/64).
  public mutating func formIntersection(_ other: ClassSet) {
    for w in words.indices { words[w] &= other.words[w] }
  }

  /// Removes the classes of `other`.
  ///
  /// - Complexity: O(*capacity*/64).
  public mutating func subtract(_ other: ClassSet) {
    for w in words.indices { words[w] &= ~other.words[w] }
  }

  /// `true` when no class is in the set.
  public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  /// The number of classes in the set.
  public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// Calls `body` with each class in ascending order.
  ///
  /// - Complexity: O(*capacity*/64 + *k*) for *k* members.
  @inline(__always) public func forEach(_ body: (Int) -> Void) {
    for (w, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        body(w << 6 | bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }

  /// The classes in ascending order.
  public var members: [Int] {
    var out: [Int] = []
    forEach { out.append($0) }
    return out
  }
}
