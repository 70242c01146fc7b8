#!/usr/bin/env bash
# Runs `kbaseline snapshot` against the fake kube-apiserver on 127.0.0.1 (token and client
# certificate contexts, Secrets forbidden cluster-wide) and checks the written file: it loads
# with `kbaseline summary`, records the gap, and holds no Secret value or env literal.
#
#   Tests/e2e/snapshot-fake.sh [BIN_DIR]    (BIN_DIR holds kbaseline and kbaseline-fake-apiserver)
#
# Without an argument it builds both products with `swift build`.
set -u
cd "$(dirname "$0")/../.."
BIN_DIR="${1:-}"
if [ -z "$BIN_DIR" ]; then
  swift build --product kbaseline >/dev/null && swift build --product kbaseline-fake-apiserver >/dev/null \
    || { echo "snapshot-fake: build failed"; exit 1; }
  BIN_DIR="$(swift build --show-bin-path)"
fi

FAKE_BIN="$BIN_DIR/kbaseline-fake-apiserver"
NAME=snapshot-fake
. Tests/e2e/fake-apiserver.sh
start_fake "$WORK" --forbid secrets

for context in token cert; do
  out="$WORK/$context.json.gz"
  KUBECONFIG="$WORK/kubeconfig" timeout 120 "$BIN_DIR/kbaseline" snapshot --context "$context" -o "$out" \
    2>"$WORK/$context.err"
  check "$context: snapshot exits 0" test $? -eq 0
  check "$context: progress shows the paged pod list" grep -Eq 'complete +4 pages +12 items +pods$' "$WORK/$context.err"
  check "$context: the summary names the forbidden Secrets" grep -q 'secrets: forbidden — secrets is forbidden' "$WORK/$context.err"
  check "$context: the file is gzip" bash -c "gzip -t '$out'"
  check "$context: no Secret value, env literal or token in the file" bash -c \
    "! gzip -dc '$out' | grep -Eq 'hunter2|c3VwZXItc2VjcmV0LXRva2Vu|LITERAL|LAST-APPLIED|alice-token|BEGIN'"
  "$BIN_DIR/kbaseline" summary "$out" >"$WORK/$context.summary" 2>&1
  check "$context: kbaseline summary loads it" grep -Eq '^  Pod +12$' "$WORK/$context.summary"
  check "$context: the capture identity is alice" grep -q '^By: *alice$' "$WORK/$context.summary"
done
finish
