import KubeModel

/// What a check found in one pod template: the container (when per container), the field
/// path and current value as evidence, and a one-line message.
///
/// The engine turns violations into ``KubeModel/Finding``s against the workload's top
/// controller, merging several violations of one rule and container into one finding.
public struct Violation: Sendable, Hashable {
  /// The container, for container-level controls.
  public var container: String?
  /// A one-line message, for example `container api runs privileged`.
  public var message: String
  /// The field path in pod-template notation, for example
  /// `spec.containers[name=api].securityContext.privileged`.
  public var fieldPath: String
  /// The current value at ``fieldPath``, as text (`<unset>` when absent).
  public var value: String
  /// A severity that replaces the rule's default, when the evidence warrants it.
  public var severity: Severity?
  /// A PSS level that replaces the rule's, when the lowest forbidding level depends on the pod
  /// (for example `procMount` under `hostUsers: false` is only forbidden by restricted).
  public var pssLevel: PSSLevel?

  /// The text used for an absent field.
  public static let unset = "<unset>"

  /// Creates a violation.
  public init(
    container: String? = nil, message: String, fieldPath: String, value: String,
    severity: Severity? = nil, pssLevel: PSSLevel? = nil
  ) {
    self.container = container
    self.message = message
    self.fieldPath = fieldPath
    self.value = value
    self.severity = severity
    self.pssLevel = pssLevel
  }
}
