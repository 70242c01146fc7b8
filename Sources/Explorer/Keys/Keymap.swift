import TerminalUI

/// The one table of key bindings that drives dispatch, the hint bar and the `?` help.
public struct Keymap: Hashable, Sendable {
  /// The bindings, in help order.
  public private(set) var bindings: [KeyBinding]
  private var lookup: [Key: Command] = [:]

  /// Creates a keymap; later bindings of the same key lose to earlier ones (use
  /// ``applying(_:file:)`` for checked overrides).
  public init(_ bindings: [KeyBinding]) {
    self.bindings = bindings
    for binding in bindings {
      for key in binding.keys where lookup[key] == nil { lookup[key] = binding.command }
    }
  }

  /// The command bound to a key in normal mode.
  public func command(for key: Key) -> Command? { lookup[key] }

  /// The keys bound to a command.
  public func keys(for command: Command) -> [Key] {
    bindings.first { $0.command == command }?.keys ?? []
  }

  /// The hint bar: bindings marked for it that still have a key.
  public var hints: [HintBar.Hint] {
    bindings.filter { $0.inHintBar && !$0.keys.isEmpty }.map {
      HintBar.Hint(key: $0.keys[0].description, label: $0.label)
    }
  }

  /// The help, grouped by section in binding order, followed by the prompt keys.
  public var helpSections: [HelpSection] {
    var order: [String] = []
    var groups: [String: [HintBar.Hint]] = [:]
    for binding in bindings where !binding.keys.isEmpty {
      if groups[binding.group] == nil { order.append(binding.group) }
      groups[binding.group, default: []].append(
        HintBar.Hint(
          key: binding.keys.map(\.description).joined(separator: ", "), label: binding.label))
    }
    return order.map { HelpSection(title: $0, entries: groups[$0] ?? []) } + Self.promptHelp
  }

  /// Keys inside the `/` and `:` prompts and the commands of the command line.
  static let promptHelp: [HelpSection] = [
    HelpSection(
      title: "Filter (/) and command line (:)",
      entries: [
        HintBar.Hint(key: "enter", label: "apply (filter) / run (command)"),
        HintBar.Hint(key: "esc", label: "cancel"),
        HintBar.Hint(key: "left, right, home, end", label: "move in the text"),
        HintBar.Hint(key: "backspace, ctrl-u", label: "delete a character / to the start"),
      ]),
    HelpSection(
      title: "Commands",
      entries: [
        HintBar.Hint(key: ":q", label: "quit (:q! without asking)"),
        HintBar.Hint(
          key: ":theme NAME|FILE",
          label: "switch theme (\(BuiltinThemes.names.joined(separator: ", ")))"),
        HintBar.Hint(key: ":ns NAME", label: "show one namespace (:ns alone shows all)"),
        HintBar.Hint(key: ":1 … :6", label: "go to a tab"),
        HintBar.Hint(
          key: ":status NAME",
          label: "Exceptions tab: only active, expiring, expired, stale or invalid (all: every one)"
        ),
        HintBar.Hint(key: ":excepted hide|show", label: "hide or show excepted findings"),
        HintBar.Hint(key: ":reload", label: "read the exceptions file again from disk"),
        HintBar.Hint(key: ":who VERB RESOURCE", label: "RBAC: who can (-n NS: in a namespace)"),
        HintBar.Hint(key: ":can SUBJECT", label: "RBAC: rights of user:U, group:G, sa:NS/NAME"),
      ]),
  ]

  /// The default bindings.
  public static let standard = Keymap([
    KeyBinding(.help, [.character("?")], "help", group: "General", hint: true),
    KeyBinding(.quit, [.character("q")], "quit", group: "General", hint: true),
    KeyBinding(.forceQuit, [.control("c")], "quit now", group: "General"),
    KeyBinding(.commandLine, [.character(":")], "command", group: "General", hint: true),
    KeyBinding(.nextPane, [.tab], "next tab", group: "Tabs", hint: true),
    KeyBinding(.previousPane, [.backTab], "previous tab", group: "Tabs"),
    KeyBinding(.pane1, [.character("1")], "Overview", group: "Tabs"),
    KeyBinding(.pane2, [.character("2")], "Admins", group: "Tabs"),
    KeyBinding(.pane3, [.character("3")], "RBAC", group: "Tabs"),
    KeyBinding(.pane4, [.character("4")], "Network", group: "Tabs"),
    KeyBinding(.pane5, [.character("5")], "Workloads", group: "Tabs"),
    KeyBinding(.pane6, [.character("6")], "Exceptions", group: "Tabs"),
    KeyBinding(.moveDown, [.down, .character("j")], "down", group: "Move"),
    KeyBinding(.moveUp, [.up, .character("k")], "up", group: "Move"),
    KeyBinding(.moveLeft, [.left, .character("h")], "collapse / back", group: "Move"),
    KeyBinding(.moveRight, [.right, .character("l")], "expand / open", group: "Move"),
    KeyBinding(.pageDown, [.pageDown, .control("f")], "page down", group: "Move"),
    KeyBinding(.pageUp, [.pageUp, .control("b")], "page up", group: "Move"),
    KeyBinding(.halfPageDown, [.control("d")], "half page down", group: "Move"),
    KeyBinding(.halfPageUp, [.control("u")], "half page up", group: "Move"),
    KeyBinding(.top, [.character("g"), .home], "first row", group: "Move"),
    KeyBinding(.bottom, [.character("G"), .end], "last row", group: "Move"),
    KeyBinding(.open, [.enter], "open", group: "Navigate", hint: true),
    KeyBinding(.back, [.escape], "back", group: "Navigate", hint: true),
    KeyBinding(.filter, [.character("/")], "filter", group: "Search", hint: true),
    KeyBinding(.nextMatch, [.character("n")], "next match", group: "Search", hint: true),
    KeyBinding(.previousMatch, [.character("N")], "previous match", group: "Search"),
    KeyBinding(.sortNext, [.character("s")], "sort by next column", group: "Search", hint: true),
    KeyBinding(.sortReverse, [.character("S")], "reverse sort", group: "Search"),
    KeyBinding(
      .markException, [.character("x")], "mark an exception on the finding", group: "Exceptions"),
    KeyBinding(
      .toggleExcepted, [.character("X")], "hide / show excepted findings", group: "Exceptions"),
    KeyBinding(
      .editException, [.character("e")], "edit the exception (Exceptions tab)",
      group: "Exceptions"),
    KeyBinding(
      .deleteException, [.character("d")], "delete the exception (Exceptions tab)",
      group: "Exceptions"),
    KeyBinding(.switchDirection, [.character("t")], "switch direction", group: "RBAC", hint: true),
    KeyBinding(.graphView, [.character("v")], "graph view", group: "RBAC", hint: true),
    KeyBinding(.toggleFold, [.character("z")], "fold / unfold system namespaces", group: "Search"),
    KeyBinding(.recapture, [.character("r")], "capture the cluster again (--live)", group: "Live"),
  ])
}
