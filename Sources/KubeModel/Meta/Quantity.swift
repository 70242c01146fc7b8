/// A resource quantity such as `500m` or `1Gi`, kept as the text the manifest used.
///
/// YAML manifests often write `cpu: 1` (a number); both forms decode to the same text.
public struct Quantity: Codable, Sendable, Hashable, CustomStringConvertible {
  /// The quantity's text, for example `128Mi`.
  public var text: String

  /// Creates a quantity from its text.
  public init(_ text: String) { self.text = text }

  /// Decodes a string or a number.
  public init(from decoder: any Decoder) throws {
    text = try ScalarText(from: decoder).text
  }

  /// Encodes the text.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(text)
  }

  /// The quantity's text.
  public var description: String { text }
}
