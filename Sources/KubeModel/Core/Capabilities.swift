/// Linux capabilities added to and dropped from a container.
public struct Capabilities: Codable, Sendable, Hashable {
  /// Capabilities added, for example `NET_ADMIN` (with or without the `CAP_` prefix).
  @DefaultEmpty public var add: [String]
  /// Capabilities dropped, for example `ALL`.
  @DefaultEmpty public var drop: [String]

  /// Creates a capability set.
  public init(add: [String] = [], drop: [String] = []) {
    self.add = add
    self.drop = drop
  }
}
