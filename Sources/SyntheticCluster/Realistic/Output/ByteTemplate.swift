/// Pre-rendered JSON text with holes: rendered once, stamped out many times.
///
/// A template is rendered with ``marker(_:)`` strings where per-copy values go (a pod's name,
/// uid, node, IPs). Stamping copies the fragments between holes and writes each hole's value
/// escaped, so the pods of one ReplicaSet share their bytes exactly as real pods share their
/// template, at the cost of a memory copy.
public struct ByteTemplate: Sendable {
  /// The bytes between holes (one more than ``holes``).
  public let fragments: [[UInt8]]
  /// The hole identifiers, in order of appearance.
  public let holes: [Int]

  private static let open = Array("@@hole:".utf8)
  private static let close = Array("@@".utf8)

  /// The text to render where hole `id` goes (inside a JSON string).
  public static func marker(_ id: Int) -> String { "@@hole:\(id)@@" }

  /// Splits rendered text at its markers.
  ///
  /// - Complexity: O(*n*) in the length of `rendered`.
  public init(rendered: [UInt8]) {
    let open = Self.open
    let closeCount = Self.close.count
    var fragments: [[UInt8]] = []
    var holes: [Int] = []
    rendered.withUnsafeBufferPointer { text in
      var start = 0
      var i = 0
      while i + open.count <= text.count {
        guard text[i] == open[0], text[i..<(i + open.count)].elementsEqual(open) else {
          i += 1
          continue
        }
        var j = i + open.count
        var id = 0
        while j < text.count, text[j] >= UInt8(ascii: "0"), text[j] <= UInt8(ascii: "9") {
          id = id * 10 + Int(text[j] - UInt8(ascii: "0"))
          j += 1
        }
        fragments.append(Array(text[start..<i]))
        holes.append(id)
        start = j + closeCount
        i = start
      }
      fragments.append(Array(text[start...]))
    }
    self.fragments = fragments
    self.holes = holes
  }

  /// Writes one copy as a value of `writer`, filling each hole with `value(id)`.
  ///
  /// - Complexity: O(*n*) in the template's length.
  public func stamp(into writer: inout JSONTextWriter, value: (Int) -> String) {
    writer.beginSplicedValue()
    for (index, hole) in holes.enumerated() {
      writer.appendFragment(fragments[index])
      writer.appendEscaped(value(hole))
    }
    writer.appendFragment(fragments[holes.count])
  }
}
