import Foundation
import LiveCluster

extension FakeCluster {
  /// Strings planted in Secret data, env literals and last-applied annotations: none of them
  /// may appear in a snapshot file.
  public static let secretMarkers = [
    "hunter2-db-password", "c3VwZXItc2VjcmV0LXRva2Vu", "ENV-LITERAL-api-key-42",
    "DEPLOY-LITERAL-s3cr3t", "CRON-LITERAL-backup-key", "LAST-APPLIED-leak",
  ]

  /// The token of the sample user `alice` (groups `devs`, `system:authenticated`).
  public static let aliceToken = "alice-token-0123456789"

  /// A small cluster: namespaces `default`, `kube-system`, `team-a`, `team-b`; pods (some
  /// owned by a ReplicaSet of a Deployment, with env literals), Secrets with data,
  /// service accounts, a service, a CronJob, RBAC, a NetworkPolicy, `aws-auth`, a node, and
  /// `extraPods` generated pods in `team-a` (to force many pages).
  public static func sample(extraPods: Int = 0) -> FakeCluster {
    let namespaces = ["default", "kube-system", "team-a", "team-b"]
    var pods: [JSONValue] = [
      pod(
        "team-a", "web-7d9f-abc12", owner: ("ReplicaSet", "web-7d9f"),
        env: ["API_KEY": "ENV-LITERAL-api-key-42"]),
      pod(
        "team-a", "web-7d9f-def34", owner: ("ReplicaSet", "web-7d9f"),
        env: ["API_KEY": "ENV-LITERAL-api-key-42"]),
      pod("team-a", "debug", privileged: true),
      pod("team-b", "backup-28000000-xyz", owner: ("Job", "backup-28000000")),
      pod("team-b", "worker", env: ["MODE": "batch"]),
      pod("kube-system", "coredns-1", owner: ("ReplicaSet", "coredns-5d")),
      pod("kube-system", "kube-proxy-x", owner: ("DaemonSet", "kube-proxy")),
    ]
    pods += (0..<extraPods).map { pod("team-a", String(format: "gen-%05d", $0)) }
    let resources: [FakeResource] = [
      FakeResource(
        resource: "namespaces", kind: "Namespace", namespaced: false, shortNames: ["ns"],
        items: namespaces.map {
          object("v1", "Namespace", nil, $0, labels: ["kubernetes.io/metadata.name": .string($0)])
        }),
      FakeResource(resource: "pods", kind: "Pod", shortNames: ["po"], items: pods),
      FakeResource(
        resource: "serviceaccounts", kind: "ServiceAccount", shortNames: ["sa"],
        items: namespaces.map { object("v1", "ServiceAccount", $0, "default") }),
      FakeResource(
        resource: "services", kind: "Service", shortNames: ["svc"],
        items: [service("team-a", "web")]),
      FakeResource(resource: "secrets", kind: "Secret", items: secrets()),
      FakeResource(
        resource: "configmaps", kind: "ConfigMap", shortNames: ["cm"],
        items: [
          with(
            object("v1", "ConfigMap", "kube-system", "aws-auth"), "data",
            [
              "mapRoles":
                "- rolearn: arn:aws:iam::111122223333:role/admins\n  groups: [system:masters]\n"
            ]),
          with(object("v1", "ConfigMap", "team-a", "settings"), "data", ["color": "blue"]),
        ]),
      FakeResource(
        resource: "nodes", kind: "Node", namespaced: false, shortNames: ["no"],
        items: [object("v1", "Node", nil, "node-1")]),
      FakeResource(
        resource: "replicationcontrollers", kind: "ReplicationController", shortNames: ["rc"]),
      FakeResource(
        group: "apps", resource: "deployments", kind: "Deployment", shortNames: ["deploy"],
        items: [
          controller(
            "apps/v1", "Deployment", "team-a", "web", env: ["DB_PASSWORD": "DEPLOY-LITERAL-s3cr3t"])
        ]),
      FakeResource(
        group: "apps", resource: "replicasets", kind: "ReplicaSet", shortNames: ["rs"],
        items: [
          controller("apps/v1", "ReplicaSet", "team-a", "web-7d9f", owner: ("Deployment", "web")),
          controller("apps/v1", "ReplicaSet", "kube-system", "coredns-5d"),
        ]),
      FakeResource(
        group: "apps", resource: "daemonsets", kind: "DaemonSet", shortNames: ["ds"],
        items: [controller("apps/v1", "DaemonSet", "kube-system", "kube-proxy")]),
      FakeResource(
        group: "apps", resource: "statefulsets", kind: "StatefulSet", shortNames: ["sts"]),
      FakeResource(
        group: "batch", resource: "jobs", kind: "Job",
        items: [
          controller("batch/v1", "Job", "team-b", "backup-28000000", owner: ("CronJob", "backup"))
        ]),
      FakeResource(
        group: "batch", resource: "cronjobs", kind: "CronJob", shortNames: ["cj"],
        items: [cronJob()]),
      FakeResource(
        group: "rbac.authorization.k8s.io", resource: "roles", kind: "Role", items: [role()]),
      FakeResource(
        group: "rbac.authorization.k8s.io", resource: "rolebindings", kind: "RoleBinding",
        items: [
          binding("RoleBinding", "team-a", "devs-edit", role: ("Role", "editor"), group: "devs")
        ]),
      FakeResource(
        group: "rbac.authorization.k8s.io", resource: "clusterroles", kind: "ClusterRole",
        namespaced: false, items: [clusterAdmin()]),
      FakeResource(
        group: "rbac.authorization.k8s.io", resource: "clusterrolebindings",
        kind: "ClusterRoleBinding", namespaced: false,
        items: [
          binding(
            "ClusterRoleBinding", nil, "cluster-admin", role: ("ClusterRole", "cluster-admin"),
            group: "system:masters")
        ]),
      FakeResource(
        group: "networking.k8s.io", resource: "networkpolicies", kind: "NetworkPolicy",
        shortNames: ["netpol"], items: [denyAll("team-a")]),
      FakeResource(
        group: "networking.k8s.io", resource: "ingresses", kind: "Ingress", shortNames: ["ing"]),
      FakeResource(
        group: "admissionregistration.k8s.io", resource: "validatingwebhookconfigurations",
        kind: "ValidatingWebhookConfiguration", namespaced: false),
      FakeResource(
        group: "admissionregistration.k8s.io", resource: "mutatingwebhookconfigurations",
        kind: "MutatingWebhookConfiguration", namespaced: false),
      FakeResource(
        group: "authentication.k8s.io", resource: "selfsubjectreviews", kind: "SelfSubjectReview",
        namespaced: false, verbs: ["create"]),
      FakeResource(
        group: "authorization.k8s.io", resource: "selfsubjectrulesreviews",
        kind: "SelfSubjectRulesReview", namespaced: false, verbs: ["create"]),
    ]
    return FakeCluster(
      resources: resources,
      tokens: [aliceToken: FakeUser(username: "alice", groups: ["devs", "system:authenticated"])])
  }

  static func object(
    _ apiVersion: String, _ kind: String, _ namespace: String?, _ name: String,
    labels: [String: JSONValue] = [:], owner: (String, String)? = nil
  ) -> JSONValue {
    var metadata: [String: JSONValue] = [
      "name": .string(name), "uid": .string(uid(kind, namespace, name)),
      "resourceVersion": "1001", "creationTimestamp": "2026-01-01T00:00:00Z",
      "managedFields": [
        ["manager": "kubectl", "operation": "Apply", "fieldsV1": ["f:metadata": [:]]]
      ],
    ]
    if let namespace { metadata["namespace"] = .string(namespace) }
    if !labels.isEmpty { metadata["labels"] = .object(labels) }
    if let owner {
      let version = owner.0 == "Job" || owner.0 == "CronJob" ? "batch/v1" : "apps/v1"
      metadata["ownerReferences"] = [
        [
          "apiVersion": .string(version), "kind": .string(owner.0), "name": .string(owner.1),
          "uid": .string(uid(owner.0, namespace, owner.1)), "controller": true,
        ]
      ]
    }
    return [
      "apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": .object(metadata),
    ]
  }

  static func with(_ object: JSONValue, _ key: String, _ value: JSONValue) -> JSONValue {
    guard case .object(var members) = object else { return object }
    members[key] = value
    return .object(members)
  }

  private static func uid(_ kind: String, _ namespace: String?, _ name: String) -> String {
    var hash: UInt64 = 1_469_598_103_934_665_603
    for byte in "\(kind)/\(namespace ?? "")/\(name)".utf8 {
      hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
    }
    let hex = String(hash, radix: 16)
    let padded = String(repeating: "0", count: max(0, 32 - hex.count * 2)) + hex + hex
    let chars = Array(padded.prefix(32))
    return
      "\(String(chars[0..<8]))-\(String(chars[8..<12]))-\(String(chars[12..<16]))-\(String(chars[16..<20]))-\(String(chars[20..<32]))"
  }

  private static func container(_ name: String, env: [String: String], privileged: Bool = false)
    -> JSONValue
  {
    var entries: [JSONValue] = env.sorted { $0.key < $1.key }.map {
      ["name": .string($0.key), "value": .string($0.value)]
    }
    entries.append([
      "name": "FROM_SECRET",
      "valueFrom": ["secretKeyRef": ["name": "db-creds", "key": "password"]],
    ])
    var members: [String: JSONValue] = [
      "name": .string(name), "image": "registry.example/app:1.0", "env": .array(entries),
    ]
    if privileged { members["securityContext"] = ["privileged": true] }
    return .object(members)
  }

  private static func podSpec(env: [String: String], privileged: Bool = false) -> JSONValue {
    [
      "containers": [container("app", env: env, privileged: privileged)],
      "serviceAccountName": "default",
    ]
  }

  private static func pod(
    _ namespace: String, _ name: String, owner: (String, String)? = nil,
    env: [String: String] = [:],
    privileged: Bool = false
  ) -> JSONValue {
    var pod = object(
      "v1", "Pod", namespace, name, labels: ["app": .string(owner?.1 ?? name)], owner: owner)
    if name == "debug" {
      pod = withAnnotation(
        pod, "kubectl.kubernetes.io/last-applied-configuration", "{\"LAST-APPLIED-leak\":true}")
    }
    pod = with(pod, "spec", podSpec(env: env, privileged: privileged))
    return with(pod, "status", ["phase": "Running", "podIP": "10.0.0.10"])
  }

  private static func withAnnotation(_ object: JSONValue, _ key: String, _ value: String)
    -> JSONValue
  {
    guard case .object(var members) = object, case .object(var metadata)? = members["metadata"]
    else { return object }
    var annotations = metadata["annotations"]?.objectValue ?? [:]
    annotations[key] = .string(value)
    metadata["annotations"] = .object(annotations)
    members["metadata"] = .object(metadata)
    return .object(members)
  }

  private static func controller(
    _ apiVersion: String, _ kind: String, _ namespace: String, _ name: String,
    owner: (String, String)? = nil, env: [String: String] = [:]
  ) -> JSONValue {
    let template: JSONValue = [
      "metadata": ["labels": ["app": .string(name)]], "spec": podSpec(env: env),
    ]
    return with(
      object(apiVersion, kind, namespace, name, owner: owner), "spec",
      ["selector": ["matchLabels": ["app": .string(name)]], "template": template])
  }

  private static func cronJob() -> JSONValue {
    let template: JSONValue = ["spec": podSpec(env: ["BACKUP_KEY": "CRON-LITERAL-backup-key"])]
    return with(
      object("batch/v1", "CronJob", "team-b", "backup"), "spec",
      ["schedule": "0 3 * * *", "jobTemplate": ["spec": ["template": template]]])
  }

  private static func secrets() -> [JSONValue] {
    var db = with(object("v1", "Secret", "team-a", "db-creds"), "type", "Opaque")
    db = with(
      db, "data", ["password": .string(Data("hunter2-db-password".utf8).base64EncodedString())])
    db = withAnnotation(
      db, "kubectl.kubernetes.io/last-applied-configuration",
      "{\"data\":{\"password\":\"hunter2-db-password\"}}")
    var token = with(
      object("v1", "Secret", "kube-system", "deployer-token"), "type",
      "kubernetes.io/service-account-token")
    token = withAnnotation(token, "kubernetes.io/service-account.name", "deployer")
    token = with(token, "data", ["token": "c3VwZXItc2VjcmV0LXRva2Vu"])
    var other = with(object("v1", "Secret", "team-b", "api-keys"), "type", "Opaque")
    other = with(other, "stringData", ["key": "hunter2-db-password"])
    return [db, token, other]
  }

  private static func role() -> JSONValue {
    with(
      object("rbac.authorization.k8s.io/v1", "Role", "team-a", "editor"), "rules",
      [
        [
          "apiGroups": ["", "apps"], "resources": ["pods", "deployments"],
          "verbs": ["get", "list", "create", "update"],
        ]
      ])
  }

  private static func clusterAdmin() -> JSONValue {
    with(
      object("rbac.authorization.k8s.io/v1", "ClusterRole", nil, "cluster-admin"), "rules",
      [
        ["apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]],
        ["nonResourceURLs": ["*"], "verbs": ["*"]],
      ])
  }

  private static func binding(
    _ kind: String, _ namespace: String?, _ name: String, role: (String, String), group: String
  ) -> JSONValue {
    var value = object("rbac.authorization.k8s.io/v1", kind, namespace, name)
    value = with(
      value, "roleRef",
      ["apiGroup": "rbac.authorization.k8s.io", "kind": .string(role.0), "name": .string(role.1)])
    return with(
      value, "subjects",
      [["apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": .string(group)]])
  }

  private static func service(_ namespace: String, _ name: String) -> JSONValue {
    with(
      object("v1", "Service", namespace, name), "spec",
      [
        "selector": ["app": .string(name)],
        "ports": [["port": 80, "protocol": "TCP", "targetPort": 8080]], "type": "ClusterIP",
      ])
  }

  private static func denyAll(_ namespace: String) -> JSONValue {
    with(
      object("networking.k8s.io/v1", "NetworkPolicy", namespace, "default-deny"), "spec",
      ["podSelector": [:], "policyTypes": ["Ingress", "Egress"]])
  }
}
