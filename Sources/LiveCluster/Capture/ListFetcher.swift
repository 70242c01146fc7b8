import Foundation
import KubeModel

/// Reads one list page by page, like client-go's pager.
///
/// `limit` on the first request (no resourceVersion: a consistent read), then `continue`
/// tokens; on 410 Expired one full re-list without limit, else the pages read are kept and the
/// list is `partial`. 403 → `forbidden`, 401 → `unauthorized`, 404 → `notServed`, other
/// failures → `error` (`partial` once pages were read).
public struct ListFetcher: Sendable {
  /// The client.
  public var client: APIClient
  /// Items per page.
  public var pageSize: Int
  /// The redaction applied to each item.
  public var redactor: Redactor
  /// Progress reporting.
  public var progress: @Sendable (CaptureEvent) -> Void

  /// Creates a fetcher.
  public init(
    client: APIClient, pageSize: Int, redactor: Redactor,
    progress: @escaping @Sendable (CaptureEvent) -> Void
  ) {
    self.client = client
    self.pageSize = pageSize
    self.redactor = redactor
    self.progress = progress
  }

  /// Reads `target` cluster-wide, or in `namespace`.
  public func fetch(_ target: CaptureTarget, namespace: String? = nil) async -> ListOutcome {
    var outcome = ListOutcome(status: .complete, pages: 0, items: [])
    var token: String?
    repeat {
      let page: Page
      do {
        page = try await read(target, namespace: namespace, continue: token, limit: pageSize)
      } catch {
        return failed(outcome, status: nil, message: "\(error)")
      }
      switch page {
      case .items(let items, let rv, let next, let remaining):
        if outcome.pages == 0 { outcome.resourceVersion = rv }
        outcome.pages += 1
        outcome.items += items
        token = next
        progress(
          .pageFetched(
            target, namespace: namespace, page: outcome.pages, pageItems: items.count,
            totalItems: outcome.items.count, remainingItems: remaining))
      case .failure(let status) where status.code == 410 && token != nil:
        return await relist(target, namespace: namespace, after: outcome, expired: status)
      case .failure(let status):
        return failed(outcome, status: status, message: status.text)
      }
    } while token != nil
    return outcome
  }

  private func relist(
    _ target: CaptureTarget, namespace: String?, after partial: ListOutcome, expired: APIStatus
  ) async -> ListOutcome {
    var outcome = partial
    if case .items(let items, let rv, _, _)? = try? await read(
      target, namespace: namespace, continue: nil, limit: nil)
    {
      outcome.items = items
      outcome.resourceVersion = rv
      outcome.pages += 1
      progress(
        .pageFetched(
          target, namespace: namespace, page: outcome.pages, pageItems: items.count,
          totalItems: items.count, remainingItems: nil))
      return outcome
    }
    outcome.status = .partial
    outcome.httpStatus = 410
    outcome.message = expired.text
    return outcome
  }

  private func failed(_ sofar: ListOutcome, status: APIStatus?, message: String) -> ListOutcome {
    var outcome = sofar
    outcome.httpStatus = status?.code
    outcome.message = message
    switch status?.code {
    case 401?: outcome.status = .unauthorized
    case 403?: outcome.status = .forbidden
    case 404?: outcome.status = .notServed
    default: outcome.status = sofar.pages > 0 ? .partial : .error
    }
    return outcome
  }

  private enum Page {
    case items([JSONValue], resourceVersion: String?, continue: String?, remaining: Int?)
    case failure(APIStatus)
  }

  private func read(
    _ target: CaptureTarget, namespace: String?, continue token: String?, limit: Int?
  )
    async throws -> Page
  {
    var query: [String] = []
    if let selector = target.fieldSelector {
      query.append("fieldSelector=\(Self.encode(selector))")
    }
    if let limit { query.append("limit=\(limit)") }
    if let token { query.append("continue=\(Self.encode(token))") }
    let path =
      target.path(in: namespace) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    let accept =
      target.representation == .metadata ? APIRequest.acceptMetadata : APIRequest.acceptJSON
    let response = try await client.send(.get(path, accept: accept)) { notice in
      progress(.retrying(target, notice))
    }
    guard response.isSuccess else {
      return .failure(response.apiStatus ?? APIStatus(body: response.body, code: response.status))
    }
    guard let body = try? response.json(), body.objectValue != nil else {
      throw APIError("GET \(path): the response is not a JSON list")
    }
    let items = (body["items"]?.arrayValue ?? []).map { normalise($0, target: target) }
    let next = body.value(at: "metadata", "continue")?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    return .items(
      items, resourceVersion: body.value(at: "metadata", "resourceVersion")?.stringValue,
      continue: next,
      remaining: body.value(at: "metadata", "remainingItemCount")?.intValue.map(Int.init))
  }

  /// Sets `kind` and `apiVersion` (list items often lack them; metadata-only items say
  /// `PartialObjectMetadata`), then redacts.
  private func normalise(_ item: JSONValue, target: CaptureTarget) -> JSONValue {
    guard case .object(var object) = item else { return item }
    if target.representation == .metadata || object["kind"]?.stringValue == nil {
      object["kind"] = .string(target.kind)
      object["apiVersion"] = .string(target.groupVersion)
    }
    return redactor.redact(.object(object), kind: target.kind)
  }

  /// Percent-encodes a query value (continue tokens are base64: `+`, `/`, `=`).
  static func encode(_ value: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
  }
}
