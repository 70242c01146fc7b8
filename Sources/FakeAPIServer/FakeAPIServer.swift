import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// An in-process fake kube-apiserver on a loopback port: HTTPS with a test certificate and
/// optional client certificates (like kube-apiserver's `CERT_OPTIONAL`), or plain HTTP.
public final class FakeAPIServer: Sendable {
  /// The bound port.
  public let port: Int
  /// The shared state (faults, request log).
  public let state: FakeAPIState
  /// Whether it speaks TLS.
  public let usesTLS: Bool
  private let channel: any Channel

  /// TLS settings: the server's certificate and the CA that signs client certificates.
  public struct TLS: Sendable {
    /// The server certificate and key.
    public var server: PEMPair
    /// The CA trusted for client certificates.
    public var clientCAPEM: String

    /// Creates TLS settings.
    public init(server: PEMPair, clientCAPEM: String) {
      self.server = server
      self.clientCAPEM = clientCAPEM
    }
  }

  private init(port: Int, state: FakeAPIState, usesTLS: Bool, channel: any Channel) {
    self.port = port
    self.state = state
    self.usesTLS = usesTLS
    self.channel = channel
  }

  /// The base URL (`https://127.0.0.1:PORT`).
  public var url: String { "\(usesTLS ? "https" : "http")://127.0.0.1:\(port)" }

  /// Starts a server on `127.0.0.1` (port 0 picks a free one).
  public static func start(
    cluster: FakeCluster, faults: FakeFaults = FakeFaults(), tls: TLS?, port: Int = 0,
    observer: (@Sendable (FakeRequestRecord) -> Void)? = nil
  ) async throws -> FakeAPIServer {
    let state = FakeAPIState(cluster: cluster, faults: faults, observer: observer)
    let sslContext = try tls.map { settings -> NIOSSLContext in
      var config = TLSConfiguration.makeServerConfiguration(
        certificateChain: try NIOSSLCertificate.fromPEMBytes(
          Array(settings.server.certificatePEM.utf8)
        ).map { .certificate($0) },
        privateKey: .privateKey(
          try NIOSSLPrivateKey(bytes: Array(settings.server.keyPEM.utf8), format: .pem)))
      config.certificateVerification = .optionalVerification
      config.trustRoots = .certificates(
        try NIOSSLCertificate.fromPEMBytes(Array(settings.clientCAPEM.utf8)))
      return try NIOSSLContext(configuration: config)
    }
    let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.backlog, value: 64)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          if let sslContext {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
          }
          try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
          try channel.pipeline.syncOperations.addHandler(
            FakeHTTPHandler(state: state, tls: sslContext != nil))
        }
      }
    let channel = try await bootstrap.bind(host: "127.0.0.1", port: port).get()
    let bound = channel.localAddress?.port ?? port
    return FakeAPIServer(port: bound, state: state, usesTLS: tls != nil, channel: channel)
  }

  /// Stops listening.
  public func stop() async {
    try? await channel.close()
  }
}
