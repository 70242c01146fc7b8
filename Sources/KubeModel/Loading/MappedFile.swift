import Foundation

/// Reads a file by mapping it into memory (private, read-only), so that its pages can be
/// dropped once read (``FastJSONDecoder/releasesPagesBehind``).
enum MappedFile {
  /// The file's bytes, mapped; `nil` when the file cannot be mapped (empty, not a regular file).
  static func read(_ path: String) -> Data? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size > 0
    else { return nil }
    let size = Int(status.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    return Data(bytesNoCopy: address, count: size, deallocator: .unmap)
  }
}
