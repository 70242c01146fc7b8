/// A theme: the paint for every semantic ``StyleRole``.
///
/// Themes are YAML files (`themes/*.yaml`, see ``ThemeParser``); the shipped ones are embedded
/// in the binary (``BuiltinThemes``).
public struct Theme: Hashable, Sendable {
  /// The theme's name.
  public var name: String
  /// The paint for each role; roles without an entry are painted ``Paint/plain``.
  public var paints: [StyleRole: Paint]

  /// Creates a theme.
  public init(name: String, paints: [StyleRole: Paint]) {
    self.name = name
    self.paints = paints
  }

  /// The paint for a role.
  public func paint(for role: StyleRole) -> Paint { paints[role] ?? .plain }

  /// Whether the theme uses no colour at all (attributes only).
  public var isMonochrome: Bool {
    paints.values.allSatisfy { $0.foreground == .default && $0.background == .default }
  }
}
