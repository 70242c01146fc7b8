/// How completely one list of a snapshot was captured.
public enum ListStatus: String, Codable, Sendable, Hashable, CaseIterable {
  /// Every page was read.
  case complete
  /// Some pages are missing (for example the continue token expired twice).
  case partial
  /// The API server refused the list (HTTP 403).
  case forbidden
  /// The credentials were rejected (HTTP 401).
  case unauthorized
  /// The API group/version is not served (HTTP 404).
  case notServed
  /// Another error ended the list.
  case error
  /// The list was deliberately not captured.
  case skipped
  /// Imported from files that do not say (kubectl output, manifests).
  case unknown

  /// Whether the list's items can be trusted to be all there are.
  public var isComplete: Bool { self == .complete }

  /// Whether analyses relying on this list should say they may miss something.
  public var isGap: Bool { ![.complete, .unknown, .notServed, .skipped].contains(self) }
}
