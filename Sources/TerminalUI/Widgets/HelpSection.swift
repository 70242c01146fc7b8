/// A group of key bindings in the help overlay.
public struct HelpSection: Hashable, Sendable {
  /// The group's title, for example `Global` or `Filter`.
  public var title: String
  /// The bindings: keys as shown (`j, down`) and what they do.
  public var entries: [HintBar.Hint]

  /// Creates a section.
  public init(title: String, entries: [HintBar.Hint]) {
    self.title = title
    self.entries = entries
  }
}
