#!/usr/bin/env bash
# Clock precision and propagation (issue 9): with at least --open-clocks clocks running, complaints whose
# first-response clocks fall due at --fire-rate a second; then, from the databases, how late each clock fired
# and how soon its breach was readable in Agreements.
#
#   bash tests/performance/clocks.sh [--fire-rate 500] [--duration 40] [--open-clocks 100000] [--no-platform]
#
# Needs the platform (started here with start.sh unless --no-platform). Open clocks are topped up first by
# filing major complaints (three clocks each, hours long). Results: tests/performance/results/clocks-<stamp>.json.
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
perf=tests/performance

fire_rate=500 duration=40 open_clocks=100000 platform=1 lead=60
while (($#)); do
  case "$1" in
    --fire-rate) fire_rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --open-clocks) open_clocks=$2; shift 2 ;;
    --no-platform) platform=0; shift ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$self"; exit 0 ;;
    *) echo "clocks: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { echo "clocks: $*" >&2; }

bash deploy/local/infra.sh
source deploy/local/env.sh
if ((platform)); then
  # -o: the services start.sh leaves running must not inherit (and hold) the build lock.
  flock -o /tmp/platform-build.lock bash deploy/local/start.sh || log "start.sh failed (exit $?); going on if the services serve"
fi
flock /tmp/platform-build.lock dotnet build "$perf/LoadGenerator/Platform.LoadGenerator.csproj" -c Release -v quiet -nologo >/dev/null
loadgen=(dotnet "$perf/LoadGenerator/bin/Release/net10.0/Platform.LoadGenerator.dll")
tokens=.local/tokens
complaints_url=http://127.0.0.1:$(platform_grpc_port Complaints)
auth=(--token-file "$tokens/internal-app.jwt" --agreements-token-file "$tokens/agreement-manager.jwt"
  --agreements-target "http://127.0.0.1:$(platform_grpc_port Agreements)")

# Each service's database, read as its owner (the same credentials the service uses).
sql() { # context query
  local db; db=$(platform_db_name "$1")
  PGPASSWORD=$(platform_db_password "$1") psql -X -q -h "$PLATFORM_PG_HOST" -p "$PLATFORM_PG_PORT" -U "$db" -d "$db" -v ON_ERROR_STOP=1 -tA -F, -c "$2"
}
running_clocks() {
  sql Complaints "SELECT coalesce(sum(CASE WHEN severity = 'Major' THEN 3 ELSE 2 END), 0) FROM complaints
                  WHERE status IN ('Received', 'Acknowledged', 'InProgress', 'Reopened')"
}

# --- open clocks -------------------------------------------------------------------------------------------
while (( $(running_clocks) < open_clocks )); do
  log "$(running_clocks) clocks running; filing major complaints for 60 s"
  "${loadgen[@]}" --scenario file-complaint --target "$complaints_url" "${auth[@]}" --duration 60 --warmup 0 >/dev/null
done
open=$(running_clocks)
log "$open clocks running"

# --- the wave ------------------------------------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${loadgen[@]}" --scenario clock-wave --target "$complaints_url" "${auth[@]}" --duration "$duration" --warmup 0 \
  --clock-lead "$lead" --fire-rate "$fire_rate" --json "$work/wave.json"
agreement=$(jq -r .agreementId "$work/wave.json")
filed=$(sql Complaints "SELECT count(*) FROM complaints WHERE agreement_id = '$agreement'")
last_due=$(sql Complaints "SELECT extract(epoch FROM max(received_at)) FROM complaints WHERE agreement_id = '$agreement'")
wait_s=$(awk -v due="$last_due" -v now="$(date +%s.%N)" 'BEGIN { w = due + 7200 - now + 15; print (w > 0 ? w : 0) }')
log "$filed complaints filed; waiting ${wait_s%.*} s for the last clock (+15 s)"
sleep "$wait_s"

# Fired: the ComplaintSlaBreached outbox row (committed by the clock's handler) with the due time it carries.
sql Complaints "SELECT payload->>'complaintId', extract(epoch FROM (payload->>'dueAt')::timestamptz), extract(epoch FROM created_at)
                FROM outbox_messages WHERE message_type LIKE '%.ComplaintSlaBreached' AND payload->>'agreementId' = '$agreement'" >"$work/fired.csv"
# Seen: the breach Agreements' consumer recorded.
sql Agreements "SELECT evidence_id, extract(epoch FROM fact_at), extract(epoch FROM detected_at) FROM breaches
                WHERE agreement_id = '$agreement' AND clause = '2.3.1'" >"$work/seen.csv"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$perf/results"
python3 - "$work/fired.csv" "$work/seen.csv" "$filed" "$open" "$fire_rate" "$agreement" >"$perf/results/clocks-$stamp.json" <<'PY'
import csv, json, sys
fired_file, seen_file, filed, open_clocks, fire_rate, agreement = sys.argv[1:]
fired = {r[0]: (float(r[1]), float(r[2])) for r in csv.reader(open(fired_file)) if r}
seen = {r[0]: (float(r[1]), float(r[2])) for r in csv.reader(open(seen_file)) if r}
def pct(values):
    values = sorted(values)
    if not values:
        return None
    at = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    return {"count": len(values), "p50": round(at(0.50) * 1000, 1), "p90": round(at(0.90) * 1000, 1),
            "p99": round(at(0.99) * 1000, 1), "max": round(values[-1] * 1000, 1)}
both = [c for c in fired if c in seen]
dues = sorted(d for d, _ in fired.values())
span = (dues[-1] - dues[0]) if len(dues) > 1 else 0
print(json.dumps({
    "agreementId": agreement, "openClocks": int(open_clocks), "complaintsFiled": int(filed),
    "clocksFired": len(fired), "breachesSeen": len(seen), "targetFireRate": float(fire_rate),
    "measuredFireRate": round((len(dues) - 1) / span, 1) if span else None,
    "firedAfterDueMs": pct([f - d for d, f in fired.values()]),
    "seenAfterDueMs": pct([s - d for d, s in seen.values()]),
    "propagationMs": pct([seen[c][1] - fired[c][1] for c in both]),
}, indent=2))
PY
cat "$perf/results/clocks-$stamp.json"
log "results: $perf/results/clocks-$stamp.json"
