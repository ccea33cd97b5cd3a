#!/usr/bin/env bash
# Starts the whole platform on this machine without Docker: PostgreSQL + RabbitMQ (infra.sh), a
# Release build, then the four services in the background. Logs: .local/logs/, pids: .local/pids/.
# Once they serve, development tokens per role go to .local/tokens/ (tokens.sh), and the demo runs.
# Stop with deploy/local/stop.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

bash deploy/local/infra.sh
source deploy/local/env.sh
platform_npm_ci deploy/tools/grpc-probe
probe=(node deploy/tools/grpc-probe/probe.mjs)

dotnet build Platform.sln -c Release

bash deploy/local/stop.sh   # old instances hold the ports
mkdir -p .local/logs .local/pids .local/probe

# Each service's migrations, once, before any service starts (as compose and Kubernetes do).
for ctx in $PLATFORM_CONTEXTS; do
  if ! (platform_service_env "$ctx" && cd "services/$ctx" && dotnet "bin/Release/net10.0/Platform.$ctx.dll" migrate) \
      >".local/logs/${ctx,,}-migrate.log" 2>&1; then
    echo "start: migrating $ctx's database failed; last lines of .local/logs/${ctx,,}-migrate.log:" >&2
    tail -n 30 ".local/logs/${ctx,,}-migrate.log" >&2
    exit 1
  fi
  echo "migrated $ctx: $(grep -o 'schema is at migration .*' ".local/logs/${ctx,,}-migrate.log" | tail -1)"
done
for ctx in $PLATFORM_CONTEXTS; do
  port=$(platform_grpc_port "$ctx")
  if ss -Hltn "sport = :$port" | grep -q .; then
    echo "start: port $port for $ctx is taken by a process start.sh did not start:" >&2
    ss -Hltnp "sport = :$port" >&2
    exit 1
  fi
  dll="bin/Release/net10.0/Platform.$ctx.dll"
  [[ -f "services/$ctx/$dll" ]] || { echo "start: services/$ctx/$dll not built" >&2; exit 1; }
  # Own session (setsid), so the service outlives this script and a Ctrl-C in its terminal.
  (
    platform_service_env "$ctx"
    cd "services/$ctx"
    exec setsid dotnet "$dll" >"$root/.local/logs/${ctx,,}.log" 2>&1 </dev/null
  ) &
  echo $! >".local/pids/${ctx,,}.pid"
  echo "started $ctx (pid $!, gRPC $port), log .local/logs/${ctx,,}.log"
done

# Wait for every service's gRPC health to say SERVING (120 s), failing early if one exits.
for ctx in $PLATFORM_CONTEXTS; do
  "${probe[@]}" "127.0.0.1:$(platform_grpc_port "$ctx")" --wait 120 --json >".local/probe/${ctx,,}.json" &
  echo $! >".local/probe/${ctx,,}.pid"
done
failed=0
for ctx in $PLATFORM_CONTEXTS; do
  probe_pid=$(<".local/probe/${ctx,,}.pid") service_pid=$(<".local/pids/${ctx,,}.pid")
  exited=0
  while kill -0 "$probe_pid" 2>/dev/null; do
    if ! kill -0 "$service_pid" 2>/dev/null; then kill "$probe_pid" 2>/dev/null || true; exited=1; break; fi
    sleep 1
  done
  if ! wait "$probe_pid" || ((exited)); then
    ((exited)) && echo '{"status":"EXITED"}' >".local/probe/${ctx,,}.json"
    failed=1
    echo "start: $ctx is not SERVING; last lines of .local/logs/${ctx,,}.log:" >&2
    tail -n 30 ".local/logs/${ctx,,}.log" >&2
  fi
done

# Table: service, gRPC port, health, services found by reflection.
printf '\n%-11s %-5s %-12s %s\n' SERVICE GRPC HEALTH 'GRPC SERVICES (reflection)'
for ctx in $PLATFORM_CONTEXTS; do
  # shellcheck disable=SC2016  # JavaScript, not shell
  node -e '
    const [ctx, port, file] = process.argv.slice(1);
    let r = {};
    try { r = JSON.parse(require("fs").readFileSync(file, "utf8")); } catch { r = { status: "NO ANSWER" }; }
    const list = r.reflection ? r.services.join(", ") : (r.reflectionError ? "reflection failed" : "-");
    console.log(`${ctx.padEnd(11)} ${port.padEnd(5)} ${String(r.status).padEnd(12)} ${list}`);
  ' "$ctx" "$(platform_grpc_port "$ctx")" ".local/probe/${ctx,,}.json"
done
((failed == 0)) || exit 1

# The officer console: the web page dispute officers work in, talking to the services over gRPC.
if ss -Hltn "sport = :$PLATFORM_CONSOLE_PORT" | grep -q .; then
  echo "start: port $PLATFORM_CONSOLE_PORT for the officer console is taken by a process start.sh did not start" >&2
  exit 1
fi
(
  platform_console_env
  cd services/OfficerConsole
  exec setsid dotnet bin/Release/net10.0/Platform.OfficerConsole.dll >"$root/.local/logs/console.log" 2>&1 </dev/null
) &
echo $! >.local/pids/console.pid
for _ in $(seq 60); do
  curl -fs -o /dev/null "http://127.0.0.1:$PLATFORM_CONSOLE_PORT/healthz" && break
  kill -0 "$(<.local/pids/console.pid)" 2>/dev/null || break
  sleep 1
done
if ! curl -fs -o /dev/null "http://127.0.0.1:$PLATFORM_CONSOLE_PORT/healthz"; then
  echo "start: the officer console did not start; last lines of .local/logs/console.log:" >&2
  tail -n 30 .local/logs/console.log >&2
  exit 1
fi
echo "officer console: http://127.0.0.1:$PLATFORM_CONSOLE_PORT/ (sign in with any name as a dispute officer or a complaint handler)"

# Every RPC but health and reflection needs a bearer token: one per role, for platformctl and other clients.
bash deploy/local/tokens.sh --brief

if [[ -x deploy/local/demo.sh ]]; then
  echo; echo "running deploy/local/demo.sh"
  deploy/local/demo.sh
fi
