import Foundation
import Testing

@testable import LiveCluster

@Suite("kubeconfig: which files, merging, resolution")
struct KubeconfigLoaderTests {
  static let first = """
    apiVersion: v1
    kind: Config
    current-context: red
    clusters:
    - name: shared
      cluster:
        server: https://first.example:6443
        certificate-authority: certs/ca.pem
    - name: only-first
      cluster: {server: "https://only-first.example"}
    users:
    - name: red-user
      user: {token: first-token}
    contexts:
    - name: red
      context: {cluster: shared, user: red-user, namespace: team-red}
    """

  static let second = """
    apiVersion: v1
    kind: Config
    current-context: blue
    clusters:
    - name: shared
      cluster: {server: "https://second.example:6443", insecure-skip-tls-verify: true}
    - name: only-second
      cluster:
        server: https://only-second.example/
        certificate-authority: ca.pem
    users:
    - name: red-user
      user: {token: second-token}
    - name: blue-user
      user:
        client-certificate: pki/blue.crt
        client-key: pki/blue.key
    contexts:
    - name: red
      context: {cluster: only-second, user: blue-user}
    - name: blue
      context: {cluster: only-second, user: blue-user}
    """

  func setUp() throws -> (TemporaryDirectory, String, String) {
    let dir = try TemporaryDirectory()
    let one = try dir.write("a/config", Self.first)
    try dir.write("a/certs/ca.pem", "CA-FROM-A")
    let two = try dir.write("b/config", Self.second)
    try dir.write("b/ca.pem", "CA-FROM-B")
    try dir.write("b/pki/blue.crt", "BLUE-CERT")
    try dir.write("b/pki/blue.key", "BLUE-KEY")
    return (dir, one, two)
  }

  @Test("KUBECONFIG: the first file to set a key wins, scalars included")
  func firstWins() throws {
    let (dir, one, two) = try setUp()
    defer { dir.remove() }
    let loader = KubeconfigLoader(environment: ["KUBECONFIG": "\(one):\(two):/nonexistent/x"])
    let connection = try loader.connection()
    #expect(connection.contextName == "red")
    #expect(connection.server == "https://first.example:6443")
    #expect(connection.credential == .token("first-token"))
    #expect(connection.namespace == "team-red")
    #expect(connection.trust.certificateAuthorityPEM == Array("CA-FROM-A".utf8))
    #expect(connection.trust.insecureSkipVerify == false)
    let merged = try loader.merged(paths: loader.files(explicit: nil).paths)
    #expect(Set(merged.clusters.keys) == ["shared", "only-first", "only-second"])
    #expect(Set(merged.users.keys) == ["red-user", "blue-user"])
  }

  @Test("KUBECONFIG: swapping the order swaps the winners")
  func swapped() throws {
    let (dir, one, two) = try setUp()
    defer { dir.remove() }
    let connection = try KubeconfigLoader(environment: ["KUBECONFIG": "\(two):\(one)"]).connection()
    #expect(connection.contextName == "blue")
    #expect(connection.server == "https://only-second.example")
    let red = try KubeconfigLoader(environment: ["KUBECONFIG": "\(two):\(one)"]).connection(
      context: "red")
    #expect(red.clusterName == "only-second")
    #expect(red.namespace == "default")
  }

  @Test("relative paths resolve against the file that defined the stanza")
  func relativePaths() throws {
    let (dir, one, two) = try setUp()
    defer { dir.remove() }
    let connection = try KubeconfigLoader(environment: ["KUBECONFIG": "\(one):\(two)"])
      .connection(context: "blue")
    #expect(connection.trust.certificateAuthorityPEM == Array("CA-FROM-B".utf8))
    #expect(connection.clientCertificate?.certificatePEM == Array("BLUE-CERT".utf8))
    #expect(connection.clientCertificate?.keyPEM == Array("BLUE-KEY".utf8))
  }

  @Test("--kubeconfig reads only that file and must exist")
  func explicitFile() throws {
    let (dir, one, two) = try setUp()
    defer { dir.remove() }
    let loader = KubeconfigLoader(environment: ["KUBECONFIG": one])
    let connection = try loader.connection(kubeconfig: two)
    #expect(connection.contextName == "blue")
    #expect(try loader.files(explicit: two).paths == [two])
    #expect(throws: ConfigurationError.self) {
      try loader.connection(kubeconfig: dir.file("missing"))
    }
  }

  @Test("KUBECONFIG entries are deduplicated, empty and missing ones skipped; all missing warns")
  func missingFiles() throws {
    let (dir, one, _) = try setUp()
    defer { dir.remove() }
    let files = try KubeconfigLoader(environment: ["KUBECONFIG": "::\(one):/nope:\(one)"]).files(
      explicit: nil)
    #expect(files.paths == [one])
    #expect(files.warning == nil)
    let none = try KubeconfigLoader(environment: ["KUBECONFIG": "/nope/a:/nope/b"]).files(
      explicit: nil)
    #expect(none.paths.isEmpty)
    #expect(none.warning?.contains("/nope/a:/nope/b") == true)
  }

  @Test("without KUBECONFIG, $HOME/.kube/config is read")
  func homeConfig() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try dir.write(".kube/config", Self.first)
    try dir.write(".kube/certs/ca.pem", "CA")
    let connection = try KubeconfigLoader(environment: ["HOME": dir.path]).connection()
    #expect(connection.server == "https://first.example:6443")
  }

  @Test("an unknown context gets client-go's message")
  func unknownContext() throws {
    let (dir, one, _) = try setUp()
    defer { dir.remove() }
    #expect(throws: ConfigurationError("context was not found for specified context: nope")) {
      try KubeconfigLoader(environment: ["KUBECONFIG": one]).connection(context: "nope")
    }
  }

  @Test("a context naming a missing cluster or user is rejected with client-go's wording")
  func danglingReferences() throws {
    let missingUser = """
      clusters: [{name: c, cluster: {server: https://h}}]
      contexts: [{name: x, context: {cluster: c, user: ghost}}]
      """
    #expect(throws: ConfigurationError("user \"ghost\" was not found for context \"x\"")) {
      try resolve(missingUser, context: "x")
    }
    let missingCluster = "contexts: [{name: x, context: {cluster: nowhere}}]"
    #expect(throws: ConfigurationError("cluster \"nowhere\" was not found for context \"x\"")) {
      try resolve(missingCluster, context: "x")
    }
  }

  @Test("-data fields win over files and are base64 of the PEM")
  func dataWins() throws {
    let text = """
      clusters:
      - name: c
        cluster:
          server: https://h
          certificate-authority: /does/not/exist
          certificate-authority-data: \(Data("PEM-DATA".utf8).base64EncodedString())
      users:
      - name: u
        user:
          client-certificate-data: \(Data("CERT".utf8).base64EncodedString())
          client-key-data: \(Data("KEY".utf8).base64EncodedString())
          token: t
      contexts:
      - {name: x, context: {cluster: c, user: u}}
      current-context: x
      """
    let connection = try resolve(text)
    #expect(connection.trust.certificateAuthorityPEM == Array("PEM-DATA".utf8))
    #expect(
      connection.clientCertificate
        == ClientCertificate(certificatePEM: Array("CERT".utf8), keyPEM: Array("KEY".utf8)))
    #expect(connection.credential == .token("t"))
  }

  func resolve(_ text: String, context: String? = nil, path: String = "/tmp/kubeconfig") throws
    -> ClusterConnection
  {
    var merged = MergedKubeconfig()
    merged.add(try KubeconfigLoader.parse(text, path: path), path: path)
    return try ContextResolver(config: merged).resolve(context: context)
  }

  func user(_ user: String, cluster: String = "{server: https://h}") -> String {
    """
    clusters: [{name: c, cluster: \(cluster)}]
    users: [{name: u, user: \(user)}]
    contexts: [{name: x, context: {cluster: c, user: u}}]
    current-context: x
    """
  }

  @Test("token wins over tokenFile; tokenFile resolves relative to the kubeconfig")
  func tokenPrecedence() throws {
    #expect(try resolve(user("{token: a, tokenFile: f}")).credential == .token("a"))
    #expect(
      try resolve(user("{tokenFile: tok}"), path: "/etc/kube/config").credential
        == .tokenFile(path: "/etc/kube/tok"))
  }

  @Test("token together with basic auth is an error; basic alone warns")
  func tokenAndBasic() throws {
    #expect(throws: ConfigurationError.self) {
      try resolve(user("{token: a, username: b, password: c}"))
    }
    let basic = try resolve(user("{username: b, password: c}"))
    #expect(basic.credential == .basic(username: "b", password: "c"))
    #expect(basic.warnings.contains { $0.contains("basic auth") })
  }

  @Test("a CA together with insecure-skip-tls-verify is rejected")
  func caAndInsecure() throws {
    let cluster =
      "{server: https://h, insecure-skip-tls-verify: true, certificate-authority-data: \(Data("x".utf8).base64EncodedString())}"
    #expect(throws: ConfigurationError.self) { try resolve(user("{token: a}", cluster: cluster)) }
    let insecure = try resolve(
      user(
        "{token: a}",
        cluster:
          "{server: https://h, insecure-skip-tls-verify: true, tls-server-name: api.internal}"))
    #expect(insecure.trust.insecureSkipVerify)
    #expect(insecure.trust.serverName == "api.internal")
  }

  @Test(
    "removed auth-providers give client-go's explanation",
    arguments: [
      ("gcp", "gke-gcloud-auth-plugin"), ("azure", "kubelogin"),
    ])
  func removedProviders(name: String, replacement: String) throws {
    do {
      _ = try resolve(user("{auth-provider: {name: \(name), config: {}}}"))
      Issue.record("expected an error")
    } catch let error as ConfigurationError {
      #expect(error.message.hasPrefix("The \(name) auth plugin has been removed."))
      #expect(error.message.contains("\"\(replacement)\""))
    }
  }

  @Test("oidc sends its id-token; without one it explains how to refresh")
  func oidc() throws {
    let connection = try resolve(
      user("{auth-provider: {name: oidc, config: {id-token: eyJ.abc, client-id: k}}}"))
    #expect(connection.credential == .oidc(idToken: "eyJ.abc"))
    #expect(throws: ConfigurationError.self) {
      try resolve(user("{auth-provider: {name: oidc, config: {client-id: k}}}"))
    }
  }

  @Test("exec: relative commands with / resolve against the kubeconfig; bare names stay for PATH")
  func execCommand() throws {
    let relative = try resolve(
      user("{exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ./bin/get-token}}"),
      path: "/home/u/.kube/config")
    guard case .exec(let plugin) = relative.credential else {
      Issue.record("expected exec")
      return
    }
    #expect(plugin.config.command == "/home/u/.kube/bin/get-token")
    #expect(plugin.cluster == nil)
    let bare = try resolve(
      user(
        "{exec: {apiVersion: client.authentication.k8s.io/v1, command: aws, interactiveMode: Never, provideClusterInfo: true}}"
      ))
    guard case .exec(let awsPlugin) = bare.credential else {
      Issue.record("expected exec")
      return
    }
    #expect(awsPlugin.config.command == "aws")
    #expect(awsPlugin.cluster?.server == "https://h")
  }

  @Test("exec validation: v1 needs interactiveMode, v1alpha1 is gone, command is required")
  func execValidation() throws {
    #expect(throws: ConfigurationError.self) {
      try resolve(user("{exec: {apiVersion: client.authentication.k8s.io/v1, command: x}}"))
    }
    #expect(
      throws: ConfigurationError(
        "exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"")
    ) {
      try resolve(user("{exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: x}}"))
    }
    #expect(throws: ConfigurationError.self) {
      try resolve(user("{exec: {apiVersion: client.authentication.k8s.io/v1beta1}}"))
    }
  }

  @Test("impersonation fields become headers")
  func impersonation() throws {
    let connection = try resolve(user("{token: a, as: bob, as-groups: [g1, g2], as-uid: '42'}"))
    let headers = connection.impersonation?.headers.map { "\($0.name)=\($0.value)" }
    #expect(
      headers == [
        "Impersonate-User=bob", "Impersonate-Uid=42", "Impersonate-Group=g1",
        "Impersonate-Group=g2",
      ])
  }

  @Test("the context namespace must be a DNS label")
  func namespaceLabel() throws {
    let text = """
      clusters: [{name: c, cluster: {server: https://h}}]
      contexts: [{name: x, context: {cluster: c, namespace: Team_A}}]
      """
    #expect(throws: ConfigurationError.self) { try resolve(text, context: "x") }
  }

  @Test("unparsable YAML names the file")
  func badYAML() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("bad", "clusters: [unclosed\n  - x: {")
    do {
      _ = try KubeconfigLoader.read(path)
      Issue.record("expected an error")
    } catch {
      #expect(error.message.hasPrefix("error loading config file \"\(path)\""))
    }
  }

  @Test("no kubeconfig at all falls back to the in-cluster service account")
  func inCluster() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try dir.write("sa/token", "projected-token\n")
    try dir.write("sa/ca.crt", "CA")
    try dir.write("sa/namespace", "kb-system")
    let environment = [
      "HOME": dir.file("home"), "KUBERNETES_SERVICE_HOST": "fd00::1",
      "KUBERNETES_SERVICE_PORT": "443",
    ]
    let loader = KubeconfigLoader(
      environment: environment,
      inCluster: InClusterConfig(environment: environment, directory: dir.file("sa")))
    let connection = try loader.connection()
    #expect(connection.mode == .inCluster)
    #expect(connection.server == "https://[fd00::1]:443")
    #expect(connection.namespace == "kb-system")
    #expect(connection.credential == .tokenFile(path: dir.file("sa/token")))
    #expect(connection.trust.certificateAuthorityPEM == Array("CA".utf8))
    #expect(throws: ConfigurationError.self) {
      try InClusterConfig(environment: [:], directory: dir.file("sa")).connection()
    }
  }
}
