/// The user a request is made by: a name and the groups the authenticator reported.
///
/// The authorizer uses the groups exactly as given; ``forIdentity(_:membership:)`` adds
/// the implicit groups (`system:authenticated`, `system:serviceaccounts`, …) an API server
/// would add.
public struct RequestUser: Sendable, Hashable {
  /// The user name, for example `alice` or `system:serviceaccount:ns:name`.
  public var name: String
  /// The groups, for example `system:authenticated`.
  public var groups: [String]

  /// Creates a user with exactly these groups.
  public init(name: String, groups: [String] = []) {
    self.name = name
    self.groups = groups
  }

  /// The group every authenticated user belongs to.
  public static let authenticatedGroup = "system:authenticated"
  /// The group of the anonymous user.
  public static let unauthenticatedGroup = "system:unauthenticated"
  /// The group whose members every request is allowed for, before RBAC.
  public static let mastersGroup = "system:masters"
  /// The group of every ServiceAccount.
  public static let serviceAccountsGroup = "system:serviceaccounts"
  /// The anonymous user's name.
  public static let anonymousName = "system:anonymous"
  /// The prefix of ServiceAccount user names.
  public static let serviceAccountPrefix = "system:serviceaccount:"

  /// The user name of a ServiceAccount: `system:serviceaccount:<ns>:<name>`.
  public static func serviceAccountUserName(namespace: String, name: String) -> String {
    serviceAccountPrefix + namespace + ":" + name
  }

  /// The group of the ServiceAccounts of one namespace: `system:serviceaccounts:<ns>`.
  public static func serviceAccountsGroup(namespace: String) -> String {
    serviceAccountsGroup + ":" + namespace
  }

  /// The request user of an identity, with its implicit and mapped groups.
  ///
  /// - Users get `system:authenticated` (except `system:anonymous`, which gets
  ///   `system:unauthenticated`) plus their groups from `membership`.
  /// - ServiceAccounts get `system:serviceaccounts`, `system:serviceaccounts:<ns>` and
  ///   `system:authenticated`.
  /// - A Group stands for "any member": the user has only that group.
  public static func forIdentity(_ identity: Identity, membership: GroupMembership = .empty)
    -> RequestUser
  {
    switch identity.kind {
    case .group:
      return RequestUser(name: "", groups: [identity.name])
    case .serviceAccount:
      return RequestUser(
        name: identity.userName,
        groups: [
          serviceAccountsGroup, serviceAccountsGroup(namespace: identity.namespace),
          authenticatedGroup,
        ])
    case .user:
      let implicit = identity.name == anonymousName ? unauthenticatedGroup : authenticatedGroup
      var groups = membership.groups(ofUser: identity.name)
      if !groups.contains(implicit) { groups.append(implicit) }
      return RequestUser(name: identity.name, groups: groups)
    }
  }
}
