/// Windows-specific security options (`hostProcess` is a PSS baseline control).
public struct WindowsSecurityContextOptions: Codable, Sendable, Hashable {
  /// Runs the container as a Windows HostProcess container.
  public var hostProcess: Bool?
  /// The user name to run as.
  public var runAsUserName: String?

  /// Creates Windows options.
  public init(hostProcess: Bool? = nil, runAsUserName: String? = nil) {
    self.hostProcess = hostProcess
    self.runAsUserName = runAsUserName
  }
}
