import KubeModel

/// Where the audited snapshot came from: inputs, cluster, capture time and identity, and the
/// lists that were not fully captured (gaps limit what the evidence can show).
public struct AuditProvenance: Sendable, Hashable {
  /// The input files.
  public var sources: [String]
  /// The cluster's name, when the snapshot names it.
  public var cluster: String?
  /// The kubeconfig context.
  public var context: String?
  /// When the snapshot was captured (RFC 3339).
  public var capturedAt: String?
  /// Who captured it.
  public var capturedBy: String?
  /// The API server's version.
  public var serverVersion: String?
  /// Lists not fully captured, one line each (`resource: status (message)`).
  public var gaps: [String]
  /// Objects analysed.
  public var objectCount: Int

  /// The provenance of an inventory.
  public init(_ inventory: Inventory) {
    sources = inventory.sources
    cluster = inventory.cluster
    context = inventory.context
    capturedAt = inventory.capturedAt
    capturedBy = inventory.capturedBy
    serverVersion = inventory.serverVersion
    gaps = inventory.gaps.map { gap in
      "\(gap.resource): \(gap.status.rawValue)" + (gap.message.map { " (\($0))" } ?? "")
    }
    objectCount = inventory.totalObjects
  }
}
