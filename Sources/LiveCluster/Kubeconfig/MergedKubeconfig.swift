/// Several kubeconfig files merged as client-go merges them.
///
/// The first file to set a map key (a cluster, user or context name) or a scalar
/// (`current-context`) wins, with no field-level merging. Each stanza remembers the file that
/// defined it, for relative paths.
public struct MergedKubeconfig: Sendable {
  /// A stanza and the file that defined it.
  public struct Entry<Stanza: Sendable>: Sendable {
    /// The stanza.
    public var stanza: Stanza
    /// The defining file's path.
    public var file: String
  }

  /// The files read, in order.
  public private(set) var files: [String] = []
  /// `current-context` from the first file that sets a non-empty one.
  public private(set) var currentContext: String?
  /// Clusters by name.
  public private(set) var clusters: [String: Entry<ClusterStanza>] = [:]
  /// Users by name.
  public private(set) var users: [String: Entry<UserStanza>] = [:]
  /// Contexts by name.
  public private(set) var contexts: [String: Entry<ContextStanza>] = [:]

  /// Creates an empty configuration.
  public init() {}

  /// Whether nothing was configured (no context, cluster or user).
  public var isEmpty: Bool { clusters.isEmpty && users.isEmpty && contexts.isEmpty }

  /// Adds a file; names already present keep their first definition.
  ///
  /// - Complexity: O(*n*) in the file's entries.
  public mutating func add(_ file: KubeconfigFile, path: String) {
    files.append(path)
    if currentContext?.isEmpty ?? true, let context = file.currentContext, !context.isEmpty {
      currentContext = context
    }
    for entry in file.clusters where clusters[entry.name] == nil {
      clusters[entry.name] = Entry(stanza: entry.stanza ?? ClusterStanza(), file: path)
    }
    for entry in file.users where users[entry.name] == nil {
      users[entry.name] = Entry(stanza: entry.stanza ?? UserStanza(), file: path)
    }
    for entry in file.contexts where contexts[entry.name] == nil {
      contexts[entry.name] = Entry(stanza: entry.stanza ?? ContextStanza(), file: path)
    }
  }
}
