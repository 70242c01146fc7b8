import Foundation
import KubeModel
import LiveCluster

/// The stderr progress display of `kbaseline snapshot`: one line per finished list (pages,
/// items, status), a live status line on a terminal, and a summary of gaps at the end.
final class SnapshotProgress: @unchecked Sendable {
  private let interactive: Bool
  private let lock = NSLock()
  private var planned = 0
  private var finished = 0
  private var liveLine = ""

  /// Creates a display; `interactive` enables the self-overwriting status line.
  init(interactive: Bool) { self.interactive = interactive }

  /// Handles one capture event (called from any task).
  func handle(_ event: CaptureEvent) {
    lock.lock()
    defer { lock.unlock() }
    switch event {
    case .discovering(let server): emit("Capturing \(server)")
    case .discovered(let format, let count): emit("Discovery: \(format), \(count) group-versions")
    case .identified(let username, let groups):
      emit("Identity: \(username)\(groups.isEmpty ? "" : " (\(groups.joined(separator: ", ")))")")
    case .planned(let targets, let notServed):
      planned = targets.count
      if !notServed.isEmpty { emit("Not served (skipped): \(notServed.joined(separator: ", "))") }
    case .listStarted: break
    case .pageFetched(let target, let namespace, let page, _, let total, let remaining):
      let scope = namespace.map { " in \($0)" } ?? ""
      let rest = remaining.map { ", \($0) more" } ?? ""
      status("[\(finished)/\(planned)] \(target)\(scope): page \(page), \(total) items\(rest)")
    case .retrying(let target, let notice):
      emit(
        "  retry \(notice.attempt) of \(target.map(\.description) ?? notice.path) in \(notice.delaySeconds) s (\(notice.reason))"
      )
    case .fallingBack(let target, let namespaces):
      emit("  \(target): forbidden cluster-wide, trying \(namespaces) namespace(s) one by one")
    case .listFinished(let target, let record):
      finished += 1
      emit(Self.line(for: record, name: target.description))
    case .finished: break
    }
  }

  /// Removes the live status line.
  func clearLine() {
    lock.lock()
    defer { lock.unlock() }
    if interactive && !liveLine.isEmpty { write("\r\u{1B}[K") }
    liveLine = ""
  }

  /// Prints the totals and every gap.
  func summary(_ cluster: CapturedCluster, path: String) {
    clearLine()
    let items = cluster.lists.reduce(0) { $0 + $1.items.count }
    var lines = ["Wrote \(path): \(cluster.lists.count) lists, \(items) objects"]
    let gaps = cluster.gaps
    if gaps.isEmpty {
      lines.append("No gaps: every served list is complete.")
    } else {
      lines.append("Gaps (\(gaps.count)): analyses relying on these lists may miss objects:")
      for gap in gaps {
        var text = "  \(gap.qualifiedResource): \(gap.status.rawValue)"
        if let message = gap.message { text += " — \(message)" }
        if let fallback = gap.fallback?.perNamespace {
          let complete = fallback.values.filter { $0 == .complete }.count
          text += " (per-namespace fallback: \(complete)/\(fallback.count) namespaces complete)"
        }
        lines.append(text)
      }
    }
    CLIOutput.warn(lines.joined(separator: "\n"))
  }

  static func line(for record: ListRecord, name: String) -> String {
    let pages = record.pages.map { "\($0) page\($0 == 1 ? "" : "s")" } ?? "-"
    let items = "\(record.itemCount ?? 0) items"
    return "  " + pad(record.status.rawValue, 13) + pad(pages, 10) + pad(items, 13) + name
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private func emit(_ line: String) {
    if interactive && !liveLine.isEmpty { write("\r\u{1B}[K") }
    write(line + "\n")
    if interactive && !liveLine.isEmpty { write(liveLine) }
  }

  private func status(_ line: String) {
    guard interactive else { return }
    liveLine = String(line.prefix(120))
    write("\r\u{1B}[K" + liveLine)
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
