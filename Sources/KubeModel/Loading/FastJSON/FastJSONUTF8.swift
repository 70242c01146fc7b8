/// Byte-level helpers of the fast JSON reader: UTF-8 validation and `\u` escapes.
enum FastJSONUTF8 {
  /// Validates the multi-byte UTF-8 sequence whose lead byte is at `start` (RFC 3629: no
  /// overlong forms, no surrogates, nothing above U+10FFFF); returns the offset after it.
  @inline(__always)
  static func validate(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int)
    throws(FastJSONError) -> Int
  {
    let lead = base[start]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: throw .syntax("invalid UTF-8", at: start)
    }
    guard start + length <= end else { throw .syntax("invalid UTF-8", at: start) }
    let second = base[start + 1]
    guard second >= low && second <= high else { throw .syntax("invalid UTF-8", at: start) }
    for offset in 2..<max(2, length) where base[start + offset] & 0xC0 != 0x80 {
      throw .syntax("invalid UTF-8", at: start)
    }
    return start + length
  }

  /// The value of a hexadecimal digit.
  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The text of a validated string body that holds escapes.
  static func unescape(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var p = start
    while p < end {
      let byte = base[p]
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        p += 1
        continue
      }
      let kind = base[p + 1]
      p += 2
      switch kind {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = hex(base, p)
        p += 4
        if scalar >= 0xD800 && scalar <= 0xDBFF {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex(base, p + 2) - 0xDC00)
          p += 6
        }
        append(scalar, to: &out)
      default: out.append(kind)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hex(_ base: UnsafePointer<UInt8>, _ start: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 << 4 | (hexValue(base[start + $1]) ?? 0) }
  }

  private static func append(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      out.append(UInt8(scalar))
    case 0x80..<0x800:
      out += [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
    case 0x800..<0x10000:
      out += [
        UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
      ]
    default:
      out += [
        UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F),
        UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
      ]
    }
  }
}
