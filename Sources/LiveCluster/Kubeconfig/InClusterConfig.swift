import Foundation

/// The in-cluster configuration (client-go `rest.InClusterConfig`): the API server from
/// `KUBERNETES_SERVICE_HOST`/`_PORT`, the projected service-account token (re-read, it rotates),
/// its CA and namespace.
public struct InClusterConfig: Sendable {
  /// The environment holding the service host and port.
  public var environment: [String: String]
  /// The service-account directory.
  public var directory: String

  /// The standard service-account directory.
  public static let standardDirectory = "/var/run/secrets/kubernetes.io/serviceaccount"

  /// Creates an in-cluster configuration reader.
  public init(environment: [String: String], directory: String = Self.standardDirectory) {
    self.environment = environment
    self.directory = directory
  }

  /// Whether both service variables are set.
  public var isAvailable: Bool {
    !(environment["KUBERNETES_SERVICE_HOST"] ?? "").isEmpty
      && !(environment["KUBERNETES_SERVICE_PORT"] ?? "").isEmpty
  }

  /// The connection, or "not in cluster".
  public func connection() throws(ConfigurationError) -> ClusterConnection {
    guard isAvailable, let host = environment["KUBERNETES_SERVICE_HOST"],
      let port = environment["KUBERNETES_SERVICE_PORT"]
    else {
      throw ConfigurationError(
        "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined"
      )
    }
    let tokenPath = (directory as NSString).appendingPathComponent("token")
    guard FileManager.default.isReadableFile(atPath: tokenPath) else {
      throw ConfigurationError("open \(tokenPath): no such file or directory")
    }
    let caPath = (directory as NSString).appendingPathComponent("ca.crt")
    let ca = FileManager.default.contents(atPath: caPath).map { [UInt8]($0) }
    let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    let namespace =
      environment["POD_NAMESPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? readNamespace()
    return ClusterConnection(
      mode: .inCluster, server: "https://\(hostPart):\(port)", namespace: namespace,
      trust: ServerTrust(certificateAuthorityPEM: ca), credential: .tokenFile(path: tokenPath))
  }

  private func readNamespace() -> String {
    let path = (directory as NSString).appendingPathComponent("namespace")
    let text = (try? String(contentsOfFile: path, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return (text?.isEmpty ?? true) ? "default" : text!
  }
}
