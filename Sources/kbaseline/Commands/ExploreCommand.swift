import ArgumentParser
import Baseline
import CursesTerminal
import Explorer
import Foundation
import KubeModel
import TerminalUI

/// `kbaseline PATH…` (the default subcommand): the terminal explorer.
///
/// Everything that can fail cheaply (exceptions file, theme, key bindings, config, missing
/// paths) is checked before curses takes the screen, so errors are one line on stderr and exit
/// status 2. Small inputs are loaded and analysed before curses starts too; large ones
/// (``loadingScreenBytes``) behind a loading screen, and a load error is then printed the same
/// way once the terminal is restored.
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

  /// Inputs at least this large (in bytes on disk) open behind the loading screen; smaller ones
  /// load before curses starts, as quickly as the screen would appear.
  static let loadingScreenBytes: Int64 = 16_000_000

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let store: ExceptionStore
    do { store = try ExceptionStore(path: exceptions) } catch { throw CLIError("\(error)") }
    let (chosenTheme, keymap) = try settings(environment)
    let noColor = ThemeSelection.colorDisabled(noColorFlag: noColor, environment: environment)
    let session = live ? try LiveSession.connect(kubeconfig: kubeconfig, context: context) : nil
    defer { session?.close() }
    let inputs = live ? [] : try LoadingInput.measure(paths)
    guard live || inputs.reduce(0, { $0 + $1.bytes }) < Self.loadingScreenBytes else {
      return try exploreBehindLoadingScreen(
        inputs, store: store, theme: chosenTheme, keymap: keymap, noColor: noColor)
    }
    let snapshot = try session?.initialSnapshot() ?? InputOptions.load(paths: paths, quiet: quiet)
    let input = ExplorerInput(snapshot: snapshot, exceptions: store.file)
    let prepared = PreparedExplorer(input: input, panes: PaneRegistry.makePanes(input))
    let terminal = try openTerminal(noColor: noColor)
    defer { terminal.close() }
    explore(
      prepared, on: terminal, store: store, theme: chosenTheme, keymap: keymap, noColor: noColor,
      live: session?.liveCapture)
  }

  /// Opens the explorer behind the loading screen.
  ///
  /// Takes the terminal, shows the loading screen while the snapshot loads and is analysed on
  /// another thread, then runs the explorer. Cancelling returns quietly; a load error is thrown
  /// once the terminal is restored; load warnings are printed after the explorer ends.
  private func exploreBehindLoadingScreen(
    _ inputs: [LoadingInput], store: ExceptionStore, theme: Theme, keymap: Keymap, noColor: Bool
  ) throws {
    let warnings: [LoadWarning]
    do {
      let terminal = try openTerminal(noColor: noColor)
      defer { terminal.close() }
      let job = PreparationJob(
        load: { [paths] in try SnapshotLoader().load(paths: paths) }, exceptions: store.file)
      let monochrome = noColor || terminal.capability.colors == 0
      let loading = LoadingLoop(terminal: terminal, theme: monochrome ? BuiltinThemes.mono : theme)
      guard let outcome = loading.run(job, inputs: inputs) else { return }
      let prepared = try outcome.get()
      warnings = prepared.input.snapshot.warnings
      explore(
        prepared, on: terminal, store: store, theme: theme, keymap: keymap, noColor: noColor,
        live: nil)
    }
    if !quiet {
      for warning in warnings { CLIOutput.warn("warning: \(warning)") }
    }
  }

  /// The theme and key bindings (from flags, environment and config files).
  private func settings(_ environment: [String: String]) throws -> (Theme, Keymap) {
    let location = ConfigLocation(environment: environment)
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
    return (chosenTheme, keymap)
  }

  private func openTerminal(noColor: Bool) throws -> CursesTerminal {
    do {
      return try CursesTerminal(
        options: CursesOptions(mouse: mouse, ascii: ascii, noColor: noColor))
    } catch {
      throw CLIError("\(error)")
    }
  }

  /// Runs the explorer on a prepared input until the user quits.
  private func explore(
    _ prepared: PreparedExplorer, on terminal: CursesTerminal, store: ExceptionStore,
    theme: Theme, keymap: Keymap, noColor: Bool, live capture: LiveCapture?
  ) {
    let editor = ExceptionsEditor(store: store, input: prepared.input)
    var state = AppState(
      input: prepared.input, panes: prepared.panes, size: terminal.size, theme: theme,
      monochrome: noColor || terminal.capability.colors == 0, keymap: keymap,
      glyphs: terminal.capability.glyphs)
    state.isLive = live
    ExplorerRunLoop(terminal: terminal, exceptions: editor, live: capture).run(&state)
  }
}
