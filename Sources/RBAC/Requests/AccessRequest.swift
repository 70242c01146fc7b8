/// The attributes of one API request as the RBAC authorizer sees them.
///
/// A resource request carries a verb, an API group (`""` is core), a resource with an
/// optional subresource, an optional object name and a namespace (`""` for cluster-scoped
/// objects and all-namespace lists). A non-resource request carries a verb and a URL path.
public struct AccessRequest: Sendable, Hashable, CustomStringConvertible {
  /// The verb, for example `get`, `create`, `escalate`, `impersonate`.
  public var verb: String
  /// The API group (`""` is the core group); empty for non-resource requests.
  public var apiGroup: String
  /// The resource, for example `pods`; empty for non-resource requests.
  public var resource: String
  /// The subresource, for example `exec`; empty when none.
  public var subresource: String
  /// The object name; empty when the request names no object (create, list).
  public var name: String
  /// The namespace; empty for cluster-scoped and all-namespace requests.
  public var namespace: String
  /// The URL path of a non-resource request, for example `/healthz`; `nil` for resource requests.
  public var path: String?

  /// A resource request.
  public init(
    verb: String, apiGroup: String = "", resource: String, subresource: String = "",
    name: String = "", namespace: String = ""
  ) {
    self.verb = verb
    self.apiGroup = apiGroup
    self.resource = resource
    self.subresource = subresource
    self.name = name
    self.namespace = namespace
    self.path = nil
  }

  /// A resource request whose resource is written `resource` or `resource/subresource`.
  public init(
    verb: String, apiGroup: String = "", combinedResource: String, name: String = "",
    namespace: String = ""
  ) {
    let parts = combinedResource.split(
      separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    self.init(
      verb: verb, apiGroup: apiGroup, resource: String(parts[0]),
      subresource: parts.count > 1 ? String(parts[1]) : "", name: name, namespace: namespace)
  }

  /// A non-resource request such as `get /healthz`.
  public init(verb: String, path: String) {
    self.init(verb: verb, resource: "")
    self.path = path
  }

  /// `true` for resource requests, `false` for non-resource URLs.
  public var isResourceRequest: Bool { path == nil }

  /// `resource` or `resource/subresource`, as rules spell it.
  public var combinedResource: String {
    subresource.isEmpty ? resource : resource + "/" + subresource
  }

  /// `get pods/log "web" in ns1 (group "")`-style text for messages.
  public var description: String {
    if let path { return "\(verb) \(path)" }
    var text = "\(verb) \(combinedResource)"
    if !apiGroup.isEmpty { text += ".\(apiGroup)" }
    if !name.isEmpty { text += " \"\(name)\"" }
    text += namespace.isEmpty ? " (cluster-wide)" : " in \(namespace)"
    return text
  }
}
