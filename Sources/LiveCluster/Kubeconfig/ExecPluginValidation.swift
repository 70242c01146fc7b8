/// client-go's checks of an `exec` stanza (validation.go).
enum ExecPluginValidation {
  /// The API versions kbaseline speaks.
  static let supportedVersions = [
    "client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1",
  ]

  /// Throws the first problem with `exec`.
  static func validate(_ exec: ExecConfig, user: String) throws(ConfigurationError) {
    guard !exec.command.isEmpty else {
      throw ConfigurationError(
        "command must be specified for \(user) to use exec authentication plugin")
    }
    guard !exec.apiVersion.isEmpty else {
      throw ConfigurationError(
        "apiVersion must be specified for \(user) to use exec authentication plugin")
    }
    guard supportedVersions.contains(exec.apiVersion) else {
      throw ConfigurationError("exec plugin: invalid apiVersion \"\(exec.apiVersion)\"")
    }
    if exec.apiVersion.hasSuffix("/v1") && (exec.interactiveMode ?? "").isEmpty {
      throw ConfigurationError(
        "interactiveMode must be specified for \(user) to use exec authentication plugin")
    }
    if let mode = exec.interactiveMode, !mode.isEmpty,
      !["Never", "IfAvailable", "Always"].contains(mode)
    {
      throw ConfigurationError(
        "exec plugin cannot support interactiveMode \"\(mode)\" (use Never, IfAvailable or Always)")
    }
  }
}
