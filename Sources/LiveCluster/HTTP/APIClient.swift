import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOSSL

/// An HTTPS client for one API server (AsyncHTTPClient + NIOSSL).
///
/// Kubeconfig TLS, credentials with refresh on 401, `tls-server-name` through a DNS override,
/// proxies, gzip, per-request timeouts and client-go's retry rules. Call ``shutdown()`` when
/// done.
public final class APIClient: Sendable {
  /// The connection this client talks to.
  public let connection: ClusterConnection
  /// Its tunables.
  public let options: ClientOptions
  /// The credentials in use.
  public let credentials: CredentialStore
  private let http: HTTPClient
  private let baseURL: String
  private let tlsCache = NIOLockedValueBox<(generation: Int, tls: TLSConfiguration)?>(nil)

  /// Creates a client; fails on unusable TLS or proxy settings.
  public init(
    connection: ClusterConnection, options: ClientOptions = ClientOptions(),
    environment: [String: String] = ProcessInfo.processInfo.environment,
    runner: ExecCredentialRunner? = nil
  ) throws(ConfigurationError) {
    guard var url = URLComponents(string: connection.server), let host = url.host, !host.isEmpty
    else { throw ConfigurationError("invalid server URL \"\(connection.server)\"") }
    var configuration = HTTPClient.Configuration(
      tlsConfiguration: try TLSFactory.configuration(
        trust: connection.trust, certificate: connection.clientCertificate),
      redirectConfiguration: .disallow,
      proxy: try ProxyResolver.proxy(
        server: connection.server, proxyURL: connection.proxyURL, environment: environment),
      decompression: connection.disableCompression ? .disabled : .enabled(limit: .none))
    configuration.timeout = .init(connect: .seconds(10))
    // Like kubectl, report a refused connection or a failed TLS handshake at once instead of
    // retrying it until the request deadline.
    configuration.connectionPool.retryConnectionEstablishment = false
    if let serverName = connection.trust.serverName, serverName != host {
      configuration.dnsOverride = [
        serverName: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
      ]
      url.host = serverName
    }
    self.connection = connection
    self.options = options
    self.baseURL = url.string ?? connection.server
    self.credentials = CredentialStore(
      connection: connection, runner: runner ?? ExecCredentialRunner(environment: environment))
    self.http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
  }

  /// Shuts the underlying HTTP client down.
  public func shutdown() async {
    try? await http.shutdown()
  }

  /// Sends a request; non-2xx responses are returned, not thrown.
  ///
  /// Retries as ``RetryPolicy`` says and refreshes credentials once on 401.
  ///
  /// - Throws: ``APIError`` (no response), ``CredentialError``, ``ConfigurationError``.
  public func send(_ request: APIRequest, onRetry: (@Sendable (RetryNotice) -> Void)? = nil)
    async throws -> APIResponse
  {
    var credentials = try await self.credentials.current()
    var attempt = 0
    var refreshed = false
    while true {
      let response: APIResponse
      do {
        response = try await execute(request, credentials: credentials)
      } catch let error as APIError where error.isRetryable && request.method == "GET" {
        guard attempt < options.retry.maxRetries else { throw error.fatal }
        attempt += 1
        let delay = options.retry.connectionRetryDelay
        onRetry?(
          RetryNotice(
            path: request.path, reason: error.message, delaySeconds: delay, attempt: attempt))
        try await Task.sleep(for: .seconds(delay))
        continue
      }
      if response.status == 401 && !refreshed,
        let fresh = try await self.credentials.refresh(after: credentials)
      {
        refreshed = true
        credentials = fresh
        continue
      }
      if response.status == 429 || response.status >= 500, let wait = response.retryAfter,
        attempt < options.retry.maxRetries
      {
        attempt += 1
        let delay = min(max(wait, 0), options.retry.maxWaitSeconds)
        onRetry?(
          RetryNotice(
            path: request.path, reason: "HTTP \(response.status)", delaySeconds: delay,
            attempt: attempt))
        try await Task.sleep(for: .seconds(delay))
        continue
      }
      return response
    }
  }

  private func execute(_ request: APIRequest, credentials: Credentials) async throws -> APIResponse
  {
    var outgoing = HTTPClientRequest(url: baseURL + request.path)
    outgoing.method = HTTPMethod(rawValue: request.method)
    outgoing.headers.add(name: "Accept", value: request.accept)
    outgoing.headers.add(name: "User-Agent", value: options.userAgent)
    if let authorization = credentials.authorization {
      outgoing.headers.add(name: "Authorization", value: authorization)
    }
    for header in connection.impersonation?.headers ?? [] {
      outgoing.headers.add(name: header.name, value: header.value)
    }
    if let body = request.body {
      outgoing.headers.add(name: "Content-Type", value: "application/json")
      outgoing.body = .bytes(ByteBuffer(bytes: body))
    }
    if credentials.clientCertificate != connection.clientCertificate {
      outgoing.tlsConfiguration = try tls(for: credentials)
    }
    let deadline = NIODeadline.now() + .milliseconds(Int64(options.requestTimeout * 1000))
    do {
      let response = try await http.execute(outgoing, deadline: deadline)
      let body = try await response.body.collect(upTo: options.maxBodyBytes)
      return APIResponse(
        status: Int(response.status.code),
        contentType: response.headers.first(name: "Content-Type"),
        retryAfter: response.headers.first(name: "Retry-After").flatMap { Double($0) },
        body: Data(body.readableBytesView))
    } catch {
      throw APIError.classify(error, server: connection.server, timeout: options.requestTimeout)
    }
  }

  private func tls(for credentials: Credentials) throws(ConfigurationError) -> TLSConfiguration {
    if let cached = tlsCache.withLockedValue({ $0 }), cached.generation == credentials.generation {
      return cached.tls
    }
    let tls = try TLSFactory.configuration(
      trust: connection.trust, certificate: credentials.clientCertificate)
    tlsCache.withLockedValue { $0 = (credentials.generation, tls) }
    return tls
  }
}
