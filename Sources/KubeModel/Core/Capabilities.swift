/// Linux capabilities added to and dropped from a container.
public struct Capabilities: Codable, Sendable, Hashable {
  /// Capabilities added, e.g. `NET_ADMIN` (with or without the `CAP_` prefix).
  @DefaultEmpty public var add: [String]
  /// Capabilities dropped, e.g. `ALL`.
  @DefaultEmpty public var drop: [String]

  /// Creates a capability set.
  public init(add: [String] = [], drop: [String] = []) {
    self.add = add
    self.drop = drop
  }
}
