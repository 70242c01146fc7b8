/// What a pod template is made of: the decisions ``PodTemplateFactory`` renders into JSON.
///
/// Every pod of a ReplicaSet, StatefulSet, DaemonSet or Job is stamped from one recipe, so they
/// share their spec except for names, node and IPs, as real pods do.
struct PodRecipe: Sendable {
  /// Which kind of software the pod runs.
  enum Profile: Sendable {
    /// A team's application container with optional sidecars.
    case application
    /// kube-proxy: privileged, host network, host paths.
    case kubeProxy
    /// The CNI agent (Calico node): privileged, host network, many host paths.
    case cni
    /// Prometheus node-exporter: host network and PID, read-only host paths.
    case nodeExporter
    /// The log agent (Fluent Bit): reads container logs from the host.
    case logAgent
    /// An add-on Deployment or StatefulSet (CoreDNS, istiod, cert-manager, …).
    case addOn
  }

  /// How carefully the security context is set.
  enum Posture: Sendable {
    /// runAsNonRoot, read-only root, no privilege escalation, all capabilities dropped,
    /// RuntimeDefault seccomp.
    case hardened
    /// runAsNonRoot and a user id, nothing else.
    case partial
    /// No security context at all.
    case missing
    /// Runs as root with added capabilities and a host path (a finding magnet).
    case risky
    /// Privileged system agent.
    case privileged
  }

  var profile: Profile
  /// The `app` label (the workload name).
  var app: String
  /// The application word (`app.kubernetes.io/name`).
  var appName: String
  var tier: String
  var team: String
  var environment: String
  var version: String
  var image: String
  var serviceAccount: String
  var posture: Posture
  /// Istio sidecar injected (istio-proxy container, istio-init init container).
  var mesh = false
  /// A log-shipper sidecar.
  var logShipper = false
  /// A Vault agent init container.
  var vaultInit = false
  /// A per-pod PersistentVolumeClaim (StatefulSets).
  var perPodClaim = false
  /// A shared PersistentVolumeClaim.
  var sharedClaim = false
  var port = 8080
  /// The Secret the app reads credentials from.
  var secretName: String?
  /// The ConfigMap the app reads configuration from.
  var configMapName: String?
  var priorityClassName: String?
}
