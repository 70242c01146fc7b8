import Foundation

/// Runs async work to completion from synchronous code (the explorer command runs on the main
/// thread and must finish the capture before curses starts).
enum BlockingTask {
  /// Runs `work` in a task and blocks the calling thread until it returns or throws.
  static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () async throws(E) -> T)
    throws(E) -> T
  {
    let box = ResultBox<T, E>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      do throws(E) {
        box.result = .success(try await work())
      } catch {
        box.result = .failure(error)
      }
      done.signal()
    }
    done.wait()
    return try box.result!.get()
  }
}

/// The result handed from the task to the waiting thread (the semaphore orders the accesses).
private final class ResultBox<T: Sendable, E: Error>: @unchecked Sendable {
  var result: Result<T, E>?
}
