/// Progress of opening a snapshot: a step started, or finished after some time.
public enum PreparationEvent: Sendable, Equatable {
  /// The step began.
  case started(PreparationStep)
  /// The step ended after `elapsed` of wall-clock time.
  case finished(PreparationStep, elapsed: Duration)
}
