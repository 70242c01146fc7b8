#!/usr/bin/env bash
# The test command: unit and integration tests (swift test), then the end-to-end scripts that
# drive the real binaries: the explorer in tmux, kubectl and `kbaseline snapshot` against the
# test suite's fake API server (each script skips itself when tmux or kubectl is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

swift format lint --strict -r Sources Tests
swift test
swift build --product kbaseline
swift build --product kbaseline-fake-apiserver
BIN_DIR="$(swift build --show-bin-path)"
bash Tests/e2e/tui.sh "$BIN_DIR/kbaseline" snapshots/demo.json
bash Tests/e2e/kubectl-fake.sh "$BIN_DIR/kbaseline-fake-apiserver"
bash Tests/e2e/snapshot-fake.sh "$BIN_DIR"
bash Tests/e2e/live-fake.sh "$BIN_DIR"
