extension ClusterWriter {
  /// Whether a ServiceAccount still has a legacy (pre-1.24) token Secret (about 1 in 10).
  static func hasLegacyToken(_ namespace: String, _ account: String) -> Bool {
    PodTemplateFactory.number("token/\(namespace)/\(account)") % 10 == 0
  }

  /// The name of a ServiceAccount's legacy token Secret.
  static func legacyTokenName(_ namespace: String, _ account: String) -> String {
    "\(account)-token-\(suffix("\(namespace)/\(account)", 5))"
  }

  /// Every ServiceAccount of a namespace, `default` first.
  static func accounts(of ns: NamespacePlan) -> [String] { ["default"] + ns.serviceAccounts }

  /// Writes the ConfigMaps (key names only, as kbaseline captures them).
  func writeConfigMaps() throws {
    for ns in plan.namespaces {
      try configMap(ns, "kube-root-ca.crt", keys: ["ca.crt"])
      if ns.meshInjected { try configMap(ns, "istio-ca-root-cert", keys: ["root-cert.pem"]) }
      if ns.workloads.contains(where: { $0.recipe.logShipper }) {
        try configMap(ns, "fluent-bit-sidecar", keys: ["fluent-bit.conf", "parsers.conf"])
      }
      for w in ns.workloads {
        let name = w.recipe.configMapName ?? "\(w.name)-config"
        try configMap(ns, name, keys: ["config.yaml", "feature-flags", "log-level"])
      }
      if ns.name == "kube-system" {
        try configMap(ns, "kube-proxy", keys: ["config.conf", "kubeconfig.conf"])
        try configMap(ns, "coredns", keys: ["Corefile"])
        try configMap(ns, "extension-apiserver-authentication", keys: ["client-ca-file"])
      }
    }
  }

  private func configMap(_ ns: NamespacePlan, _ name: String, keys: [String]) throws {
    try item(
      "v1", "ConfigMap", name: name, namespace: ns.name, uid: Self.uid("cm/\(ns.name)/\(name)"),
      age: ns.age
    ) { o in o.strings("keys", keys) }
  }

  /// Writes the namespaces with their team, environment and Pod Security labels.
  func writeNamespaces() throws {
    for ns in plan.namespaces {
      try item(
        "v1", "Namespace", name: ns.name, namespace: nil, uid: ns.uid, age: ns.age,
        labels: [("kubernetes.io/metadata.name", ns.name)] + ns.labels
      ) { o in
        o.object("spec") { o in o.strings("finalizers", ["kubernetes"]) }
        o.object("status") { o in o.field("phase", "Active") }
      }
    }
  }

  /// Writes the nodes (labels, taints, addresses, capacity, node info).
  func writeNodes() throws {
    for node in plan.nodes {
      var labels: [(String, String)] = [
        ("beta.kubernetes.io/arch", "amd64"), ("beta.kubernetes.io/os", "linux"),
        ("kubernetes.io/arch", "amd64"), ("kubernetes.io/hostname", node.name),
        ("kubernetes.io/os", "linux"), ("node.kubernetes.io/instance-type", node.instanceType),
        ("topology.kubernetes.io/region", "eu-west-1"), ("topology.kubernetes.io/zone", node.zone),
      ]
      labels.append(
        node.isControlPlane
          ? ("node-role.kubernetes.io/control-plane", "") : ("node-group", "general-purpose"))
      try item(
        "v1", "Node", name: node.name, namespace: nil, uid: node.uid, age: 30 * 86_400,
        labels: labels,
        annotations: [
          ("node.alpha.kubernetes.io/ttl", "0"),
          ("volumes.kubernetes.io/controller-managed-attach-detach", "true"),
        ]
      ) { o in
        o.object("spec") { o in
          o.field("providerID", "aws:///\(node.zone)/i-0\(node.uid.prefix(8))")
          if node.isControlPlane {
            o.array("taints") { o in
              o.object { o in
                o.field("key", "node-role.kubernetes.io/control-plane")
                o.field("effect", "NoSchedule")
              }
            }
          }
        }
        writeNodeStatus(into: &o, node)
      }
    }
  }

  private func writeNodeStatus(into o: inout JSONTextWriter, _ node: NodePlan) {
    o.object("status") { o in
      for key in ["capacity", "allocatable"] {
        o.object(key) { o in
          o.field("cpu", "8")
          o.field("ephemeral-storage", "104845292Ki")
          o.field("memory", "32408364Ki")
          o.field("pods", "110")
        }
      }
      o.array("conditions") { o in
        for (type, status) in [
          ("MemoryPressure", "False"), ("DiskPressure", "False"), ("PIDPressure", "False"),
          ("Ready", "True"),
        ] {
          o.object { o in
            o.field("type", type)
            o.field("status", status)
            o.field("lastHeartbeatTime", Timestamps.before(30))
            o.field("lastTransitionTime", Timestamps.before(30 * 86_400))
          }
        }
      }
      o.array("addresses") { o in
        for (type, address) in [
          ("InternalIP", node.internalIP), ("Hostname", node.name), ("InternalDNS", node.name),
        ] {
          o.object { o in
            o.field("type", type)
            o.field("address", address)
          }
        }
      }
      o.object("nodeInfo") { o in
        o.field("machineID", node.uid.replacingOccurrences(of: "-", with: ""))
        o.field("kernelVersion", "6.1.119-129.201.amzn2023.x86_64")
        o.field("osImage", "Amazon Linux 2023.6.20250107")
        o.field("containerRuntimeVersion", "containerd://1.7.25")
        o.field("kubeletVersion", "v1.32.3-eks-5ca49cb")
        o.field("kubeProxyVersion", "v1.32.3-eks-5ca49cb")
        o.field("operatingSystem", "linux")
        o.field("architecture", "amd64")
      }
    }
  }

  /// Writes Secrets (metadata and type only): app credentials, registry credentials, Helm
  /// releases, TLS certificates and legacy ServiceAccount tokens.
  func writeSecrets() throws {
    for ns in plan.namespaces {
      for account in Self.accounts(of: ns) where Self.hasLegacyToken(ns.name, account) {
        let name = Self.legacyTokenName(ns.name, account)
        try secret(
          ns, name, type: "kubernetes.io/service-account-token",
          annotations: [
            ("kubernetes.io/service-account.name", account),
            ("kubernetes.io/service-account.uid", Self.uid("sa/\(ns.name)/\(account)")),
          ])
      }
      for w in ns.workloads {
        if let name = w.recipe.secretName { try secret(ns, name, type: "Opaque") }
      }
      guard !ns.isSystem || ns.name == "argocd" else { continue }
      try secret(ns, "registry-credentials", type: "kubernetes.io/dockerconfigjson")
      if ingressTarget(ns) != nil { try secret(ns, "\(ns.name)-tls", type: "kubernetes.io/tls") }
      for w in ns.workloads.prefix(2) {
        let name = "sh.helm.release.v1.\(w.name).v\(w.oldRevisions + 1)"
        try secret(
          ns, name, type: "helm.sh/release.v1",
          labels: [
            ("name", w.name), ("owner", "helm"), ("status", "deployed"),
            ("version", "\(w.oldRevisions + 1)"),
          ])
      }
    }
  }

  private func secret(
    _ ns: NamespacePlan, _ name: String, type: String, labels: [(String, String)] = [],
    annotations: [(String, String)] = []
  ) throws {
    try item(
      "v1", "Secret", name: name, namespace: ns.name, uid: Self.uid("secret/\(ns.name)/\(name)"),
      age: ns.age, labels: labels, annotations: annotations
    ) { o in o.field("type", type) }
  }

  /// Writes the ServiceAccounts (`default` in every namespace).
  func writeServiceAccounts() throws {
    for ns in plan.namespaces {
      for account in Self.accounts(of: ns) {
        let labels: [(String, String)] =
          account == "default" ? [] : [("app.kubernetes.io/managed-by", "Helm")]
        try item(
          "v1", "ServiceAccount", name: account, namespace: ns.name,
          uid: Self.uid("sa/\(ns.name)/\(account)"), age: ns.age, labels: labels
        ) { o in
          if Self.hasLegacyToken(ns.name, account) {
            o.array("secrets") { o in
              o.object { o in o.field("name", Self.legacyTokenName(ns.name, account)) }
            }
          }
          if account.hasSuffix("-ci") { o.field("automountServiceAccountToken", false) }
        }
      }
    }
  }

  /// Writes a Service for every serving Deployment and StatefulSet, plus the API server's.
  func writeServices() throws {
    var index = 0
    for ns in plan.namespaces {
      if ns.name == "default" {
        try service(
          ns, "kubernetes", selector: [], port: 443, target: 6_443, type: "ClusterIP",
          clusterIP: "172.20.0.1")
      }
      for w in ns.workloads
      where (w.kind == .deployment || w.kind == .statefulSet) && w.recipe.tier != "worker" {
        index += 1
        let type =
          w.name == "ingress-nginx-controller"
          ? "LoadBalancer" : (index % 97 == 0 ? "NodePort" : "ClusterIP")
        try service(
          ns, w.name, selector: [("app", w.name)], port: w.recipe.port == 8443 ? 443 : 80,
          target: w.recipe.port, type: type,
          clusterIP: w.kind == .statefulSet
            ? "None" : "172.20.\(index / 250 % 250 + 1).\(index % 250 + 2)")
      }
    }
  }

  private func service(
    _ ns: NamespacePlan, _ name: String, selector: [(String, String)], port: Int, target: Int,
    type: String, clusterIP: String
  ) throws {
    try item(
      "v1", "Service", name: name, namespace: ns.name, uid: Self.uid("svc/\(ns.name)/\(name)"),
      age: ns.age, labels: selector
    ) { o in
      o.object("spec") { o in
        o.field("type", type)
        if !selector.isEmpty { o.stringMap("selector", selector) }
        o.array("ports") { o in
          o.object { o in
            o.field("name", port == 443 ? "https" : "http")
            o.field("protocol", "TCP")
            o.field("port", port)
            o.field("targetPort", target)
            if type == "NodePort" || type == "LoadBalancer" {
              o.field("nodePort", 30_000 + PodTemplateFactory.number(name) % 2_000)
            }
          }
        }
        o.field("clusterIP", clusterIP)
        o.strings("clusterIPs", [clusterIP])
        o.field("sessionAffinity", "None")
      }
    }
  }

  /// The frontend workload a namespace exposes through an Ingress, if any (about half the
  /// application namespaces with a frontend Deployment).
  func ingressTarget(_ ns: NamespacePlan) -> WorkloadPlan? {
    guard !ns.isSystem, PodTemplateFactory.number("ingress/\(ns.name)") % 2 == 0 else {
      return nil
    }
    return ns.workloads.first { $0.kind == .deployment && $0.recipe.tier == "frontend" }
  }
}
