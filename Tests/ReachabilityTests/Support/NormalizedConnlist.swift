import Foundation
import Reachability

/// A connectivity list as meaning, not text (oracle README "How to compare"): workload
/// triples, plus external peers normalised per (direction, workload) into merged address
/// pieces so two partitions of the address space compare equal.
struct NormalizedConnlist: Equatable, CustomStringConvertible {
  /// `SRC => DST` → connections, workload pairs only.
  var pairs: [String: ConnectionSet] = [:]
  /// `from-external => DST` / `SRC => to-external` → merged pieces.
  var external: [String: [Piece]] = [:]

  /// An address interval with its connections.
  struct Piece: Equatable {
    var lo: UInt64
    var hi: UInt64
    var connections: ConnectionSet
  }

  init(text: String) {
    var raw: [String: [Piece]] = [:]
    for line in text.split(separator: "\n") where line.contains(" => ") {
      let arrow = line.range(of: " => ")!
      let rest = line[arrow.upperBound...]
      let colon = rest.range(of: " : ")!
      let source = String(line[..<arrow.lowerBound])
      let destination = String(rest[..<colon.lowerBound])
      guard source != destination,
        let conn = ConnectionSet(connText: String(rest[colon.upperBound...])),
        !conn.isEmpty
      else { continue }
      if let range = Self.range(source) {
        raw["from-external => \(destination)", default: []].append(
          Piece(lo: range.0, hi: range.1, connections: conn))
      } else if let range = Self.range(destination) {
        raw["\(source) => to-external", default: []].append(
          Piece(lo: range.0, hi: range.1, connections: conn))
      } else {
        let key = "\(source) => \(destination)"
        pairs[key] = (pairs[key] ?? .none).union(conn)
      }
    }
    for (key, pieces) in raw { external[key] = Self.merge(pieces) }
  }

  var description: String {
    let lines =
      pairs.sorted { $0.key < $1.key }.map { "\($0.key) : \($0.value)" }
      + external.sorted { $0.key < $1.key }.flatMap { key, pieces in
        pieces.map { "\(key) [\($0.lo)-\($0.hi)] : \($0.connections)" }
      }
    return lines.joined(separator: "\n")
  }

  /// The differences from another list, one line each (for readable failures).
  func differences(from other: NormalizedConnlist) -> [String] {
    var out: [String] = []
    for key in Set(pairs.keys).union(other.pairs.keys).sorted() where pairs[key] != other.pairs[key]
    {
      out.append(
        "\(key): \(pairs[key]?.description ?? "-") vs \(other.pairs[key]?.description ?? "-")")
    }
    for key in Set(external.keys).union(other.external.keys).sorted()
    where external[key] != other.external[key] {
      out.append("\(key): external pieces differ")
    }
    return out
  }

  private static func range(_ peer: String) -> (UInt64, UInt64)? {
    guard peer.hasSuffix("[External]") else { return nil }
    let bounds = peer.dropLast("[External]".count).split(separator: "-")
    guard bounds.count == 2, let lo = IPv4Ranges.address(String(bounds[0])),
      let hi = IPv4Ranges.address(String(bounds[1]))
    else { return nil }
    return (UInt64(lo), UInt64(hi))
  }

  /// Elementary intervals with the union of covering pieces, empty ones dropped, adjacent
  /// equal ones merged.
  private static func merge(_ pieces: [Piece]) -> [Piece] {
    let cuts = Set(pieces.flatMap { [$0.lo, $0.hi + 1] }).sorted()
    var out: [Piece] = []
    for (lo, next) in zip(cuts, cuts.dropFirst()) {
      let conn = pieces.filter { $0.lo <= lo && lo <= $0.hi }
        .reduce(ConnectionSet.none) { $0.union($1.connections) }
      guard !conn.isEmpty else { continue }
      if let last = out.last, last.hi + 1 == lo, last.connections == conn {
        out[out.count - 1].hi = next - 1
      } else {
        out.append(Piece(lo: lo, hi: next - 1, connections: conn))
      }
    }
    return out
  }
}
