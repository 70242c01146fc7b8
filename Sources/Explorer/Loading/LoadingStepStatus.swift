/// Where one ``PreparationStep`` stands on the loading screen.
public enum LoadingStepStatus: Hashable, Sendable {
  /// Not started yet.
  case pending
  /// Started `since` after loading began.
  case running(since: Duration)
  /// Finished after running for the given time.
  case done(Duration)
}
