import Foundation

extension FastJSONDecoding {
  /// Decodes every element of the array being decoded with `body`, list items on several
  /// threads when the document deferred them; results keep the array's order.
  ///
  /// - Complexity: O(*n*) in the array's size, divided among ``FastJSONDocument/threads``.
  func decodeElements<T: Sendable>(_ body: @escaping @Sendable (any Decoder) throws -> T)
    throws -> [T]
  {
    let array = try document.resolve(current)
    try expect(.array, at: array, as: [Any].self)
    var elements: [Int] = []
    var entry = array + 1
    for _ in 0..<document.tape[array].count {
      elements.append(entry)
      entry = Int(document.tape[entry].next)
    }
    let deferred = elements.allSatisfy {
      let kind = document.tape[$0].kind
      return kind == .deferredObject || kind == .deferredArray
    }
    guard deferred, !elements.isEmpty else {
      return try elements.enumerated().map { index, element in
        try body(
          FastJSONDecoding(document: document, current: element, steps: steps + [.element(index)]))
      }
    }
    let ranges = elements.map {
      let entry = document.tape[$0]
      return FastJSONRange(start: entry.start, end: entry.end, depth: Int(entry.count))
    }
    let decoded = try FastJSONParallelItems.decode(
      ranges, base: FastJSONBytes(base: document.base, count: document.count),
      threads: document.threads, pageRelease: document.pageRelease, body: body)
    for element in elements { document.markValidated(element) }
    return decoded
  }
}
