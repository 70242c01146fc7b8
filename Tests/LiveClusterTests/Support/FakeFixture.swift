import FakeAPIServer
import Foundation
import LiveCluster

/// A running fake API server with the suite's test PKI, and helpers to connect to it.
struct FakeFixture {
  /// The test CA and certificates, made once per test run.
  static let pki: TestPKI = try! TestPKI()
  /// A server certificate for 127.0.0.1 and localhost.
  static let serverCertificate = try! pki.server(
    dnsNames: ["localhost"], ipAddresses: ["127.0.0.1"])
  /// A certificate valid only for `kubernetes.default.svc` (no IP SAN).
  static let dnsOnlyCertificate = try! pki.server(dnsNames: ["kubernetes.default.svc"])

  let server: FakeAPIServer

  /// Starts a fake with the sample cluster (12 pods, pages of at most 3).
  static func start(
    faults: FakeFaults = FakeFaults(), cluster: FakeCluster = .sample(extraPods: 5),
    certificate: PEMPair = serverCertificate
  ) async throws -> FakeFixture {
    let server = try await FakeAPIServer.start(
      cluster: cluster, faults: faults,
      tls: FakeAPIServer.TLS(server: certificate, clientCAPEM: pki.caPEM))
    return FakeFixture(server: server)
  }

  /// Runs `body` against a fresh fake and stops it afterwards.
  static func with<T>(
    faults: FakeFaults = FakeFaults(), cluster: FakeCluster = .sample(extraPods: 5),
    certificate: PEMPair = serverCertificate, _ body: (FakeFixture) async throws -> T
  ) async throws -> T {
    let fixture = try await start(faults: faults, cluster: cluster, certificate: certificate)
    do {
      let result = try await body(fixture)
      await fixture.server.stop()
      return result
    } catch {
      await fixture.server.stop()
      throw error
    }
  }

  /// A connection trusting the test CA, with alice's token by default.
  func connection(
    credential: CredentialSource = .token(FakeCluster.aliceToken),
    certificate: ClientCertificate? = nil, trust: ServerTrust? = nil
  ) -> ClusterConnection {
    ClusterConnection(
      contextName: "fake", clusterName: "fake", userName: "alice", server: server.url,
      trust: trust ?? ServerTrust(certificateAuthorityPEM: Array(Self.pki.caPEM.utf8)),
      clientCertificate: certificate, credential: credential)
  }

  /// Client options for tests: short timeouts and connection retry delays.
  static func clientOptions(timeout: Double = 10) -> ClientOptions {
    ClientOptions(
      requestTimeout: timeout,
      retry: RetryPolicy(maxRetries: 3, maxWaitSeconds: 2, connectionRetryDelay: 0.05))
  }

  /// Captures through `connection`, collecting the progress events.
  func capture(
    _ connection: ClusterConnection? = nil, options: CaptureOptions = CaptureOptions(),
    timeout: Double = 10, runner: ExecCredentialRunner? = nil
  ) async throws -> (CapturedCluster, [CaptureEvent]) {
    let events = EventLog()
    let client = try APIClient(
      connection: connection ?? self.connection(), options: Self.clientOptions(timeout: timeout),
      environment: [:], runner: runner)
    do {
      let result = try await ClusterCapture(client: client, options: options).run {
        events.append($0)
      }
      await client.shutdown()
      return (result, events.events)
    } catch {
      await client.shutdown()
      throw error
    }
  }
}
