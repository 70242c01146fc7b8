/// The containers a generated pod can have: its main container and the sidecars and init
/// containers common in production clusters.
enum ContainerPart: Sendable {
  /// The recipe's own container.
  case main
  /// Istio's Envoy sidecar.
  case istioProxy
  /// A Fluent Bit sidecar shipping the app's log files.
  case logShipper
  /// Istio's iptables init container (NET_ADMIN, NET_RAW, runs as root).
  case istioInit
  /// HashiCorp Vault's agent, pre-populating secrets.
  case vaultAgent
  /// A wait-for-dependencies init container.
  case waitForDependencies
}
