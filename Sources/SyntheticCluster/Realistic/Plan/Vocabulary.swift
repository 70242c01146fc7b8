/// The words generated clusters are named with: bounded lists, so label values repeat the way
/// they do in real clusters and selectors form a bounded number of classes.
enum Vocabulary {
  /// Team name stems (a number is appended once they run out).
  static let teams = [
    "payments", "checkout", "search", "identity", "catalog", "billing", "growth", "ml", "data",
    "platform", "mobile", "ads", "risk", "fraud", "ledger", "notifications", "messaging",
    "media", "logistics", "pricing", "support", "crm", "analytics", "security", "partners",
  ]

  /// Application names (workload names within a namespace).
  static let apps = [
    "api", "web", "worker", "gateway", "frontend", "backend", "auth", "cart", "orders",
    "inventory", "search", "recommender", "notifier", "scheduler", "ingest", "exporter",
    "cache", "consumer", "reporting", "admin", "graphql", "pdf-renderer", "mailer",
    "thumbnailer", "indexer", "sync", "webhook-receiver", "engine", "profile", "audit",
  ]

  /// Application tiers (`tier` and `app.kubernetes.io/component`).
  static let tiers = ["frontend", "backend", "data", "worker", "batch"]

  /// Environments of application namespaces.
  static let environments = ["prod", "staging", "dev", "qa"]

  /// Availability zones of the nodes.
  static let zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  /// Node instance types.
  static let instanceTypes = ["m6i.2xlarge", "m6i.4xlarge", "c6i.4xlarge", "r6i.2xlarge"]

  /// CRD groups custom ClusterRoles grant access to.
  static let crdGroups = [
    "monitoring.coreos.com", "cert-manager.io", "networking.istio.io", "argoproj.io",
    "kafka.strimzi.io", "postgresql.cnpg.io", "external-secrets.io", "keda.sh",
    "velero.io", "snapshot.storage.k8s.io", "policy.kyverno.io", "karpenter.sh",
  ]

  /// Characters of generated name suffixes (as Kubernetes' `generateName` uses).
  static let suffixCharacters = Array("bcdfghjklmnpqrstvwxz2456789")

  /// The kube-system controllers that run under their own ServiceAccount.
  static let controllers = [
    "attachdetach-controller", "clusterrole-aggregation-controller", "cronjob-controller",
    "daemon-set-controller", "deployment-controller", "endpoint-controller",
    "generic-garbage-collector", "horizontal-pod-autoscaler", "job-controller",
    "namespace-controller", "node-controller", "persistent-volume-binder",
    "replicaset-controller", "service-account-controller", "statefulset-controller",
  ]
}
