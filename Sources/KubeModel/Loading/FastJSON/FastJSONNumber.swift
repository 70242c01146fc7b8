/// Number conversions of the fast JSON reader, on bytes already validated as JSON numbers.
enum FastJSONNumber {
  /// The integer written in plain integer syntax, or `nil` when it does not fit `T`.
  static func integer<T: FixedWidthInteger>(
    _ type: T.Type, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int
  ) -> T? {
    var p = start
    let negative = base[p] == UInt8(ascii: "-")
    if negative { p += 1 }
    var value: T = 0
    while p < end {
      let digit = T(base[p] &- UInt8(ascii: "0"))
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (next, overflow2) =
        negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !overflow1 && !overflow2 else { return nil }
      value = next
      p += 1
    }
    return value
  }

  /// The double written, or `nil` when it overflows or underflows (Foundation refuses those).
  static func double(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
    let text = String(
      decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    guard let value = Double(text), value.isFinite else { return nil }
    if value == 0 || value.magnitude < Double.leastNormalMagnitude {
      // Zero is fine only when every digit of the mantissa is zero.
      var p = start
      while p < end && (base[p] | 0x20) != UInt8(ascii: "e") {
        if base[p] >= UInt8(ascii: "1") && base[p] <= UInt8(ascii: "9") { return nil }
        p += 1
      }
    }
    return value
  }
}
