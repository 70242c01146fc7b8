import Foundation

/// Hands out the current credentials of a connection and refreshes them: exec plugin results
/// are cached until they expire and re-run once after a 401 (client-go `maybeRefreshCreds`);
/// token files are re-read every minute (they rotate).
public actor CredentialStore {
  private let connection: ClusterConnection
  private let runner: ExecCredentialRunner
  private var cached: Credentials?
  private var expiry: Date?
  private var generation = 0
  private var loading: Task<Credentials, any Error>?

  /// How long a token file's content is reused.
  public static let tokenFileRefresh: TimeInterval = 60

  /// Creates a store for a connection.
  public init(connection: ClusterConnection, runner: ExecCredentialRunner = ExecCredentialRunner())
  {
    self.connection = connection
    self.runner = runner
  }

  /// The credentials to use now (running the exec plugin when none are cached or they expired).
  public func current() async throws(CredentialError) -> Credentials {
    if let cached, expiry.map({ $0 > Date() }) ?? true { return cached }
    return try await load()
  }

  /// After a 401 with `used`: fresh credentials when they can be refreshed (exec plugins, token
  /// files), nil when retrying cannot help.
  public func refresh(after used: Credentials) async throws(CredentialError) -> Credentials? {
    switch connection.credential {
    case .exec, .tokenFile: break
    default: return nil
    }
    if let cached, cached.generation != used.generation { return cached }
    return try await load()
  }

  /// Loads fresh credentials; concurrent callers share one load (one plugin run).
  private func load() async throws(CredentialError) -> Credentials {
    if let loading { return try await Self.value(of: loading) }
    let task = Task { try await self.fetch() }
    loading = task
    defer { loading = nil }
    return try await Self.value(of: task)
  }

  private static func value(of task: Task<Credentials, any Error>) async throws(CredentialError)
    -> Credentials
  {
    do {
      return try await task.value
    } catch let error as CredentialError {
      throw error
    } catch {
      throw CredentialError("\(error)")
    }
  }

  private func fetch() async throws(CredentialError) -> Credentials {
    generation += 1
    var credentials = Credentials(
      clientCertificate: connection.clientCertificate, generation: generation)
    expiry = nil
    switch connection.credential {
    case .none: break
    case .token(let token), .oidc(let token): credentials.authorization = "Bearer \(token)"
    case .tokenFile(let path):
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw CredentialError("cannot read token file \(path)")
      }
      credentials.authorization = "Bearer \(text.trimmingCharacters(in: .whitespacesAndNewlines))"
      expiry = Date().addingTimeInterval(Self.tokenFileRefresh)
    case .basic(let username, let password):
      credentials.authorization =
        "Basic \(Data("\(username):\(password)".utf8).base64EncodedString())"
    case .exec(let plugin):
      let result = try await runner.run(plugin)
      if let token = result.token { credentials.authorization = "Bearer \(token)" }
      if let certificate = result.clientCertificate { credentials.clientCertificate = certificate }
      expiry = result.expiration
    }
    cached = credentials
    return credentials
  }
}
