import KubeModel

extension BaselineFinding: Encodable {
  private enum CodingKeys: String, CodingKey {
    case rule, domain, severity, target, message, pss, status, exception
  }

  /// Encodes the JSON contract of `kbaseline findings`: rule, domain, severity, target,
  /// message, `pss` (PSS findings only), status and `exception` (when one is involved).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(finding.rule, forKey: .rule)
    try c.encode(finding.domain, forKey: .domain)
    try c.encode(finding.severity, forKey: .severity)
    try c.encode(finding.target, forKey: .target)
    try c.encode(finding.message, forKey: .message)
    try c.encodeIfPresent(finding.pss, forKey: .pss)
    try c.encode(status.rawValue, forKey: .status)
    try c.encodeIfPresent(exception, forKey: .exception)
  }
}
