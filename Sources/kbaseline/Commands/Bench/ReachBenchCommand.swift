import ArgumentParser
import Foundation
import KubeModel
import Reachability
import SyntheticCluster

/// `kbaseline bench reach`: reachability on generated clusters (matrix + connlist).
struct ReachBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reach",
    abstract: "Time the reachability engine on generated NetworkPolicy clusters.")

  @Option(
    name: .long,
    help: "Comma-separated shapes NAMESPACESxDEPLOYMENTS (default 50x10,1000x10).")
  var shapes: String = "50x10,1000x10"

  @Option(name: .long, help: "Seed of the generator.")
  var seed: UInt64 = 42

  @Option(name: .long, help: "Write each generated cluster's connlist to DIR/<shape>.txt.")
  var connlistDir: String?

  func run() async throws {
    var rows: [[String]] = []
    for text in shapes.split(separator: ",") {
      let parts = text.split(separator: "x").compactMap { Int($0) }
      guard parts.count == 2 else {
        throw CLIError("bad shape \(text): use NAMESPACESxDEPLOYMENTS")
      }
      let shape = NetworkClusterShape(
        namespaces: parts[0], deploymentsPerNamespace: parts[1], seed: seed)
      rows.append(try measure(shape, name: String(text)))
    }
    let header = [
      "shape", "workloads", "policies", "classes", "generate", "snapshot", "compile", "matrix",
      "connlist", "lines", "analysis", "cpu", "workloads/s", "findings", "count",
    ]
    CLIOutput.write(Self.table([header] + rows))
  }

  private func measure(_ shape: NetworkClusterShape, name: String) throws -> [String] {
    let clock = ContinuousClock()
    var objects: [KubeObject] = []
    let generate = clock.measure { objects = shape.objects() }
    var snapshot: Snapshot?
    let build = clock.measure { snapshot = Snapshot(objects: objects) }
    var analysis: ReachabilityAnalysis?
    let cpuStart = Self.cpuSeconds()
    let compile = clock.measure { analysis = ReachabilityAnalysis(snapshot: snapshot!) }
    var cells = 0
    var computed: NamespaceMatrix?
    let matrix = clock.measure {
      computed = analysis!.matrix()
      cells = computed!.allowedCells.count
    }
    var text = ""
    let connlist = clock.measure { text = analysis!.connlist() }
    let cpu = Self.cpuSeconds() - cpuStart
    var findingCount = 0
    let findings = clock.measure { findingCount = analysis!.findings(matrix: computed).count }
    if let dir = connlistDir {
      try text.write(toFile: "\(dir)/\(name).txt", atomically: true, encoding: .utf8)
    }
    _ = cells
    let total = compile + matrix + connlist
    let lines = text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
    return [
      name, "\(shape.workloads)", "\(shape.policies)", "\(analysis!.model.classes.count)",
      Self.seconds(generate), Self.seconds(build), Self.seconds(compile), Self.seconds(matrix),
      Self.seconds(connlist), "\(lines)", Self.seconds(total), String(format: "%.3fs", cpu),
      String(Int(Double(shape.workloads) / Self.value(total))), Self.seconds(findings),
      "\(findingCount)",
    ]
  }

  /// CPU time of the process so far (on a shared machine, wall time overstates the work).
  private static func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  private static func value(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  private static func seconds(_ duration: Duration) -> String {
    String(format: "%.3fs", value(duration))
  }

  private static func table(_ rows: [[String]]) -> String {
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { $1.padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }
        .joined().trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n") + "\n"
  }
}
