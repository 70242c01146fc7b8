import TerminalUI

/// A `:` command a pane offers while its tab is active, for example the Workloads pane's
/// `:severity high`: it opens one of the pane's precomputed views.
///
/// The explorer lists a pane's commands in the help and in the command line's hint bar, and
/// dispatches a command line whose first word is ``name`` or one of ``aliases`` to
/// ``Pane/run(_:argument:)``. The opened view replaces whatever was above the pane's root, so its
/// breadcrumbs read `Workloads > severity high`.
public struct PaneCommand: Hashable, Sendable {
  /// The word typed after `:`, for example `severity`.
  public var name: String
  /// Other words that run the same command, for example `sev`.
  public var aliases: [String]
  /// The argument as shown in the help, for example `[LEVEL]`; nil for none.
  public var argument: String?
  /// What it opens, for the help.
  public var summary: String

  /// Creates a command.
  public init(_ name: String, aliases: [String] = [], argument: String? = nil, summary: String) {
    self.name = name
    self.aliases = aliases
    self.argument = argument
    self.summary = summary
  }

  /// Whether `word` (the first word of a command line) runs this command.
  public func answers(to word: String) -> Bool { word == name || aliases.contains(word) }

  /// The command as typed: `:severity [LEVEL]`.
  public var usage: String { ":" + name + (argument.map { " " + $0 } ?? "") }

  /// The entry in the help overlay (keep ``summary`` short: help lines are not wrapped).
  public var helpEntry: HintBar.Hint { HintBar.Hint(key: usage, label: summary) }

  /// The entry in the command line's hint bar: `:severity LEVEL`, or `:namespaces` alone.
  public var hint: HintBar.Hint {
    HintBar.Hint(key: ":" + name, label: argument.map { $0.trimmingBrackets } ?? "")
  }
}

extension String {
  /// `[LEVEL]` as `LEVEL`.
  fileprivate var trimmingBrackets: String {
    hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
  }
}
