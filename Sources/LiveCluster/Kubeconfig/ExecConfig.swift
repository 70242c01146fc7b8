/// A kubeconfig `exec` credential plugin (`client.authentication.k8s.io/v1` or `v1beta1`).
public struct ExecConfig: Decodable, Sendable, Hashable {
  /// The command: a path (relative ones resolve against the defining kubeconfig when they
  /// contain `/`) or a bare name looked up on `PATH`.
  public var command: String
  /// Its arguments.
  public var args: [String]?
  /// Variables added to the inherited environment.
  public var env: [EnvEntry]?
  /// `client.authentication.k8s.io/v1` or `v1beta1`.
  public var apiVersion: String
  /// Shown when the command cannot be found.
  public var installHint: String?
  /// Whether `spec.cluster` is sent in `KUBERNETES_EXEC_INFO`.
  public var provideClusterInfo: Bool?
  /// `Never`, `IfAvailable` or `Always` (required for v1; v1beta1 defaults to `IfAvailable`).
  public var interactiveMode: String?

  /// Creates a plugin configuration.
  public init(
    command: String, args: [String]? = nil, env: [EnvEntry]? = nil,
    apiVersion: String = "client.authentication.k8s.io/v1", installHint: String? = nil,
    provideClusterInfo: Bool? = nil, interactiveMode: String? = "Never"
  ) {
    self.command = command
    self.args = args
    self.env = env
    self.apiVersion = apiVersion
    self.installHint = installHint
    self.provideClusterInfo = provideClusterInfo
    self.interactiveMode = interactiveMode
  }

  private enum CodingKeys: String, CodingKey {
    case command, args, env, apiVersion, installHint, provideClusterInfo, interactiveMode
  }

  /// Decodes an `exec` stanza; a missing command or apiVersion decodes as empty so that
  /// validation can explain it.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    command = try c.decodeIfPresent(String.self, forKey: .command) ?? ""
    args = try c.decodeIfPresent([String].self, forKey: .args)
    env = try c.decodeIfPresent([EnvEntry].self, forKey: .env)
    apiVersion = try c.decodeIfPresent(String.self, forKey: .apiVersion) ?? ""
    installHint = try c.decodeIfPresent(String.self, forKey: .installHint)
    provideClusterInfo = try c.decodeIfPresent(Bool.self, forKey: .provideClusterInfo)
    interactiveMode = try c.decodeIfPresent(String.self, forKey: .interactiveMode)
  }

  /// One `env` entry.
  public struct EnvEntry: Codable, Sendable, Hashable {
    /// The variable's name.
    public var name: String
    /// Its value.
    public var value: String

    /// Creates an entry.
    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }
}
