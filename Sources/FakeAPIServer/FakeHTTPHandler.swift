import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
import SwiftASN1
import X509

/// The per-connection HTTP handler: collects a request, asks ``FakeAPIState`` for the answer,
/// and sends it (after a delay, or cut short, when the scenario says so).
final class FakeHTTPHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let state: FakeAPIState
  private let tls: Bool
  private var head: HTTPRequestHead?

  init(state: FakeAPIState, tls: Bool) {
    self.state = state
    self.tls = tls
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head): self.head = head
    case .body: break
    case .end:
      guard let head else { return }
      self.head = nil
      respond(context: context, head: head)
    }
  }

  private func respond(context: ChannelHandlerContext, head: HTTPRequestHead) {
    let request = makeRequest(head, context: context)
    let response = state.answer(request)
    let keepAlive = head.isKeepAlive && !response.truncate
    let loop = context.eventLoop.assumeIsolated()
    let send = { [self] in
      self.write(response, keepAlive: keepAlive, version: head.version, context: context)
    }
    if response.delay > 0 {
      loop.scheduleTask(in: .milliseconds(Int64(response.delay * 1000))) { send() }
    } else {
      send()
    }
  }

  private func write(
    _ response: FakeResponse, keepAlive: Bool, version: HTTPVersion, context: ChannelHandlerContext
  ) {
    guard context.channel.isActive else { return }
    var headers = HTTPHeaders()
    headers.add(name: "Content-Type", value: response.contentType)
    headers.add(name: "Content-Length", value: String(response.body.count))
    headers.add(name: "Audit-Id", value: UUID().uuidString.lowercased())
    headers.add(name: "Cache-Control", value: "no-cache, private")
    for (name, value) in response.headers { headers.add(name: name, value: value) }
    headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
    let status = HTTPResponseStatus(statusCode: response.status)
    context.write(
      wrapOutboundOut(.head(HTTPResponseHead(version: version, status: status, headers: headers))),
      promise: nil)
    let bytes =
      response.truncate ? Array(response.body.prefix(response.body.count / 2)) : response.body
    context.write(
      wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))),
      promise: nil)
    if response.truncate {
      context.flush()
      context.close(promise: nil)
      return
    }
    let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
    if !keepAlive {
      let channel = context.channel
      done.whenComplete { _ in channel.close(promise: nil) }
    }
  }

  private func makeRequest(_ head: HTTPRequestHead, context: ChannelHandlerContext) -> FakeRequest {
    let components = URLComponents(string: head.uri)
    var query: [String: String] = [:]
    for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
    let impersonation = head.headers.filter { $0.name.lowercased().hasPrefix("impersonate-") }
      .map { "\($0.name): \($0.value)" }
    return FakeRequest(
      method: head.method.rawValue, path: components?.path ?? head.uri, query: query,
      accept: head.headers.first(name: "Accept") ?? "",
      acceptEncoding: head.headers.first(name: "Accept-Encoding") ?? "",
      authorization: head.headers.first(name: "Authorization"),
      userAgent: head.headers.first(name: "User-Agent"), impersonation: impersonation,
      certificateUser: tls ? certificateUser(context) : nil)
  }

  private func certificateUser(_ context: ChannelHandlerContext) -> FakeUser? {
    guard let peer = try? context.pipeline.syncOperations.nioSSL_peerCertificate(),
      let der = try? peer.toDERBytes(), let certificate = try? Certificate(derEncoded: der)
    else { return nil }
    var user: String?
    var groups: [String] = []
    for rdn in certificate.subject {
      for attribute in rdn {
        if attribute.type == .RDNAttributeType.commonName { user = "\(attribute.value)" }
        if attribute.type == .RDNAttributeType.organizationName {
          groups.append("\(attribute.value)")
        }
      }
    }
    return user.map { FakeUser(username: $0, groups: groups + ["system:authenticated"]) }
  }
}
