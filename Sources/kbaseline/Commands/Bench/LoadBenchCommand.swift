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
    if let orjson = Self.orjsonSeconds(file: file) {
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
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let objects = snapshot?.pods.count ?? 0
    print(seconds, cpu, Double(usage.ru_maxrss) / 1024, objects)
  }

  private struct Figures {
    var wall: Double
    var cpu: Double
    var rssMB: Double
    var objects: Int
  }

  private static func child(file: String, variant: String) throws -> Figures {
    let output = try run(
      CommandLine.arguments[0], ["bench", "load", file, "--variant", variant])
    let fields = output.split(separator: " ").compactMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard fields.count == 4 else {
      throw CLIError("bench load: child \(variant) failed: \(output)")
    }
    return Figures(wall: fields[0], cpu: fields[1], rssMB: fields[2], objects: Int(fields[3]))
  }

  /// Seconds orjson takes to parse the file (reading excluded), when python3 has orjson.
  private static func orjsonSeconds(file: String) -> (wall: Double, cpu: Double)? {
    let script =
      "import orjson,time,sys; d=open(sys.argv[1],'rb').read(); t=time.perf_counter(); "
      + "c=time.process_time(); orjson.loads(d); "
      + "print(time.perf_counter()-t, time.process_time()-c)"
    guard let output = try? run("/usr/bin/env", ["python3", "-c", script, file]) else {
      return nil
    }
    let fields = output.split(separator: " ").compactMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return fields.count == 2 ? (fields[0], fields[1]) : nil
  }

  private static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CLIError("\(executable) exited with status \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
