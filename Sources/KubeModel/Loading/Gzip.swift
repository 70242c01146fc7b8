import CZlib
import Foundation

/// gzip compression and decompression through the system zlib.
public enum Gzip {
  /// Whether data starts with the gzip magic bytes.
  public static func isCompressed(_ data: Data) -> Bool {
    data.count >= 2 && data[data.startIndex] == 0x1f && data[data.startIndex + 1] == 0x8b
  }

  /// Inflates gzip data (concatenated members included).
  ///
  /// - Complexity: O(*n*) in the output size.
  public static func decompress(_ data: Data) throws -> Data {
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw GzipError(message: "cannot initialise zlib") }
    defer { inflateEnd(&stream) }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var input = [UInt8](data)
    let inputCount = input.count
    var status: Int32 = Z_OK
    try input.withUnsafeMutableBufferPointer { inPtr in
      stream.next_in = inPtr.baseAddress
      stream.avail_in = uInt(inputCount)
      repeat {
        let produced: Int = buffer.withUnsafeMutableBufferPointer { outPtr in
          stream.next_out = outPtr.baseAddress
          stream.avail_out = uInt(outPtr.count)
          status = inflate(&stream, Z_NO_FLUSH)
          return outPtr.count - Int(stream.avail_out)
        }
        output.append(contentsOf: buffer[0..<produced])
        if status == Z_STREAM_END && stream.avail_in > 0 {
          status = inflateReset(&stream)
        }
      } while status == Z_OK
      guard status == Z_STREAM_END else {
        throw GzipError(
          message: status == Z_BUF_ERROR ? "truncated gzip data" : "corrupt gzip data")
      }
    }
    return output
  }

  /// Compresses data in gzip format.
  ///
  /// - Complexity: O(*n*) in the input size.
  public static func compress(_ data: Data, level: Int32 = 6) throws -> Data {
    var stream = z_stream()
    guard
      deflateInit2_(
        &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
        Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw GzipError(message: "cannot initialise zlib") }
    defer { deflateEnd(&stream) }
    var input = [UInt8](data)
    let inputCount = input.count
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inPtr in
      stream.next_in = inPtr.baseAddress
      stream.avail_in = uInt(inputCount)
      repeat {
        let produced: Int = buffer.withUnsafeMutableBufferPointer { outPtr in
          stream.next_out = outPtr.baseAddress
          stream.avail_out = uInt(outPtr.count)
          status = deflate(&stream, Z_FINISH)
          return outPtr.count - Int(stream.avail_out)
        }
        output.append(contentsOf: buffer[0..<produced])
      } while status == Z_OK
    }
    guard status == Z_STREAM_END else { throw GzipError(message: "gzip compression failed") }
    return output
  }
}

/// A gzip stream that could not be read or written.
public struct GzipError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// The message.
  public var description: String { message }
}
