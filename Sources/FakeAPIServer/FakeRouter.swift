import Foundation
import KubeModel
import LiveCluster

/// Answers API requests like kube-apiserver: version, legacy and aggregated discovery, paged
/// lists (cluster-wide and per namespace) with opaque continue tokens, metadata-only lists,
/// SelfSubject(Rules)Reviews, and `Status` errors with the apiserver's reasons and messages.
struct FakeRouter {
  let cluster: FakeCluster
  let faults: FakeFaults
  var consumed: Set<String>

  /// The response and the authenticated user name.
  mutating func route(_ request: FakeRequest) -> (FakeResponse, String?) {
    guard let user = authenticate(request) else {
      return (Self.status(401, reason: "Unauthorized", message: "Unauthorized"), nil)
    }
    let parts = request.path.split(separator: "/").map(String.init)
    switch (request.method, parts.first) {
    case ("GET", "version"?) where parts.count == 1:
      return (Self.json(200, cluster.version), user.username)
    case ("GET", "api"?), ("GET", "apis"?):
      if let response = discovery(parts, request: request) { return (response, user.username) }
      return (list(parts, request: request, user: user), user.username)
    case ("POST", "apis"?):
      return (review(parts, user: user), user.username)
    default:
      return (Self.notFound(), user.username)
    }
  }

  private func authenticate(_ request: FakeRequest) -> FakeUser? {
    if let header = request.authorization {
      guard header.hasPrefix("Bearer ") else { return nil }
      let token = String(header.dropFirst(7))
      guard !faults.revokedTokens.contains(token) else { return nil }
      return cluster.tokens[token]
    }
    return request.certificateUser
  }

  // MARK: discovery

  private func discovery(_ parts: [String], request: FakeRequest) -> FakeResponse? {
    let aggregated =
      faults.aggregatedDiscovery && request.accept.contains("as=APIGroupDiscoveryList")
    switch parts.count {
    case 1 where parts[0] == "api":
      if aggregated { return aggregatedList(core: true) }
      return Self.json(
        200,
        [
          "kind": "APIVersions", "versions": ["v1"],
          "serverAddressByClientCIDRs": [
            ["clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"]
          ],
        ])
    case 1:
      if aggregated { return aggregatedList(core: false) }
      let groups = Dictionary(
        grouping: cluster.groupVersions.filter { !$0.group.isEmpty }, by: \.group)
      let entries: [JSONValue] = groups.keys.sorted().map { name in
        let versions: [JSONValue] = groups[name]!.map {
          ["groupVersion": .string("\(name)/\($0.version)"), "version": .string($0.version)]
        }
        return [
          "name": .string(name), "versions": .array(versions), "preferredVersion": versions[0],
        ]
      }
      return Self.json(
        200, ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(entries)])
    case 2 where parts[0] == "api" && parts[1] == "v1", 3 where parts[0] == "apis":
      let groupVersion = parts[0] == "api" ? "v1" : "\(parts[1])/\(parts[2])"
      let resources = cluster.resources.filter { $0.groupVersion == groupVersion }
      guard !resources.isEmpty else { return Self.notFound() }
      let entries: [JSONValue] = resources.map { resource in
        [
          "name": .string(resource.resource), "singularName": .string(resource.singular),
          "namespaced": .bool(resource.namespaced), "kind": .string(resource.kind),
          "verbs": .array(resource.verbs.map { .string($0) }),
          "shortNames": .array(resource.shortNames.map { .string($0) }),
        ]
      }
      return Self.json(
        200,
        [
          "kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(groupVersion),
          "resources": .array(entries),
        ])
    default:
      return nil
    }
  }

  private func aggregatedList(core: Bool) -> FakeResponse {
    let versions = cluster.groupVersions.filter { $0.group.isEmpty == core }
    let groups = Dictionary(grouping: versions, by: \.group)
    let items: [JSONValue] = groups.keys.sorted().map { name in
      let entries: [JSONValue] = groups[name]!.map { gv in
        let resources: [JSONValue] = cluster.resources.filter {
          $0.group == name && $0.version == gv.version
        }.map { r in
          [
            "resource": .string(r.resource), "singularResource": .string(r.singular),
            "scope": r.namespaced ? "Namespaced" : "Cluster",
            "responseKind": [
              "group": .string(r.group), "version": .string(r.version), "kind": .string(r.kind),
            ],
            "verbs": .array(r.verbs.map { .string($0) }),
            "shortNames": .array(r.shortNames.map { .string($0) }),
          ]
        }
        return [
          "version": .string(gv.version), "resources": .array(resources), "freshness": "Current",
        ]
      }
      return [
        "metadata": ["name": .string(name), "creationTimestamp": nil], "versions": .array(entries),
      ]
    }
    var response = Self.json(
      200,
      [
        "kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": [:],
        "items": .array(items),
      ])
    response.contentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
    return response
  }

  // MARK: lists

  private mutating func list(_ parts: [String], request: FakeRequest, user: FakeUser)
    -> FakeResponse
  {
    let g: String
    let v: String
    let tail: [String]
    if parts[0] == "api" {
      guard parts.count >= 2 else { return Self.notFound() }
      (g, v, tail) = ("", parts[1], Array(parts.dropFirst(2)))
    } else {
      guard parts.count >= 3 else { return Self.notFound() }
      (g, v, tail) = (parts[1], parts[2], Array(parts.dropFirst(3)))
    }
    var namespace: String?
    var name = tail.first ?? ""
    if tail.count == 3 && tail[0] == "namespaces" {
      namespace = tail[1]
      name = tail[2]
    } else if tail.count == 2 && tail[0] == "namespaces" && g.isEmpty {
      return singleNamespace(tail[1])
    } else if tail.count != 1 {
      return Self.notFound()
    }
    guard
      let resource = cluster.resources.first(where: {
        $0.group == g && $0.version == v && $0.resource == name
      }),
      resource.verbs.contains("list")
    else { return Self.notFound() }
    if let fault = fault(for: resource, request: request, namespace: namespace, user: user) {
      return fault
    }
    var items = resource.items.filter {
      namespace == nil || $0.value(at: "metadata", "namespace")?.stringValue == namespace
    }
    items = items.filter { matches($0, selector: request.query["fieldSelector"]) }
    var response = page(items, of: resource, request: request, namespace: namespace)
    let cut = resource.resource
    if faults.truncateAlways.contains(cut)
      || (faults.truncateOnce.contains(cut) && consumed.insert("truncate:\(cut)").inserted)
    {
      response.truncate = true
    }
    return response
  }

  private mutating func fault(
    for resource: FakeResource, request: FakeRequest, namespace: String?, user: FakeUser
  ) -> FakeResponse? {
    let name = resource.resource
    if faults.serverError.contains(name) {
      return Self.status(
        500, reason: "InternalError",
        message: "Internal error occurred: etcdserver: request timed out")
    }
    if faults.tooManyRequestsOnce.contains(name) && consumed.insert("429:\(name)").inserted {
      var response = Self.status(
        429, reason: "TooManyRequests", message: "Too many requests, please try again later.")
      response.headers.append(("Retry-After", "1"))
      return response
    }
    if faults.unavailableOnce.contains(name) && consumed.insert("503:\(name)").inserted {
      var response = Self.status(
        503, reason: "ServiceUnavailable",
        message: "the server is currently unable to handle the request")
      response.headers.append(("Retry-After", "1"))
      return response
    }
    let forbidden =
      namespace == nil
      ? faults.forbiddenClusterWide.contains(name)
      : faults.forbiddenInNamespaces[name]?.contains(namespace!) ?? false
    if forbidden {
      let scope = namespace.map { "in the namespace \"\($0)\"" } ?? "at the cluster scope"
      return Self.status(
        403, reason: "Forbidden",
        message:
          "\(resource.group.isEmpty ? name : "\(name).\(resource.group)") is forbidden: User \"\(user.username)\" cannot list resource \"\(name)\" in API group \"\(resource.group)\" \(scope)",
        details: ["kind": .string(name), "group": .string(resource.group)])
    }
    if request.query["continue"] != nil && faults.expireContinue.contains(name) {
      var response = Self.status(
        410, reason: "Expired",
        message:
          "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list."
      )
      response.body = JSONWriter.serialize(
        FakeCluster.with(
          try! JSONValue.parse(Data(response.body)), "metadata", ["continue": "aW5jb25zaXN0ZW50"]))
      return response
    }
    if request.query["limit"] == nil && request.query["continue"] == nil
      && faults.failFullList.contains(name)
    {
      return Self.status(
        500, reason: "InternalError", message: "Internal error occurred: full list failed")
    }
    return nil
  }

  private func page(
    _ items: [JSONValue], of resource: FakeResource, request: FakeRequest, namespace: String?
  ) -> FakeResponse {
    let metadataOnly =
      faults.honourMetadataAccept && request.accept.contains("as=PartialObjectMetadataList")
    var offset = 0
    if let token = request.query["continue"] {
      guard let state = Self.decodeToken(token), state.resource == resource.resource else {
        return Self.status(
          400, reason: "BadRequest", message: "continue key is not valid: illegal base64 data")
      }
      offset = state.offset
    }
    let limit = request.query["limit"].flatMap(Int.init).map { min($0, faults.pageCap) }
    let end = limit.map { min(items.count, offset + max($0, 1)) } ?? items.count
    let slice = offset < items.count ? Array(items[offset..<end]) : []
    var metadata: [String: JSONValue] = ["resourceVersion": "424242"]
    if end < items.count {
      metadata["continue"] = .string(Self.encodeToken(resource: resource.resource, offset: end))
      metadata["remainingItemCount"] = .int(Int64(items.count - end))
    }
    let body: [JSONValue] = slice.map { item in
      metadataOnly
        ? [
          "kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
          "metadata": item["metadata"] ?? [:],
        ] : Self.stripTypeMeta(item)
    }
    var response = Self.json(
      200,
      [
        "kind": .string(metadataOnly ? "PartialObjectMetadataList" : "\(resource.kind)List"),
        "apiVersion": .string(metadataOnly ? "meta.k8s.io/v1" : resource.groupVersion),
        "metadata": .object(metadata), "items": .array(body),
      ])
    if metadataOnly {
      response.contentType = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"
    }
    response.delay = faults.slow[resource.resource] ?? 0
    return response
  }

  private func singleNamespace(_ name: String) -> FakeResponse {
    guard
      let item = cluster.resource("namespaces")?.items.first(where: {
        $0.value(at: "metadata", "name")?.stringValue == name
      })
    else {
      return Self.status(404, reason: "NotFound", message: "namespaces \"\(name)\" not found")
    }
    return Self.json(200, item)
  }

  private func matches(_ item: JSONValue, selector: String?) -> Bool {
    guard let selector, !selector.isEmpty else { return true }
    for clause in selector.split(separator: ",") {
      let pair = clause.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2 else { return false }
      let path = pair[0].split(separator: ".").map(String.init)
      var value: JSONValue? = item
      for key in path { value = value?[key] }
      if value?.stringValue != pair[1] { return false }
    }
    return true
  }

  // MARK: reviews

  private func review(_ parts: [String], user: FakeUser) -> FakeResponse {
    let path = parts.joined(separator: "/")
    switch path {
    case "apis/authentication.k8s.io/v1/selfsubjectreviews":
      return Self.json(
        201,
        [
          "kind": "SelfSubjectReview", "apiVersion": "authentication.k8s.io/v1",
          "metadata": ["creationTimestamp": nil],
          "status": [
            "userInfo": [
              "username": .string(user.username), "groups": .array(user.groups.map { .string($0) }),
            ]
          ],
        ])
    case "apis/authorization.k8s.io/v1/selfsubjectrulesreviews":
      return Self.json(
        201,
        [
          "kind": "SelfSubjectRulesReview", "apiVersion": "authorization.k8s.io/v1",
          "metadata": ["creationTimestamp": nil],
          "spec": [:],
          "status": [
            "resourceRules": [["verbs": ["list", "get"], "apiGroups": ["*"], "resources": ["*"]]],
            "nonResourceRules": [], "incomplete": false,
          ],
        ])
    default:
      return Self.notFound()
    }
  }

  // MARK: helpers

  static func stripTypeMeta(_ item: JSONValue) -> JSONValue {
    guard case .object(var members) = item else { return item }
    members["kind"] = nil
    members["apiVersion"] = nil
    return .object(members)
  }

  static func encodeToken(resource: String, offset: Int) -> String {
    Data("{\"r\":\"\(resource)\",\"o\":\(offset),\"v\":424242}".utf8).base64EncodedString()
  }

  static func decodeToken(_ token: String) -> (resource: String, offset: Int)? {
    guard let data = Data(base64Encoded: token), let value = try? JSONValue.parse(data),
      let resource = value["r"]?.stringValue, let offset = value["o"]?.intValue
    else { return nil }
    return (resource, Int(offset))
  }

  static func json(_ status: Int, _ value: JSONValue) -> FakeResponse {
    FakeResponse(status: status, body: JSONWriter.serialize(value))
  }

  static func notFound() -> FakeResponse {
    status(404, reason: "NotFound", message: "the server could not find the requested resource")
  }

  static func status(_ code: Int, reason: String, message: String, details: JSONValue? = nil)
    -> FakeResponse
  {
    var value: JSONValue = [
      "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure",
      "message": .string(message), "reason": .string(reason), "code": .int(Int64(code)),
    ]
    if let details { value = FakeCluster.with(value, "details", details) }
    return json(code, value)
  }
}
