/// Maps theme colours to the colour numbers a terminal supports (256, 16 or 8 colours), as the
/// spec describes: `#rrggbb` to the nearest xterm-256 entry, 256 to the nearest of the 16 xterm
/// defaults, and 16 to 8 by folding `bright-*` onto the base colour plus bold.
public enum ColorDownsampler {
  /// A colour resolved for a terminal: a colour number (`-1` is the terminal default) and
  /// whether bold must be added to keep a bright colour bright.
  public struct Resolved: Hashable, Sendable {
    /// The colour number, or `-1` for the default colour.
    public var number: Int
    /// Whether bold is needed (a bright colour folded onto 8 colours).
    public var needsBold: Bool
  }

  /// Resolves `color` for a terminal with `colors` colours; nil when the terminal has none.
  ///
  /// A terminal with more than 256 colours is a direct-colour terminal (`*-direct` terminfo):
  /// numbers 0–7 are the ANSI colours and larger numbers are `0xRRGGBB`.
  public static func resolve(_ color: Color, colors: Int) -> Resolved? {
    guard colors >= 8 else { return nil }
    if colors > 256 { return direct(color) }
    var index: Int
    switch color {
    case .default: return Resolved(number: -1, needsBold: false)
    case .indexed(let n): index = n
    case .rgb(let r, let g, let b): index = nearest256(r: Int(r), g: Int(g), b: Int(b))
    }
    if colors < 256 && index > 15 { index = nearest16(index) }
    if colors < 16 && index > 7 { return Resolved(number: index - 8, needsBold: true) }
    return Resolved(number: index, needsBold: false)
  }

  private static func direct(_ color: Color) -> Resolved {
    switch color {
    case .default: return Resolved(number: -1, needsBold: false)
    case .indexed(let n) where n < 8: return Resolved(number: n, needsBold: false)
    case .indexed(let n):
      let (r, g, b) = rgb(ofIndex: n)
      return Resolved(number: r << 16 | g << 8 | b, needsBold: false)
    case .rgb(let r, let g, let b):
      return Resolved(number: Int(r) << 16 | Int(g) << 8 | Int(b), needsBold: false)
    }
  }

  /// The xterm default RGB values of the 16 ANSI colours.
  public static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The RGB value of an xterm-256 palette entry.
  public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    switch index {
    case ..<16: return ansiRGB[max(0, index)]
    case 16..<232:
      let i = index - 16
      return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
    default:
      let v = 8 + 10 * (min(index, 255) - 232)
      return (v, v, v)
    }
  }

  /// The nearest entry of the 6×6×6 cube or the grey ramp (16–255) by squared RGB distance.
  public static func nearest256(r: Int, g: Int, b: Int) -> Int {
    func level(_ v: Int) -> Int {
      cubeLevels.indices.min { abs(cubeLevels[$0] - v) < abs(cubeLevels[$1] - v) }!
    }
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let grey = 232 + min(23, max(0, (((r + g + b) / 3) - 8 + 5) / 10))
    return distance(rgb(ofIndex: cube), (r, g, b)) <= distance(rgb(ofIndex: grey), (r, g, b))
      ? cube : grey
  }

  /// The nearest of the 16 ANSI colours to a 256-palette entry.
  public static func nearest16(_ index: Int) -> Int {
    let target = rgb(ofIndex: index)
    return (0..<16).min { distance(ansiRGB[$0], target) < distance(ansiRGB[$1], target) }!
  }

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }
}
