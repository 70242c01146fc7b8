/// A new input and the panes rebuilt from it, after the exceptions file changed.
///
/// Built by the run loop (statuses re-resolved with ``ExplorerInput/withExceptions(_:)``, panes
/// with the pane factory; no engine runs again); the reducer swaps it in and keeps each tab's
/// navigation as far as the new views allow. Two updates are equal when they are the same
/// generation.
public struct ExplorerUpdate: Hashable, Sendable {
  /// The input with the new statuses.
  public let input: ExplorerInput
  /// The panes built from it, in tab order.
  public let panes: [any Pane]
  /// Increases with every update of one run.
  public let generation: Int

  /// Creates an update.
  public init(input: ExplorerInput, panes: [any Pane], generation: Int) {
    self.input = input
    self.panes = panes
    self.generation = generation
  }

  /// Same generation.
  public static func == (a: ExplorerUpdate, b: ExplorerUpdate) -> Bool {
    a.generation == b.generation
  }

  /// Hashes the generation.
  public func hash(into hasher: inout Hasher) { hasher.combine(generation) }
}
