/// A run of text in one style.
public struct Span: Hashable, Sendable {
  /// The text.
  public var text: String
  /// Its style.
  public var style: Style

  /// Creates a span.
  public init(_ text: String, _ role: StyleRole = .body) {
    self.text = text
    self.style = Style(role)
  }
}
