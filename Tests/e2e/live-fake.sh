#!/usr/bin/env bash
# Runs `kbaseline --live` in tmux against the fake kube-apiserver (Secrets forbidden) and checks
# the explorer: the Overview shows the gap and the analysis it weakens, `r` re-captures, q quits.
#
#   Tests/e2e/live-fake.sh [BIN_DIR]    (BIN_DIR holds kbaseline and kbaseline-fake-apiserver)
set -u
cd "$(dirname "$0")/../.."
command -v tmux >/dev/null || { echo "live-fake: tmux not installed, skipped"; exit 0; }
BIN_DIR="${1:-}"
if [ -z "$BIN_DIR" ]; then
  swift build --product kbaseline >/dev/null && swift build --product kbaseline-fake-apiserver >/dev/null \
    || { echo "live-fake: build failed"; exit 1; }
  BIN_DIR="$(swift build --show-bin-path)"
fi
BIN_DIR="$(cd "$BIN_DIR" && pwd)"

SESSION="kbaseline-live-$$"
on_exit() { tmux kill-session -t "$SESSION" 2>/dev/null; }
FAKE_BIN="$BIN_DIR/kbaseline-fake-apiserver"
NAME=live-fake
. Tests/e2e/fake-apiserver.sh
start_fake "$WORK" --forbid secrets

screen() { tmux capture-pane -p -t "$SESSION" >"$WORK/screen"; }
wait_for() {
  for _ in $(seq 1 150); do screen; grep -q "$1" "$WORK/screen" && return 0; sleep 0.2; done
  return 1
}

cd "$WORK"
tmux new-session -d -s "$SESSION" -x 120 -y 40 \
  "KUBECONFIG='$WORK/kubeconfig' TERM=xterm-256color '$BIN_DIR/kbaseline' --live --context token \
   2>'$WORK/err'; echo \$? >'$WORK/exit'; sleep 5"
check "the explorer opens on the capture" wait_for 'Cluster    fake, context token'
check "the Overview lists the forbidden Secrets" grep -q 'Gap        secrets forbidden' "$WORK/screen"
check "the Overview says what it weakens" \
  grep -q 'Secrets forbidden: secret-reader paths and legacy tokens may be missing' "$WORK/screen"
check "progress went to stderr before the explorer" grep -q 'namespaces$' "$WORK/err"
tmux send-keys -t "$SESSION" r
check "r re-captures" wait_for 're-captured [0-9]* lists, 1 gap'
tmux send-keys -t "$SESSION" q
for _ in $(seq 1 50); do [ -s "$WORK/exit" ] && break; sleep 0.2; done
check "q exits 0" grep -qx 0 "$WORK/exit"
finish
