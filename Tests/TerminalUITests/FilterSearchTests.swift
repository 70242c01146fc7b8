import Testing

@testable import TerminalUI

/// The byte-wise filter search agrees with `String.contains`, and typing a filter narrows the
/// visible rows to exactly what filtering from scratch gives.
@Suite("Filter search")
struct FilterSearchTests {
  static let haystacks = [
    "", "a", "team-12 api deployment", "ünïcødé straße 東京 pod", "aaaab", "abab abab",
    "kube-system/coredns", "x", "needle at the end: zz",
  ]
  static let needles = [
    "", "a", "b", "ab", "aab", "api", "team-1", "東京", "straße", "zz", "zzz", "pod", "é s",
  ]

  @Test("matches exactly when String.contains does", arguments: needles)
  func agreesWithContains(_ needle: String) {
    let search = SubstringSearch(needle)
    for haystack in Self.haystacks {
      #expect(
        search.matches(haystack) == (needle.isEmpty || haystack.contains(needle)), "\(haystack)")
    }
  }

  @Test("the needle is lower-cased; rows are searched as given (already lower-cased)")
  func lowerCasesTheNeedle() {
    #expect(SubstringSearch("API").matches("team-12 api"))
    #expect(!SubstringSearch("api").matches("TEAM-12 API"))
  }

  @Test("typing a filter one key at a time gives the rows a fresh filter gives, in order")
  func narrowingEqualsRefresh() {
    let data = TableTests.data(rows: 3_000)
    for sort in [nil, TableSort(column: 1, ascending: true)] {
      var typed = TableState(data: data, sort: sort)
      var text = ""
      for character in "row-12" {
        text.append(character)
        typed.setFilter(text, data: data)
        let fresh = TableState(data: data, sort: sort).filtered(text, data: data)
        #expect(typed.visible == fresh.visible, "\(text)")
      }
      typed.setFilter("row-1", data: data)
      #expect(
        typed.visible == TableState(data: data, sort: sort).filtered("row-1", data: data).visible)
      #expect(typed.visible.count == 1_111)
    }
  }
}

extension TableState {
  fileprivate func filtered(_ text: String, data: TableData) -> TableState {
    var copy = self
    copy.setFilter(text, data: data)
    return copy
  }
}
