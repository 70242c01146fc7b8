/// The subset of Kubernetes `metadata` that kbaseline analyses.
///
/// The `kubectl.kubernetes.io/last-applied-configuration` annotation is dropped while
/// decoding: it duplicates the whole object (often with secret-looking values) and is
/// never needed by an analysis.
public struct ObjectMeta: Codable, Sendable, Hashable {
  /// The object's name (`metadata.name`).
  public var name: String
  /// The namespace, `nil` for cluster-scoped objects.
  public var namespace: String?
  /// The object's UID when the API server assigned one.
  public var uid: String?
  /// Labels, empty when absent.
  public var labels: [String: String]
  /// Annotations, empty when absent (last-applied configuration removed).
  public var annotations: [String: String]
  /// Owner references in their original order.
  public var ownerReferences: [OwnerReference]
  /// `creationTimestamp` as the API wrote it (RFC 3339).
  public var creationTimestamp: String?

  /// The annotation dropped while loading.
  public static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

  /// Creates metadata; every field but the name is optional.
  public init(
    name: String, namespace: String? = nil, uid: String? = nil, labels: [String: String] = [:],
    annotations: [String: String] = [:], ownerReferences: [OwnerReference] = [],
    creationTimestamp: String? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.uid = uid
    self.labels = labels
    self.annotations = annotations
    self.ownerReferences = ownerReferences
    self.creationTimestamp = creationTimestamp
  }

  /// The controlling owner (`controller: true`), if any.
  public var controllerReference: OwnerReference? {
    ownerReferences.first { $0.controller == true }
  }

  private enum CodingKeys: String, CodingKey {
    case name, generateName, namespace, uid, labels, annotations, ownerReferences,
      creationTimestamp
  }

  /// Decodes metadata, tolerating a missing name (uses `generateName`) and dropping the
  /// last-applied annotation.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let generate = try c.decodeIfPresent(String.self, forKey: .generateName)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? generate ?? ""
    namespace = try c.decodeIfPresent(String.self, forKey: .namespace)
    if namespace?.isEmpty == true { namespace = nil }
    uid = try c.decodeIfPresent(String.self, forKey: .uid)
    labels = try c.decodeIfPresent(StringMap.self, forKey: .labels)?.values ?? [:]
    var notes = try c.decodeIfPresent(StringMap.self, forKey: .annotations)?.values ?? [:]
    notes[Self.lastAppliedAnnotation] = nil
    annotations = notes
    ownerReferences = try c.decodeIfPresent([OwnerReference].self, forKey: .ownerReferences) ?? []
    creationTimestamp = try c.decodeIfPresent(String.self, forKey: .creationTimestamp)
  }

  /// Encodes the metadata, omitting empty collections.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(namespace, forKey: .namespace)
    try c.encodeIfPresent(uid, forKey: .uid)
    if !labels.isEmpty { try c.encode(labels, forKey: .labels) }
    if !annotations.isEmpty { try c.encode(annotations, forKey: .annotations) }
    if !ownerReferences.isEmpty { try c.encode(ownerReferences, forKey: .ownerReferences) }
    try c.encodeIfPresent(creationTimestamp, forKey: .creationTimestamp)
  }
}
