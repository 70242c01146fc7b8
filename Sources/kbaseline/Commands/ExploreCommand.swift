import ArgumentParser
import Baseline
import CursesTerminal
import Explorer
import Foundation
import KubeModel
import TerminalUI

/// `kbaseline PATH…` (the default subcommand): the terminal explorer.
///
/// Everything that can fail on input (snapshot, theme, key bindings, config) is loaded before
/// curses takes the screen, so errors are one line on stderr and exit status 2.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Open the terminal explorer on a snapshot (the default command).",
    discussion: """
      Keys: ? help, 1-6 tabs, / filter, : commands (:q, :theme NAME, :ns NAME), q quit.
      Live: --live captures the cluster (--kubeconfig, --context as for snapshot) with progress \
      on stderr, then opens the explorer; r captures again.
      Themes: \(BuiltinThemes.names.joined(separator: ", ")) or a YAML file; chosen by \
      --theme, then KBASELINE_THEME, then theme: in ~/.config/kbaseline/config.yaml. \
      Key overrides: ~/.config/kbaseline/keys.yaml. NO_COLOR or --no-color: monochrome.
      Exceptions: x on a finding writes one to the exceptions file (--exceptions, default \
      \(ExceptionFile.defaultPath) in the current directory; created on the first save).
      """)

  @Argument(
    help: ArgumentHelp(
      "Snapshot files, kubectl output or manifest directories (merged); or --live.",
      valueName: "PATH"))
  var paths: [String] = []

  @Flag(name: .long, help: "Do not print load warnings on standard error.")
  var quiet = false

  @Flag(name: .long, help: "Capture the cluster now instead of reading files (r re-captures).")
  var live = false

  @Option(name: .long, help: "With --live: the kubeconfig file to use (no merging).")
  var kubeconfig: String?

  @Option(name: .long, help: "With --live: the kubeconfig context (default: current-context).")
  var context: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The exceptions file the explorer reads and writes.", valueName: "FILE"))
  var exceptions: String = ExceptionFile.defaultPath

  @Option(name: .long, help: "Theme name or YAML file.")
  var theme: String?

  @Flag(name: .long, help: "No colours (attributes only); NO_COLOR does the same.")
  var noColor = false

  @Flag(name: .long, help: "Enable the mouse (click to select, wheel to scroll).")
  var mouse = false

  @Flag(name: .long, help: "Draw with ASCII characters only.")
  var ascii = false

  func validate() throws {
    guard live != !paths.isEmpty else {
      throw ValidationError("give snapshot PATHs or --live (exactly one of them)")
    }
    guard live || (kubeconfig == nil && context == nil) else {
      throw ValidationError("--kubeconfig and --context need --live")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let location = ConfigLocation(environment: environment)
    let store: ExceptionStore
    do { store = try ExceptionStore(path: exceptions) } catch { throw CLIError("\(error)") }
    let session = live ? try LiveSession.connect(kubeconfig: kubeconfig, context: context) : nil
    defer { session?.close() }
    let snapshot = try session?.initialSnapshot() ?? InputOptions.load(paths: paths, quiet: quiet)
    let selection: ThemeSelection
    let chosenTheme: Theme
    let keymap: Keymap
    do {
      selection = try ThemeSelection.resolve(
        flag: theme, environment: environment, location: location)
    } catch {
      throw CLIError("config: \(error)")
    }
    do { chosenTheme = try selection.load() } catch {
      throw CLIError("theme (from \(selection.origin)): \(error)")
    }
    do { keymap = try Keymap.load(location: location) } catch { throw CLIError("keys: \(error)") }
    let explorerInput = ExplorerInput(snapshot: snapshot, exceptions: store.file)
    let panes = PaneRegistry.makePanes(explorerInput)
    let editor = ExceptionsEditor(store: store, input: explorerInput)
    let noColor = ThemeSelection.colorDisabled(noColorFlag: noColor, environment: environment)
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(
        options: CursesOptions(mouse: mouse, ascii: ascii, noColor: noColor))
    } catch {
      throw CLIError("\(error)")
    }
    defer { terminal.close() }
    var state = AppState(
      input: explorerInput, panes: panes, size: terminal.size, theme: chosenTheme,
      monochrome: noColor || terminal.capability.colors == 0, keymap: keymap,
      glyphs: terminal.capability.glyphs)
    state.isLive = live
    ExplorerRunLoop(terminal: terminal, exceptions: editor, live: session?.liveCapture).run(&state)
  }
}
