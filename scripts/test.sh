#!/usr/bin/env bash
# README command 2 - the whole test suite: installs what is missing (npm ci; Debian chromium when root), builds
# SnowChatOps.sln, runs every test project (unit, integration, end-to-end) with `dotnet test` on Microsoft.Testing.Platform,
# and ends with one line: "N passed, N failed". Exit status is non-zero when a test failed or the test command failed.
# Output: .artifacts/logs/test.log (full), .artifacts/test-results/*.trx (one per test assembly).
# Extra arguments go to `dotnet test` (e.g. scripts/test.sh --project tests/SnowChatOps.Tests instead of the solution).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

CHROMIUM=/usr/bin/chromium
RESULTS_DIR="$REPO_ROOT/.artifacts/test-results"

ensure_chromium() {
  [[ -x "$CHROMIUM" ]] && return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Debian chromium for the end-to-end tests (apt-get install -y chromium)..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } > "$LOG_DIR/apt-chromium.log" 2>&1 \
      || { tail -n 20 "$LOG_DIR/apt-chromium.log" >&2; die "apt-get install chromium failed (log: $LOG_DIR/apt-chromium.log)"; }
  else
    die "$CHROMIUM is missing; the end-to-end tests drive it headless. Install it: sudo apt-get install -y chromium"
  fi
}

# Sums the <Counters> of every TRX report; prints "total passed failed".
sum_trx_counters() {
  local total=0 passed=0 failed=0 file line value
  for file in "$RESULTS_DIR"/*.trx; do
    [[ -e "$file" ]] || continue
    line="$(grep -o '<Counters [^>]*>' "$file" | head -n 1)"
    value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$line"; }
    total=$((total + $(value total))); passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  done
  echo "$total $passed $failed"
}

require_dotnet_and_node
mkdir -p "$LOG_DIR"
ensure_node_modules
ensure_toolkit_cli
ensure_chromium
build_solution

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
target=(--solution SnowChatOps.sln)
[[ " $* " == *" --project "* || " $* " == *" --solution "* ]] && target=()
say "Running tests (log: ${LOG_DIR#"$REPO_ROOT"/}/test.log)..."
set +e
# Exit code 8 = an assembly ran zero tests (e.g. a project with no tests yet): not a failure; counts are checked below.
(cd "$REPO_ROOT" && dotnet test "${target[@]}" --no-build --no-progress --no-ansi --results-directory "$RESULTS_DIR" \
  --report-xunit-trx --ignore-exit-code 8 "$@") 2>&1 | tee "$LOG_DIR/test.log" >&2
status=${PIPESTATUS[0]}
set -e

read -r total passed failed < <(sum_trx_counters)
if ((status != 0)); then
  say "dotnet test exited with code $status (see ${LOG_DIR#"$REPO_ROOT"/}/test.log)."
elif ((total == 0)); then
  say "No test ran."
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
