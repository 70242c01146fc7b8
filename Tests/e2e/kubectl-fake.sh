#!/usr/bin/env bash
# Shows that the test suite's fake kube-apiserver speaks the real API: starts it on 127.0.0.1
# and points kubectl at it (pods across pages, raw namespace list, client-certificate auth,
# legacy discovery, a forbidden list). Skipped when kubectl is not installed.
#
#   Tests/e2e/kubectl-fake.sh [path/to/kbaseline-fake-apiserver]
#
# Without an argument it builds the fake with `swift build --product kbaseline-fake-apiserver`.
set -u
cd "$(dirname "$0")/../.."

if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl-fake: kubectl not installed, skipped"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
BIN="${1:-}"
if [ -z "$BIN" ]; then
  swift build --product kbaseline-fake-apiserver >/dev/null || { echo "kubectl-fake: build failed"; exit 1; }
  BIN="$(swift build --show-bin-path)/kbaseline-fake-apiserver"
fi

FAKE_BIN="$BIN"
NAME=kubectl-fake
. Tests/e2e/fake-apiserver.sh

k() {
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
  fi
}

k() { timeout 60 kubectl --kubeconfig "$DIR/kubeconfig" --cache-dir "$DIR/cache" "$@"; }

json_count() { # FILE EXPECTED: items count and kinds
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
items = doc.get("items", [])
kinds = {i.get("kind") for i in items}
ok = len(items) == int(sys.argv[2]) and (sys.argv[3] == "-" or kinds == {sys.argv[3]})
if not ok:
    print("  items:", len(items), "kinds:", kinds, file=sys.stderr)
sys.exit(0 if ok else 1)
PY
}

# 1. Aggregated discovery, token auth, paging (12 pods, pages of at most 3).
DIR="$WORK/aggregated"
start_fake "$DIR"
k get pods -A -o json >"$DIR/pods.json" 2>"$DIR/pods.err"
check "get pods -A -o json: rc 0" test $? -eq 0
check "get pods -A -o json: every pod across pages" json_count "$DIR/pods.json" 12 Pod
check "kubectl asked for pages with limit=500" grep -q '^REQ 200 GET /api/v1/pods?limit=500$' "$DIR/log"
check "kubectl followed continue tokens (4 pages)" \
  test "$(grep -c '^REQ 200 GET /api/v1/pods?continue=.*&limit=500$' "$DIR/log")" -eq 3
k get --raw /api/v1/namespaces >"$DIR/ns.json" 2>"$DIR/ns.err"
check "get --raw /api/v1/namespaces: rc 0" test $? -eq 0
check "get --raw /api/v1/namespaces: NamespaceList of 4" python3 -c "
import json,sys; d=json.load(open('$DIR/ns.json'))
sys.exit(0 if d['kind']=='NamespaceList' and len(d['items'])==4 and 'continue' not in d['metadata'] else 1)"
k get ns -o name >"$DIR/ns.txt" 2>&1
check "get ns (short name from discovery)" grep -q '^namespace/team-a$' "$DIR/ns.txt"
k --context cert auth whoami -o json >"$DIR/whoami.json" 2>&1
check "client certificate auth: whoami is alice" grep -q '"username": "alice"' "$DIR/whoami.json"

# 2. Legacy discovery.
DIR="$WORK/legacy"
start_fake "$DIR" --legacy-discovery
k get pods -n team-a -o json >"$DIR/pods.json" 2>"$DIR/pods.err"
check "legacy discovery: get pods -n team-a" json_count "$DIR/pods.json" 8 Pod

# 3. Secrets forbidden: kubectl prints the pods, the 403 on stderr, and exits 1.
DIR="$WORK/forbidden"
start_fake "$DIR" --forbid secrets
k get pods,secrets -A -o json >"$DIR/out.json" 2>"$DIR/err.txt"
rc=$?
check "forbidden secrets: rc 1" test "$rc" -eq 1
check "forbidden secrets: the server's 403 message" \
  grep -q 'secrets is forbidden: User "alice" cannot list resource "secrets" in API group "" at the cluster scope' "$DIR/err.txt"
check "forbidden secrets: pods still printed" json_count "$DIR/out.json" 12 Pod

echo "kubectl-fake: $(kubectl version --client 2>/dev/null | head -1)"
finish
