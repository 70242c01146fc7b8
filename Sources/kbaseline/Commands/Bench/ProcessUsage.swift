import Foundation

/// The CPU time and memory this process has used, for benchmark figures.
enum ProcessUsage {
  /// User plus system CPU seconds so far.
  static var cpuSeconds: Double {
    let usage = resourceUsage()
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// The peak resident set size so far, in MiB (Linux reports kilobytes).
  static var peakRSSMiB: Double { Double(resourceUsage().ru_maxrss) / 1024 }

  /// The resident set size now, in MiB (Linux `/proc/self/statm`, 4 KiB pages; 0 elsewhere).
  static var currentRSSMiB: Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
      let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return 0 }
    return pages * 4096 / 1_048_576
  }

  private static func resourceUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
  }
}
