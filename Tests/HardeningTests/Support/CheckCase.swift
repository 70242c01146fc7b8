import Hardening
import KubeModel

/// One check applied to one pod, with the containers expected to violate it (`nil` for a
/// pod-level violation); an empty list is a negative case.
struct CheckCase: Sendable, CustomStringConvertible {
  /// What the case exercises.
  var name: String
  /// The check.
  var check: any PodCheck
  /// The pod.
  var pod: PodUnderReview
  /// The containers of the expected violations, in order.
  var expected: [String?]

  var description: String { "\(type(of: check).rule.id): \(name)" }

  /// Creates a case.
  init(_ name: String, _ check: any PodCheck, _ pod: PodUnderReview, expect expected: [String?]) {
    self.name = name
    self.check = check
    self.pod = pod
    self.expected = expected
  }
}
