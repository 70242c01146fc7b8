#!/usr/bin/env bash
# End-to-end test of the terminal explorer: drives the real binary in tmux.
#
#   Tests/e2e/tui.sh BINARY SNAPSHOT
#
# Runs the explorer on SNAPSHOT in private tmux servers and checks, by polling capture-pane
# (never fixed sleeps): every tab by number, the / filter, the ? help, resizing below 80x24 and
# back, q quits with status 0 and restores the terminal; NO_COLOR=1 emits no colour SGR;
# TERM=vt100 works (monochrome); ctrl-c quits with status 0; kill -TERM exits 143 with the
# terminal restored; a bogus TERM fails with one line and status 2. On a generated snapshot
# above the loading-screen threshold (16 MB): the loading screen shows, then the Overview; q
# cancels while loading (status 0); a truncated copy shows the loading screen, then exits 2
# with one error line naming the file, the terminal restored.
#
# The explorer runs under a tiny wrapper that, once it ends, prints its stderr, exit status and
# the terminal modes (raw mode must be undone: icanon, echo and isig back on) and exits with the
# same status. The status is read from the screen because tmux 3.3a sometimes never fills in
# #{pane_dead_status}; when tmux does report it, it must agree.
# Skips (exit 0) when tmux is not installed.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY SNAPSHOT" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SNAPSHOT=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
if ! command -v tmux >/dev/null 2>&1; then
  echo "tui.sh: tmux not installed; skipping"
  exit 0
fi

RUN=0
SOCKET="kbaseline-e2e-$$-$RUN"
SESSION=e2e
WORK=$(mktemp -d)
T() { tmux -L "$SOCKET" "$@"; }
cleanup() { T kill-server >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

cat > "$WORK/report.sh" <<'REPORT'
#!/bin/sh
# Runs the explorer with stderr kept in a file (tmux may drop a pane's very first output),
# then reports its stderr, exit status and the terminal modes, and exits with its status.
err=$(mktemp)
"$@" 2>"$err"
status=$?
echo
sed 's/^/stderr: /' "$err"
rm -f "$err"
echo "exit=$status"
echo "modes: $(stty -a | tr ' ;' '\n\n' | grep -Ex -- '-?(icanon|echo|isig)' | tr '\n' ' ')"
exit $status
REPORT
chmod +x "$WORK/report.sh"

fail() {
  echo "FAIL: $*" >&2
  echo "---- screen ----" >&2
  T capture-pane -p -t "$SESSION" >&2 || true
  exit 1
}

# wait_for REGEX [SECONDS]: polls the screen every 0.1 s for up to SECONDS (default 10).
wait_for() {
  for _ in $(seq 1 "$((${2:-10} * 10))"); do
    if T capture-pane -p -t "$SESSION" | grep -Eq -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "timed out waiting for /$1/"
}

# wait_gone REGEX: polls until the screen no longer matches.
wait_gone() {
  for _ in $(seq 1 100); do
    if ! T capture-pane -p -t "$SESSION" | grep -Eq -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "timed out waiting for /$1/ to disappear"
}

# ended STATUS: the explorer exited with STATUS and left the terminal restored (cooked modes,
# normal screen); the pane is dead and tmux's pane_dead_status, when set, agrees.
ended() {
  wait_for "^exit=$1\$"
  wait_for '^modes: [a-z]+ [a-z]+ [a-z]+$'
  local dead status
  for _ in $(seq 1 100); do
    IFS=: read -r dead status < <(T display-message -p -t "$SESSION" '#{pane_dead}:#{pane_dead_status}')
    [ "$dead" = 1 ] && break
    sleep 0.1
  done
  [ "$dead" = 1 ] || fail "pane not dead"
  [ -z "$status" ] || [ "$status" = "$1" ] || fail "pane_dead_status $status, expected $1"
  [ "$(T display-message -p -t "$SESSION" '#{alternate_on}')" = 0 ] || fail "alternate screen still on"
}

# start TERM [VAR=VALUE…]: starts the explorer on $INPUT (default SNAPSHOT) at 120x40 in a
# fresh tmux server.
start() {
  local term=$1
  shift
  T kill-server >/dev/null 2>&1 || true
  RUN=$((RUN + 1))
  SOCKET="kbaseline-e2e-$$-$RUN"
  T -f /dev/null new-session -d -s "$SESSION" -x 120 -y 40
  T set-option -t "$SESSION" remain-on-exit on
  local env=(-e "TERM=$term" -e "LANG=C.UTF-8" -e "LC_ALL=C.UTF-8" -e "XDG_CONFIG_HOME=$WORK"
    -e "KBASELINE_THEME=")
  for assignment in "$@"; do env+=(-e "$assignment"); done
  T respawn-pane -k -t "$SESSION" "${env[@]}" "exec '$WORK/report.sh' '$BIN' '${INPUT:-$SNAPSHOT}'"
}

frame() { echo "[─-] $1 [─-]"; }

# colour_sgr: whether the screen (with escapes) contains a colour SGR sequence.
colour_sgr() {
  T capture-pane -p -e -t "$SESSION" | grep -Pq '\e\[([0-9]*;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;|m)'
}

tour() {
  wait_for "$(frame Overview)"
  local n=1
  for pane in Overview Admins RBAC Network Workloads Exceptions; do
    T send-keys -t "$SESSION" "$n"
    wait_for "$(frame "$pane")"
    n=$((n + 1))
  done
  T send-keys -t "$SESSION" 1
  wait_for "$(frame Overview)"
  T send-keys -t "$SESSION" /
  T send-keys -t "$SESSION" -l kube
  wait_for '^/kube'
  T send-keys -t "$SESSION" Enter
  wait_for 'filter "kube"'
  T send-keys -t "$SESSION" '?'
  wait_for 'Help \(esc closes'
  T send-keys -t "$SESSION" Escape
  wait_gone 'Help \(esc closes'
  T resize-window -t "$SESSION" -x 70 -y 20
  wait_for 'terminal too small \(need 80.24\)'
  T resize-window -t "$SESSION" -x 120 -y 40
  wait_for "$(frame Overview)"
}

echo "e2e: colour terminal (xterm-256color)"
start xterm-256color
tour
[ "$(T display-message -p -t "$SESSION" '#{alternate_on}')" = 1 ] || fail "not on the alternate screen"
colour_sgr || fail "expected colour SGR sequences with TERM=xterm-256color"
T send-keys -t "$SESSION" q
ended 0

echo "e2e: NO_COLOR=1"
start xterm-256color NO_COLOR=1
tour
if colour_sgr; then fail "colour SGR sequences with NO_COLOR=1"; fi
T send-keys -t "$SESSION" q
ended 0

echo "e2e: TERM=vt100"
start vt100
tour
if colour_sgr; then fail "colour SGR sequences with TERM=vt100"; fi
T send-keys -t "$SESSION" q
ended 0

echo "e2e: ctrl-c quits"
start xterm-256color
wait_for "$(frame Overview)"
T send-keys -t "$SESSION" /
wait_for '^/'
T send-keys -t "$SESSION" C-c
ended 0

echo "e2e: kill -TERM restores the terminal"
start xterm-256color
wait_for "$(frame Overview)"
wrapper=$(T display-message -p -t "$SESSION" '#{pane_pid}')
explorer=$(cat "/proc/$wrapper/task/$wrapper/children" 2>/dev/null || pgrep -P "$wrapper")
[ -n "$explorer" ] || fail "cannot find the explorer's process"
kill -TERM $explorer
ended 143

echo "e2e: a bogus TERM is one clear error"
start bogus-term
wait_for "^stderr: error: cannot use terminal type 'bogus-term'"
ended 2

echo "e2e: a large snapshot opens behind the loading screen"
# 2,000 generated pods are about 20 MB: above the 16 MB threshold, a few seconds in a debug build.
"$BIN" bench generate --pods 2000 -o "$WORK/large.json" >/dev/null 2>&1
[ "$(wc -c < "$WORK/large.json")" -ge 16000000 ] || fail "generated snapshot below 16 MB"
INPUT="$WORK/large.json" start xterm-256color
wait_for 'Opening snapshot'
wait_for '(⠋|⠙|⠹|⠸|⠼|⠴|⠦|⠧|⠇|⠏) loading snapshot +[0-9]+\.[0-9] s'
wait_for "$(frame Overview)" 60
T send-keys -t "$SESSION" q
ended 0

echo "e2e: q cancels while loading"
INPUT="$WORK/large.json" start xterm-256color
wait_for 'Opening snapshot'
T send-keys -t "$SESSION" q
ended 0
if T capture-pane -p -t "$SESSION" | grep -q '^stderr:'; then fail "cancelling printed on stderr"; fi

echo "e2e: a truncated large snapshot is one error line after the loading screen"
head -c 17000000 "$WORK/large.json" > "$WORK/truncated.json"
INPUT="$WORK/truncated.json" start xterm-256color
wait_for 'Opening snapshot'
wait_for '^stderr: error: [^ ]*truncated\.json:[0-9]+: ' 60
ended 2
[ "$(T capture-pane -p -t "$SESSION" | grep -c '^stderr:')" = 1 ] || fail "expected one stderr line"

echo "e2e: all passed"
