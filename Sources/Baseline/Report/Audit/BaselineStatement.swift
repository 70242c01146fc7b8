import KubeModel

/// What the baseline requires in each domain: the paragraph an audit report opens a domain with.
enum BaselineStatement {
  /// The statement of a domain.
  static func text(for domain: Domain) -> String {
    switch domain {
    case .rbac:
      "Cluster-admin power is held only by a short, named list of identities, directly or "
        + "through any escalation chain (pod creation, token theft, impersonation, bind/escalate, "
        + "webhooks). No grants to anonymous or all authenticated users, no wildcard grants "
        + "outside the platform's own roles, Secret read access limited to the workloads that "
        + "need it, and no bindings to subjects or roles that do not exist."
    case .network:
      "Every namespace that runs workloads has NetworkPolicies that isolate its pods for ingress "
        + "and egress (default deny, then explicit allows). Traffic between environments (dev, "
        + "test, acceptance, production) is denied unless documented, and policies are free of "
        + "allow-all rules and of lints that make them ineffective."
    case .secrets:
      "Credentials live in Secrets (ideally synced from an external store), never as literal "
        + "values in pod specs or as credential-looking ConfigMap keys. Secrets are mounted as "
        + "files rather than exposed through the environment, and long-lived legacy "
        + "ServiceAccount token Secrets are not used."
    case .workload:
      "Workloads meet the Pod Security Standards: baseline everywhere, restricted for "
        + "application namespaces, enforced by the namespace's pod-security.kubernetes.io/"
        + "enforce label. No privileged containers, host namespaces, sensitive or writable "
        + "hostPath mounts or container runtime sockets; images are pinned, resources are set, "
        + "and ServiceAccount tokens are mounted only where the workload calls the API."
    case .logging:
      "The API server writes an audit log, node and container logs are shipped off the nodes, a "
        + "runtime detection agent watches every node, and no workload can alter the node's logs "
        + "(the evidence other controls rely on)."
    }
  }
}
