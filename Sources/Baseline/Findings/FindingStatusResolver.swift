import KubeModel

/// Decides the status of each finding: the seam where exceptions apply.
///
/// The exceptions feature provides a resolver that matches its file's entries;
/// ``AllOpen`` is used until then.
public protocol FindingStatusResolver: Sendable {
  /// The status of a finding.
  func status(of finding: Finding) -> FindingStatus
}

/// The resolver without exceptions: every finding is open.
public struct AllOpen: FindingStatusResolver {
  /// Creates the resolver.
  public init() {}

  /// Always `open`.
  public func status(of finding: Finding) -> FindingStatus { .open }
}
