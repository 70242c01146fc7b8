// kbaseline-fake-apiserver: runs the test suite's fake kube-apiserver on 127.0.0.1 so that real
// clients (kubectl) can be pointed at it. Test support only; not part of the kbaseline product.
//
//   kbaseline-fake-apiserver --dir DIR [--port N] [--legacy-discovery] [--forbid RES,...]
//                            [--extra-pods N] [--page-cap N] [--quiet]
//
// Writes DIR/ca.crt, DIR/alice.crt, DIR/alice.key and DIR/kubeconfig (contexts `token` and
// `cert`), prints `READY https://127.0.0.1:PORT`, logs `REQ <status> <method> <path?query>` on
// stderr for every request, and serves until killed or stdin closes.
import FakeAPIServer
import Foundation

func argument(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

guard let directory = argument("--dir") else {
  FileHandle.standardError.write(
    Data("usage: kbaseline-fake-apiserver --dir DIR [--port N]\n".utf8))
  exit(2)
}
let pki = try TestPKI()
let server = try pki.server(
  dnsNames: ["localhost", "kubernetes.default.svc"], ipAddresses: ["127.0.0.1"])
let alice = try pki.client(user: "alice", groups: ["devs"])
var faults = FakeFaults()
faults.aggregatedDiscovery = !CommandLine.arguments.contains("--legacy-discovery")
faults.forbiddenClusterWide = Set(
  (argument("--forbid") ?? "").split(separator: ",").map(String.init))
faults.pageCap = Int(argument("--page-cap") ?? "") ?? 3
let logRequest: @Sendable (FakeRequestRecord) -> Void = { record in
  FileHandle.standardError.write(Data("REQ \(record.status) \(record.line)\n".utf8))
}
let observer = CommandLine.arguments.contains("--quiet") ? nil : logRequest
let cluster = FakeCluster.sample(extraPods: Int(argument("--extra-pods") ?? "") ?? 5)
let fake = try await FakeAPIServer.start(
  cluster: cluster, faults: faults,
  tls: FakeAPIServer.TLS(server: server, clientCAPEM: pki.caPEM),
  port: Int(argument("--port") ?? "") ?? 0,
  observer: observer)
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
func save(_ name: String, _ text: String) throws {
  try text.write(
    toFile: (directory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
}
try save("ca.crt", pki.caPEM)
try save("alice.crt", alice.certificatePEM)
try save("alice.key", alice.keyPEM)
try save(
  "kubeconfig",
  """
  apiVersion: v1
  kind: Config
  current-context: token
  clusters:
  - name: fake
    cluster:
      server: \(fake.url)
      certificate-authority: ca.crt
  users:
  - name: alice-token
    user:
      token: \(FakeCluster.aliceToken)
  - name: alice-cert
    user:
      client-certificate: alice.crt
      client-key: alice.key
  contexts:
  - name: token
    context: {cluster: fake, user: alice-token}
  - name: cert
    context: {cluster: fake, user: alice-cert}

  """)
FileHandle.standardOutput.write(Data("READY \(fake.url)\n".utf8))
while readLine() != nil {}
await fake.stop()
