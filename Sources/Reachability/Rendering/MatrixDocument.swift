/// The `kbaseline reach --format json` document (stable contract):
/// `{"namespaces":[…],"cells":[{"from","to","verdict","ports"}]}` plus the assumptions in
/// force and per-namespace external exposure.
public struct MatrixDocument: Encodable, Sendable {
  /// Every namespace, sorted.
  public let namespaces: [String]
  /// One cell per ordered namespace pair with workload pairs.
  public let cells: [Cell]
  /// The forks in force (spec §2).
  public let assumptions: [String]
  /// Per namespace with pods: what external addresses may send / receive.
  public let external: [External]

  /// One matrix cell.
  public struct Cell: Encodable, Sendable, Hashable {
    /// Source namespace.
    public let from: String
    /// Destination namespace.
    public let to: String
    /// `all`, `partial` or `none`.
    public let verdict: String
    /// The union of ports in CONN syntax, `""` for none.
    public let ports: String
  }

  /// A namespace's exposure to external addresses.
  public struct External: Encodable, Sendable, Hashable {
    /// The namespace.
    public let namespace: String
    /// What external sources may send to its workloads (CONN syntax, `""` for none).
    public let ingress: String
    /// What its workloads may send to external destinations.
    public let egress: String
  }

  /// Builds the document from a matrix.
  public init(_ matrix: NamespaceMatrix, assumptions: [String]) {
    namespaces = matrix.namespaces
    cells = matrix.cells.map {
      Cell(from: $0.from, to: $0.to, verdict: $0.verdict.rawValue, ports: $0.ports.portsText)
    }
    self.assumptions = assumptions
    external = matrix.coverage.filter { $0.pods > 0 }.map {
      External(
        namespace: $0.namespace, ingress: $0.fromExternal.portsText,
        egress: $0.toExternal.portsText)
    }
  }
}
