/// Discovery as kubectl does it: aggregated (`/api`, `/apis` with the APIGroupDiscoveryList
/// Accept header) when the server offers it, else legacy (`/api`, `/apis`, then one resource
/// list per group-version asked about).
public struct DiscoveryClient: Sendable {
  /// The client.
  public var client: APIClient

  /// Creates a discovery client.
  public init(client: APIClient) { self.client = client }

  /// Discovers group-versions, and resources of the groups in `groups` (all groups when nil).
  ///
  /// - Throws: ``CaptureError`` when the server refuses or cannot be reached.
  public func discover(groups: Set<String>? = nil) async throws -> DiscoveryResult {
    let core = try await fetch("/api")
    let named = try await fetch("/apis")
    if let coreList = aggregated(core), let namedList = aggregated(named) {
      return merge(coreList.items + namedList.items, format: coreList.format)
    }
    return try await legacy(core: core, named: named, groups: groups)
  }

  private func fetch(_ path: String) async throws -> APIResponse {
    let response = try await client.send(.get(path, accept: APIRequest.acceptAggregatedDiscovery))
    guard response.isSuccess else {
      throw CaptureError.from(response, path: path, connection: client.connection)
    }
    return response
  }

  private func aggregated(_ response: APIResponse) -> (items: [JSONValue], format: String)? {
    guard (response.contentType ?? "").contains("as=APIGroupDiscoveryList"),
      let body = try? response.json(), body["kind"]?.stringValue == "APIGroupDiscoveryList"
    else { return nil }
    let version = body["apiVersion"]?.stringValue ?? ""
    return (
      body["items"]?.arrayValue ?? [],
      version.hasSuffix("v2beta1") ? "aggregated-v2beta1" : "aggregated-v2"
    )
  }

  private func merge(_ groups: [JSONValue], format: String) -> DiscoveryResult {
    var versions: [String] = []
    var resources: [String: [DiscoveredResource]] = [:]
    for group in groups {
      let name = group.value(at: "metadata", "name")?.stringValue ?? ""
      for entry in group["versions"]?.arrayValue ?? [] {
        guard let version = entry["version"]?.stringValue else { continue }
        let groupVersion = name.isEmpty ? version : "\(name)/\(version)"
        versions.append(groupVersion)
        resources[groupVersion] = (entry["resources"]?.arrayValue ?? []).compactMap { item in
          guard let plural = item["resource"]?.stringValue else { return nil }
          return DiscoveredResource(
            name: plural, kind: item.value(at: "responseKind", "kind")?.stringValue ?? "",
            namespaced: item["scope"]?.stringValue == "Namespaced",
            verbs: (item["verbs"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
      }
    }
    return DiscoveryResult(format: format, groupVersions: versions.sorted(), resources: resources)
  }

  private func legacy(core: APIResponse, named: APIResponse, groups: Set<String>?) async throws
    -> DiscoveryResult
  {
    let coreVersions =
      (try? core.json())?["versions"]?.arrayValue?.compactMap(\.stringValue) ?? ["v1"]
    var versions = coreVersions.map { (group: "", groupVersion: $0) }
    for group in (try? named.json())?["groups"]?.arrayValue ?? [] {
      let name = group["name"]?.stringValue ?? ""
      for entry in group["versions"]?.arrayValue ?? [] {
        if let groupVersion = entry["groupVersion"]?.stringValue {
          versions.append((name, groupVersion))
        }
      }
    }
    var resources: [String: [DiscoveredResource]] = [:]
    for (group, groupVersion) in versions where groups?.contains(group) ?? true {
      let path = group.isEmpty ? "/api/\(groupVersion)" : "/apis/\(groupVersion)"
      guard let response = try? await client.send(.get(path)), response.isSuccess,
        let body = try? response.json()
      else { continue }
      resources[groupVersion] = (body["resources"]?.arrayValue ?? []).compactMap { item in
        guard let plural = item["name"]?.stringValue, !plural.contains("/") else { return nil }
        return DiscoveredResource(
          name: plural, kind: item["kind"]?.stringValue ?? "",
          namespaced: item["namespaced"]?.boolValue ?? false,
          verbs: (item["verbs"]?.arrayValue ?? []).compactMap(\.stringValue))
      }
    }
    return DiscoveryResult(
      format: "legacy", groupVersions: versions.map(\.groupVersion).sorted(), resources: resources)
  }
}
