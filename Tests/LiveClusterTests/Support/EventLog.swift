import Foundation
import LiveCluster

/// A thread-safe list of capture events.
final class EventLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [CaptureEvent] = []

  func append(_ event: CaptureEvent) {
    lock.lock()
    stored.append(event)
    lock.unlock()
  }

  var events: [CaptureEvent] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
