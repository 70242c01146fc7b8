/// A pod controller: Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController,
/// Job or CronJob, with its pod template.
///
/// The seven kinds share what analyses need (a template, a selector, a replica count), so
/// one type serves them all; ``kind`` tells them apart.
public struct PodController: Sendable, Hashable {
  /// Which controller this is.
  public var kind: ControllerKind
  /// The controller's metadata.
  public var metadata: ObjectMeta
  /// The pod template (for a CronJob, the template of its job template).
  public var template: PodTemplateSpec
  /// The pod selector; a ReplicationController's map selector becomes `matchLabels`.
  public var selector: LabelSelector?
  /// Desired replicas, when the kind has them and the manifest sets them.
  public var replicas: Int?
  /// A CronJob's schedule.
  public var schedule: String?

  /// Creates a controller.
  public init(
    kind: ControllerKind, metadata: ObjectMeta, template: PodTemplateSpec,
    selector: LabelSelector? = nil, replicas: Int? = nil, schedule: String? = nil
  ) {
    self.kind = kind
    self.metadata = metadata
    self.template = template
    self.selector = selector
    self.replicas = replicas
    self.schedule = schedule
  }

  /// The controller's namespace (`default` when a manifest omits it).
  public var namespace: String { metadata.namespace ?? "default" }

  /// The controller's key.
  public var key: ObjectKey {
    ObjectKey(kind: kind.rawValue, namespace: namespace, name: metadata.name)
  }
}

extension PodController {
  private enum CodingKeys: String, CodingKey { case metadata, spec }
  private enum SpecKeys: String, CodingKey {
    case template, selector, replicas, schedule, jobTemplate
  }

  /// Decodes a controller of a known kind from its API form.
  public init(kind: ControllerKind, from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    guard c.contains(.spec), try !c.decodeNil(forKey: .spec) else {
      self.init(kind: kind, metadata: metadata, template: PodTemplateSpec(spec: PodSpec()))
      return
    }
    let spec = try c.nestedContainer(keyedBy: SpecKeys.self, forKey: .spec)
    if kind == .cronJob {
      let jobTemplate = try spec.decodeIfPresent(JobTemplate.self, forKey: .jobTemplate)
      self.init(
        kind: kind, metadata: metadata,
        template: jobTemplate?.spec?.template ?? PodTemplateSpec(spec: PodSpec()),
        schedule: try spec.decodeIfPresent(String.self, forKey: .schedule))
      return
    }
    let selector: LabelSelector?
    if kind == .replicationController {
      selector = try spec.decodeIfPresent(StringMap.self, forKey: .selector).map {
        LabelSelector(matchLabels: $0.values)
      }
    } else {
      selector = try spec.decodeIfPresent(LabelSelector.self, forKey: .selector)
    }
    self.init(
      kind: kind, metadata: metadata,
      template: try spec.decodeIfPresent(PodTemplateSpec.self, forKey: .template)
        ?? PodTemplateSpec(spec: PodSpec()),
      selector: selector, replicas: try spec.decodeIfPresent(Int.self, forKey: .replicas))
  }

  /// Encodes the controller in its API form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    var spec = c.nestedContainer(keyedBy: SpecKeys.self, forKey: .spec)
    if kind == .cronJob {
      try spec.encodeIfPresent(schedule, forKey: .schedule)
      try spec.encode(JobTemplate(spec: .init(template: template)), forKey: .jobTemplate)
      return
    }
    try spec.encode(template, forKey: .template)
    try spec.encodeIfPresent(replicas, forKey: .replicas)
    if kind == .replicationController {
      try spec.encodeIfPresent(selector?.matchLabels, forKey: .selector)
    } else {
      try spec.encodeIfPresent(selector, forKey: .selector)
    }
  }

  private struct JobTemplate: Codable {
    struct Spec: Codable { var template: PodTemplateSpec? }
    var spec: Spec?
  }
}
