import Foundation
import Hardening
import KubeModel

/// Loading fixtures and building pods for Hardening tests.
enum HardeningFixtures {
  /// The test bundle's Fixtures directory.
  static var root: URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
  }

  /// The fixture file names (without `.yaml`) in `psa/<folder>`, sorted.
  static func psaNames(_ folder: String) -> [String] {
    let dir = root.appendingPathComponent("psa/\(folder)")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// The hardening report of one PSA fixture.
  static func evaluatePSA(_ folder: String, _ name: String) throws -> HardeningReport {
    let url = root.appendingPathComponent("psa/\(folder)/\(name).yaml")
    let snapshot = try SnapshotLoader().load(paths: [url.path])
    return HardeningEngine().evaluate(snapshot)
  }

  /// The report of manifests given as YAML text.
  static func evaluate(_ yaml: String, rbacPower: Set<ObjectKey> = []) throws -> HardeningReport {
    let snapshot = try SnapshotLoader().load(text: yaml, name: "test.yaml")
    return HardeningEngine(serviceAccountsWithRBACPower: rbacPower).evaluate(snapshot)
  }

  /// A pod under review for a spec, as a Deployment `shop/api` unless told otherwise.
  static func pod(
    _ spec: PodSpec, annotations: [String: String] = [:], kind: String = "Deployment",
    namespace: String = "shop", serviceAccount: ServiceAccount? = nil, rbacPower: Bool = false
  ) -> PodUnderReview {
    PodUnderReview(
      workload: ObjectKey(kind: kind, namespace: namespace, name: "api"),
      template: PodTemplateSpec(annotations: annotations, spec: spec),
      serviceAccount: serviceAccount, serviceAccountHasRBACPower: rbacPower)
  }

  /// A single-container spec whose container has this security context.
  static func spec(
    _ context: SecurityContext? = nil, pod: PodSecurityContext? = nil, image: String = "app:1.0"
  ) -> PodSpec {
    PodSpec(
      containers: [Container(name: "app", image: image, securityContext: context)],
      securityContext: pod)
  }

  /// A fully restricted-compliant spec with an init container: the negative case of most
  /// PSS checks.
  static var restrictedSpec: PodSpec {
    let ctx = SecurityContext(
      capabilities: Capabilities(drop: ["ALL"]), allowPrivilegeEscalation: false)
    return PodSpec(
      containers: [Container(name: "app", image: "app:1.0", securityContext: ctx)],
      initContainers: [Container(name: "setup", image: "setup:1.0", securityContext: ctx)],
      securityContext: PodSecurityContext(
        runAsNonRoot: true, seccompProfile: SecurityProfile(type: "RuntimeDefault")))
  }
}

extension HardeningFixtures {
  /// `spec.os: {name: windows}` (the model type has no public initializer; decode it).
  static let windows: PodSpec.PodOS = try! JSONDecoder().decode(
    PodSpec.PodOS.self, from: Data(#"{"name":"windows"}"#.utf8))
}
