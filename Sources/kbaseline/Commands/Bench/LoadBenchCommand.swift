import ArgumentParser
import Foundation
import KubeModel

/// `kbaseline bench load FILE`: snapshot load time and peak memory with Foundation's JSON
/// decoder and with the fast reader (one and two threads), next to orjson's parse time.
///
/// Each variant runs in a child process of its own, so each peak RSS is that variant's.
struct LoadBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Snapshot load time: Foundation JSONDecoder vs the fast reader vs orjson.")

  @Argument(help: "A snapshot or kubectl list JSON file.") var file: String

  @Option(help: .hidden) var variant: String?

  func run() throws {
    if let variant { return try runChild(variant) }
    let bytes = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    let megabytes = Double(bytes) / 1_000_000
    var rows: [[String]] = []
    var fastTwo: Double?
    for (variant, label) in [
      ("foundation", "Foundation JSONDecoder"), ("fast-1", "fast reader, 1 thread"),
      ("fast-2", "fast reader, 2 threads"),
    ] {
      let figures = try Self.child(file: file, variant: variant)
      if variant == "fast-2" { fastTwo = figures.wall }
      rows.append([
        label, String(format: "%.2f s", figures.wall), String(format: "%.2f s", figures.cpu),
        String(format: "%.0f MB/s", megabytes / figures.wall),
        String(format: "%.0f MB", figures.rssMB), "\(figures.objects)",
      ])
    }
    var lines = [
      String(format: "Snapshot load benchmark: %@ (%.1f MB)", file, megabytes),
      TextTable.render(
        header: ["READER", "LOAD (WALL)", "CPU", "THROUGHPUT", "PEAK RSS", "PODS"], rows: rows),
    ]
    if let orjson = ParseFloor.orjson(file) {
      lines.append(
        String(
          format: "orjson parse (floor): %.2f s wall (cpu %.2f s), %.0f MB/s", orjson.wall,
          orjson.cpu, megabytes / orjson.wall))
      if let fastTwo {
        lines.append(
          String(
            format: "fast reader (2 threads) load / orjson parse: %.2f×", fastTwo / orjson.wall)
        )
      }
    } else {
      lines.append("orjson: not available (python3 -c 'import orjson' failed)")
    }
    CLIOutput.write(lines.joined(separator: "\n") + "\n")
  }

  /// Loads the file with one reader and prints `wall cpu rssMB objects`.
  private func runChild(_ variant: String) throws {
    let reader: SnapshotJSONReader =
      switch variant {
      case "foundation": .foundation
      case "fast-1": .fast(threads: 1)
      default: .fast(threads: 2)
      }
    let clock = ContinuousClock()
    var snapshot: Snapshot?
    let elapsed = try clock.measure {
      snapshot = try SnapshotLoader(jsonReader: reader).load(path: file)
    }
    let cpu = ProcessUsage.cpuSeconds
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let objects = snapshot?.pods.count ?? 0
    print(seconds, cpu, ProcessUsage.peakRSSMiB, objects)
  }

  private struct Figures {
    var wall: Double
    var cpu: Double
    var rssMB: Double
    var objects: Int
  }

  private static func child(file: String, variant: String) throws -> Figures {
    let output = try ChildProcess.output(
      ChildProcess.kbaseline, ["bench", "load", file, "--variant", variant], quiet: true)
    let fields = output.split(separator: " ").compactMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard fields.count == 4 else {
      throw CLIError("bench load: child \(variant) failed: \(output)")
    }
    return Figures(wall: fields[0], cpu: fields[1], rssMB: fields[2], objects: Int(fields[3]))
  }
}
