import AsyncHTTPClient
import Testing

@testable import LiveCluster

@Suite("proxies: proxy-url, HTTPS_PROXY and NO_PROXY")
struct ProxyResolverTests {
  @Test("proxy-url http with credentials becomes an HTTP CONNECT proxy")
  func explicitHTTP() throws {
    let proxy = try ProxyResolver.proxy(
      server: "https://10.1.2.3:6443", proxyURL: "http://u:p%40ss@proxy.corp:3128", environment: [:]
    )
    #expect(
      proxy
        == .server(
          host: "proxy.corp", port: 3128, authorization: .basic(username: "u", password: "p@ss")))
  }

  @Test("proxy-url socks5 works, https is refused with an explanation")
  func socksAndHTTPS() throws {
    #expect(
      try ProxyResolver.proxy(
        server: "https://h", proxyURL: "socks5://127.0.0.1:1080", environment: [:])
        == .socksServer(host: "127.0.0.1", port: 1080))
    #expect(throws: ConfigurationError.self) {
      try ProxyResolver.proxy(server: "https://h", proxyURL: "https://proxy:443", environment: [:])
    }
  }

  @Test("HTTPS_PROXY applies when proxy-url is unset, upper case first")
  func environment() throws {
    let proxy = try ProxyResolver.proxy(
      server: "https://api.example:6443", proxyURL: nil,
      environment: ["HTTPS_PROXY": "proxy.corp:8080", "https_proxy": "http://other:1"])
    #expect(proxy == .server(host: "proxy.corp", port: 8080))
    #expect(
      try ProxyResolver.proxy(
        server: "https://api.example", proxyURL: nil, environment: ["HTTP_PROXY": "http://p:1"])
        == nil)
  }

  @Test("loopback servers are never proxied from the environment")
  func loopback() throws {
    #expect(
      try ProxyResolver.proxy(
        server: "https://127.0.0.1:6443", proxyURL: nil, environment: ["HTTPS_PROXY": "http://p:1"])
        == nil)
  }

  @Test(
    "NO_PROXY matching",
    arguments: [
      ("api.example", 443, "example", true), ("api.example", 443, "api.example", true),
      ("api.example", 443, "other.example", false), ("a.b.example", 443, "example", true),
      ("a.b.example", 443, ".b.example", true), ("b.example", 443, ".b.example", false),
      ("10.1.2.3", 443, "10.0.0.0/8", true), ("11.1.2.3", 443, "10.0.0.0/8", false),
      ("api.example", 6443, "api.example:6443", true),
      ("api.example", 443, "api.example:6443", false),
      ("anything", 1, "*", true), ("api.example", 443, "*.example", true),
    ])
  func noProxy(host: String, port: Int, list: String, expected: Bool) {
    #expect(ProxyResolver.matches(noProxy: " x.y , \(list)", host: host, port: port) == expected)
  }
}
