import Yams

/// Finds the line of a YAML node from a decoding error's coding path.
enum YAMLLocator {
  /// The 1-based line of the deepest node on `path` that exists in `root`.
  static func line(of path: [any CodingKey], in root: Yams.Node) -> Int {
    var node = root
    for key in path {
      let next: Yams.Node?
      switch node {
      case .mapping(let mapping):
        next = mapping.first { $0.key.string == key.stringValue }?.value
      case .sequence(let sequence):
        let index =
          key.intValue ?? Int(key.stringValue.replacingOccurrences(of: "Index ", with: ""))
        next = index.flatMap { $0 < sequence.count ? sequence[$0] : nil }
      default:
        next = nil
      }
      guard let next else { break }
      node = next
    }
    return node.mark?.line ?? 1
  }
}
