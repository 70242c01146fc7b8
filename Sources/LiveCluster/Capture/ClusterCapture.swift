import Foundation
import KubeModel

/// Captures a cluster into a ``CapturedCluster``.
///
/// Discovery, server version and identity (SelfSubjectReview) first, then every wanted list:
/// namespaces first, then a few lists at a time, with a per-namespace fallback for namespaced
/// lists that are forbidden cluster-wide. Failures of single lists are data (recorded in their
/// ``ListRecord``); only an unreachable server or rejected credentials throw.
public struct ClusterCapture: Sendable {
  /// The client.
  public var client: APIClient
  /// The options.
  public var options: CaptureOptions

  /// Creates a capture over an existing client (the caller shuts it down).
  public init(client: APIClient, options: CaptureOptions = CaptureOptions()) {
    self.client = client
    self.options = options
  }

  /// Connects, captures and shuts the client down.
  public static func capture(
    connection: ClusterConnection, options: CaptureOptions = CaptureOptions(),
    clientOptions: ClientOptions = ClientOptions(),
    progress: @escaping @Sendable (CaptureEvent) -> Void = { _ in }
  ) async throws -> CapturedCluster {
    let client = try APIClient(connection: connection, options: clientOptions)
    do {
      let result = try await ClusterCapture(client: client, options: options).run(
        progress: progress)
      await client.shutdown()
      return result
    } catch {
      await client.shutdown()
      throw error
    }
  }

  /// Runs the capture.
  ///
  /// - Throws: ``CaptureError``, ``APIError``, ``CredentialError`` when the capture cannot run.
  public func run(progress: @escaping @Sendable (CaptureEvent) -> Void = { _ in }) async throws
    -> CapturedCluster
  {
    let started = Date()
    progress(.discovering(server: client.connection.server))
    let discovery = try await DiscoveryClient(client: client).discover(
      groups: Set(options.wanted.map(\.group)))
    progress(.discovered(format: discovery.format, groupVersions: discovery.groupVersions.count))
    let version = await serverVersion()
    let identity = await self.identity()
    if let identity {
      progress(.identified(username: identity.username ?? "", groups: identity.groups ?? []))
    }
    let plan = discovery.targets(for: options.wanted)
    let targets = plan.compactMap(\.1)
    let notServed = plan.filter { $0.1 == nil }.map(\.0)
    progress(.planned(targets: targets, notServed: notServed.map(\.resource)))
    var lists = notServed.map { want in
      CapturedList(
        record: ListRecord(
          group: want.group, version: want.versions.first ?? "v1", resource: want.resource,
          kind: want.kind, namespaced: want.namespaced, status: .notServed),
        items: [])
    }
    let namespaceTarget = targets.first { $0.resource == "namespaces" && $0.group.isEmpty }
    var namespaceNames: [String] = []
    if let namespaceTarget {
      let list = await capture(namespaceTarget, namespaces: [], progress: progress)
      namespaceNames = list.items.compactMap { $0.value(at: "metadata", "name")?.stringValue }
      lists.append(list)
    }
    if namespaceNames.isEmpty { namespaceNames = [client.connection.namespace] }
    let rest = targets.filter { $0 != namespaceTarget }
    let names = namespaceNames
    lists += await BoundedConcurrency.map(rest, limit: options.concurrency) { target in
      await self.capture(target, namespaces: names, progress: progress)
    }
    try Task.checkCancellation()
    let duration = Date().timeIntervalSince(started)
    let result = CapturedCluster(
      capture: metadata(
        started: started, duration: duration, discovery: discovery, version: version,
        identity: identity),
      lists: lists)
    progress(
      .finished(
        lists: result.lists.count, items: result.lists.reduce(0) { $0 + $1.items.count },
        gaps: result.gaps.count, durationSeconds: duration))
    return result
  }

  private func capture(
    _ target: CaptureTarget, namespaces: [String],
    progress: @escaping @Sendable (CaptureEvent) -> Void
  ) async -> CapturedList {
    progress(.listStarted(target))
    let fetcher = ListFetcher(
      client: client, pageSize: options.pageSize,
      redactor: Redactor(keepEnvValues: options.keepEnvValues), progress: progress)
    let outcome = await fetcher.fetch(target)
    var record = ListRecord(
      group: target.group, version: target.version, resource: target.resource, kind: target.kind,
      namespaced: target.namespaced, status: outcome.status, httpStatus: outcome.httpStatus,
      message: outcome.message)
    record.representation = target.representation == .metadata ? "PartialObjectMetadata" : nil
    record.resourceVersion = outcome.resourceVersion
    record.pages = outcome.pages
    var items = outcome.items
    if outcome.status == .forbidden && target.namespaced && target.namespace == nil {
      progress(.fallingBack(target, namespaces: namespaces.count))
      let perNamespace = await BoundedConcurrency.map(namespaces, limit: options.concurrency) {
        namespace in (namespace, await fetcher.fetch(target, namespace: namespace))
      }
      var statuses: [String: ListStatus] = [:]
      for (namespace, result) in perNamespace {
        statuses[namespace] = result.status
        items += result.items
        record.pages = (record.pages ?? 0) + result.pages
      }
      record.fallback = ListRecord.Fallback(perNamespace: statuses)
    }
    record.itemCount = items.count
    progress(.listFinished(target, record))
    return CapturedList(record: record, items: items)
  }

  private func serverVersion() async -> CaptureMetadata.ServerVersion? {
    guard let response = try? await client.send(.get("/version")), response.isSuccess,
      let body = try? response.json()
    else { return nil }
    return CaptureMetadata.ServerVersion(
      gitVersion: body["gitVersion"]?.stringValue, platform: body["platform"]?.stringValue)
  }

  private func identity() async -> CaptureMetadata.Identity? {
    for version in ["v1", "v1beta1"] {
      let review: JSONValue = .object([
        "apiVersion": .string("authentication.k8s.io/\(version)"),
        "kind": .string("SelfSubjectReview"),
      ])
      let path = "/apis/authentication.k8s.io/\(version)/selfsubjectreviews"
      guard let response = try? await client.send(.post(path, json: review)), response.isSuccess,
        let info = (try? response.json())?.value(at: "status", "userInfo")
      else { continue }
      return CaptureMetadata.Identity(
        via: "SelfSubjectReview", username: info["username"]?.stringValue,
        groups: info["groups"]?.arrayValue?.compactMap(\.stringValue))
    }
    return nil
  }

  private func metadata(
    started: Date, duration: Double, discovery: DiscoveryResult,
    version: CaptureMetadata.ServerVersion?, identity: CaptureMetadata.Identity?
  ) -> CaptureMetadata {
    let connection = client.connection
    return CaptureMetadata(
      tool: CaptureMetadata.Tool(name: options.tool.name, version: options.tool.version),
      capturedAt: RFC3339.format(started), durationSeconds: (duration * 1000).rounded() / 1000,
      source: CaptureMetadata.Source(
        mode: connection.mode.rawValue, context: connection.contextName,
        cluster: connection.clusterName, server: connection.server, namespaceScope: "all"),
      identity: identity, serverVersion: version,
      discovery: CaptureMetadata.Discovery(
        format: discovery.format, groupVersions: discovery.groupVersions),
      redactions: Redactor(keepEnvValues: options.keepEnvValues).redactions)
  }
}
