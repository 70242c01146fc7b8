import Hardening
import KubeModel
import Testing

/// Secrets and logging checks (heuristics) and the snapshot-wide checks.
@Suite("Secrets and logging checks")
struct SecretsAndLoggingCheckTests {
  typealias F = HardeningFixtures

  static func env(_ vars: [EnvVar], envFrom: [EnvFromSource] = []) -> PodUnderReview {
    F.pod(PodSpec(containers: [Container(name: "app", image: "a:1", env: vars, envFrom: envFrom)]))
  }

  static let cases: [CheckCase] = [
    CheckCase(
      "DB_PASSWORD literal", EnvLiteralSecretCheck(),
      env([EnvVar(name: "DB_PASSWORD", value: "hunter2")]), expect: ["app"]),
    CheckCase(
      "redacted literal still counts", EnvLiteralSecretCheck(),
      env([EnvVar(name: "STRIPE_KEY", value: EnvVar.redacted)]), expect: ["app"]),
    CheckCase(
      "AWS key id under a neutral name", EnvLiteralSecretCheck(),
      env([EnvVar(name: "CONFIG", value: "AKIAIOSFODNN7EXAMPLE")]), expect: ["app"]),
    CheckCase(
      "password file path, secret ref, empty value, neutral name", EnvLiteralSecretCheck(),
      env([
        EnvVar(name: "PASSWORD_FILE", value: "/run/secrets/pw"),
        EnvVar(
          name: "API_TOKEN", valueFrom: EnvVarSource(secretKeyRef: .init(name: "s", key: "t"))),
        EnvVar(name: "SECRET", value: ""), EnvVar(name: "MONKEY", value: "banana"),
      ]), expect: []),
    CheckCase(
      "secretKeyRef", EnvFromSecretCheck(),
      env([EnvVar(name: "T", valueFrom: EnvVarSource(secretKeyRef: .init(name: "s", key: "t")))]),
      expect: ["app"]),
    CheckCase(
      "envFrom secretRef", EnvFromSecretCheck(),
      env([], envFrom: [EnvFromSource(secretRef: .init(name: "s"))]), expect: ["app"]),
    CheckCase(
      "envFrom configMapRef", EnvFromSecretCheck(),
      env([], envFrom: [EnvFromSource(configMapRef: .init(name: "c"))]), expect: []),
    CheckCase(
      "kube-apiserver without audit flags", AuditLogMissingCheck(),
      F.pod(
        PodSpec(containers: [
          Container(name: "kube-apiserver", command: ["kube-apiserver", "--v=2"])
        ]),
        kind: "Pod", namespace: "kube-system"), expect: ["kube-apiserver"]),
    CheckCase(
      "kube-apiserver with audit policy and log", AuditLogMissingCheck(),
      F.pod(
        PodSpec(containers: [
          Container(
            name: "kube-apiserver",
            command: [
              "kube-apiserver", "--audit-policy-file=/etc/a.yaml",
              "--audit-log-path=/var/log/a.log",
            ])
        ]), kind: "Pod", namespace: "kube-system"), expect: []),
    CheckCase(
      "not the API server", AuditLogMissingCheck(),
      F.pod(
        PodSpec(containers: [Container(name: "coredns", command: ["/coredns"])]), kind: "Pod",
        namespace: "kube-system"), expect: []),
  ]

  @Test("check finds exactly the expected violations", arguments: cases)
  func check(_ c: CheckCase) {
    #expect(c.check.violations(in: c.pod).map(\.container) == c.expected)
  }

  static let cluster = """
    apiVersion: v1
    kind: Namespace
    metadata: {name: kube-system, labels: {pod-security.kubernetes.io/enforce: privileged}}
    ---
    apiVersion: v1
    kind: Secret
    metadata: {name: old-token, namespace: ci, annotations: {kubernetes.io/service-account.name: deployer}}
    type: kubernetes.io/service-account-token
    ---
    apiVersion: v1
    kind: Secret
    metadata: {name: tls, namespace: ci}
    type: kubernetes.io/tls
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: app, namespace: ci}
    data: {db_password: x, log_level: info}
    """

  static let agents = """

    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: fluent-bit, namespace: kube-system}
    spec: {template: {spec: {containers: [{name: f, image: cr.fluentbit.io/fluent/fluent-bit:3.0}]}}}
    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: runtime-security, namespace: kube-system}
    spec: {template: {spec: {containers: [{name: f, image: falcosecurity/falco:0.38}]}}}
    ---
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata: {name: db, namespace: ci}
    """

  static func rules(_ yaml: String) throws -> [String] {
    try F.evaluate(yaml).findings.filter { !$0.rule.hasPrefix("workload.") }
      .map { "\($0.rule) \($0.target)" }.sorted()
  }

  @Test("snapshot-wide secrets and logging findings on a cluster without agents")
  func withoutAgents() throws {
    #expect(
      try Self.rules(Self.cluster) == [
        "logging.no-log-shipping Cluster/cluster",
        "logging.no-runtime-detection Cluster/cluster",
        "secrets.configmap-credential-key ConfigMap/ci/app",
        "secrets.legacy-sa-token Secret/ci/old-token",
        "secrets.no-external-store Cluster/cluster",
      ])
  }

  @Test("log shipper, runtime detection and an external store silence their findings")
  func withAgents() throws {
    #expect(
      try Self.rules(Self.cluster + Self.agents) == [
        "secrets.configmap-credential-key ConfigMap/ci/app",
        "secrets.legacy-sa-token Secret/ci/old-token",
      ])
  }

  @Test("cluster-wide heuristics stay quiet on a folder of application manifests")
  func manifestsOnly() throws {
    let yaml =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: app}\nspec: {containers: [{name: c, image: x:1}]}"
    #expect(try Self.rules(yaml).isEmpty)
  }

  @Test(
    "credential-like names",
    arguments: [
      ("DB_PASSWORD", true), ("api-key", true), ("GITHUB_TOKEN", true),
      ("aws_secret_access_key", true),
      ("ENCRYPTION_KEY", true), ("PASSWORD_FILE", false), ("KEYBOARD", false), ("LOG_LEVEL", false),
    ])
  func names(name: String, matches: Bool) {
    #expect(SecretLikeName.matches(name) == matches)
  }
}
