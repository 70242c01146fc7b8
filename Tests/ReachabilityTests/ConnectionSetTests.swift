import Reachability
import Testing

@Suite("Port and connection sets")
struct ConnectionSetTests {
  @Test("port ranges merge overlapping and adjacent ranges and clamp to 1-65535")
  func normalising() {
    let ports = PortRanges(normalizing: [90...100, 80...80, 81...85, 0...2, 65000...70000])
    #expect(ports.ranges == [1...2, 80...85, 90...100, 65000...65535])
    #expect(ports.description == "1-2,80-85,90-100,65000-65535")
  }

  @Test("union, intersection and subtraction of port ranges")
  func algebra() {
    let a = PortRanges(normalizing: [1...100, 200...300])
    let b = PortRanges(normalizing: [50...250])
    #expect(a.union(b).ranges == [1...300])
    #expect(a.intersection(b).ranges == [50...100, 200...250])
    #expect(a.subtracting(b).ranges == [1...49, 251...300])
    #expect(
      PortRanges.full.subtracting(PortRanges(normalizing: [80...80])).description == "1-79,81-65535"
    )
    #expect(a.contains(250) && !a.contains(150))
  }

  @Test("CONN text follows np-guard: All Connections, protocols sorted SCTP < TCP < UDP")
  func connText() {
    var set = ConnectionSet.only(.udp, PortRanges(normalizing: [53...53]))
    set.tcp = PortRanges(normalizing: [8080...8090, 80...80])
    #expect(set.description == "TCP 80,8080-8090,UDP 53")
    #expect(ConnectionSet.all.description == "All Connections")
    #expect(ConnectionSet.none.description == "No Connections")
    #expect(ConnectionSet.none.portsText == "")
    let tcpOnly = ConnectionSet.only(.tcp, .full)
    #expect(tcpOnly.description == "TCP 1-65535")
  }

  @Test(
    "CONN text parses back to the same set",
    arguments: [
      "All Connections", "TCP 80", "TCP 10053,UDP 10053",
      "SCTP 1-9002,9004-65535,TCP 1-79,81-65535,UDP 1-52,54-65535", "UDP 53",
    ])
  func roundTrip(_ text: String) throws {
    let set = try #require(ConnectionSet(connText: text))
    #expect(set.description == text)
  }

  @Test("malformed CONN text is rejected")
  func malformed() {
    #expect(ConnectionSet(connText: "ICMP 1") == nil)
    #expect(ConnectionSet(connText: "80") == nil)
    #expect(ConnectionSet(connText: "TCP 90-80") == nil)
  }

  @Test("intersection of egress and ingress keeps only common ports")
  func intersection() {
    let egress = ConnectionSet(tcp: PortRanges(normalizing: [1...100]), udp: .full)
    let ingress = ConnectionSet(tcp: PortRanges(normalizing: [80...80]), sctp: .full)
    #expect(egress.intersection(ingress) == .only(.tcp, PortRanges(normalizing: [80...80])))
    #expect(ConnectionSet.all.intersection(ingress) == ingress)
    #expect(egress.union(.all).isAll)
  }
}
