import Foundation

/// RFC 3339 timestamps as the API uses them (`2026-11-28T08:30:00Z`, fractions allowed).
public enum RFC3339 {
  /// Parses a timestamp with or without fractional seconds.
  public static func parse(_ text: String) -> Date? {
    let plain = ISO8601DateFormatter()
    plain.formatOptions = [.withInternetDateTime]
    if let date = plain.date(from: text) { return date }
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return fractional.date(from: text)
  }

  /// Formats a date in UTC without fractions.
  public static func format(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
