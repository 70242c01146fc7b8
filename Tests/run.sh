#!/usr/bin/env bash
# The test command: unit and integration tests (swift test), then the end-to-end scripts that
# drive the real binary (in tmux; against the in-process fake API server with kubectl).
set -euo pipefail
cd "$(dirname "$0")/.."

swift test
swift build --product kbaseline
BIN="$(swift build --show-bin-path)/kbaseline"
bash Tests/e2e/tui.sh "$BIN" snapshots/demo.json
