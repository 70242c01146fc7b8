import TerminalUI

extension Reducer {
  /// A key while typing the `/` filter: the filter follows every edit (incremental); enter
  /// keeps it, esc restores the previous one.
  static func filterKey(
    _ key: Key, field: inout TextField, previous: String, _ state: inout AppState
  )
    -> [Effect]
  {
    switch key {
    case .enter:
      state.mode = .normal
      if !field.text.isEmpty, state.activePane.top.selectedID == nil,
        case .table = state.activePane.top.view.body
      {
        state.message = StatusMessage("no rows match \"\(field.text)\"", role: .warning)
      }
    case .escape:
      state.activePane.top.setFilter(previous)
      state.mode = .normal
    default:
      guard field.handle(key) else { return [] }
      state.activePane.top.setFilter(field.text)
      state.mode = .filter(field, previous: previous)
      followCursors(&state)
    }
    return []
  }

  /// A key while typing a `:` command.
  static func commandKey(_ key: Key, field: inout TextField, _ state: inout AppState) -> [Effect] {
    switch key {
    case .enter:
      state.mode = .normal
      return execute(field.text, &state)
    case .escape:
      state.mode = .normal
    case .backspace where field.text.isEmpty:
      state.mode = .normal
    default:
      _ = field.handle(key)
      state.mode = .command(field)
    }
    return []
  }

  /// A key while the help is open: scroll, or close with esc, `?` or `q`.
  static func helpKey(_ key: Key, offset: Int, _ state: inout AppState) -> [Effect] {
    let lines = HelpOverlay.lines(state.helpSections).count
    let frame = HelpOverlay.frame(in: Rect(state.size))
    let page = max(1, frame.height - 2)
    let limit = max(0, lines - page)
    var next = offset
    switch key {
    case .escape, .character("?"), .character("q"), .enter:
      state.mode = .normal
      return []
    case .down, .character("j"): next += 1
    case .up, .character("k"): next -= 1
    case .pageDown, .control("d"), .character(" "): next += page
    case .pageUp, .control("u"): next -= page
    case .home, .character("g"): next = 0
    case .end, .character("G"): next = limit
    default: break
    }
    state.mode = .help(offset: max(0, min(limit, next)))
    return []
  }

  /// Runs a command line (`q`, `q!`, `theme NAME`, `ns NAME`, `ns`, `1`…`6`, `help`,
  /// `status NAME`, `excepted hide|show`, `reload`, `who VERB RESOURCE [-n NS]`, `can SUBJECT`,
  /// and the active pane's commands).
  static func execute(_ line: String, _ state: inout AppState) -> [Effect] {
    let words = line.split(separator: " ").map(String.init)
    guard let name = words.first else { return [] }
    let argument = words.dropFirst().joined(separator: " ")
    switch name {
    case "q", "quit", "qa": return run(.quit, &state)
    case "q!", "quit!", "qa!": return quit(&state)
    case "help", "h": state.mode = .help(offset: 0)
    case "theme":
      if argument.isEmpty {
        let names = BuiltinThemes.names.joined(separator: ", ")
        state.message = StatusMessage("theme \(state.theme.name); built-in: \(names)")
      } else if state.monochrome {
        state.message = StatusMessage(
          "colours are off (NO_COLOR, --no-color or the terminal)", role: .warning)
      } else {
        return [.loadTheme(argument)]
      }
    case "who", "can": accessQuery(name, argument, &state)
    case "ns", "namespace":
      setNamespace(
        argument.isEmpty || argument == "all" || argument == "*" ? nil : argument, &state)
    case "status": showExceptions(status: argument, &state)
    case "excepted":
      switch argument {
      case "hide": setHidesExcepted(true, &state)
      case "show": setHidesExcepted(false, &state)
      case "": setHidesExcepted(!state.hidesExcepted, &state)
      default:
        state.message = StatusMessage("usage: :excepted hide|show", role: .error)
      }
    case "reload":
      state.mode = .confirm(
        ConfirmDialog(
          title: "Reload exceptions",
          message: state.hasUnsavedChanges
            ? "Reload the exceptions file from disk? Edits that could not be saved are dropped; "
              + "a draft you were writing opens again."
            : "Reload the exceptions file from disk?"),
        onYes: .editExceptions(.reload), onNo: StatusMessage("not reloaded", role: .dim))
    default:
      if let n = Int(name), let pane = PaneID(rawValue: n - 1) {
        state.active = pane
      } else if let command = paneCommand(name, state) {
        runPaneCommand(command, argument: argument, &state)
      } else {
        state.message = StatusMessage(
          "unknown command :\(name) (try :q, :theme NAME, :ns NAME, :who, :can, :status NAME, :help\(paneCommandList(state)))",
          role: .error)
      }
    }
    return []
  }

  /// Shows only `namespace` in every table (nil: all namespaces).
  static func setNamespace(_ namespace: String?, _ state: inout AppState) {
    if let namespace, !state.namespaces.contains(namespace) {
      state.message = StatusMessage("no namespace \"\(namespace)\" in this snapshot", role: .error)
      return
    }
    state.namespace = namespace
    for p in state.panes.indices {
      for v in state.panes[p].stack.indices { state.panes[p].stack[v].setNamespace(namespace) }
    }
    followCursors(&state)
    state.message = StatusMessage(
      namespace.map { "namespace \($0)" } ?? "all namespaces", role: .success)
  }
}
