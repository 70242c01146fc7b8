/// The `:` commands of the Workloads tab: other views of the same findings.
enum WorkloadsCommands {
  /// `:namespaces`.
  static let namespaces = PaneCommand(
    "namespaces", summary: "enforce labels vs what workloads meet")
  /// `:rule [ID]`.
  static let rule = PaneCommand(
    "rule", aliases: ["rules"], argument: "[ID]",
    summary: "a rule's findings; alone: the rules")
  /// `:severity [LEVEL]`.
  static let severity = PaneCommand(
    "severity", aliases: ["sev"], argument: "[LEVEL]",
    summary: "a severity's findings; alone: counts")
  /// `:secrets`.
  static let secrets = PaneCommand(
    "secrets", aliases: ["logging", "cluster"],
    summary: "secrets and logging findings")

  /// All of them, in help order.
  static let all = [namespaces, rule, severity, secrets]
}
