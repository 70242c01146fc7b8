import KubeModel

/// The RBAC rules of the baseline (domain `rbac`); Baseline joins them into its catalogue.
public enum RBACRules {
  static func rule(
    _ id: String, _ severity: Severity, _ title: String, summary: String, rationale: String,
    remediation: String, references: [String] = []
  ) -> Rule {
    Rule(
      id: id, domain: .rbac, severity: severity, title: title, summary: summary,
      rationale: rationale, remediation: remediation,
      references: references + ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
    )
  }

  /// A non-system identity that can escalate to cluster-admin.
  public static let escalationToClusterAdmin = rule(
    "rbac.escalation-to-cluster-admin", .critical, "Escalation path to cluster-admin",
    summary: "An identity that is not cluster-admin by its grants can make itself cluster-admin.",
    rationale:
      "Secrets, pod creation, exec, bind, escalate, impersonate, token and certificate rights "
      + "chain into full control; anyone holding them is effectively an administrator.",
    remediation:
      "Remove the first step of each path shown (the binding or rule named), or move the "
      + "target identity out of reach (dedicated namespace, no legacy token Secrets).")

  /// A non-system identity that is cluster-admin directly.
  public static let effectiveClusterAdmin = rule(
    "rbac.effective-cluster-admin", .high, "Cluster-admin held by a non-system identity",
    summary: "A user, group or ServiceAccount holds */*/* cluster-wide or is in system:masters.",
    rationale: "Cluster-admin rights should be rare, named and reviewed; every holder is a path "
      + "to full compromise.",
    remediation: "Bind narrower roles; keep cluster-admin for break-glass identities.",
    references: ["CIS 5.1.1"])

  /// A binding granting a role with wildcard verbs or resources.
  public static let wildcardGrant = rule(
    "rbac.wildcard-grant", .high, "Wildcard permissions granted",
    summary: "A binding grants a role whose rules use * in verbs or resources.",
    rationale: "Wildcards grant every current and future resource or verb, including escalate, "
      + "bind and impersonate.",
    remediation: "List the verbs and resources the subject needs.", references: ["CIS 5.1.3"])

  /// A binding granting escalate, bind or impersonate.
  public static let escalationVerbs = rule(
    "rbac.escalation-verbs", .high, "escalate, bind or impersonate granted",
    summary: "A binding grants the escalate, bind or impersonate verb.",
    rationale: "These verbs bypass RBAC's own escalation prevention.",
    remediation: "Remove the verb, or restrict it with resourceNames to specific roles or "
      + "identities.", references: ["CIS 5.1.8"])

  /// A binding granting read access to secrets.
  public static let secretReaders = rule(
    "rbac.secret-read", .medium, "Read access to Secrets",
    summary: "A binding grants get, list or watch on secrets.",
    rationale: "list and watch reveal every secret's content, including legacy ServiceAccount "
      + "tokens of more powerful identities.",
    remediation: "Grant get on named secrets only, or mount the secrets the workload needs.",
    references: ["CIS 5.1.2"])

  /// A binding to a role that does not exist.
  public static let danglingBinding = rule(
    "rbac.dangling-binding", .medium, "Binding to a missing role",
    summary: "A binding references a Role or ClusterRole that does not exist.",
    rationale: "It is a latent grant: whoever creates a role of that name gives its subjects "
      + "those rights.",
    remediation: "Delete the binding, or create the intended role deliberately.")

  /// A grant to anonymous users.
  public static let anonymousGrant = rule(
    "rbac.anonymous-grant", .critical, "Permissions granted to anonymous users",
    summary: "A binding names system:unauthenticated or system:anonymous.",
    rationale: "Anyone who can reach the API server gets these rights without credentials.",
    remediation: "Remove the subject; disable anonymous authentication where possible.")

  /// A grant to every authenticated user.
  public static let authenticatedGrant = rule(
    "rbac.authenticated-grant", .high, "Permissions granted to every authenticated user",
    summary: "A binding names system:authenticated (beyond the default discovery roles).",
    rationale: "Every user and every ServiceAccount token of the cluster gets these rights.",
    remediation: "Bind a specific group instead.")

  /// A binding naming a namespace's default ServiceAccount.
  public static let defaultServiceAccountBound = rule(
    "rbac.default-serviceaccount-bound", .medium, "Default ServiceAccount has bindings",
    summary: "A binding grants rights to a namespace's default ServiceAccount.",
    rationale: "Every pod that names no ServiceAccount runs as default and inherits the rights.",
    remediation: "Create a dedicated ServiceAccount for the workload that needs the rights.",
    references: ["CIS 5.1.5"])

  /// A RoleBinding that lists cluster-scoped resources or URLs it cannot grant.
  public static let ineffectiveNamespaceGrant = rule(
    "rbac.ineffective-namespace-grant", .low, "RoleBinding grants cluster-scoped resources",
    summary: "A RoleBinding's role lists cluster-scoped resources or non-resource URLs.",
    rationale: "A RoleBinding never grants them; the intent is unclear and `kubectl auth can-i` "
      + "misleadingly says yes.",
    remediation: "Use a ClusterRoleBinding if the grant is intended, or drop the rule.")

  /// A malformed rule.
  public static let invalidRule = rule(
    "rbac.invalid-rule", .low, "Malformed RBAC rule",
    summary: "A rule the API server's builder rejects (e.g. resourceNames with list or create).",
    rationale: "The rule does not do what it seems to: resourceNames never restrict create, "
      + "list, watch or deletecollection.",
    remediation: "Split the rule; drop resourceNames from nameless verbs.")

  /// A binding that lets its subjects evict control-plane pods and edit nodes (P17).
  public static let podStealing = rule(
    "rbac.pod-stealing", .medium, "Can evict pods and edit nodes",
    summary: "A binding grants pod deletion or eviction together with node updates.",
    rationale: "Evicted kube-system pods reschedule, possibly onto a node the subject controls or "
      + "has tainted the others away from; their credentials follow them.",
    remediation: "Separate node management from pod deletion; keep both off kube-system.")

  /// Every RBAC rule.
  public static let all: [Rule] = [
    escalationToClusterAdmin, effectiveClusterAdmin, wildcardGrant, escalationVerbs,
    secretReaders, danglingBinding, anonymousGrant, authenticatedGrant,
    defaultServiceAccountBound, ineffectiveNamespaceGrant, invalidRule, podStealing,
  ]
}
