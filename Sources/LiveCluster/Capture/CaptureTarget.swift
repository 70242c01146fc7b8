/// One list to capture: a resource at a served group-version, how to ask for it, and where.
public struct CaptureTarget: Sendable, Hashable, CustomStringConvertible {
  /// How items are requested.
  public enum Representation: String, Sendable, Hashable {
    /// Full objects (`application/json`).
    case full
    /// Metadata only (`PartialObjectMetadataList`), for Secrets.
    case metadata
  }

  /// API group, empty for the core group.
  public var group: String
  /// API version.
  public var version: String
  /// Plural resource name.
  public var resource: String
  /// The items' kind.
  public var kind: String
  /// Whether the resource is namespaced.
  public var namespaced: Bool
  /// How items are requested.
  public var representation: Representation
  /// Limits the list to one namespace (`kube-system` for `aws-auth`).
  public var namespace: String?
  /// A field selector such as `metadata.name=aws-auth`.
  public var fieldSelector: String?

  /// Creates a target.
  public init(
    group: String, version: String, resource: String, kind: String, namespaced: Bool,
    representation: Representation = .full, namespace: String? = nil, fieldSelector: String? = nil
  ) {
    self.group = group
    self.version = version
    self.resource = resource
    self.kind = kind
    self.namespaced = namespaced
    self.representation = representation
    self.namespace = namespace
    self.fieldSelector = fieldSelector
  }

  /// `group/version`, or `version` for the core group.
  public var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

  /// `resource.group` as kubectl prints it.
  public var description: String { group.isEmpty ? resource : "\(resource).\(group)" }

  /// The list path, cluster-wide or in `namespace` (the target's own namespace wins).
  public func path(in namespace: String? = nil) -> String {
    let root = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
    guard let scope = self.namespace ?? namespace, namespaced else { return "\(root)/\(resource)" }
    return "\(root)/namespaces/\(scope)/\(resource)"
  }
}
