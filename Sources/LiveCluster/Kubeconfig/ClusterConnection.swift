/// Everything needed to talk to one API server.
///
/// Resolved from a kubeconfig context or from the in-cluster service account. Holds
/// credentials: never write it to a file.
public struct ClusterConnection: Sendable, Hashable {
  /// How the connection was configured.
  public enum Mode: String, Sendable, Hashable {
    /// From a kubeconfig context.
    case kubeconfig
    /// From the pod's service account.
    case inCluster = "in-cluster"
  }

  /// How the connection was configured.
  public var mode: Mode
  /// The kubeconfig context used.
  public var contextName: String?
  /// The kubeconfig cluster used.
  public var clusterName: String?
  /// The kubeconfig user used.
  public var userName: String?
  /// The API server URL without a trailing slash, such as `https://10.0.0.1:6443`.
  public var server: String
  /// The default namespace (context namespace, else `default`).
  public var namespace: String
  /// How the server's certificate is checked.
  public var trust: ServerTrust
  /// A client certificate from the kubeconfig, if any.
  public var clientCertificate: ClientCertificate?
  /// Bearer, basic or plugin credentials.
  public var credential: CredentialSource
  /// Impersonation headers to send.
  public var impersonation: Impersonation?
  /// `proxy-url`; nil means "from HTTPS_PROXY/NO_PROXY".
  public var proxyURL: String?
  /// `disable-compression`.
  public var disableCompression: Bool
  /// Things a user should know (basic auth, missing KUBECONFIG files).
  public var warnings: [String]

  /// Creates a connection.
  public init(
    mode: Mode = .kubeconfig, contextName: String? = nil, clusterName: String? = nil,
    userName: String? = nil, server: String, namespace: String = "default",
    trust: ServerTrust = ServerTrust(), clientCertificate: ClientCertificate? = nil,
    credential: CredentialSource = .none, impersonation: Impersonation? = nil,
    proxyURL: String? = nil, disableCompression: Bool = false, warnings: [String] = []
  ) {
    self.mode = mode
    self.contextName = contextName
    self.clusterName = clusterName
    self.userName = userName
    self.server = server
    self.namespace = namespace
    self.trust = trust
    self.clientCertificate = clientCertificate
    self.credential = credential
    self.impersonation = impersonation
    self.proxyURL = proxyURL
    self.disableCompression = disableCompression
    self.warnings = warnings
  }
}
