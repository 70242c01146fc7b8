import KubeModel

/// Whether a binding subject applies to a request user (`appliesToUser` upstream).
public enum SubjectMatcher {
  /// `true` when `subject` names `user`.
  ///
  /// - A `User` matches by exact name (`*` is not a wildcard; `apiGroup` is ignored).
  /// - A `Group` matches when the user has the group.
  /// - A `ServiceAccount` matches the user `system:serviceaccount:<ns>:<name>`, where `ns` is
  ///   the subject's namespace or else `bindingNamespace`; with neither it matches nobody.
  /// - Any other kind matches nobody.
  ///
  /// - Complexity: O(*g*) in the user's groups.
  public static func applies(_ subject: Subject, to user: RequestUser, bindingNamespace: String)
    -> Bool
  {
    switch subject.kind {
    case "User":
      return user.name == subject.name
    case "Group":
      return user.groups.contains(subject.name)
    case "ServiceAccount":
      let ns = subject.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? bindingNamespace
      guard !ns.isEmpty else { return false }
      return user.name == RequestUser.serviceAccountUserName(namespace: ns, name: subject.name)
    default:
      return false
    }
  }
}
