import TerminalUI

/// Where everything goes on the screen: header, tabs, the pane frame, the status line and the hint
/// bar.
///
/// The reducer uses it too (page sizes), so keys and drawing always agree.
public struct ScreenLayout: Hashable, Sendable {
  /// The smallest usable terminal.
  public static let minimum = Size(width: 80, height: 24)
  /// The width from which a preview panel is shown beside lists.
  public static let previewWidth = 120

  /// The header row.
  public let header: Rect
  /// The tab bar row.
  public let tabs: Rect
  /// The pane's frame.
  public let frame: Rect
  /// Inside the frame.
  public let content: Rect
  /// The status line (breadcrumbs, prompt, messages).
  public let status: Rect
  /// The hint bar row.
  public let hints: Rect
  /// Whether the terminal is below ``minimum``.
  public let isTooSmall: Bool

  /// Lays out a screen of `size`.
  public init(size: Size) {
    let all = Rect(size)
    isTooSmall = !size.contains(Self.minimum)
    var (top, rest) = all.splitTop(1)
    header = top
    (top, rest) = rest.splitTop(1)
    tabs = top
    var bottom: Rect
    (rest, bottom) = rest.splitBottom(1)
    hints = bottom
    (rest, bottom) = rest.splitBottom(1)
    status = bottom
    frame = rest
    content = rest.inset(dx: 1, dy: 1)
  }
}
