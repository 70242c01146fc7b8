/// A node as shown: the node and its depth in the tree.
public struct TreeRow: Hashable, Sendable {
  /// The node.
  public var node: TreeNode
  /// Its depth (roots are 0).
  public var depth: Int
  /// The id of its parent, nil for roots.
  public var parent: String?
}
