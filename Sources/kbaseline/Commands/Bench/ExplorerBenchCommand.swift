import ArgumentParser
import Explorer
import Foundation
import KubeModel
import TerminalUI

/// `kbaseline bench explorer`: how fast the explorer builds its view models, renders and
/// reacts to keys on a large generated cluster (no terminal involved).
struct ExplorerBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explorer",
    abstract: "Explorer view-model, render and key latency on a generated cluster.")

  @Option(help: "Namespaces to generate.")
  var namespaces = 5_000

  @Option(help: "Pods (bare, one workload each) per namespace.")
  var podsPerNamespace = 10

  func run() throws {
    var figures: [(String, String)] = []
    func time<T>(_ label: String, repeat count: Int = 1, _ body: () throws -> T) rethrows -> T {
      let clock = ContinuousClock()
      var result: T?
      let elapsed = try clock.measure { for _ in 0..<count { result = try body() } }
      let each = elapsed / count
      figures.append((label, Self.format(each) + (count > 1 ? " (mean of \(count))" : "")))
      return result!
    }
    let text = Self.clusterJSON(namespaces: namespaces, podsPerNamespace: podsPerNamespace)
    let snapshot = try time("load \(text.utf8.count / 1_000_000) MB JSON") {
      try SnapshotLoader().load(text: text, name: "generated.json")
    }
    let input = time("inventory (ExplorerInput)") { ExplorerInput(snapshot: snapshot) }
    let panes = time("view models (PaneRegistry)") { PaneRegistry.makePanes(input) }
    var state = time("app state") {
      AppState(input: input, panes: panes, size: Size(width: 120, height: 40))
    }
    _ = time("render 120×40", repeat: 200) { render(state) }
    _ = time("key j → reduce + render", repeat: 1_000) {
      _ = reduce(&state, .key(.character("j")))
      return render(state)
    }
    _ = time("key G → reduce + render", repeat: 100) {
      _ = reduce(&state, .key(.character("G")))
      _ = reduce(&state, .key(.character("g")))
      return render(state)
    }
    _ = reduce(&state, .key(.character("/")))
    _ = time("filter keystroke over all rows", repeat: 20) {
      _ = reduce(&state, .key(.character("7")))
      _ = reduce(&state, .key(.backspace))
      return render(state)
    }
    _ = reduce(&state, .key(.escape))
    _ = time("sort (s, cycling the columns)", repeat: 10) {
      _ = reduce(&state, .key(.character("s")))
      return render(state)
    }
    _ = time("enter (drill) + esc", repeat: 1_000) {
      _ = reduce(&state, .key(.enter))
      _ = reduce(&state, .key(.escape))
      return render(state)
    }
    print("explorer bench: \(namespaces) namespaces, \(namespaces * podsPerNamespace) pods")
    let width = figures.map(\.0.count).max() ?? 0
    for (label, value) in figures {
      print(label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value)
    }
  }

  private static func format(_ duration: Duration) -> String {
    let seconds =
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return seconds >= 1
      ? String(format: "%.2f s", seconds) : String(format: "%.3f ms", seconds * 1000)
  }

  /// A kubectl `List` with `namespaces` namespaces of `pods` bare pods each.
  private static func clusterJSON(namespaces: Int, podsPerNamespace pods: Int) -> String {
    var items: [String] = []
    items.reserveCapacity(namespaces * (pods + 1))
    for n in 0..<namespaces {
      let ns = "team-\(n)"
      items.append(
        #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"\#(ns)","labels":{"environment":"\#(n % 3 == 0 ? "prod" : "dev")"}}}"#
      )
      for p in 0..<pods {
        items.append(
          #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"app-\#(p)","namespace":"\#(ns)","labels":{"app":"a\#(p)"}},"spec":{"containers":[{"name":"main","image":"registry.example/app:\#(p)"}]}}"#
        )
      }
    }
    return #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}"
  }
}
