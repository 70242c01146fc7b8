import TerminalUI

/// A row or column of a ``GridData``.
public struct GridHeader: Hashable, Sendable {
  /// The id (unique among the grid's rows, or among its columns).
  public var id: String
  /// The row header text, for example `shop-prod`.
  public var label: String
  /// A short label: the column header, and the row header's prefix (for example `12`).
  public var short: String
  /// For a header that stands for several (a fold group): the ids of the headers it folds,
  /// so the cursor keeps its place when the fold is toggled.
  public var members: [String]
  /// How the label is drawn.
  public var role: StyleRole

  /// Creates a header.
  public init(
    id: String, label: String, short: String, members: [String] = [], role: StyleRole = .body
  ) {
    self.id = id
    self.label = label
    self.short = short
    self.members = members
    self.role = role
  }
}
