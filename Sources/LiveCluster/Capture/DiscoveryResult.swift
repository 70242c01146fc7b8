/// What the API server serves: group-versions and, for those asked about, their resources.
public struct DiscoveryResult: Sendable, Hashable {
  /// `aggregated-v2`, `aggregated-v2beta1` or `legacy`.
  public var format: String
  /// Every served group-version (`v1`, `apps/v1`, …), sorted.
  public var groupVersions: [String]
  /// Resources by group-version; a group-version whose resources could not be read is absent.
  public var resources: [String: [DiscoveredResource]]

  /// Creates a result.
  public init(format: String, groupVersions: [String], resources: [String: [DiscoveredResource]]) {
    self.format = format
    self.groupVersions = groupVersions
    self.resources = resources
  }

  /// Picks the served version of each wanted resource; nil entries are not served.
  ///
  /// - Complexity: O(*w* · *r*) for *w* wanted resources and *r* resources per group-version.
  public func targets(for wanted: [WantedResource]) -> [(WantedResource, CaptureTarget?)] {
    wanted.map { want in
      for version in want.versions {
        let groupVersion = want.group.isEmpty ? version : "\(want.group)/\(version)"
        guard groupVersions.contains(groupVersion) else { continue }
        let listed = resources[groupVersion]
        if let listed, !listed.contains(where: { $0.name == want.resource }) { continue }
        let found = listed?.first { $0.name == want.resource }
        let target = CaptureTarget(
          group: want.group, version: version, resource: want.resource,
          kind: found?.kind ?? want.kind, namespaced: found?.namespaced ?? want.namespaced,
          representation: want.representation, namespace: want.namespace,
          fieldSelector: want.fieldSelector)
        return (want, target)
      }
      return (want, nil)
    }
  }
}
