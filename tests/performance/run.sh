#!/usr/bin/env bash
# The benchmark suite of issue 9 in one command: infrastructure, the platform, the baseline server, then
# every scenario for --duration seconds after --warmup, and a results file with the goal ratios.
#
#   bash tests/performance/run.sh [--duration 20] [--warmup 5] [--concurrency 32] [--no-platform] [--keep] [--no-build]
#
# --no-platform  use the platform already running (tokens in .local/tokens/); otherwise start.sh starts it
# --keep         leave the platform running afterwards (otherwise stop.sh stops it, when this script started it)
# --no-build     use the Release builds of the load generator and baseline server already there
# Results: tests/performance/results/<UTC timestamp>.json (all runs + machine) and results/latest.md.
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
root=$PWD
perf=tests/performance

duration=20 warmup=5 concurrency=32 platform=1 keep=0 build=1
baseline_port=5190
while (($#)); do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --no-platform) platform=0; shift ;;
    --keep) keep=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$self"; exit 0 ;;
    *) echo "run: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "run: $*" >&2; }

# --- (a) infrastructure ---------------------------------------------------------------------------
bash deploy/local/infra.sh
source deploy/local/env.sh

# --- (b) the bench database (platform_test has CREATEDB), tables dropped and recreated ---------------
# Not exported: start.sh's own psql calls must not pick these up.
as_bench=(env "PGHOST=$PLATFORM_PG_HOST" "PGPORT=$PLATFORM_PG_PORT" "PGUSER=$PLATFORM_TEST_PG_USER" "PGPASSWORD=$PLATFORM_TEST_PG_PASSWORD")
bench_psql() { "${as_bench[@]}" psql -X -q -v ON_ERROR_STOP=1 "$@"; }
bench_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'bench'" | grep -q 1 \
  || bench_psql -d postgres -c 'CREATE DATABASE bench'
reset_bench() {
  bench_psql -d bench -c 'DROP TABLE IF EXISTS bench_complaints, bench_outbox' -f "$perf/pgbench/schema.sql"
  # A checkpoint now rather than in the middle of the next run (needs the postgres superuser, over its socket).
  (cd / && runuser -u postgres -- psql -X -q -p "$PLATFORM_PG_PORT" -c CHECKPOINT) >/dev/null 2>&1 || true
}
reset_bench

# --- (c) build (one build at a time on this shared machine) -----------------------------------------
for project in Baseline/Platform.Baseline.csproj LoadGenerator/Platform.LoadGenerator.csproj; do
  ((build)) && flock /tmp/platform-build.lock dotnet build "$perf/$project" -c Release -v quiet -nologo
  [[ -f "$perf/$(dirname "$project")/bin/Release/net10.0/$(basename "$project" .csproj).dll" ]] || { echo "run: $project is not built" >&2; exit 1; }
done
loadgen=(dotnet "$perf/LoadGenerator/bin/Release/net10.0/Platform.LoadGenerator.dll")

# --- (d) the platform ---------------------------------------------------------------------------------
baseline_pid= started_platform=0
cleanup() {
  if [[ -n "$baseline_pid" ]]; then kill "$baseline_pid" 2>/dev/null || true; wait "$baseline_pid" 2>/dev/null || true; fi
  if ((started_platform && !keep)); then bash deploy/local/stop.sh; fi
}
trap cleanup EXIT
if ((platform)); then
  started_platform=1
  # start.sh also fails when a check of its demo fails; the runs need only the services serving.
  # -o: the services start.sh leaves running must not inherit (and hold) the build lock.
  flock -o /tmp/platform-build.lock bash deploy/local/start.sh || log "start.sh failed (exit $?); going on if Agreements and Complaints serve"
fi
for ctx in Agreements Complaints; do
  ss -Hltn "sport = :$(platform_grpc_port "$ctx")" | grep -q . || { echo "run: $ctx is not listening on $(platform_grpc_port "$ctx")" >&2; exit 1; }
done
tokens=.local/tokens
for role in internal-app agreement-manager; do
  [[ -s "$tokens/$role.jwt" ]] || { echo "run: $tokens/$role.jwt missing (run deploy/local/start.sh or tokens.sh)" >&2; exit 1; }
done

# --- (e) the baseline server --------------------------------------------------------------------------
mkdir -p .local/logs
BASELINE_PORT=$baseline_port \
  BASELINE_DATABASE="Host=$PLATFORM_PG_HOST;Port=$PLATFORM_PG_PORT;Database=bench;Username=$PLATFORM_TEST_PG_USER;Password=$PLATFORM_TEST_PG_PASSWORD;Max Auto Prepare=10" \
  dotnet "$perf/Baseline/bin/Release/net10.0/Platform.Baseline.dll" >.local/logs/baseline.log 2>&1 &
baseline_pid=$!
for _ in $(seq 60); do
  ss -Hltn "sport = :$baseline_port" | grep -q . && break
  kill -0 "$baseline_pid" 2>/dev/null || { cat .local/logs/baseline.log >&2; exit 1; }
  sleep 0.5
done

# --- (f) the runs ---------------------------------------------------------------------------------------
stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d)
results=$perf/results
mkdir -p "$results"

run() { # scenario target [extra loadgen options...]
  local scenario=$1 target=$2 out="$work/${1}${rate_suffix:-}.json"
  shift 2
  log "$scenario against $target $*"
  "${loadgen[@]}" --scenario "$scenario" --target "$target" --concurrency "$concurrency" \
    --duration "$duration" --warmup "$warmup" --json "$out" "$@"
}
complaints_url=http://127.0.0.1:$(platform_grpc_port Complaints)
agreements_url=http://127.0.0.1:$(platform_grpc_port Agreements)
platform_auth=(--token-file "$tokens/internal-app.jwt" --agreements-token-file "$tokens/agreement-manager.jwt" --agreements-target "$agreements_url")

run baseline-constant "http://127.0.0.1:$baseline_port"
reset_bench
run baseline-insert "http://127.0.0.1:$baseline_port"

reset_bench
log "pgbench two-inserts.sql, $concurrency clients, $duration s"
"${as_bench[@]}" pgbench -n -f "$perf/pgbench/two-inserts.sql" -c "$concurrency" -j 2 -T "$warmup" -M prepared bench >/dev/null   # warmup
"${as_bench[@]}" pgbench -n -f "$perf/pgbench/two-inserts.sql" -c "$concurrency" -j 2 -T "$duration" -M prepared bench | tee "$work/pgbench.txt"
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.txt")
latency=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$work/pgbench.txt")
jq -n --argjson tps "$tps" --argjson latency "$latency" --argjson c "$concurrency" --argjson d "$duration" \
  '{scenario: "pgbench-two-inserts", concurrency: $c, durationSeconds: $d, throughput: $tps, latencyMs: {mean: $latency}}' >"$work/pgbench.json"

run file-complaint "$complaints_url" "${platform_auth[@]}"
agreement=$(jq -r .agreementId "$work/file-complaint.json")
# The reads use the intake's agreement, which holds every complaint filed so far.
run get-complaint "$complaints_url" "${platform_auth[@]}" --agreement-id "$agreement"
run list-complaints "$complaints_url" "${platform_auth[@]}" --agreement-id "$agreement"
run resolution-stats "$complaints_url" "${platform_auth[@]}" --agreement-id "$agreement"

# Open loop at 70% of the measured maximum: the p99 a user sees at a sustainable rate.
rate=$(jq '.throughput * 0.7 | floor' "$work/file-complaint.json")
rate_suffix=-70pct run file-complaint "$complaints_url" "${platform_auth[@]}" --agreement-id "$agreement" --rate "$rate"

# --- (g) the results file and the goals ---------------------------------------------------------------
pg_version=$(bench_psql -d bench -tAc 'SHOW server_version')
commit=$(git rev-parse HEAD)$(git diff --quiet HEAD || echo '+uncommitted')
jq -n \
  --arg stamp "$stamp" --arg nproc "$(nproc)" --arg mem "$(free -b | awk '/^Mem:/ {print $2}')" \
  --arg kernel "$(uname -r)" --arg dotnet "$(dotnet --version)" --arg pg "$pg_version" --arg commit "$commit" \
  --arg cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
  '{timestamp: $stamp, machine: {nproc: ($nproc | tonumber), cpu: $cpu, memoryBytes: ($mem | tonumber), kernel: $kernel,
    dotnet: $dotnet, postgres: $pg, commit: $commit}, scenarios: [inputs]}' \
  "$work"/baseline-constant.json "$work"/baseline-insert.json "$work"/pgbench.json "$work"/file-complaint.json \
  "$work"/get-complaint.json "$work"/list-complaints.json "$work"/resolution-stats.json "$work"/file-complaint-70pct.json \
  >"$results/$stamp.json"

jq -r -f "$perf/goals.jq" "$results/$stamp.json" >"$results/latest.md"
rm -rf "$work"
echo
cat "$results/latest.md"
log "results: $results/$stamp.json, $results/latest.md"
