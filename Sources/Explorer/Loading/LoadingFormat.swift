/// How the loading screen writes durations and sizes.
enum LoadingFormat {
  /// `0.4 s`, `12.3 s`, `2 m 05 s`.
  static func duration(_ duration: Duration) -> String {
    let tenths = max(0, Int(duration / .milliseconds(100)))
    guard tenths >= 600 else { return "\(tenths / 10).\(tenths % 10) s" }
    let seconds = tenths / 10
    let padded = seconds % 60 < 10 ? "0\(seconds % 60)" : "\(seconds % 60)"
    return "\(seconds / 60) m \(padded) s"
  }

  /// Decimal units with one decimal from kB on: `512 B`, `3.4 kB`, `742.3 MB`, `1.2 GB`.
  static func bytes(_ bytes: Int64) -> String {
    guard bytes >= 1_000 else { return "\(max(0, bytes)) B" }
    let units = ["kB", "MB", "GB", "TB"]
    var scale: Int64 = 1_000
    var unit = 0
    // Move up while rounding to one decimal would show 1000.0 or more.
    while unit < units.count - 1 && bytes * 20 >= scale * 19_999 {
      scale *= 1_000
      unit += 1
    }
    let tenths = (bytes * 10 + scale / 2) / scale
    return "\(tenths / 10).\(tenths % 10) \(units[unit])"
  }
}
