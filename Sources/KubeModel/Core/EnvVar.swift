/// An environment variable of a container (`core/v1.EnvVar`).
public struct EnvVar: Codable, Sendable, Hashable {
  /// The variable's name.
  public var name: String
  /// A literal value; `<redacted>` in captures made without `--keep-env-values`.
  public var value: String?
  /// A reference to where the value comes from instead.
  public var valueFrom: EnvVarSource?

  /// The placeholder a capture writes instead of a literal value.
  public static let redacted = "<redacted>"

  /// Creates a variable.
  public init(name: String, value: String? = nil, valueFrom: EnvVarSource? = nil) {
    self.name = name
    self.value = value
    self.valueFrom = valueFrom
  }
}
