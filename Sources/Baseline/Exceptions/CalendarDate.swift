import Foundation

/// A calendar day in UTC, as exceptions use for `created` and `expires` (`YYYY-MM-DD`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let daysSinceEpoch: Int

  /// Creates a date from days since 1970-01-01.
  public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

  /// Parses `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp; `nil` when invalid.
  public init?(_ text: String) {
    let day = text.prefix(10)
    let parts = day.split(separator: "-", omittingEmptySubsequences: false)
    guard day.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]),
      let d = Int(parts[2]), (1...12).contains(m), d >= 1, d <= Self.days(inMonth: m, year: y)
    else { return nil }
    if text.count > 10 && !(text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ") {
      return nil
    }
    daysSinceEpoch = Self.civilToDays(year: y, month: m, day: d)
  }

  /// The current UTC day.
  public static func today(now: Date = Date()) -> CalendarDate {
    CalendarDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// This date moved by a number of days.
  public func adding(days: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// Days from this date to another (positive when `other` is later).
  public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = Self.daysToCivil(daysSinceEpoch)
    return String(format: "%04d-%02d-%02d", y, m, d)
  }

  /// Orders by day.
  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    a.daysSinceEpoch < b.daysSinceEpoch
  }

  private static func days(inMonth m: Int, year y: Int) -> Int {
    switch m {
    case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's civil calendar algorithms.
  private static func civilToDays(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func daysToCivil(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
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
