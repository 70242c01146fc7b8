/// The generator's randomness: a ``SeededGenerator`` with the draws the plan needs.
struct RandomSource {
  private var generator: SeededGenerator

  /// Creates a source from a seed.
  init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

  /// A uniform integer in `range`.
  mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &generator) }

  /// A uniform integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

  /// `true` with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

  /// `count` lowercase hex digits.
  mutating func hex(_ count: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(count)
    var bits: UInt64 = 0
    for i in 0..<count {
      if i % 16 == 0 { bits = generator.next() }
      out.append(Self.hexDigits[Int(bits & 0xF)])
      bits >>= 4
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A random UUID in the 8-4-4-4-12 form of Kubernetes uids.
  mutating func uid() -> String {
    let h = hex(32)
    let c = Array(h.utf8)
    func part(_ r: Range<Int>) -> String { String(decoding: c[r], as: UTF8.self) }
    return "\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-a\(part(17..<20))-\(part(20..<32))"
  }

  /// A `generateName`-style suffix of `count` characters.
  mutating func suffix(_ count: Int) -> String {
    String((0..<count).map { _ in pick(Vocabulary.suffixCharacters) })
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
