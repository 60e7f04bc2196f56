# Shared helpers for scripts/run.sh and scripts/test.sh (sourced, not executed).
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOG_DIR="${LOG_DIR:-$REPO_ROOT/.artifacts/logs}"

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Fails with an install hint when a tool is missing.
require_tool() {
  local tool="$1" hint="$2"
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed. $hint"
}

require_dotnet_and_node() {
  require_tool dotnet "Install the .NET 10 SDK: https://learn.microsoft.com/dotnet/core/install/linux-debian"
  require_tool node "Install Node.js 20 or newer (Debian: apt-get install -y nodejs npm)."
  require_tool npm "Install npm (Debian: apt-get install -y npm)."
}

# Runs `npm ci` when node_modules is missing or package-lock.json changed since the last install.
ensure_node_modules() {
  npm_ci_if_changed "$REPO_ROOT" "node tools (Azurite, Agents Playground, adaptivecards)"
  npm_ci_if_changed "$REPO_ROOT/tools/manifest" "Teams manifest schemas (app package checks)"
}

# The Agents Toolkit CLI (about 450 MB), only for the test that checks m365agents.yml against the CLI's own schema;
# its install scripts are skipped: the check reads the schema files it ships, it never runs the CLI.
ensure_toolkit_cli() {
  npm_ci_if_changed "$REPO_ROOT/tools/toolkit" "the Agents Toolkit CLI (m365agents.yml check)" --ignore-scripts
}

# npm_ci_if_changed DIR WHAT [NPM ARGS...]: runs npm ci in DIR when its lockfile changed since the last install there.
npm_ci_if_changed() {
  local dir="$1" what="$2"
  shift 2
  local stamp="$dir/node_modules/.snowchatops-lock.sha256"
  local want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  say "Installing $what (npm ci in ${dir#"$REPO_ROOT"/})..."
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "$@") >&2
  printf '%s\n' "$want" > "$stamp"
}

build_solution() {
  mkdir -p "$LOG_DIR"
  say "Building SnowChatOps.sln (log: ${LOG_DIR#"$REPO_ROOT"/}/build.log)..."
  if ! (cd "$REPO_ROOT" && dotnet build SnowChatOps.sln -nologo -v q -clp:ErrorsOnly) > "$LOG_DIR/build.log" 2>&1; then
    tail -n 40 "$LOG_DIR/build.log" >&2
    die "dotnet build failed (full log: $LOG_DIR/build.log)"
  fi
}

# True when something listens on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_http NAME URL PID [TIMEOUT_S] [EXPECTED_BODY|--any-status]: retries until URL answers 2xx (and the body when
# given; with --any-status, any HTTP answer), failing early if PID dies and showing the end of its log on failure.
wait_http() {
  local name="$1" url="$2" pid="$3" timeout="${4:-60}" expected="${5:-}"
  local deadline=$((SECONDS + timeout)) body
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "$name exited before it was ready. Last log lines:"; tail -n 30 "$LOG_DIR/$name.log" >&2; return 1
    fi
    if [[ "$expected" == "--any-status" ]]; then
      [[ "$(curl -sS -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null)" != "000" ]] && return 0
    elif body="$(curl -fsS --max-time 2 "$url" 2>/dev/null)" && [[ -z "$expected" || "$body" == "$expected" ]]; then
      return 0
    fi
    sleep 0.25
  done
  say "$name was not ready at $url within ${timeout}s. Last log lines:"; tail -n 30 "$LOG_DIR/$name.log" >&2
  return 1
}

# wait_tcp NAME PORT PID [TIMEOUT_S]
wait_tcp() {
  local name="$1" port="$2" pid="$3" timeout="${4:-30}"
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || { say "$name exited early:"; tail -n 30 "$LOG_DIR/$name.log" >&2; return 1; }
    port_in_use "$port" && return 0
    sleep 0.25
  done
  say "$name did not open port $port within ${timeout}s:"; tail -n 30 "$LOG_DIR/$name.log" >&2
  return 1
}

# Development connection string for Azurite Table on a given port (UseDevelopmentStorage=true only knows 10002).
azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' "$1"
}
