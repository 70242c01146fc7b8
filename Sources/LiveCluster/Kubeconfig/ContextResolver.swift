import Foundation

/// Turns a context of a merged kubeconfig into a ``ClusterConnection``: resolves relative paths
/// against the defining file, decodes `*-data`, applies client-go's precedence (token ›
/// tokenFile; client certificate alongside; basic; auth-provider; exec) and its validation.
public struct ContextResolver: Sendable {
  /// The merged configuration.
  public var config: MergedKubeconfig

  /// Creates a resolver.
  public init(config: MergedKubeconfig) { self.config = config }

  /// Resolves `context`, else `current-context`.
  public func resolve(context requested: String?) throws(ConfigurationError) -> ClusterConnection {
    let name = requested ?? config.currentContext ?? ""
    guard !name.isEmpty else {
      if config.isEmpty {
        throw ConfigurationError(
          "no configuration has been provided: no kubeconfig found and not running in a cluster")
      }
      let names = config.contexts.keys.sorted().joined(separator: ", ")
      throw ConfigurationError(
        "no context chosen: current-context is not set; use --context (one of: \(names))")
    }
    guard let context = config.contexts[name] else {
      throw ConfigurationError("context was not found for specified context: \(name)")
    }
    let clusterName = context.stanza.cluster ?? ""
    guard let cluster = config.clusters[clusterName] else {
      throw ConfigurationError("cluster \"\(clusterName)\" was not found for context \"\(name)\"")
    }
    let userName = context.stanza.user ?? ""
    let user =
      config.users[userName] ?? MergedKubeconfig.Entry(stanza: UserStanza(), file: cluster.file)
    if !userName.isEmpty && config.users[userName] == nil {
      throw ConfigurationError("user \"\(userName)\" was not found for context \"\(name)\"")
    }
    let namespace = try Self.namespace(context.stanza.namespace, context: name)
    var connection = try Self.cluster(cluster, named: clusterName)
    connection.contextName = name
    connection.clusterName = clusterName
    connection.userName = userName
    connection.namespace = namespace
    try Self.apply(user, named: userName, cluster: cluster.stanza, to: &connection)
    return connection
  }

  private static func namespace(_ value: String?, context: String) throws(ConfigurationError)
    -> String
  {
    guard let value, !value.isEmpty else { return "default" }
    let valid =
      value.count <= 63 && value.first!.isDNSLabelEdge && value.last!.isDNSLabelEdge
      && value.allSatisfy { $0.isDNSLabelEdge || $0 == "-" }
    guard valid else {
      throw ConfigurationError(
        "namespace \"\(value)\" of context \"\(context)\" is not a valid DNS label")
    }
    return value
  }

  private static func cluster(
    _ entry: MergedKubeconfig.Entry<ClusterStanza>, named name: String
  ) throws(ConfigurationError) -> ClusterConnection {
    let stanza = entry.stanza
    guard var server = stanza.server, !server.isEmpty else {
      throw ConfigurationError("invalid configuration: no server found for cluster \"\(name)\"")
    }
    if !server.contains("://") { server = "https://" + server }
    while server.hasSuffix("/") { server.removeLast() }
    let ca = try PEMSource.bytes(
      data: stanza.certificateAuthorityData, file: stanza.certificateAuthority,
      base: entry.file, what: "certificate-authority for cluster \"\(name)\"")
    let insecure = stanza.insecureSkipTLSVerify ?? false
    if insecure && ca != nil {
      throw ConfigurationError(
        "invalid configuration: specifying a root certificates file with the insecure flag is not allowed (cluster \"\(name)\")"
      )
    }
    if let proxy = stanza.proxyURL, !proxy.isEmpty {
      let scheme = proxy.split(separator: ":").first.map { $0.lowercased() } ?? ""
      guard ["http", "https", "socks5"].contains(scheme) else {
        throw ConfigurationError(
          "proxy-url \"\(proxy)\" of cluster \"\(name)\": scheme must be http, https or socks5")
      }
    }
    return ClusterConnection(
      server: server,
      trust: ServerTrust(
        certificateAuthorityPEM: ca, insecureSkipVerify: insecure,
        serverName: stanza.tlsServerName.flatMap { $0.isEmpty ? nil : $0 }),
      proxyURL: stanza.proxyURL.flatMap { $0.isEmpty ? nil : $0 },
      disableCompression: stanza.disableCompression ?? false)
  }

  private static func apply(
    _ entry: MergedKubeconfig.Entry<UserStanza>, named name: String, cluster: ClusterStanza,
    to connection: inout ClusterConnection
  ) throws(ConfigurationError) {
    let user = entry.stanza
    let certificate = try PEMSource.bytes(
      data: user.clientCertificateData, file: user.clientCertificate, base: entry.file,
      what: "client-certificate for user \"\(name)\"")
    let key = try PEMSource.bytes(
      data: user.clientKeyData, file: user.clientKey, base: entry.file,
      what: "client-key for user \"\(name)\"")
    switch (certificate, key) {
    case (let cert?, let key?):
      connection.clientCertificate = ClientCertificate(certificatePEM: cert, keyPEM: key)
    case (.some, nil):
      throw ConfigurationError(
        "client-key-data or client-key must be specified for \(name) to use the clientCert authentication method"
      )
    case (nil, .some):
      throw ConfigurationError(
        "client-cert-data or client-cert must be specified for \(name) to use the clientCert authentication method"
      )
    case (nil, nil): break
    }
    connection.impersonation = impersonation(user)
    connection.credential = try credential(entry, named: name, connection: connection)
    if case .basic = connection.credential {
      connection.warnings.append(
        "user \"\(name)\" uses basic auth, which kube-apiserver removed in 1.19")
    }
  }

  private static func impersonation(_ user: UserStanza) -> Impersonation? {
    let value = Impersonation(
      user: user.impersonate.flatMap { $0.isEmpty ? nil : $0 },
      uid: user.impersonateUID.flatMap { $0.isEmpty ? nil : $0 },
      groups: user.impersonateGroups ?? [], extra: user.impersonateUserExtra ?? [:])
    return value == Impersonation() ? nil : value
  }

  private static func credential(
    _ entry: MergedKubeconfig.Entry<UserStanza>, named name: String,
    connection: ClusterConnection
  ) throws(ConfigurationError) -> CredentialSource {
    let user = entry.stanza
    let hasToken = !(user.token ?? "").isEmpty || !(user.tokenFile ?? "").isEmpty
    let hasBasic = !(user.username ?? "").isEmpty || !(user.password ?? "").isEmpty
    if hasToken && hasBasic {
      throw ConfigurationError(
        "more than one authentication method found for \(name); found token, basic auth")
    }
    if user.exec != nil && user.authProvider != nil {
      throw ConfigurationError(
        "user \"\(name)\" sets both exec and auth-provider; only one authentication plugin is allowed"
      )
    }
    if let token = user.token, !token.isEmpty { return .token(token) }
    if let file = user.tokenFile, !file.isEmpty {
      return .tokenFile(path: PEMSource.resolve(file, base: entry.file))
    }
    if hasBasic { return .basic(username: user.username ?? "", password: user.password ?? "") }
    if let provider = user.authProvider { return try authProvider(provider, user: name) }
    if var exec = user.exec {
      try ExecPluginValidation.validate(exec, user: name)
      if exec.command.contains("/") {
        exec.command = PEMSource.resolve(exec.command, base: entry.file)
      }
      let info =
        exec.provideClusterInfo == true
        ? ExecClusterInfo(
          server: connection.server, tlsServerName: connection.trust.serverName,
          insecureSkipTLSVerify: connection.trust.insecureSkipVerify,
          certificateAuthorityData: connection.trust.certificateAuthorityPEM,
          proxyURL: connection.proxyURL, disableCompression: connection.disableCompression)
        : nil
      return .exec(ExecPlugin(config: exec, cluster: info))
    }
    return .none
  }

  private static func authProvider(_ provider: AuthProviderConfig, user: String)
    throws(ConfigurationError) -> CredentialSource
  {
    switch provider.name {
    case "gcp":
      throw ConfigurationError(
        "The gcp auth plugin has been removed. Please use the \"gke-gcloud-auth-plugin\" kubectl/client-go credential plugin instead. See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details"
      )
    case "azure":
      throw ConfigurationError(
        "The azure auth plugin has been removed. Please use the \"kubelogin\" kubectl/client-go credential plugin instead. See https://azure.github.io/kubelogin/ for further details"
      )
    case "oidc":
      guard let token = provider.config?["id-token"], !token.isEmpty else {
        throw ConfigurationError(
          "user \"\(user)\": the oidc auth-provider has no id-token; log in again with your OIDC tool (e.g. kubelogin) to refresh it"
        )
      }
      return .oidc(idToken: token)
    default:
      throw ConfigurationError("no Auth Provider found for name \"\(provider.name)\"")
    }
  }
}

extension Character {
  fileprivate var isDNSLabelEdge: Bool {
    ("a"..."z").contains(self) || ("0"..."9").contains(self)
  }
}
