import KubeModel

/// The network rules of the baseline (domain `network`); ``ReachabilityAnalysis/findings(matrix:)``
/// produces findings against them.
public enum NetworkRules {
  private static func rule(
    _ id: String, _ severity: Severity, _ title: String, _ summary: String, _ rationale: String,
    _ remediation: String, _ references: [String] = []
  ) -> Rule {
    Rule(
      id: "network.\(id)", domain: .network, severity: severity, title: title, summary: summary,
      rationale: rationale, remediation: remediation,
      references: references + [
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
      ])
  }

  /// A namespace with workloads and no NetworkPolicy.
  public static let namespaceWithoutPolicy = rule(
    "namespace-without-policy", .medium, "Namespace without NetworkPolicy",
    "The namespace runs workloads but has no NetworkPolicy, so all traffic to and from them is allowed.",
    "Without policies every pod can reach every other pod and be reached from anywhere; one compromised pod reaches all.",
    "Add a default-deny policy (podSelector {}, policyTypes [Ingress, Egress]) and allow only the traffic needed.",
    ["CIS Kubernetes 5.3.2"])
  /// A policy whose podSelector selects no pod.
  public static let policySelectsNothing = rule(
    "policy-selects-nothing", .low, "NetworkPolicy selects no pod",
    "The policy's podSelector matches no pod in its namespace, so it has no effect.",
    "A policy that selects nothing usually means a label typo; the pods it was meant to protect are unprotected.",
    "Fix the podSelector labels or delete the policy.")
  /// A rule peer that selects no pod or a namespaceSelector that matches no namespace.
  public static let peerSelectsNothing = rule(
    "peer-selects-nothing", .low, "Policy peer selects nothing",
    "A from/to peer's selectors match no pod (or no namespace), so the peer admits nothing.",
    "Traffic the author meant to allow is denied, or a label typo hides a broader intent.",
    "Fix the peer's podSelector/namespaceSelector labels or remove the peer.")
  /// A named port that does not resolve on the destination.
  public static let namedPortUnresolved = rule(
    "named-port-unresolved", .medium, "Named port does not resolve",
    "A rule names a port that the destination pods do not declare with that protocol (or targets an IP), so it opens nothing there.",
    "Named ports resolve per destination pod; a missing name silently grants nothing and the pod stays isolated.",
    "Declare the named port on the destination containers with the same protocol, or use a number.")
  /// An egress-isolated pod that cannot resolve DNS.
  public static let egressWithoutDNS = rule(
    "egress-without-dns", .medium, "Egress isolated without DNS",
    "The workload is isolated for egress and no rule allows both UDP and TCP port 53 to cluster DNS.",
    "Name lookups fail, so applications break or fall back to hard-coded addresses.",
    "Allow egress to kube-dns (k8s-app=kube-dns in kube-system) on UDP 53 and TCP 53.")
  /// policyTypes omitted while an egress section is present.
  public static let policyTypesOmitted = rule(
    "policytypes-omitted", .low, "policyTypes omitted with an egress section",
    "Without policyTypes, a policy with egress rules isolates both directions: Ingress is always implied.",
    "Authors often mean an egress-only policy and unintentionally deny all ingress to the selected pods.",
    "State policyTypes explicitly, e.g. [Egress] or [Ingress, Egress].")
  /// Rules ignored because policyTypes does not list their direction.
  public static let rulesIgnored = rule(
    "rules-ignored", .medium, "Rules ignored by policyTypes",
    "The policy has ingress (or egress) rules but its policyTypes does not list that direction, so they are ignored.",
    "The traffic the rules describe is not governed by this policy as the author expected.",
    "Add the direction to policyTypes or remove the ignored rules.")
  /// A rule that allows everything.
  public static let allowAllRule = rule(
    "allow-all-rule", .medium, "Rule allows all traffic",
    "A rule with no peers and no ports (or an ipBlock 0.0.0.0/0 on all ports) admits every source or destination on every port.",
    "An allow-all rule cancels the isolation of the pods the policy selects.",
    "Restrict the rule to the peers and ports actually needed.")
  /// An invalid policy construct.
  public static let invalidPolicy = rule(
    "invalid-policy", .medium, "Invalid NetworkPolicy construct",
    "The policy has a construct the API server rejects or that cannot be evaluated (bad CIDR, except outside cidr, bad endPort, empty peer, ipBlock with selectors, unknown protocol, invalid selector).",
    "The policy may not be enforced as written; analysis treats the construct as matching nothing.",
    "Correct the construct; `kubectl apply --dry-run=server` shows the API server's error.")
  /// An IPv6 ipBlock, which is not analysed.
  public static let ipv6NotAnalysed = rule(
    "ipv6-not-analysed", .info, "IPv6 ipBlock not analysed",
    "The ipBlock is IPv6; reachability is computed for IPv4 only (as np-guard).",
    "IPv6 traffic the rule allows is not shown.",
    "Review IPv6 rules by hand.")
  /// An ipBlock containing pod or node IPs.
  public static let ipBlockContainsPodIPs = rule(
    "ipblock-contains-pod-ips", .low, "ipBlock contains cluster IPs",
    "An ipBlock covers pod or node IPs of the snapshot; whether it matches them depends on the CNI (SNAT/DNAT).",
    "ipBlocks are meant for cluster-external addresses; pod IPs are ephemeral. np-guard never matches pods with ipBlocks.",
    "Use pod and namespace selectors for in-cluster peers; keep ipBlocks for external ranges.")
  /// An allowed path from a lower environment to a higher one.
  public static let environmentCrossing = rule(
    "environment-crossing", .high, "Lower environment reaches higher environment",
    "Workloads in a lower environment (e.g. dev) can open connections to a higher one (e.g. prod).",
    "Less-controlled environments become a path into production.",
    "Deny ingress into higher environments from lower ones (namespaceSelector on the environment label)."
  )
  /// A namespace where every workload reaches every other.
  public static let flatNamespace = rule(
    "flat-namespace", .low, "Flat namespace",
    "Every workload of the namespace can reach every other on every port.",
    "There is no segmentation inside the namespace: one compromised workload reaches all its neighbours.",
    "Add a default-deny policy and allow only needed paths inside the namespace.")
  /// A policy that selects hostNetwork pods.
  public static let hostNetworkSelected = rule(
    "hostnetwork-selected", .info, "Policy selects hostNetwork pods",
    "A policy selects (or admits by selector) hostNetwork pods, for which NetworkPolicy behaviour is undefined.",
    "Most CNIs treat hostNetwork traffic as node traffic and ignore pod selectors for it.",
    "Do not rely on NetworkPolicy for hostNetwork pods; restrict them with node-level firewalls.")
  /// A workload whose pods fall in different classes.
  public static let heterogeneousWorkload = rule(
    "heterogeneous-workload", .info, "Workload pods differ in selected labels",
    "Pods of one workload carry different values of labels that policies select on; their connections are shown as a union.",
    "Policies treat the pods differently, which is rarely intended.",
    "Align the pods' labels or split the workload.")

  /// Every network rule.
  public static let all: [Rule] = [
    namespaceWithoutPolicy, policySelectsNothing, peerSelectsNothing, namedPortUnresolved,
    egressWithoutDNS, policyTypesOmitted, rulesIgnored, allowAllRule, invalidPolicy,
    ipv6NotAnalysed, ipBlockContainsPodIPs, environmentCrossing, flatNamespace,
    hostNetworkSelected, heterogeneousWorkload,
  ]
}
