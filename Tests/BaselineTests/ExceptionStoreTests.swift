import Foundation
import Testing

@testable import Baseline

@Suite("Exceptions store: atomic saves, concurrent edits refused, invalid files untouched")
struct ExceptionStoreTests {
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "exc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  static func entry(_ id: String, name: String = "api") -> ExceptionEntry {
    ExceptionEntry(
      id: id, rule: "workload.privileged",
      target: ExceptionTarget(kind: "Deployment", namespace: "shop", name: name),
      justification: "needed", owner: "team-shop", expires: "2027-02-26")
  }

  @Test("a missing file is empty; saving creates it; loading it back gives the same entries")
  func createAndReload() throws {
    let file = path("kbaseline-exceptions.yaml")
    var store = try ExceptionStore(path: file)
    #expect(store.file.entries.isEmpty && !store.hasUnsavedChanges)
    store.upsert(Self.entry(store.file.nextID))
    store.upsert(Self.entry(store.file.nextID, name: "worker"))
    #expect(store.hasUnsavedChanges)
    try store.save()
    #expect(!store.hasUnsavedChanges)
    let loaded = try ExceptionStore(path: file)
    #expect(loaded.file.sortedEntries.map(\.id) == ["EXC-0001", "EXC-0002"])
    #expect(loaded.file.sortedEntries == store.file.sortedEntries)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["kbaseline-exceptions.yaml"])
  }

  @Test("a file changed on disk since loading is not overwritten; reload picks up the change")
  func concurrentModification() throws {
    let file = path("x.yaml")
    var store = try ExceptionStore(path: file)
    store.upsert(Self.entry("EXC-0001"))
    try store.save()
    var mine = try ExceptionStore(path: file)
    var theirs = try ExceptionStore(path: file)
    theirs.upsert(Self.entry("EXC-0002", name: "theirs"))
    try theirs.save()
    let onDisk = try String(contentsOfFile: file, encoding: .utf8)
    mine.upsert(Self.entry("EXC-0002", name: "mine"))
    #expect(throws: ExceptionFileError.self) { try mine.save() }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == onDisk)
    #expect(mine.hasUnsavedChanges)
    try mine.reload()
    #expect(mine.file.entries.map(\.target.name).sorted() == ["api", "theirs"])
  }

  @Test("an invalid file cannot be loaded and is left byte for byte as it was")
  func invalidUntouched() throws {
    let file = path("bad.yaml")
    let text =
      "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: [\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: ExceptionFileError.self) { try ExceptionStore(path: file) }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
  }

  @Test("deleting marks unsaved changes and removes the entry from the saved file")
  func delete() throws {
    let file = path("d.yaml")
    var store = try ExceptionStore(path: file)
    store.upsert(Self.entry("EXC-0001"))
    store.upsert(Self.entry("EXC-0002", name: "b"))
    try store.save()
    let removed = store.delete(id: "EXC-0001")
    let removedMissing = store.delete(id: "EXC-0099")
    #expect(removed && !removedMissing)
    #expect(store.hasUnsavedChanges)
    try store.save()
    #expect(try ExceptionStore(path: file).file.entries.map(\.id) == ["EXC-0002"])
  }
}
