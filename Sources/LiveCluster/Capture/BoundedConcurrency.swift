/// Runs async work over a collection with at most `limit` tasks at once.
enum BoundedConcurrency {
  /// The results in input order.
  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], limit: Int, _ body: @escaping @Sendable (Input) async -> Output
  ) async -> [Output] {
    await withTaskGroup(of: (Int, Output).self) { group in
      var results = [Output?](repeating: nil, count: inputs.count)
      var next = 0
      for _ in 0..<min(max(limit, 1), inputs.count) {
        let index = next
        group.addTask { (index, await body(inputs[index])) }
        next += 1
      }
      for await (index, output) in group {
        results[index] = output
        if next < inputs.count {
          let index = next
          group.addTask { (index, await body(inputs[index])) }
          next += 1
        }
      }
      return results.map { $0! }
    }
  }
}
