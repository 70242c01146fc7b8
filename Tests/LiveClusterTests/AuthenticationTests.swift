import FakeAPIServer
import Foundation
import KubeModel
import Testing

@testable import LiveCluster

@Suite("authentication and TLS against the fake API server")
struct AuthenticationTests {
  @Test("client certificate auth with every key encoding", arguments: TestPKI.KeyEncoding.allCases)
  func clientCertificate(encoding: TestPKI.KeyEncoding) async throws {
    let pair = try FakeFixture.pki.client(user: "carol", groups: ["system:masters"], key: encoding)
    let header = pair.keyPEM.split(separator: "\n").first.map(String.init)
    switch encoding {
    case .ecSEC1: #expect(header == "-----BEGIN EC PRIVATE KEY-----")
    case .rsaPKCS1: #expect(header == "-----BEGIN RSA PRIVATE KEY-----")
    case .ecPKCS8, .rsaPKCS8: #expect(header == "-----BEGIN PRIVATE KEY-----")
    }
    try await FakeFixture.with { fake in
      let certificate = ClientCertificate(
        certificatePEM: Array(pair.certificatePEM.utf8), keyPEM: Array(pair.keyPEM.utf8))
      let (cluster, _) = try await fake.capture(
        fake.connection(credential: .none, certificate: certificate))
      #expect(cluster.capture.identity?.username == "carol")
      #expect(cluster.capture.identity?.groups?.contains("system:masters") == true)
      #expect(cluster.gaps.isEmpty)
    }
  }

  @Test("no credentials: kubectl's 'You must be logged in' error")
  func unauthenticated() async throws {
    try await FakeFixture.with { fake in
      do {
        _ = try await fake.capture(fake.connection(credential: .none))
        Issue.record("expected an error")
      } catch let error as CaptureError {
        #expect(error.message.hasPrefix("You must be logged in to the server"))
      }
    }
  }

  @Test("a rejected oidc id-token says to log in again")
  func oidcRejected() async throws {
    try await FakeFixture.with { fake in
      do {
        _ = try await fake.capture(fake.connection(credential: .oidc(idToken: "expired")))
        Issue.record("expected an error")
      } catch let error as CaptureError {
        #expect(error.message.contains("oidc id-token may have expired"))
      }
    }
  }

  @Test("without the kubeconfig CA the system roots reject the test server")
  func untrusted() async throws {
    try await FakeFixture.with { fake in
      await #expect(throws: APIError.self) {
        try await fake.capture(fake.connection(trust: ServerTrust()))
      }
    }
  }

  @Test("insecure-skip-tls-verify connects without a CA")
  func insecure() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture(
        fake.connection(trust: ServerTrust(insecureSkipVerify: true)))
      #expect(cluster.gaps.isEmpty)
    }
  }

  @Test("tls-server-name: a DNS-only certificate fails by IP and works with the server name")
  func tlsServerName() async throws {
    try await FakeFixture.with(certificate: FakeFixture.dnsOnlyCertificate) { fake in
      let ca = Array(FakeFixture.pki.caPEM.utf8)
      await #expect(throws: APIError.self) {
        try await fake.capture(fake.connection(trust: ServerTrust(certificateAuthorityPEM: ca)))
      }
      let named = ServerTrust(certificateAuthorityPEM: ca, serverName: "kubernetes.default.svc")
      let (cluster, _) = try await fake.capture(fake.connection(trust: named))
      #expect(cluster.gaps.isEmpty)
      let wrong = ServerTrust(certificateAuthorityPEM: ca, serverName: "wrong.example")
      await #expect(throws: APIError.self) { try await fake.capture(fake.connection(trust: wrong)) }
    }
  }

  @Test("a token file is read and sent")
  func tokenFile() async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("token", FakeCluster.aliceToken + "\n")
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture(fake.connection(credential: .tokenFile(path: path)))
      #expect(cluster.capture.identity?.username == "alice")
    }
  }

  /// A plugin that prints `plugin-token-N` (N counts its runs) and records its
  /// `KUBERNETES_EXEC_INFO` and an env variable from the kubeconfig.
  static func plugin(in dir: TemporaryDirectory, version: String) throws -> String {
    try dir.write(
      "plugin.sh",
      """
      #!/bin/sh
      n=$(cat "\(dir.path)/count" 2>/dev/null || echo 0)
      n=$((n + 1))
      echo "$n" > "\(dir.path)/count"
      printf '%s' "$KUBERNETES_EXEC_INFO" > "\(dir.path)/exec-info.json"
      printf '%s' "$PLUGIN_GREETING" > "\(dir.path)/greeting"
      echo "plugin says hello on stderr" >&2
      printf '{"apiVersion":"\(version)","kind":"ExecCredential","status":{"token":"plugin-token-%s"}}' "$n"
      """, executable: true)
  }

  @Test(
    "exec plugin: KUBERNETES_EXEC_INFO, env, and one re-run after a 401",
    arguments: [
      "client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1",
    ])
  func execPlugin(version: String) async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let command = try Self.plugin(in: dir, version: version)
    var cluster = FakeCluster.sample()
    cluster.tokens["plugin-token-2"] = FakeUser(username: "plugin-user", groups: ["ops"])
    cluster.tokens["plugin-token-1"] = FakeUser(username: "stale", groups: [])
    var faults = FakeFaults()
    faults.revokedTokens = ["plugin-token-1"]
    try await FakeFixture.with(faults: faults, cluster: cluster) { fake in
      let plugin = ExecPlugin(
        config: ExecConfig(
          command: command, env: [.init(name: "PLUGIN_GREETING", value: "hi")], apiVersion: version,
          provideClusterInfo: true, interactiveMode: "Never"),
        cluster: ExecClusterInfo(
          server: fake.server.url, certificateAuthorityData: Array(FakeFixture.pki.caPEM.utf8)))
      let runner = ExecCredentialRunner(
        environment: ["PATH": "/usr/bin:/bin"], stdinIsTerminal: false)
      let (captured, _) = try await fake.capture(
        fake.connection(credential: .exec(plugin)), runner: runner)
      #expect(captured.capture.identity?.username == "plugin-user")
      #expect(captured.gaps.isEmpty)
      #expect(
        try String(contentsOfFile: dir.file("count"), encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines) == "2")
      #expect(try String(contentsOfFile: dir.file("greeting"), encoding: .utf8) == "hi")
      let info = try JSONValue.parse(
        Data(contentsOf: URL(fileURLWithPath: dir.file("exec-info.json"))))
      #expect(info["kind"] == "ExecCredential")
      #expect(info["apiVersion"] == .string(version))
      #expect(info.value(at: "spec", "interactive") == false)
      #expect(info.value(at: "spec", "cluster", "server") == .string(fake.server.url))
      let ca = info.value(at: "spec", "cluster", "certificate-authority-data")?.stringValue
      #expect(ca.flatMap { Data(base64Encoded: $0) } == Data(FakeFixture.pki.caPEM.utf8))
    }
  }

  @Test("exec plugin failures are reported with the command and install hint")
  func execFailure() async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let failing = try dir.write("fail.sh", "#!/bin/sh\nexit 3\n", executable: true)
    let runner = ExecCredentialRunner(environment: ["PATH": dir.path], stdinIsTerminal: false)
    await #expect(throws: CredentialError("exec: executable \(failing) failed with exit code 3")) {
      try await runner.run(ExecPlugin(config: ExecConfig(command: failing)))
    }
    do {
      _ = try await runner.run(
        ExecPlugin(config: ExecConfig(command: "no-such-plugin", installHint: "brew install it")))
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "exec: executable no-such-plugin not found\n\nbrew install it")
    }
    await #expect(throws: CredentialError.self) {
      try await runner.run(
        ExecPlugin(config: ExecConfig(command: failing, interactiveMode: "Always")))
    }
  }
}
