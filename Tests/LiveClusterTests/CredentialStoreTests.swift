import Foundation
import Testing

@testable import LiveCluster

@Suite("credential caching and refresh")
struct CredentialStoreTests {
  /// A plugin printing `tok-N` with the given expiry and counting its runs.
  func plugin(_ dir: TemporaryDirectory, expiry: String) throws -> ExecPlugin {
    let path = try dir.write(
      "plugin.sh",
      """
      #!/bin/sh
      n=$(cat "\(dir.path)/count" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "\(dir.path)/count"
      printf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"tok-%s","expirationTimestamp":"\(expiry)"}}' "$n"
      """, executable: true)
    return ExecPlugin(
      config: ExecConfig(
        command: path, apiVersion: "client.authentication.k8s.io/v1beta1", interactiveMode: nil))
  }

  func store(_ plugin: ExecPlugin) -> CredentialStore {
    CredentialStore(
      connection: ClusterConnection(server: "https://h", credential: .exec(plugin)),
      runner: ExecCredentialRunner(environment: ["PATH": "/usr/bin:/bin"], stdinIsTerminal: false))
  }

  @Test("exec credentials are cached until they expire")
  func cachedUntilExpiry() async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let valid = store(try plugin(dir, expiry: "2099-01-01T00:00:00Z"))
    #expect(try await valid.current().authorization == "Bearer tok-1")
    #expect(try await valid.current().authorization == "Bearer tok-1")
    let expired = store(try plugin(dir, expiry: "2001-01-01T00:00:00Z"))
    #expect(try await expired.current().authorization == "Bearer tok-2")
    #expect(try await expired.current().authorization == "Bearer tok-3")
  }

  @Test("concurrent requests share one plugin run")
  func coalesced() async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let credentials = store(try plugin(dir, expiry: "2099-01-01T00:00:00Z"))
    let tokens = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<6 { group.addTask { try? await credentials.current().authorization } }
      return await group.reduce(into: [String?]()) { $0.append($1) }
    }
    #expect(Set(tokens) == ["Bearer tok-1"])
    let runs = try String(contentsOfFile: dir.file("count"), encoding: .utf8)
    #expect(runs.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
  }

  @Test("after a 401 the plugin runs once, not once per failed request")
  func refreshOnce() async throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let credentials = store(try plugin(dir, expiry: "2099-01-01T00:00:00Z"))
    let first = try await credentials.current()
    let fresh = try await credentials.refresh(after: first)
    let again = try await credentials.refresh(after: first)
    #expect(fresh?.authorization == "Bearer tok-2")
    #expect(again == fresh)
  }

  @Test("fixed tokens are not refreshed; token files are re-read")
  func fixedAndFile() async throws {
    let fixed = CredentialStore(
      connection: ClusterConnection(server: "https://h", credential: .token("t")))
    #expect(try await fixed.refresh(after: fixed.current()) == nil)
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("token", "one\n")
    let file = CredentialStore(
      connection: ClusterConnection(server: "https://h", credential: .tokenFile(path: path)))
    let before = try await file.current()
    #expect(before.authorization == "Bearer one")
    try dir.write("token", "two")
    #expect(try await file.refresh(after: before)?.authorization == "Bearer two")
  }
}
