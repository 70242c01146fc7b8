/// A kubeconfig or in-cluster configuration that cannot be used, with kubectl's wording where
/// kubectl has one.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
