import AsyncHTTPClient
import Foundation

/// Chooses the proxy for a server as client-go does: `proxy-url` when set (http, or socks5
/// without auth; AsyncHTTPClient cannot speak TLS to a proxy), else `HTTPS_PROXY`/`HTTP_PROXY`
/// (upper case first) unless `NO_PROXY` matches or the server is loopback.
public enum ProxyResolver {
  /// The proxy to use for `server`, nil for a direct connection.
  public static func proxy(
    server: String, proxyURL: String?, environment: [String: String]
  ) throws(ConfigurationError) -> HTTPClient.Configuration.Proxy? {
    guard let target = URLComponents(string: server), let host = target.host else {
      throw ConfigurationError("invalid server URL \"\(server)\"")
    }
    if let proxyURL { return try parse(proxyURL) }
    let isHTTPS = (target.scheme ?? "https") == "https"
    let variables = isHTTPS ? ["HTTPS_PROXY", "https_proxy"] : ["HTTP_PROXY", "http_proxy"]
    guard let value = variables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
    else { return nil }
    let noProxy = environment["NO_PROXY"] ?? environment["no_proxy"] ?? ""
    let port = target.port ?? (isHTTPS ? 443 : 80)
    if isLoopback(host) || matches(noProxy: noProxy, host: host, port: port) { return nil }
    return try parse(value.contains("://") ? value : "http://" + value)
  }

  /// Whether `NO_PROXY` excludes `host:port` (Go's httpproxy rules: `*`, domains and their
  /// subdomains, `.domain` for subdomains only, IPs, CIDRs, optional ports).
  public static func matches(noProxy: String, host: String, port: Int) -> Bool {
    let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    for raw in noProxy.split(separator: ",") {
      var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
      if entry.isEmpty { continue }
      if entry == "*" { return true }
      if entry.contains("/"), let inside = CIDR(entry) {
        if inside.contains(name) { return true }
        continue
      }
      if let colon = entry.lastIndex(of: ":"), !entry.hasPrefix("["),
        entry.filter({ $0 == ":" }).count == 1
      {
        guard Int(entry[entry.index(after: colon)...]) == port else { continue }
        entry = String(entry[..<colon])
      }
      entry = entry.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
      if entry.hasPrefix("*.") { entry.removeFirst() }
      if entry.hasPrefix(".") {
        if name.hasSuffix(entry) { return true }
      } else if name == entry || name.hasSuffix("." + entry) {
        return true
      }
    }
    return false
  }

  private static func isLoopback(_ host: String) -> Bool {
    let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    return name == "localhost" || name.hasPrefix("127.") || name == "::1"
  }

  private static func parse(_ url: String) throws(ConfigurationError)
    -> HTTPClient.Configuration.Proxy
  {
    guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
      throw ConfigurationError("invalid proxy URL \"\(url)\"")
    }
    switch parts.scheme?.lowercased() {
    case "http":
      let authorization = parts.user.map {
        HTTPClient.Authorization.basic(
          username: $0.removingPercentEncoding ?? $0,
          password: parts.password?.removingPercentEncoding ?? "")
      }
      return .server(host: host, port: parts.port ?? 80, authorization: authorization)
    case "socks5":
      guard parts.user == nil else {
        throw ConfigurationError("proxy \"\(url)\": SOCKS5 authentication is not supported")
      }
      return .socksServer(host: host, port: parts.port ?? 1080)
    case "https":
      throw ConfigurationError(
        "proxy \"\(url)\": TLS to the proxy (https://) is not supported; use an http:// proxy (HTTP CONNECT) or socks5://"
      )
    default:
      throw ConfigurationError("proxy \"\(url)\": scheme must be http, https or socks5")
    }
  }

  /// An IPv4 CIDR block.
  private struct CIDR {
    var network: UInt32
    var mask: UInt32

    init?(_ text: String) {
      let parts = text.split(separator: "/")
      guard parts.count == 2, let bits = Int(parts[1]), (0...32).contains(bits),
        let address = Self.ipv4(String(parts[0]))
      else { return nil }
      mask = bits == 0 ? 0 : UInt32.max << (32 - bits)
      network = address & mask
    }

    func contains(_ host: String) -> Bool {
      guard let address = Self.ipv4(host) else { return false }
      return address & mask == network
    }

    static func ipv4(_ text: String) -> UInt32? {
      let octets = text.split(separator: ".").compactMap { UInt32($0) }
      guard octets.count == 4, octets.allSatisfy({ $0 < 256 }) else { return nil }
      return octets.reduce(0) { $0 << 8 | $1 }
    }
  }
}
