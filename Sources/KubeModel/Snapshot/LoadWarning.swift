/// Something worth telling the user about an input that did not stop the load.
public struct LoadWarning: Codable, Sendable, Hashable, CustomStringConvertible {
  /// The file concerned, when there is one.
  public var file: String?
  /// The line, when known.
  public var line: Int?
  /// What happened.
  public var message: String

  /// Creates a warning.
  public init(file: String? = nil, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, as far as known.
  public var description: String {
    switch (file, line) {
    case (let f?, let l?): "\(f):\(l): \(message)"
    case (let f?, nil): "\(f): \(message)"
    default: message
    }
  }
}
