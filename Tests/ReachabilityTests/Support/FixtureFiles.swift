import Foundation
import Testing

/// Paths of the bundled fixtures.
enum FixtureFiles {
  /// The bundled `Fixtures` directory.
  static var root: URL {
    get throws {
      try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }
  }

  /// The np-guard case names (directories under `netpol/cases`).
  static let npgCases = [
    "core_pods_without_host_ip",
    "example_pods_w_same_owner_and_labels_gap_with_good_match_expression",
    "ipblockstest",
    "minikube_resources",
    "minimal_test_in_ns",
    "multiple_topology_resources_1",
    "netpol-analysis-example-minimal",
    "new_online_boutique",
    "semanticDiff-different-topologies-policy-a-with-ipblock",
    "semanticDiff-same-topologies-old1",
    "test_with_named_ports",
    "with_end_port_example",
  ]
}
