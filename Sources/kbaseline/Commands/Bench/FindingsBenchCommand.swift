import ArgumentParser
import Baseline
import Dispatch
import Hardening
import KubeModel
import SyntheticCluster

/// `kbaseline bench findings`: hardening findings on generated clusters of realistic pods.
struct FindingsBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "findings",
    abstract: "Time the baseline's findings for generated pods (default 2,000 and 150,000).")

  @Option(name: .long, parsing: .upToNextOption, help: "Pod counts to generate.")
  var pods: [Int] = [2_000, 150_000]

  @Option(name: .customLong("repeat"), help: "Repetitions per size; the best time is reported.")
  var repetitions: Int = 3

  func run() async throws {
    print(
      "pods      workloads  containers  snapshot_s  hardening_s  findings_s  findings  pods/s")
    for count in pods {
      let objects = PodClusterShape(pods: count).objects()
      let (snapshot, build) = Self.time { Snapshot(objects: objects) }
      var engineBest = Double.infinity
      var reportBest = Double.infinity
      var findings = 0
      for _ in 0..<max(1, repetitions) {
        engineBest = min(engineBest, Self.time { HardeningEngine().evaluate(snapshot) }.1)
        let (report, seconds) = Self.time { BaselineReport(snapshot: snapshot) }
        reportBest = min(reportBest, seconds)
        findings = report.findings.count
      }
      let containers = snapshot.pods.reduce(0) { $0 + $1.spec.allContainers.count }
      print(
        [
          pad(String(snapshot.pods.count), 10), pad(String(snapshot.workloads.count), 11),
          pad(String(containers), 12), pad(fmt(build), 12), pad(fmt(engineBest), 13),
          pad(fmt(reportBest), 12), pad(String(findings), 10),
          String(Int(Double(snapshot.pods.count) / reportBest)),
        ].joined())
    }
  }

  private static func time<T>(_ work: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = work()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }

  private func fmt(_ seconds: Double) -> String {
    let ms = (seconds * 10_000).rounded() / 10_000
    return String(ms)
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
