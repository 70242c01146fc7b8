import KubeModel

/// A check of one pod template against one rule.
///
/// Each check lives in its own file under `Checks/`; ``HardeningRules`` lists them all.
public protocol PodCheck: Sendable {
  /// The rule the check reports: id, title, severity, what, why, how to fix, references.
  static var rule: Rule { get }

  /// Creates the check.
  init()

  /// The violations in one pod template; empty when the template passes.
  func violations(in pod: PodUnderReview) -> [Violation]
}

extension PodCheck {
  /// The rule the check reports.
  public var rule: Rule { Self.rule }

  /// A pod-level violation of this check's rule.
  func podViolation(_ message: String, at path: String, value: String) -> Violation {
    Violation(message: message, fieldPath: path, value: value)
  }
}
