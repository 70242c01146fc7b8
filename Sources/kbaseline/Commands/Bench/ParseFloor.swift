import Foundation

/// The parse floor: how long python's orjson takes merely to parse a JSON file into objects
/// (reading the file excluded, no analysis), when `python3` with orjson is installed.
enum ParseFloor {
  /// The script: read the file, then time `orjson.loads` alone (wall and CPU seconds).
  static let script = """
    import orjson, sys, time
    data = open(sys.argv[1], 'rb').read()
    wall, cpu = time.perf_counter(), time.process_time()
    orjson.loads(data)
    print(time.perf_counter() - wall, time.process_time() - cpu)
    """

  /// orjson's parse time of `file`; nil when python3 or orjson is missing.
  static func orjson(_ file: String) -> (wall: Double, cpu: Double)? {
    guard
      let output = try? ChildProcess.output(
        "/usr/bin/env", ["python3", "-c", script, file], quiet: true)
    else { return nil }
    let fields = output.split(separator: " ").compactMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return fields.count == 2 ? (fields[0], fields[1]) : nil
  }
}
