import Foundation

/// Impersonation requested by a kubeconfig user (`as`, `as-uid`, `as-groups`, `as-user-extra`).
public struct Impersonation: Sendable, Hashable {
  /// `Impersonate-User`.
  public var user: String?
  /// `Impersonate-Uid`.
  public var uid: String?
  /// `Impersonate-Group`, one header each.
  public var groups: [String]
  /// `Impersonate-Extra-<key>`.
  public var extra: [String: [String]]

  /// Creates impersonation settings.
  public init(
    user: String? = nil, uid: String? = nil, groups: [String] = [], extra: [String: [String]] = [:]
  ) {
    self.user = user
    self.uid = uid
    self.groups = groups
    self.extra = extra
  }

  /// The request headers, in a stable order.
  public var headers: [(name: String, value: String)] {
    var list: [(name: String, value: String)] = []
    if let user { list.append(("Impersonate-User", user)) }
    if let uid { list.append(("Impersonate-Uid", uid)) }
    for group in groups { list.append(("Impersonate-Group", group)) }
    for (key, values) in extra.sorted(by: { $0.key < $1.key }) {
      let name = key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key
      for value in values { list.append(("Impersonate-Extra-\(name)", value)) }
    }
    return list
  }
}
