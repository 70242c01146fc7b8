import Foundation
import Testing

@testable import Baseline

@Suite("Exceptions file: format, round trip, validation")
struct ExceptionFileTests {
  static let sample = """
    # a hand-written comment (the header is regenerated on save)
    apiVersion: kbaseline.dev/v1
    kind: ExceptionList
    reviewers: [secops]
    exceptions:
    - id: EXC-0012
      rule: workload.host-path
      target: {kind: DaemonSet, namespace: logging, name: fluent-bit}
      value: {path: "spec.volumes[name=varlog].hostPath.path", equals: /var/log}
      justification: |
        The log shipper reads node logs.
        Mounted read-only.
      owner: team-observability
      expires: 2027-03-01
      labels: {cost-center: "42"}
    - id: EXC-0003
      rule: workload.privileged
      target: {kind: DaemonSet, namespace: kube-system, name: cilium, container: cilium-agent}
      justification: CNI dataplane must program host routes.
      owner: team-network
      requestedBy: alice@acme.example
      approvedBy: bob@acme.example
      ticket: SEC-1234
      created: 2026-11-20
      expires: 2027-05-19
    """

  @Test("reads every field, multi-line justification, value binding and unknown fields")
  func reads() throws {
    let file = try ExceptionFile.parse(Self.sample, file: "x.yaml")
    #expect(file.entries.count == 2)
    let cilium = try #require(file.entries.first { $0.id == "EXC-0003" })
    #expect(
      cilium.target
        == ExceptionTarget(
          kind: "DaemonSet", namespace: "kube-system", name: "cilium", container: "cilium-agent"))
    #expect(cilium.requestedBy == "alice@acme.example" && cilium.approvedBy == "bob@acme.example")
    #expect(cilium.ticket == "SEC-1234" && cilium.created == "2026-11-20")
    let shipper = try #require(file.entries.first { $0.id == "EXC-0012" })
    #expect(shipper.justification == "The log shipper reads node logs.\nMounted read-only.\n")
    #expect(
      shipper.value
        == ValueBinding(
          path: "spec.volumes[name=varlog].hostPath.path", constraint: .equals("/var/log")))
    #expect(shipper.unknownFields.map(\.key) == ["labels"])
    #expect(file.unknownFields.map(\.key) == ["reviewers"])
    #expect(file.nextID == "EXC-0013")
  }

  @Test("writing is sorted by id, documented, and reads back to the same entries")
  func roundTrip() throws {
    let file = try ExceptionFile.parse(Self.sample, file: "x.yaml")
    let text = try file.render()
    #expect(text.hasPrefix(ExceptionFile.header))
    #expect(text.range(of: "EXC-0003")!.lowerBound < text.range(of: "EXC-0012")!.lowerBound)
    #expect(text.contains("justification: |"))
    #expect(text.contains("cost-center"))
    #expect(text.contains("reviewers"))
    let again = try ExceptionFile.parse(text, file: "x.yaml")
    #expect(again.sortedEntries == file.sortedEntries)
    #expect(again.unknownFields == file.unknownFields)
    #expect(try again.render() == text)
  }

  struct Invalid: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int?
    var says: String
    var testDescription: String { says }
  }

  static let invalid: [Invalid] = [
    Invalid(
      text: "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions: [\n", line: 4,
      says: "invalid YAML"),
    Invalid(
      text: "apiVersion: v1\nkind: ExceptionList\n", line: 1,
      says: "apiVersion must be kbaseline.dev/v1"),
    Invalid(
      text: "apiVersion: kbaseline.dev/v1\nkind: Exceptions\n", line: 2,
      says: "kind must be ExceptionList"),
    Invalid(
      text: "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions: {}\n", line: 3,
      says: "exceptions must be a list"),
    Invalid(
      text:
        "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: r\n  target: {kind: Pod, name: a}\n  justification: j\n  expires: 2027-01-01\n",
      line: 4, says: "EXC-0001: missing required field owner"),
    Invalid(
      text:
        "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: r\n  target: {kind: Pod, name: a, contianer: x}\n  justification: j\n  owner: o\n  expires: 2027-01-01\n",
      line: 6, says: "unknown field target.contianer"),
    Invalid(
      text:
        "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: r\n  target: {kind: Pod, name: a, match: regex}\n  justification: j\n  owner: o\n  expires: 2027-01-01\n",
      line: 6, says: "target.match must be exact, prefix or glob"),
    Invalid(
      text:
        "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: r\n  target: {kind: Pod, name: a}\n  justification: j\n  owner: o\n  expires: 2027-01-01\n- id: EXC-0001\n  rule: r\n  target: {kind: Pod, name: b}\n  justification: j\n  owner: o\n  expires: 2027-01-01\n",
      line: 10, says: "duplicate id EXC-0001"),
  ]

  @Test("invalid files are rejected with file and line", arguments: invalid)
  func rejects(_ c: Invalid) {
    #expect {
      try ExceptionFile.parse(c.text, file: "ex.yaml")
    } throws: { error in
      guard let error = error as? ExceptionFileError else { return false }
      return error.reason == .invalid && error.line == c.line && error.message.contains(c.says)
        && error.description.hasPrefix("ex.yaml:")
    }
  }

  @Test("an empty or missing list is an empty file")
  func empty() throws {
    #expect(try ExceptionFile.parse("", file: "x").entries.isEmpty)
    #expect(
      try ExceptionFile.parse(
        "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n", file: "x"
      ).entries.isEmpty)
    #expect(ExceptionFile().nextID == "EXC-0001")
  }

  @Test("calendar dates parse strictly and do arithmetic across months and leap years")
  func dates() throws {
    let day = try #require(CalendarDate("2028-02-28"))
    #expect(day.adding(days: 1).description == "2028-02-29")
    #expect(day.adding(days: 2).description == "2028-03-01")
    #expect(CalendarDate("2027-02-29") == nil)
    #expect(CalendarDate("2027-13-01") == nil)
    #expect(CalendarDate("tomorrow") == nil)
    #expect(CalendarDate("2026-11-28T10:00:00Z")?.description == "2026-11-28")
    #expect(CalendarDate.today(now: Date(timeIntervalSince1970: 0)).description == "1970-01-01")
    #expect(
      try #require(CalendarDate("2026-11-28")).days(until: try #require(CalendarDate("2027-02-26")))
        == 90)
  }
}
