import KubeModel

/// Sorts identities into presentation groups and tiers (spec §12): system and controller
/// identities apart from people and team ServiceAccounts.
enum AdminClassifier {
  /// Prefixes of platform (vendor) identities.
  static let platformPrefixes = ["eks:", "eks-", "aks", "gke-", "gcp:", "system:aks", "cloud-"]

  /// The category and tier (0 built-in, 1 control plane, 2 platform, 3 user-defined).
  static func classify(_ identity: Identity, policy: RBACPolicy) -> (AdminCategory, Int) {
    switch identity.kind {
    case .user, .group:
      if identity == .group(RequestUser.mastersGroup) { return (.systemAndControllers, 0) }
      if identity.name.hasPrefix("system:") { return (.systemAndControllers, 1) }
      if platformPrefixes.contains(where: identity.name.hasPrefix) {
        return (.systemAndControllers, 2)
      }
      return (.peopleAndGroups, 3)
    case .serviceAccount:
      let bindings = (policy.bindingsBySubject[identity] ?? []).map { policy.bindings[$0].binding }
      let isController = bindings.contains {
        $0.roleRef.name.hasPrefix("system:controller:")
          || $0.metadata.labels["kubernetes.io/bootstrapping"] == "rbac-defaults"
      }
      if isController { return (.systemAndControllers, 1) }
      if identity.namespace == "kube-system" {
        if identity.name.hasSuffix("-controller") || controllerAccounts.contains(identity.name) {
          return (.systemAndControllers, 1)
        }
        return (.serviceAccounts, 2)
      }
      return (.serviceAccounts, 3)
    }
  }

  /// kube-system accounts of kube-controller-manager whose names lack `-controller`.
  static let controllerAccounts: Set<String> = [
    "generic-garbage-collector", "persistent-volume-binder", "horizontal-pod-autoscaler",
    "pvc-protection-controller", "pv-protection-controller", "root-ca-cert-publisher",
    "service-account-controller", "certificate-controller", "clusterrole-aggregation-controller",
  ]
}
