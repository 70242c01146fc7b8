import KubeModel

/// A namespace's Pod Security Admission label compared with what its workloads meet: the
/// Workloads pane's namespace summary row.
public struct NamespaceAssessment: Sendable, Hashable {
  /// The namespace label that sets the enforced level.
  public static let enforceLabel = "pod-security.kubernetes.io/enforce"

  /// The namespace's name.
  public var namespace: String
  /// The raw `pod-security.kubernetes.io/enforce` value, when the label is set.
  public var enforceLabelValue: String?
  /// The enforced level, when the label holds a valid level.
  public var enforced: PSSLevel?
  /// The strictest level every workload of the namespace meets (`nil` without workloads):
  /// the level the namespace could enforce without rejecting any of them.
  public var strictestLevelMet: PSSLevel?
  /// How many workloads the namespace has.
  public var workloadCount: Int
  /// Workloads that do not meet the enforced level (new pods would be rejected).
  public var workloadsBelowEnforced: [ObjectKey]
  /// Whether the snapshot referenced the namespace without containing it (labels unknown).
  public var isSynthesized: Bool

  /// Creates an assessment.
  public init(
    namespace: String, enforceLabelValue: String?, strictestLevelMet: PSSLevel?,
    workloadCount: Int, workloadsBelowEnforced: [ObjectKey], isSynthesized: Bool
  ) {
    self.namespace = namespace
    self.enforceLabelValue = enforceLabelValue
    enforced = enforceLabelValue.flatMap(PSSLevel.init(rawValue:))
    self.strictestLevelMet = strictestLevelMet
    self.workloadCount = workloadCount
    self.workloadsBelowEnforced = workloadsBelowEnforced
    self.isSynthesized = isSynthesized
  }

  /// Whether the namespace could enforce a stricter level than it does without rejecting any
  /// of its workloads.
  public var enforcesLessThanMet: Bool {
    guard let met = strictestLevelMet, let enforced else { return false }
    return enforced < met
  }
}
