/// Container lifecycle hooks (`core/v1.Lifecycle`).
public struct Lifecycle: Codable, Sendable, Hashable {
  /// Runs after the container starts.
  public var postStart: LifecycleHandler?
  /// Runs before the container stops.
  public var preStop: LifecycleHandler?

  /// Creates hooks.
  public init(postStart: LifecycleHandler? = nil, preStop: LifecycleHandler? = nil) {
    self.postStart = postStart
    self.preStop = preStop
  }

  /// One hook; only one action is set.
  public struct LifecycleHandler: Codable, Sendable, Hashable {
    /// Runs a command.
    public var exec: Probe.ExecAction?
    /// Sends an HTTP GET.
    public var httpGet: Probe.HTTPGetAction?
    /// Opens a TCP connection (deprecated for hooks, still accepted).
    public var tcpSocket: Probe.TCPSocketAction?

    /// Creates a handler.
    public init(
      exec: Probe.ExecAction? = nil, httpGet: Probe.HTTPGetAction? = nil,
      tcpSocket: Probe.TCPSocketAction? = nil
    ) {
      self.exec = exec
      self.httpGet = httpGet
      self.tcpSocket = tcpSocket
    }
  }
}
