import Foundation

/// A colour as a theme names it: the terminal's default, one of the 16 ANSI colours, an
/// xterm-256 index, or 24-bit RGB (downsampled to what the terminal supports).
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case `default`
  /// An xterm palette index 0–255 (0–15 are the ANSI colours).
  case indexed(Int)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)

  /// The ANSI names, in palette order (index 0–7; `bright-` adds 8).
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Parses `default`, an ANSI name (`red`, `bright-red`), `0`–`255` or `#rrggbb`.
  public init?(parsing text: String) {
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    if value == "default" || value == "-" {
      self = .default
    } else if let n = Int(value) {
      guard (0...255).contains(n) else { return nil }
      self = .indexed(n)
    } else if let i = Self.ansiNames.firstIndex(of: value) {
      self = .indexed(i)
    } else if value.hasPrefix("bright-"),
      let i = Self.ansiNames.firstIndex(of: String(value.dropFirst(7)))
    {
      self = .indexed(i + 8)
    } else if value.hasPrefix("#"), value.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
    } else {
      return nil
    }
  }
}
