/// How a capture runs.
public struct CaptureOptions: Sendable {
  /// Keep literal `env[].value`s of pods and pod templates (default: `<redacted>`).
  public var keepEnvValues: Bool
  /// Items per page (`limit`).
  public var pageSize: Int
  /// Lists fetched at the same time.
  public var concurrency: Int
  /// What to capture.
  public var wanted: [WantedResource]
  /// The tool name and version written into the capture metadata.
  public var tool: (name: String, version: String)

  /// Creates options.
  public init(
    keepEnvValues: Bool = false, pageSize: Int = 500, concurrency: Int = 4,
    wanted: [WantedResource] = WantedResource.standard,
    tool: (name: String, version: String) = ("kbaseline", "0.1.0")
  ) {
    self.keepEnvValues = keepEnvValues
    self.pageSize = pageSize
    self.concurrency = concurrency
    self.wanted = wanted
    self.tool = tool
  }
}
