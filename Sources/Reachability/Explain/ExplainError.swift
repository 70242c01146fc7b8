/// An `--explain` endpoint that names nothing in the snapshot.
public struct ExplainError: Error, Sendable, CustomStringConvertible {
  /// The text that was not found.
  public let endpoint: String

  /// A message naming the accepted forms.
  public var description: String {
    "no workload, namespace or IPv4 address matches '\(endpoint)'; use ns/name, "
      + "ns/name[Kind], a namespace, or an address like 10.0.0.1"
  }
}
