/// Accumulated counts of one matrix cell.
struct CellStats {
  var connected = 0
  var fullyOpen = 0
  var ports = ConnectionSet.none
}
