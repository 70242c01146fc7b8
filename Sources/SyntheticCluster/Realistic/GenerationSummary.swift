import Foundation

/// What a generator run wrote: objects per kind and the file's size.
public struct GenerationSummary: Sendable, Hashable {
  /// Items of one kind.
  public struct KindCount: Sendable, Hashable {
    /// The kind, for example `Pod`.
    public var kind: String
    /// Items written.
    public var count: Int
  }

  /// Items per kind, in file order.
  public var counts: [KindCount]
  /// JSON bytes written (uncompressed).
  public var bytes: Int
  /// Bytes on disk (smaller when gzip-compressed).
  public var fileBytes: Int

  /// Items of `kind` written.
  public func count(of kind: String) -> Int {
    counts.first { $0.kind == kind }?.count ?? 0
  }

  /// Every item written.
  public var objectCount: Int { counts.reduce(0) { $0 + $1.count } }

  /// One line: objects per kind, MiB and the given seconds.
  public func line(seconds: Double) -> String {
    let kinds = counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    let mib = Double(fileBytes) / 1_048_576
    let rate = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
    return "\(objectCount) objects (\(kinds)); "
      + "\(String(format: "%.1f", mib)) MiB in \(String(format: "%.2f", seconds)) s "
      + "(\(String(format: "%.0f", rate)) MiB/s of JSON)"
  }
}
