/// RFC 3339 timestamps relative to the generated capture time, formatted without the clock
/// or a locale so the same seed gives the same bytes.
enum Timestamps {
  /// The capture time of every generated snapshot: 2026-01-15T09:00:00Z.
  static let captureEpoch = 1_768_467_600
  /// The capture time as text.
  static let capture = text(captureEpoch)

  /// The timestamp `seconds` before the capture.
  static func before(_ seconds: Int) -> String { text(captureEpoch - seconds) }

  /// Formats seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
  static func text(_ epoch: Int) -> String {
    let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
    let secondOfDay = epoch - days * 86_400
    let (y, m, d) = civil(days)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(two(m))-\(two(d))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60))"
      + ":\(two(secondOfDay % 60))Z"
  }

  /// Howard Hinnant's days-to-civil algorithm.
  private static func civil(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
