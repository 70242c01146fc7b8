import Baseline
import KubeModel
import TerminalUI

/// The whole state of the explorer: the panes with their navigation stacks, the active tab, the
/// input mode, the terminal size, the theme and the keymap.
///
/// Changed only by ``reduce(_:_:)``.
public struct AppState: Sendable {
  /// The panes in tab order.
  public var panes: [PaneState]
  /// The active tab.
  public var active: PaneID = .overview
  /// Where keys go.
  public var mode: Mode = .normal
  /// The terminal size.
  public var size: Size
  /// Frame and marker characters (ASCII when the terminal is not UTF-8).
  public var glyphs: Glyphs
  /// The theme the terminal paints with.
  public var theme: Theme
  /// Whether colour is off (NO_COLOR, `--no-color`, no colours): `:theme` is refused.
  public var monochrome: Bool
  /// The key bindings.
  public var keymap: Keymap
  /// The header's left and right text.
  public var header: (left: String, right: String)
  /// The `:ns` namespace filter.
  public var namespace: String?
  /// The namespaces of the snapshot, for `:ns` validation.
  public var namespaces: Set<String>
  /// The status-line message.
  public var message: StatusMessage?
  /// Whether there are changes that quitting would lose (exceptions not yet saved).
  public var hasUnsavedChanges = false
  /// Set once quitting has been decided.
  public var isQuitting = false
  /// Whether the snapshot comes from a live capture (`--live`), so `r` can capture again.
  public var isLive = false
  /// Whether a re-capture is running.
  public var isCapturing = false
  /// The analysed input the panes were built from (its exceptions are the file as saved).
  public internal(set) var input: ExplorerInput
  /// Whether rows of excepted findings are hidden in every table (`X`, `:excepted hide|show`).
  public var hidesExcepted = false
  /// The Exceptions tab shows only exceptions of this status (`:status NAME`); nil: all.
  public var exceptionStatus: ExceptionStatus?
  /// The exception being written: open in the form, or kept after a refused save.
  public var exceptionForm: ExceptionForm?

  /// Creates the state for an analysed input and its panes.
  ///
  /// - Complexity: O(*n*) in the rows of the root views.
  public init(
    input: ExplorerInput, panes: [any Pane], size: Size, theme: Theme = BuiltinThemes.defaultTheme,
    monochrome: Bool = false, keymap: Keymap = .standard, glyphs: Glyphs = .unicode
  ) {
    self.panes = panes.map { PaneState(pane: $0, namespace: nil) }
    self.input = input
    self.size = size
    self.theme = monochrome ? BuiltinThemes.mono : theme
    self.monochrome = monochrome
    self.keymap = keymap
    self.glyphs = glyphs
    namespaces = Set(input.snapshot.namespaces.map(\.name))
    header = Self.header(input.inventory)
  }

  /// The state of the active tab.
  public var activePane: PaneState {
    get { panes.first { $0.pane.id == active } ?? panes[0] }
    set {
      if let i = panes.firstIndex(where: { $0.pane.id == active }) { panes[i] = newValue }
    }
  }

  /// The table row roles hidden in every table.
  public var hiddenRoles: Set<StyleRole> { hidesExcepted ? [.statusExcepted] : [] }

  /// The breadcrumbs of the active tab.
  public var crumbs: [String] { activePane.stack.map(\.view.title) }

  /// `2026-11-20T10:00:00Z` as `2026-11-20 10:00Z`; other text unchanged.
  static func shortTime(_ rfc3339: String) -> String {
    let parts = rfc3339.split(separator: "T")
    guard parts.count == 2, parts[1].count >= 5 else { return rfc3339 }
    return "\(parts[0]) \(parts[1].prefix(5))\(rfc3339.hasSuffix("Z") ? "Z" : "")"
  }

  private static func header(_ inventory: Inventory) -> (String, String) {
    let name =
      inventory.cluster
      ?? inventory.sources.map { ($0 as String).split(separator: "/").last.map(String.init) ?? $0 }
      .joined(separator: ", ")
    let left = "kbaseline  \(name)"
    var right: [String] = []
    if let at = inventory.capturedAt { right.append(Self.shortTime(at)) }
    right.append("\(inventory.totalObjects) objects")
    let gaps = inventory.gaps.count
    if gaps > 0 { right.append("\(gaps) incomplete list\(gaps == 1 ? "" : "s")") }
    return (left, right.joined(separator: " | "))
  }
}
