/// A workload as analyses see it: a top-level controller (or a bare pod) with its pod template
/// and the pods that belong to it.
public struct Workload: Sendable, Hashable {
  /// The top controller's identity, for example `Deployment/shop-prod/api`; `Pod/ns/name` for a
  /// bare pod.
  public var key: ObjectKey
  /// The pod template findings are evaluated on: the controller's template, or the pod's own
  /// spec for a bare pod or a controller absent from the snapshot.
  public var template: PodTemplateSpec
  /// Indices into ``Snapshot/pods`` of the pods that resolve to this workload.
  public var podIndices: [Int]
  /// Whether the controller object itself is in the snapshot.
  public var isControllerPresent: Bool

  /// Creates a workload.
  public init(
    key: ObjectKey, template: PodTemplateSpec, podIndices: [Int], isControllerPresent: Bool
  ) {
    self.key = key
    self.template = template
    self.podIndices = podIndices
    self.isControllerPresent = isControllerPresent
  }

  /// The workload's namespace.
  public var namespace: String { key.namespace }

  /// The workload's name.
  public var name: String { key.name }

  /// The workload's kind (`Deployment`, …, or `Pod`).
  public var kind: String { key.kind }
}
