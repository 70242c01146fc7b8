/// A semantic role for a cell: what the text means, not how it looks.
///
/// A ``Theme`` maps each role to colours and attributes; the monochrome theme uses attributes only.
///
/// Roles are a closed set so that a theme file with an unknown role is an error.
public enum StyleRole: String, CaseIterable, Hashable, Sendable, Codable {
  /// Ordinary text.
  case body
  /// The header line at the top of the screen.
  case header
  /// The selected tab.
  case tabActive = "tab.active"
  /// The other tabs.
  case tabInactive = "tab.inactive"
  /// Frame lines.
  case border
  /// The frame of the focused element.
  case borderFocused = "border.focused"
  /// Titles of panes and dialogs.
  case title
  /// Column headers of tables.
  case tableHeader = "table.header"
  /// The row under the cursor.
  case tableCursor = "table.cursor"
  /// Marked rows.
  case tableSelected = "table.selected"
  /// Text matching the current filter.
  case match
  /// The breadcrumbs line.
  case crumbs
  /// Keys in the hint bar and help.
  case hintKey = "hint.key"
  /// Labels in the hint bar and help.
  case hintLabel = "hint.label"
  /// Critical severity.
  case severityCritical = "severity.critical"
  /// High severity.
  case severityHigh = "severity.high"
  /// Medium severity.
  case severityMedium = "severity.medium"
  /// Low severity.
  case severityLow = "severity.low"
  /// Informational severity.
  case severityInfo = "severity.info"
  /// A connection or permission that is allowed.
  case verdictAllow = "verdict.allow"
  /// Partly allowed.
  case verdictPartial = "verdict.partial"
  /// Denied.
  case verdictDeny = "verdict.deny"
  /// A finding covered by an exception.
  case statusExcepted = "status.excepted"
  /// An exception past its expiry date.
  case statusExpired = "status.expired"
  /// Errors.
  case error
  /// Warnings (incomplete data, gaps).
  case warning
  /// Success messages.
  case success
  /// Secondary, de-emphasised text.
  case dim
  /// Text entry fields.
  case input
  /// The background and text of dialogs and overlays.
  case dialog
}
