/// The kinds of pod controllers kbaseline understands, with where each keeps its template.
public enum ControllerKind: String, Codable, Sendable, Hashable, CaseIterable {
  /// `apps/v1` Deployment (`spec.template`).
  case deployment = "Deployment"
  /// `apps/v1` StatefulSet (`spec.template`).
  case statefulSet = "StatefulSet"
  /// `apps/v1` DaemonSet (`spec.template`).
  case daemonSet = "DaemonSet"
  /// `apps/v1` ReplicaSet (`spec.template`).
  case replicaSet = "ReplicaSet"
  /// `v1` ReplicationController (`spec.template`, map selector).
  case replicationController = "ReplicationController"
  /// `batch/v1` Job (`spec.template`).
  case job = "Job"
  /// `batch/v1` CronJob (`spec.jobTemplate.spec.template`).
  case cronJob = "CronJob"

  /// The field path of the pod template inside the object, for messages.
  public var templatePath: String {
    self == .cronJob ? "spec.jobTemplate.spec.template" : "spec.template"
  }
}
