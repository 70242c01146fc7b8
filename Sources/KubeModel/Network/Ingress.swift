/// An Ingress (`networking.k8s.io/v1.Ingress`): what is exposed outside the cluster.
public struct Ingress: Codable, Sendable, Hashable {
  /// The Ingress's metadata.
  public var metadata: ObjectMeta
  /// The ingress class.
  public var ingressClassName: String?
  /// Hosts served with TLS.
  public var tlsHosts: [String]
  /// The hosts of its rules.
  public var hosts: [String]
  /// The Services its rules and default backend send traffic to.
  public var backendServices: [String]

  /// Creates an Ingress record.
  public init(
    metadata: ObjectMeta, ingressClassName: String? = nil, tlsHosts: [String] = [],
    hosts: [String] = [], backendServices: [String] = []
  ) {
    self.metadata = metadata
    self.ingressClassName = ingressClassName
    self.tlsHosts = tlsHosts
    self.hosts = hosts
    self.backendServices = backendServices
  }

  private struct Spec: Codable {
    var ingressClassName: String?
    var tls: [TLS]?
    var rules: [Rule]?
    var defaultBackend: Backend?
  }
  private struct TLS: Codable { var hosts: [String]? }
  private struct Rule: Codable {
    var host: String?
    var http: HTTP?
  }
  private struct HTTP: Codable { var paths: [Path]? }
  private struct Path: Codable { var backend: Backend? }
  private struct Backend: Codable { var service: ServiceRef? }
  private struct ServiceRef: Codable { var name: String? }

  private enum CodingKeys: String, CodingKey { case metadata, spec }

  /// Decodes the metadata, class, hosts and backend Services.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    let spec = try c.decodeIfPresent(Spec.self, forKey: .spec)
    ingressClassName = spec?.ingressClassName
    tlsHosts = (spec?.tls ?? []).flatMap { $0.hosts ?? [] }
    hosts = (spec?.rules ?? []).compactMap(\.host)
    let paths = (spec?.rules ?? []).flatMap { $0.http?.paths ?? [] }
    let names = paths.compactMap { $0.backend?.service?.name }
    backendServices = Array(Set(names + [spec?.defaultBackend?.service?.name].compactMap { $0 }))
      .sorted()
  }

  /// Encodes in API form (rules carry hosts and backends, not paths).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    let backends = backendServices.map { Path(backend: Backend(service: ServiceRef(name: $0))) }
    var rules = hosts.map { Rule(host: $0, http: nil) }
    if !backends.isEmpty { rules.append(Rule(host: nil, http: HTTP(paths: backends))) }
    let spec = Spec(
      ingressClassName: ingressClassName, tls: tlsHosts.isEmpty ? nil : [TLS(hosts: tlsHosts)],
      rules: rules, defaultBackend: nil)
    try c.encode(spec, forKey: .spec)
  }
}
