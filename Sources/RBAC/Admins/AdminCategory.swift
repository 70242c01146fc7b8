/// How an admin is grouped for presentation: system identities apart, never hidden.
public enum AdminCategory: String, Sendable, Hashable, Codable, CaseIterable {
  /// Users and groups that are not `system:*` or platform identities.
  case peopleAndGroups = "people-and-groups"
  /// ServiceAccounts of teams and add-ons.
  case serviceAccounts = "service-accounts"
  /// `system:masters`, `system:*` users and groups, controller ServiceAccounts, platform
  /// (`eks:`, `aks`, `gke-`) identities.
  case systemAndControllers = "system-and-controllers"

  /// The heading, for example `People and groups`.
  public var title: String {
    switch self {
    case .peopleAndGroups: "People and groups"
    case .serviceAccounts: "ServiceAccounts"
    case .systemAndControllers: "System and controllers"
    }
  }
}
