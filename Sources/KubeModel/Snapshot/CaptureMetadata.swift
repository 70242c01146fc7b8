/// Where and how a snapshot was captured (the `capture` member of a snapshot file).
public struct CaptureMetadata: Codable, Sendable, Hashable {
  /// The tool that wrote the file.
  public var tool: Tool?
  /// When the capture started (RFC 3339).
  public var capturedAt: String?
  /// How long it took.
  public var durationSeconds: Double?
  /// The cluster and context.
  public var source: Source?
  /// Who captured it (SelfSubjectReview).
  public var identity: Identity?
  /// The API server's version.
  public var serverVersion: ServerVersion?
  /// What discovery found.
  public var discovery: Discovery?
  /// What was removed before writing (for example `env[].value`).
  public var redactions: [String]?

  /// Creates capture metadata.
  public init(
    tool: Tool? = nil, capturedAt: String? = nil, durationSeconds: Double? = nil,
    source: Source? = nil, identity: Identity? = nil, serverVersion: ServerVersion? = nil,
    discovery: Discovery? = nil, redactions: [String]? = nil
  ) {
    self.tool = tool
    self.capturedAt = capturedAt
    self.durationSeconds = durationSeconds
    self.source = source
    self.identity = identity
    self.serverVersion = serverVersion
    self.discovery = discovery
    self.redactions = redactions
  }

  /// The writing tool.
  public struct Tool: Codable, Sendable, Hashable {
    /// Its name.
    public var name: String
    /// Its version.
    public var version: String

    /// Creates a tool record.
    public init(name: String, version: String) {
      self.name = name
      self.version = version
    }
  }

  /// The capture's source.
  public struct Source: Codable, Sendable, Hashable {
    /// `kubeconfig`, `in-cluster` or `generated`.
    public var mode: String?
    /// The kubeconfig context.
    public var context: String?
    /// The cluster's name.
    public var cluster: String?
    /// The API server URL.
    public var server: String?
    /// `all` or a namespace.
    public var namespaceScope: String?

    /// Creates a source record.
    public init(
      mode: String? = nil, context: String? = nil, cluster: String? = nil, server: String? = nil,
      namespaceScope: String? = nil
    ) {
      self.mode = mode
      self.context = context
      self.cluster = cluster
      self.server = server
      self.namespaceScope = namespaceScope
    }
  }

  /// The capturing identity.
  public struct Identity: Codable, Sendable, Hashable {
    /// How it was found (`SelfSubjectReview`).
    public var via: String?
    /// The user name.
    public var username: String?
    /// The groups.
    public var groups: [String]?

    /// Creates an identity record.
    public init(via: String? = nil, username: String? = nil, groups: [String]? = nil) {
      self.via = via
      self.username = username
      self.groups = groups
    }
  }

  /// The API server's version.
  public struct ServerVersion: Codable, Sendable, Hashable {
    /// for example `v1.32.3`.
    public var gitVersion: String?
    /// for example `linux/amd64`.
    public var platform: String?

    /// Creates a version record.
    public init(gitVersion: String? = nil, platform: String? = nil) {
      self.gitVersion = gitVersion
      self.platform = platform
    }
  }

  /// What discovery returned.
  public struct Discovery: Codable, Sendable, Hashable {
    /// `aggregated-v2` or `legacy`.
    public var format: String?
    /// The served group-versions.
    public var groupVersions: [String]?

    /// Creates a discovery record.
    public init(format: String? = nil, groupVersions: [String]? = nil) {
      self.format = format
      self.groupVersions = groupVersions
    }
  }
}
