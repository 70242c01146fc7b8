import Foundation

/// Runs an exec credential plugin as client-go does: `KUBERNETES_EXEC_INFO` in the environment
/// (plus the stanza's `env`), stdin only when interactive, stderr passed through to the user,
/// stdout parsed as an `ExecCredential` of the configured apiVersion.
public struct ExecCredentialRunner: Sendable {
  /// The environment the plugin inherits.
  public var environment: [String: String]
  /// Whether standard input is a terminal (decides `IfAvailable`).
  public var stdinIsTerminal: Bool

  /// Creates a runner.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1
  ) {
    self.environment = environment
    self.stdinIsTerminal = stdinIsTerminal
  }

  /// Runs the plugin and returns its credential.
  public func run(_ plugin: ExecPlugin) async throws(CredentialError) -> ExecCredentialResult {
    let config = plugin.config
    let interactive = try interactive(config)
    let executable = try locate(config)
    let info = Self.execInfo(plugin, interactive: interactive)
    var env = environment
    for entry in config.env ?? [] { env[entry.name] = entry.value }
    env["KUBERNETES_EXEC_INFO"] = String(decoding: JSONWriter.serialize(info), as: UTF8.self)
    let (status, output) = try await Self.launch(
      executable, arguments: config.args ?? [], environment: env, interactive: interactive)
    guard status == 0 else {
      throw CredentialError(
        "exec: executable \(config.command) failed with exit code \(status)")
    }
    return try ExecCredentialResult.parse(
      output, expectedVersion: config.apiVersion, command: config.command)
  }

  /// The `KUBERNETES_EXEC_INFO` document.
  static func execInfo(_ plugin: ExecPlugin, interactive: Bool) -> JSONValue {
    var spec: [String: JSONValue] = ["interactive": .bool(interactive)]
    if let cluster = plugin.cluster {
      var members: [String: JSONValue] = ["server": .string(cluster.server), "config": .null]
      if let name = cluster.tlsServerName { members["tls-server-name"] = .string(name) }
      if cluster.insecureSkipTLSVerify == true { members["insecure-skip-tls-verify"] = .bool(true) }
      if let ca = cluster.certificateAuthorityData {
        members["certificate-authority-data"] = .string(Data(ca).base64EncodedString())
      }
      if let proxy = cluster.proxyURL { members["proxy-url"] = .string(proxy) }
      if cluster.disableCompression == true { members["disable-compression"] = .bool(true) }
      spec["cluster"] = .object(members)
    }
    return .object([
      "kind": .string("ExecCredential"), "apiVersion": .string(plugin.config.apiVersion),
      "spec": .object(spec),
    ])
  }

  private func interactive(_ config: ExecConfig) throws(CredentialError) -> Bool {
    switch config.interactiveMode ?? "IfAvailable" {
    case "Never": return false
    case "Always":
      guard stdinIsTerminal else {
        throw CredentialError(
          "exec plugin \"\(config.command)\" needs an interactive terminal (interactiveMode: Always) but standard input is not one"
        )
      }
      return true
    default: return stdinIsTerminal
    }
  }

  private func locate(_ config: ExecConfig) throws(CredentialError) -> String {
    let hint = config.installHint.map { "\n\n\($0)" } ?? ""
    if config.command.contains("/") {
      guard FileManager.default.isExecutableFile(atPath: config.command) else {
        throw CredentialError("exec: executable \(config.command) not found\(hint)")
      }
      return config.command
    }
    for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(directory)/\(config.command)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw CredentialError("exec: executable \(config.command) not found\(hint)")
  }

  private static func launch(
    _ executable: String, arguments: [String], environment: [String: String], interactive: Bool
  ) async throws(CredentialError) -> (Int32, Data) {
    let result: Result<(Int32, Data), CredentialError> = await withCheckedContinuation { done in
      DispatchQueue.global().async {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.standardError
        process.standardInput = interactive ? FileHandle.standardInput : FileHandle.nullDevice
        do {
          try process.run()
        } catch {
          done.resume(
            returning: .failure(
              CredentialError("exec: cannot start \(executable): \(error.localizedDescription)")))
          return
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.resume(returning: .success((process.terminationStatus, output)))
      }
    }
    return try result.get()
  }
}
