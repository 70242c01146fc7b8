/// A resolved exec credential plugin: its configuration (command path resolved) and the
/// cluster information it may be given.
public struct ExecPlugin: Sendable, Hashable {
  /// The plugin configuration, with a relative command resolved against its kubeconfig.
  public var config: ExecConfig
  /// `spec.cluster` for `KUBERNETES_EXEC_INFO`, sent when `provideClusterInfo` is set.
  public var cluster: ExecClusterInfo?

  /// Creates a plugin.
  public init(config: ExecConfig, cluster: ExecClusterInfo? = nil) {
    self.config = config
    self.cluster = cluster
  }
}
