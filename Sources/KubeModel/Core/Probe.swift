/// A liveness, readiness or startup probe (`core/v1.Probe`).
public struct Probe: Codable, Sendable, Hashable {
  /// Runs a command in the container.
  public var exec: ExecAction?
  /// Sends an HTTP GET.
  public var httpGet: HTTPGetAction?
  /// Opens a TCP connection.
  public var tcpSocket: TCPSocketAction?
  /// Calls a gRPC health check.
  public var grpc: GRPCAction?

  /// Creates a probe.
  public init(
    exec: ExecAction? = nil, httpGet: HTTPGetAction? = nil, tcpSocket: TCPSocketAction? = nil,
    grpc: GRPCAction? = nil
  ) {
    self.exec = exec
    self.httpGet = httpGet
    self.tcpSocket = tcpSocket
    self.grpc = grpc
  }

  /// A command to run.
  public struct ExecAction: Codable, Sendable, Hashable {
    /// The command line.
    public var command: [String]?
  }

  /// An HTTP GET; `host` other than the pod is a PSS baseline concern.
  public struct HTTPGetAction: Codable, Sendable, Hashable {
    /// Host to connect to; defaults to the pod IP.
    public var host: String?
    /// Port number or name.
    public var port: IntOrString?
    /// URL path.
    public var path: String?
    /// `HTTP` or `HTTPS`.
    public var scheme: String?

    /// Creates an HTTP GET action.
    public init(host: String? = nil, port: IntOrString? = nil, path: String? = nil) {
      self.host = host
      self.port = port
      self.path = path
    }
  }

  /// A TCP connection check.
  public struct TCPSocketAction: Codable, Sendable, Hashable {
    /// Host to connect to; defaults to the pod IP.
    public var host: String?
    /// Port number or name.
    public var port: IntOrString?

    /// Creates a TCP socket action.
    public init(host: String? = nil, port: IntOrString? = nil) {
      self.host = host
      self.port = port
    }
  }

  /// A gRPC health check.
  public struct GRPCAction: Codable, Sendable, Hashable {
    /// Port number.
    public var port: Int?
    /// Service name.
    public var service: String?
  }
}
