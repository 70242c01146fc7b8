/// Where a connection's credentials come from (besides a client certificate, which is sent
/// alongside any of these).
public enum CredentialSource: Sendable, Hashable {
  /// No bearer or basic credentials.
  case none
  /// A fixed bearer token.
  case token(String)
  /// A bearer token re-read from a file (projected service-account tokens rotate).
  case tokenFile(path: String)
  /// Basic auth (removed from kube-apiserver in 1.19; sent anyway).
  case basic(username: String, password: String)
  /// The `oidc` auth-provider's `id-token`, sent as a bearer token (no refresh flow).
  case oidc(idToken: String)
  /// An exec credential plugin.
  case exec(ExecPlugin)

  /// A short name for messages (`token`, `exec plugin "aws"`, …); never the secret itself.
  public var label: String {
    switch self {
    case .none: "none"
    case .token: "token"
    case .tokenFile(let path): "token file \(path)"
    case .basic: "basic auth"
    case .oidc: "oidc id-token"
    case .exec(let plugin): "exec plugin \"\(plugin.config.command)\""
    }
  }
}
