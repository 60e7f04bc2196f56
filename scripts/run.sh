#!/usr/bin/env bash
# README command 1 - the local dev loop: builds, then runs Azurite (Table), the ServiceNow emulator, the bot and the
# Microsoft 365 Agents Playground wired together, prints the URL to open, and stops everything on Ctrl-C.
# Ports (env): AZURITE_TABLE_PORT=10002 EMULATOR_PORT=5080 BOT_PORT=3978 PLAYGROUND_PORT=56150 GRAPH_PORT=5090
# Options: --no-build (reuse the last build); --instances N (N bots on BOT_PORT+1.., behind a round-robin proxy on BOT_PORT);
#          --graph (or SNOWCHATOPS_GRAPH=1): Secure Score from the local Graph emulator instead of the offline catalog;
#          --locale zh-CN: the bot answers in that language (the Playground always sends en-US, as if Teams were set to it).
# Logs: .artifacts/logs/<name>.log; Azurite data: .artifacts/azurite/.
set -euo pipefail
# A shell started in the background ignores SIGINT, and bash cannot trap a signal ignored on entry: run once more
# with default dispositions so Ctrl-C / kill -INT / kill -TERM always stop everything (same PID: exec).
if [[ -z "${SNOWCHATOPS_SIGNALS_RESET:-}" ]]; then
  export SNOWCHATOPS_SIGNALS_RESET=1
  exec env --default-signal=INT,TERM bash "$0" "$@"
fi
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

AZURITE_TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
EMULATOR_PORT="${EMULATOR_PORT:-5080}"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
GRAPH_PORT="${GRAPH_PORT:-5090}"
GRAPH="${SNOWCHATOPS_GRAPH:-0}"
CONFIGURATION="${CONFIGURATION:-Debug}"
BUILD=1
INSTANCES=1
LOCALE=""
while (($#)); do
  case "$1" in
    --no-build) BUILD=0 ;;
    --graph) GRAPH=1 ;;
    --instances) shift; INSTANCES="${1:-}" ;;
    --instances=*) INSTANCES="${1#*=}" ;;
    --locale) shift; LOCALE="${1:-}" ;;
    --locale=*) LOCALE="${1#*=}" ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
[[ "$INSTANCES" =~ ^[1-9]$ ]] || die "--instances takes a number from 1 to 9"
[[ -z "$LOCALE" || "$LOCALE" =~ ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$ ]] || die "--locale takes a culture name such as zh-CN or en-US"

require_dotnet_and_node
require_tool curl "Install curl (Debian: apt-get install -y curl)."
ensure_node_modules
((BUILD)) && build_solution

PORTS=("azurite:$AZURITE_TABLE_PORT" "emulator:$EMULATOR_PORT" "bot:$BOT_PORT" "playground:$PLAYGROUND_PORT")
[[ "$GRAPH" == 1 ]] && PORTS+=("graph:$GRAPH_PORT")
((INSTANCES > 1)) && for i in $(seq 1 "$INSTANCES"); do PORTS+=("bot-$i:$((BOT_PORT + i))"); done
for pair in "${PORTS[@]}"; do
  port_in_use "${pair#*:}" && die "port ${pair#*:} (${pair%%:*}) is already in use; stop what uses it or set another port (see --help)."
done

mkdir -p "$LOG_DIR" "$REPO_ROOT/.artifacts/azurite"
PIDS=()
cleanup() {
  trap - EXIT INT TERM
  say ""; say "Stopping..."
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start NAME WORKDIR CMD...: runs CMD in its own process group (setsid) so the whole tree stops together.
start() {
  local name="$1" dir="$2"; shift 2
  (cd "$dir" && exec setsid "$@") > "$LOG_DIR/$name.log" 2>&1 < /dev/null &
  PIDS+=("$!")
  LAST_PID="$!"
}

APP_BIN() { printf '%s/src/%s/bin/%s/net10.0' "$REPO_ROOT" "$1" "$CONFIGURATION"; }
BOT_URL="http://127.0.0.1:$BOT_PORT"
EMULATOR_URL="http://127.0.0.1:$EMULATOR_PORT"
PLAYGROUND_URL="http://127.0.0.1:$PLAYGROUND_PORT"
# Development only: the emulator signs its state-change webhook with this, and the bot accepts it for every tenant.
DEV_WEBHOOK_SECRET="snowchatops-dev-webhook-secret"

say "Starting Azurite Table on $AZURITE_TABLE_PORT..."
start azurite "$REPO_ROOT/.artifacts/azurite" node "$REPO_ROOT/node_modules/.bin/azurite-table" \
  --location "$REPO_ROOT/.artifacts/azurite" --tableHost 127.0.0.1 --tablePort "$AZURITE_TABLE_PORT" \
  --disableTelemetry --skipApiVersionCheck
wait_tcp azurite "$AZURITE_TABLE_PORT" "$LAST_PID" 30

say "Starting the ServiceNow emulator on $EMULATOR_PORT..."
start emulator "$(APP_BIN SnowChatOps.ServiceNowEmulator)" env ASPNETCORE_ENVIRONMENT=Development Emulator__InstanceUrl="$EMULATOR_URL" \
  Emulator__OAuth__RedirectUris__0="$BOT_URL/oauth/servicenow/callback" Emulator__Webhook__Url="$BOT_URL/api/servicenow/events" \
  Emulator__Webhook__Secret="$DEV_WEBHOOK_SECRET" \
  dotnet SnowChatOps.ServiceNowEmulator.dll --urls "$EMULATOR_URL"
wait_http emulator "$EMULATOR_URL/" "$LAST_PID" 60 --any-status

# Secure Score from the Graph emulator (docs/secure-score.md): the bot sends the emulator's token, Development only.
GRAPH_URL="http://127.0.0.1:$GRAPH_PORT"
DEV_GRAPH_TOKEN="snowchatops-dev-graph-token"
GRAPH_ENV=()
if [[ "$GRAPH" == 1 ]]; then
  say "Starting the Graph emulator on $GRAPH_PORT..."
  start graph "$(APP_BIN SnowChatOps.GraphEmulator)" env ASPNETCORE_ENVIRONMENT=Development GraphEmulator__BearerToken="$DEV_GRAPH_TOKEN" \
    dotnet SnowChatOps.GraphEmulator.dll --urls "$GRAPH_URL"
  wait_http graph "$GRAPH_URL/" "$LAST_PID" 60
  # A short catalog/snapshot cache, "+N points" check and score-drop check, so the loop can be tried in a minute: after
  # the emulator's clock moves, "+N points" comes within about 15 s and a drop card within a minute (production: 30 min,
  # 1 h and 1 h).
  GRAPH_ENV=(SecureScore__Source=Graph SecureScore__GraphBaseUrl="$GRAPH_URL/v1.0/" MicrosoftGraph__DevBearerToken="$DEV_GRAPH_TOKEN"
    SecureScore__CacheDuration=00:00:05 SecureScore__Confirmations__CheckInterval=00:00:10 SecureScore__Alerts__CheckInterval=00:01:00)
fi

# start_bot NAME PORT: one bot process; its public URL (the OAuth redirect base) is always BOT_URL.
start_bot() {
  start "$1" "$(APP_BIN SnowChatOps.Bot)" env ASPNETCORE_ENVIRONMENT=Development \
    Storage__ConnectionString="$(azurite_connection_string "$AZURITE_TABLE_PORT")" \
    Bot__MicrosoftAppId= Bot__MicrosoftAppPassword= ServiceNow__AllowLoopback=true \
    Connection__PublicBaseUrl="$BOT_URL" Connection__DevPrefill__InstanceUrl="$EMULATOR_URL" \
    Tracking__DevWebhookSecret="$DEV_WEBHOOK_SECRET" \
    Connection__DevPrefill__ClientSecret=snowchatops-dev-secret Localization__DevLocale="$LOCALE" ${GRAPH_ENV[@]+"${GRAPH_ENV[@]}"} \
    dotnet SnowChatOps.Bot.dll --urls "http://127.0.0.1:$2"
  wait_http "$1" "http://127.0.0.1:$2/healthz" "$LAST_PID" 60
}

if ((INSTANCES == 1)); then
  say "Starting the bot on $BOT_PORT..."
  start_bot bot "$BOT_PORT"
else
  # Several instances on one Azurite, as App Service runs them: a round-robin proxy on BOT_PORT is the one endpoint.
  PROXY_ENV=()
  for i in $(seq 1 "$INSTANCES"); do
    say "Starting bot instance $i of $INSTANCES on $((BOT_PORT + i))..."
    start_bot "bot-$i" "$((BOT_PORT + i))"
    PROXY_ENV+=("Proxy__Backends__$((i - 1))=http://127.0.0.1:$((BOT_PORT + i))")
  done
  say "Starting the local proxy on $BOT_PORT..."
  start proxy "$REPO_ROOT/tools/SnowChatOps.LocalProxy/bin/$CONFIGURATION/net10.0" env "${PROXY_ENV[@]}" \
    dotnet SnowChatOps.LocalProxy.dll --urls "$BOT_URL"
  wait_http proxy "$BOT_URL/_proxy/ping" "$LAST_PID" 60 pong
fi

say "Starting the Agents Playground on 127.0.0.1:$PLAYGROUND_PORT..."
# It writes devTools/ into its working directory and reads its mock tenant from there: keep both out of the work tree.
# It has no host option; the preload binds it to loopback (whoever reaches it acts as the admin and sees every reply).
PLAYGROUND_DIR="$REPO_ROOT/.artifacts/playground"
mkdir -p "$PLAYGROUND_DIR" && cp "$REPO_ROOT/.m365agentsplayground.yml" "$PLAYGROUND_DIR/"
start playground "$PLAYGROUND_DIR" env APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none \
  node -r "$REPO_ROOT/tools/playground/listen-on-loopback.cjs" "$REPO_ROOT/node_modules/.bin/agentsplayground" -e "$BOT_URL/api/messages" -c msteams --port "$PLAYGROUND_PORT" \
  --disable-telemetry --service-url "$PLAYGROUND_URL/_connector"
wait_http playground "$PLAYGROUND_URL/_debug/ping" "$LAST_PID" 60 pong

cat >&2 <<MSG

SnowChatOps is running. Open the Agents Playground:  $PLAYGROUND_URL
  bot        $BOT_URL  (POST /api/messages, GET /healthz)$( ((INSTANCES > 1)) && printf ', %s instances behind a proxy' "$INSTANCES")
  emulator   $EMULATOR_URL  (ServiceNow; demo logins are printed on its login page)
  azurite    table at 127.0.0.1:$AZURITE_TABLE_PORT (data in .artifacts/azurite/)
$( [[ "$GRAPH" == 1 ]] && printf '  graph      %s  (Secure Score: /v1.0/security/*, controls at /_emulator/*)\n' "$GRAPH_URL")
  logs       ${LOG_DIR#"$REPO_ROOT"/}/{azurite,emulator,graph,bot*,proxy,playground}.log
$( [[ -n "$LOCALE" ]] && printf '  language   %s (every turn, whatever the Playground sends)\n' "$LOCALE")
Everything listens on 127.0.0.1 only. Press Ctrl-C (or send SIGINT/SIGTERM) to stop everything.
MSG

# Stay up until Ctrl-C or until one of the processes dies.
set +e
wait -n "${PIDS[@]}"
status=$?
say "A process exited (status $status); see ${LOG_DIR#"$REPO_ROOT"/}/. Stopping the rest."
exit "$status"
