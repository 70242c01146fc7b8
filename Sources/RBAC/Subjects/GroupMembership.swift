import Foundation
import KubeModel

/// External user → groups membership (`--groups FILE`): RBAC snapshots cannot see which
/// groups a user's certificate, OIDC token or webhook puts them in.
public struct GroupMembership: Sendable, Hashable {
  /// Groups by user name.
  public let groupsByUser: [String: [String]]

  /// No known membership.
  public static let empty = GroupMembership(groupsByUser: [:])

  /// Creates a membership map.
  public init(groupsByUser: [String: [String]]) {
    self.groupsByUser = groupsByUser
  }

  /// The groups of a user (empty when unknown).
  public func groups(ofUser name: String) -> [String] { groupsByUser[name] ?? [] }

  /// Users mapped to a group, sorted.
  ///
  /// - Complexity: O(*u* · *g*).
  public func members(ofGroup group: String) -> [String] {
    groupsByUser.filter { $0.value.contains(group) }.keys.sorted()
  }

  /// Every user named in the map, sorted.
  ///
  /// - Complexity: O(*u* log *u*).
  public var users: [String] { groupsByUser.keys.sorted() }

  /// Every group named in the map, sorted.
  ///
  /// - Complexity: O(*m* log *m*) in the number of memberships.
  public var groups: [String] { Set(groupsByUser.values.joined()).sorted() }

  /// Parses a YAML (or JSON) map of user name → list of groups.
  ///
  /// - Throws: ``GroupMembershipError`` when the text is not such a map.
  public static func parse(_ text: String, file: String = "<groups>") throws(GroupMembershipError)
    -> GroupMembership
  {
    do {
      let map = try YAMLText.decode([String: [String]?].self, from: text)
      return GroupMembership(groupsByUser: map.mapValues { $0 ?? [] })
    } catch {
      throw GroupMembershipError(
        file: file,
        message: "expected a YAML map of user name to a list of groups (\(error))")
    }
  }

  /// Reads and parses a groups file.
  ///
  /// - Throws: ``GroupMembershipError`` when the file cannot be read or parsed.
  public static func load(path: String) throws(GroupMembershipError) -> GroupMembership {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GroupMembershipError(file: path, message: "cannot read the file")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: path)
  }
}
