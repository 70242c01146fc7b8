import ArgumentParser
import Explorer
import Foundation
import KubeModel
import TerminalUI

/// `kbaseline bench measure FILE`: loads one snapshot the way the explorer does, times every
/// step, then times keypresses through the in-memory terminal; prints ``ScaleFigures`` as JSON.
///
/// `bench scale` runs it once per size in a fresh process, so each peak RSS is its own.
struct MeasureBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: "Load, analyse and drive the explorer on one snapshot; print figures as JSON.")

  @Argument(help: "The snapshot file.")
  var file: String

  @Option(help: "Keypresses timed per scenario.")
  var keys = 200

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let snapshot: Snapshot
    do { snapshot = try SnapshotLoader().load(paths: [file]) } catch {
      throw CLIError("\(error)")
    }
    let loaded = clock.now
    let loadedRSS = ProcessUsage.currentRSSMiB
    let steps = StepTimes()
    let input = ExplorerInput(snapshot: snapshot, progress: steps.record)
    let panes = steps.time(.views) { PaneRegistry.makePanes(input) }
    let terminal = InMemoryTerminal(size: Size(width: 120, height: 40), keepsHistory: false)
    var state = AppState(input: input, panes: panes, size: terminal.size)
    terminal.present(render(state), theme: state.theme)
    let firstFrame = clock.now
    let latencies = KeyScenarios(count: keys).run(&state, on: terminal)
    let figures = ScaleFigures(
      bytes: (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0,
      pods: snapshot.pods.count, namespaces: snapshot.namespaces.count,
      loadSeconds: Self.seconds(loaded - start), stepSeconds: steps.seconds,
      firstFrameSeconds: Self.seconds(firstFrame - start), peakRSSMiB: ProcessUsage.peakRSSMiB,
      loadedRSSMiB: loadedRSS,
      keys: latencies)
    print(try CLIOutput.json(figures), terminator: "")
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
