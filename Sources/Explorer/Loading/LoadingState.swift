/// What the loading screen shows: the inputs, each preparation step's status and the time
/// since loading began.
///
/// Times are offsets from the start of loading, so rendering stays pure: the run loop sets
/// ``elapsed`` before each frame.
public struct LoadingState: Hashable, Sendable {
  /// The paths being opened, in command-line order.
  public var inputs: [LoadingInput]
  /// Time since loading began.
  public var elapsed: Duration = .zero
  private var statuses: [PreparationStep: LoadingStepStatus] = [:]

  /// A state with every step pending.
  public init(inputs: [LoadingInput]) { self.inputs = inputs }

  /// The status of `step` (pending until an event says otherwise).
  public func status(of step: PreparationStep) -> LoadingStepStatus {
    statuses[step] ?? .pending
  }

  /// The total size of the inputs in bytes.
  ///
  /// - Complexity: O(*n*) in the number of inputs.
  public var totalBytes: Int64 { inputs.reduce(0) { $0 + $1.bytes } }

  /// The steps running now, in step order.
  ///
  /// - Complexity: O(*s*) in the number of steps.
  public var runningSteps: [PreparationStep] {
    PreparationStep.allCases.filter {
      if case .running = status(of: $0) { return true }
      return false
    }
  }

  /// Records a progress event that happened `offset` after loading began.
  public mutating func apply(_ event: PreparationEvent, at offset: Duration) {
    switch event {
    case .started(let step):
      if case .done = status(of: step) { return }
      statuses[step] = .running(since: offset)
    case .finished(let step, let elapsed):
      statuses[step] = .done(elapsed)
    }
  }

  /// How long `step` has run (its duration once done; nil while pending).
  public func duration(of step: PreparationStep) -> Duration? {
    switch status(of: step) {
    case .pending: nil
    case .running(let since): max(.zero, elapsed - since)
    case .done(let duration): duration
    }
  }
}
