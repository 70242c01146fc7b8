import Foundation
import Yams

/// Finds, reads and merges kubeconfig files the way kubectl does, and resolves a context into a
/// ``ClusterConnection``.
///
/// Files: `--kubeconfig FILE` alone (it must exist); else every file in `KUBECONFIG` (split on
/// `:`, duplicates and missing files skipped); else `$HOME/.kube/config`; else the in-cluster
/// service account.
public struct KubeconfigLoader: Sendable {
  /// The environment (`KUBECONFIG`, `HOME`, `KUBERNETES_SERVICE_HOST`, proxies).
  public var environment: [String: String]
  /// Where the in-cluster service-account files live.
  public var inCluster: InClusterConfig

  /// Creates a loader reading the given environment.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    inCluster: InClusterConfig? = nil
  ) {
    self.environment = environment
    self.inCluster = inCluster ?? InClusterConfig(environment: environment)
  }

  /// The files to read, and a warning when every `KUBECONFIG` entry is missing.
  public func files(explicit: String?) throws(ConfigurationError) -> (
    paths: [String], warning: String?
  ) {
    if let explicit {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw ConfigurationError("stat \(explicit): no such file or directory")
      }
      return ([explicit], nil)
    }
    if let list = environment["KUBECONFIG"], !list.isEmpty {
      var seen = Set<String>()
      let entries = list.split(separator: ":").map(String.init).filter {
        !$0.isEmpty && seen.insert($0).inserted
      }
      let present = entries.filter { FileManager.default.fileExists(atPath: $0) }
      let warning =
        present.isEmpty && !entries.isEmpty
        ? "none of the files in KUBECONFIG exist: \(entries.joined(separator: ":"))" : nil
      return (present, warning)
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    let path = (home as NSString).appendingPathComponent(".kube/config")
    return (FileManager.default.fileExists(atPath: path) ? [path] : [], nil)
  }

  /// Reads and merges the files (first definition of each name wins).
  public func merged(paths: [String]) throws(ConfigurationError) -> MergedKubeconfig {
    var merged = MergedKubeconfig()
    for path in paths { merged.add(try Self.read(path), path: path) }
    return merged
  }

  /// Resolves the connection for `context` (else `current-context`), falling back to the
  /// in-cluster configuration when no kubeconfig exists at all.
  public func connection(kubeconfig: String? = nil, context: String? = nil)
    throws(ConfigurationError) -> ClusterConnection
  {
    let (paths, warning) = try files(explicit: kubeconfig)
    let merged = try merged(paths: paths)
    if merged.isEmpty && kubeconfig == nil && context == nil && inCluster.isAvailable {
      return try inCluster.connection()
    }
    var connection = try ContextResolver(config: merged).resolve(context: context)
    if let warning { connection.warnings.insert(warning, at: 0) }
    return connection
  }

  /// Parses one kubeconfig file (YAML or JSON).
  public static func read(_ path: String) throws(ConfigurationError) -> KubeconfigFile {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ConfigurationError("error loading config file \"\(path)\": cannot read it")
    }
    return try parse(text, path: path)
  }

  /// Parses kubeconfig text; `path` names it in errors.
  public static func parse(_ text: String, path: String) throws(ConfigurationError)
    -> KubeconfigFile
  {
    if text.allSatisfy(\.isWhitespace) { return KubeconfigFile() }
    do {
      return try YAMLDecoder().decode(KubeconfigFile.self, from: text)
    } catch {
      throw ConfigurationError("error loading config file \"\(path)\": \(Self.describe(error))")
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let yaml = error as? YamlError {
      return "\(yaml)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
    }
    if case DecodingError.typeMismatch(_, let context) = error {
      return
        "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
    }
    return "invalid kubeconfig"
  }
}
