import Yams

/// A field kbaseline does not know, kept as YAML text so it is written back unchanged.
public struct PreservedField: Sendable, Hashable {
  /// The field's key.
  public var key: String
  /// The field's value, serialized as a YAML document.
  public var yaml: String

  /// Creates a preserved field.
  public init(key: String, yaml: String) {
    self.key = key
    self.yaml = yaml
  }

  /// Captures a field from a parsed node.
  init(key: String, node: Yams.Node) {
    self.key = key
    yaml = (try? Yams.serialize(node: node)) ?? ""
  }

  /// The value as a node again (a null scalar if it cannot be read back).
  var node: Yams.Node {
    ((try? Yams.compose(yaml: yaml)) ?? nil) ?? Node("null", .init(.null))
  }
}
