# Shared by the end-to-end scripts that talk to the test suite's fake kube-apiserver.
# Source it after setting FAKE_BIN (the kbaseline-fake-apiserver binary) and NAME (the script's
# name, for messages). It provides WORK (a temporary folder removed on exit), check NAME CMD…
# (counts passes and failures), start_fake DIR ARGS… (starts, or restarts, the fake with its
# stdin on a FIFO so closing it stops the fake) and finish (prints the closing line and exits
# non-zero on any failure). Scripts may define on_exit for extra cleanup.

WORK="$(mktemp -d)"
FAKE_PID=""
passed=0
failed=0

stop_fake() {
  if [ -n "$FAKE_PID" ]; then
    exec 3>&- 2>/dev/null
    kill "$FAKE_PID" 2>/dev/null
    wait "$FAKE_PID" 2>/dev/null
    FAKE_PID=""
  fi
}

cleanup() {
  if declare -F on_exit >/dev/null; then on_exit; fi
  stop_fake
  rm -rf "$WORK"
}
trap cleanup EXIT

start_fake() {
  local dir="$1"; shift
  stop_fake
  mkdir -p "$dir"
  rm -f "$dir/stdin"; mkfifo "$dir/stdin"
  "$FAKE_BIN" --dir "$dir" "$@" <"$dir/stdin" >"$dir/log" 2>&1 &
  FAKE_PID=$!
  exec 3>"$dir/stdin"
  for _ in $(seq 1 100); do
    grep -q '^READY ' "$dir/log" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$NAME: the fake did not start:"; cat "$dir/log"
  exit 1
}

check() {
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
  fi
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}
