/// A terminal in memory for tests: it replays scripted events and records every presented
/// screen (the analogue of NIO's `EmbeddedChannel`).
public final class InMemoryTerminal: Terminal {
  /// The current size; a scripted ``InputEvent/resize(_:)`` changes it.
  public private(set) var size: Size
  /// The capability it reports.
  public let capability: TerminalCapability
  /// Events still to be delivered.
  public private(set) var pendingEvents: [InputEvent]
  /// Every screen presented, oldest first (only the last one without history).
  public private(set) var presented: [Screen] = []
  /// The theme of each presented screen.
  public private(set) var presentedThemes: [Theme] = []
  /// Whether every presented screen is kept (tests) or only the last (benchmarks).
  public let keepsHistory: Bool

  /// Creates a terminal of `size` that will deliver `events` in order.
  public init(
    size: Size, events: [InputEvent] = [],
    capability: TerminalCapability = TerminalCapability(colors: 256, unicode: true),
    keepsHistory: Bool = true
  ) {
    self.size = size
    self.pendingEvents = events
    self.capability = capability
    self.keepsHistory = keepsHistory
  }

  /// Queues more events.
  public func enqueue(_ events: [InputEvent]) { pendingEvents += events }

  /// The next scripted event (nil once the script is exhausted).
  public func nextEvent(timeout: Int?) -> InputEvent? {
    guard !pendingEvents.isEmpty else { return nil }
    let event = pendingEvents.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  /// Records the screen.
  public func present(_ screen: Screen, theme: Theme) {
    if !keepsHistory && !presented.isEmpty {
      presented.removeAll(keepingCapacity: true)
      presentedThemes.removeAll(keepingCapacity: true)
    }
    presented.append(screen)
    presentedThemes.append(theme)
  }

  /// The last presented screen.
  public var lastScreen: Screen? { presented.last }
}
