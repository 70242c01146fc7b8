/// The credentials to send with one request.
///
/// An `Authorization` header and/or a client certificate; `generation` changes whenever they
/// are refreshed.
public struct Credentials: Sendable, Hashable {
  /// The `Authorization` header value (`Bearer …` or `Basic …`).
  public var authorization: String?
  /// The client certificate to present.
  public var clientCertificate: ClientCertificate?
  /// Increases on every refresh, so a 401 refreshes only the credentials it was given with.
  public var generation: Int

  /// Creates credentials.
  public init(
    authorization: String? = nil, clientCertificate: ClientCertificate? = nil, generation: Int = 0
  ) {
    self.authorization = authorization
    self.clientCertificate = clientCertificate
    self.generation = generation
  }
}
