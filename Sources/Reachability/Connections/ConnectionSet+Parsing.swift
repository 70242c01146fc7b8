import Foundation

extension ConnectionSet {
  /// Parses np-guard CONN text (`All Connections`, `No Connections`, `TCP 80,443,UDP 53`);
  /// `nil` when the text is malformed.
  public init?(connText text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed == "All Connections" {
      self = .all
      return
    }
    self = .none
    if trimmed == "No Connections" || trimmed.isEmpty { return }
    var proto: NetworkProtocol?
    var collected: [NetworkProtocol: [ClosedRange<Int>]] = [:]
    for rawToken in trimmed.split(separator: ",") {
      var token = rawToken.trimmingCharacters(in: .whitespaces)
      if let space = token.firstIndex(of: " ") {
        guard let named = NetworkProtocol(rawValue: String(token[..<space])) else { return nil }
        proto = named
        token = token[token.index(after: space)...].trimmingCharacters(in: .whitespaces)
      }
      guard let current = proto else { return nil }
      let parts = token.split(separator: "-").map { Int($0) }
      guard let lo = parts.first ?? nil, parts.count <= 2 else { return nil }
      let hi = parts.count == 2 ? parts[1] : lo
      guard let upper = hi, upper >= lo else { return nil }
      collected[current, default: []].append(lo...upper)
    }
    for (key, ranges) in collected { self[key] = PortRanges(normalizing: ranges) }
  }
}
