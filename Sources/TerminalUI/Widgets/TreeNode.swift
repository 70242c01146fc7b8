/// A node of a tree view model: a label and children.
public struct TreeNode: Hashable, Sendable, Identifiable {
  /// A stable identity (unique in the tree), used for expansion and drill-down.
  public var id: String
  /// What is shown.
  public var label: StyledLine
  /// The children.
  public var children: [TreeNode]

  /// Creates a node.
  public init(id: String, label: StyledLine, children: [TreeNode] = []) {
    self.id = id
    self.label = label
    self.children = children
  }
}
