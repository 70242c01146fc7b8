import Foundation
import LiveCluster

/// The content of the fake API server: resources with their objects, known users by token,
/// and the version it reports.
public struct FakeCluster: Sendable {
  /// The served resources.
  public var resources: [FakeResource]
  /// Users by bearer token.
  public var tokens: [String: FakeUser]
  /// The `/version` document.
  public var version: JSONValue

  /// Creates a cluster.
  public init(
    resources: [FakeResource], tokens: [String: FakeUser] = [:], version: JSONValue? = nil
  ) {
    self.resources = resources
    self.tokens = tokens
    self.version =
      version ?? [
        "major": "1", "minor": "32", "gitVersion": "v1.32.4-fake", "gitCommit": "0000000",
        "gitTreeState": "clean", "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.23.8",
        "compiler": "gc", "platform": "linux/amd64",
      ]
  }

  /// The resource `name` in `group`.
  public func resource(_ name: String, group: String = "") -> FakeResource? {
    resources.first { $0.resource == name && $0.group == group }
  }

  /// Replaces the items of a resource.
  public mutating func setItems(_ items: [JSONValue], of name: String, group: String = "") {
    guard let index = resources.firstIndex(where: { $0.resource == name && $0.group == group })
    else { return }
    resources[index].items = items
  }

  /// The group-versions served, in discovery order (core first).
  public var groupVersions: [(group: String, version: String)] {
    var seen = Set<String>()
    var result: [(String, String)] = []
    for resource in resources where seen.insert(resource.groupVersion).inserted {
      result.append((resource.group, resource.version))
    }
    return result
  }
}
