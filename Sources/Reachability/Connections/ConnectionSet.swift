/// The ports allowed between two endpoints, per protocol (TCP, UDP, SCTP).
public struct ConnectionSet: Sendable, Hashable, CustomStringConvertible {
  /// TCP ports.
  public var tcp: PortRanges
  /// UDP ports.
  public var udp: PortRanges
  /// SCTP ports.
  public var sctp: PortRanges

  /// Creates a set from per-protocol ports.
  public init(tcp: PortRanges = .empty, udp: PortRanges = .empty, sctp: PortRanges = .empty) {
    self.tcp = tcp
    self.udp = udp
    self.sctp = sctp
  }

  /// Every port of every protocol (np-guard's `All Connections`).
  public static let all = ConnectionSet(tcp: .full, udp: .full, sctp: .full)
  /// Nothing.
  public static let none = ConnectionSet()

  /// The set holding `ports` of one protocol only.
  public static func only(_ proto: NetworkProtocol, _ ports: PortRanges) -> ConnectionSet {
    var set = ConnectionSet()
    set[proto] = ports
    return set
  }

  /// The ports of one protocol.
  public subscript(_ proto: NetworkProtocol) -> PortRanges {
    get {
      switch proto {
      case .tcp: tcp
      case .udp: udp
      case .sctp: sctp
      }
    }
    set {
      switch proto {
      case .tcp: tcp = newValue
      case .udp: udp = newValue
      case .sctp: sctp = newValue
      }
    }
  }

  /// `true` when nothing is allowed.
  public var isEmpty: Bool { tcp.isEmpty && udp.isEmpty && sctp.isEmpty }

  /// `true` when every port of every protocol is allowed.
  public var isAll: Bool { tcp.isFull && udp.isFull && sctp.isFull }

  /// Whether a port of a protocol is allowed.
  public func allows(_ proto: NetworkProtocol, port: Int) -> Bool { self[proto].contains(port) }

  /// The connections in either set.
  public func union(_ other: ConnectionSet) -> ConnectionSet {
    if isAll || other.isEmpty || self == other { return self }
    if other.isAll || isEmpty { return other }
    return ConnectionSet(
      tcp: tcp.union(other.tcp), udp: udp.union(other.udp), sctp: sctp.union(other.sctp))
  }

  /// The connections in both sets.
  public func intersection(_ other: ConnectionSet) -> ConnectionSet {
    if isAll || other.isEmpty { return other }
    if other.isAll || isEmpty { return self }
    return ConnectionSet(
      tcp: tcp.intersection(other.tcp), udp: udp.intersection(other.udp),
      sctp: sctp.intersection(other.sctp))
  }

  /// The connections of this set that are not in `other`.
  public func subtracting(_ other: ConnectionSet) -> ConnectionSet {
    ConnectionSet(
      tcp: tcp.subtracting(other.tcp), udp: udp.subtracting(other.udp),
      sctp: sctp.subtracting(other.sctp))
  }

  /// np-guard CONN text: `All Connections`, `No Connections`, or groups like
  /// `TCP 80,8080-8090,UDP 53` (protocols sorted by name).
  public var description: String {
    if isAll { return "All Connections" }
    if isEmpty { return "No Connections" }
    return portsText
  }

  /// The CONN text, with `""` for no connections (the JSON `ports` field).
  public var portsText: String {
    if isAll { return "All Connections" }
    return NetworkProtocol.allCases.compactMap { proto in
      self[proto].isEmpty ? nil : "\(proto.rawValue) \(self[proto])"
    }.joined(separator: ",")
  }
}
