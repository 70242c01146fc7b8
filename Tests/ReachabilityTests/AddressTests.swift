import Reachability
import Testing

@Suite("IPv4 ranges and external atoms")
struct AddressTests {
  @Test("CIDRs parse to their address range; bad or IPv6 CIDRs do not parse")
  func cidrParsing() throws {
    let range = try #require(IPv4Ranges.cidr("10.1.2.3/8"))
    #expect(IPv4Ranges.text(range.lowerBound) == "10.0.0.0")
    #expect(IPv4Ranges.text(range.upperBound) == "10.255.255.255")
    #expect(IPv4Ranges.cidr("0.0.0.0/0") == 0...UInt32.max)
    #expect(IPv4Ranges.cidr("1.2.3.4") == IPv4Ranges.cidr("1.2.3.4/32"))
    #expect(IPv4Ranges.cidr("10.0.0.0/33") == nil)
    #expect(IPv4Ranges.cidr("256.0.0.0/8") == nil)
    #expect(IPv4Ranges.cidr("fd00::/8") == nil)
  }

  @Test("subtracting excepts splits the range")
  func subtraction() throws {
    let whole = IPv4Ranges(normalizing: [try #require(IPv4Ranges.cidr("0.0.0.0/0"))])
    let cut = IPv4Ranges(normalizing: ["10.0.0.0/8", "172.21.0.0/16"].compactMap(IPv4Ranges.cidr))
    let rest = whole.subtracting(cut)
    #expect(rest.ranges.count == 3)
    #expect(!rest.contains(IPv4Ranges.address("10.1.1.1")!))
    #expect(rest.contains(IPv4Ranges.address("11.0.0.0")!))
    #expect(rest.contains(IPv4Ranges.address("255.255.255.255")!))
  }

  @Test("atoms of 0.0.0.0/0 except three ranges are np-guard's seven ranges")
  func atomsMatchNPG() throws {
    let whole = IPv4Ranges(normalizing: [0...UInt32.max])
    let except = IPv4Ranges(
      normalizing: ["10.0.0.0/8", "172.21.0.0/16", "172.30.0.0/16"].compactMap(IPv4Ranges.cidr))
    let atoms = ExternalAtoms(sets: [whole.subtracting(except)])
    #expect(
      atoms.ranges.indices.map(atoms.name) == [
        "0.0.0.0-9.255.255.255[External]", "10.0.0.0-10.255.255.255[External]",
        "11.0.0.0-172.20.255.255[External]", "172.21.0.0-172.21.255.255[External]",
        "172.22.0.0-172.29.255.255[External]", "172.30.0.0-172.30.255.255[External]",
        "172.31.0.0-255.255.255.255[External]",
      ])
    #expect(atoms.indices(inside: except) == [1, 3, 5])
    #expect(atoms.index(of: IPv4Ranges.address("172.25.0.1")!) == 4)
  }

  @Test("without ipBlocks there is one atom covering everything")
  func singleAtom() {
    let atoms = ExternalAtoms(sets: [])
    #expect(atoms.ranges.indices.map(atoms.name) == ["0.0.0.0-255.255.255.255[External]"])
  }
}
