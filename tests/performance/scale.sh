#!/usr/bin/env bash
# Scale (issue 9): with 1,000,000 complaints across 10,000 agreements, the latency of GetComplianceReport and
# GetResolutionStats (goal ≤ 50 ms) and of filtered list pages (goal ≤ 20 ms), at concurrency 1 and 4, plus
# EXPLAIN (ANALYZE, BUFFERS) of the SQL those RPCs issue.
#
#   bash tests/performance/scale.sh [--agreements 10000] [--complaints 1000000] [--reset] [--duration 10] [--warmup 3]
#                                   [--no-platform] [--keep] [--no-build]
#
# --reset        generate again (otherwise the generator skips data it already generated)
# --no-platform  use the platform already running (tokens in .local/tokens/); otherwise start.sh starts it
# --keep         leave the platform running afterwards (otherwise stop.sh stops it, when this script started it)
# --no-build     use the Release builds of the generator and load generator already there
# Results: results/scale-<UTC stamp>.json (runs), results/scale-plans-<stamp>.txt (plans), results/scale-latest.md.
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
perf=tests/performance

agreements=10000 complaints=1000000 reset=0 duration=10 warmup=3 platform=1 keep=0 build=1
while (($#)); do
  case "$1" in
    --agreements) agreements=$2; shift 2 ;;
    --complaints) complaints=$2; shift 2 ;;
    --reset) reset=1; shift ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --no-platform) platform=0; shift ;;
    --keep) keep=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,13s/^# \{0,1\}//p' "$self"; exit 0 ;;
    *) echo "scale: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { echo "scale: $*" >&2; }

# --- infrastructure, builds, the platform (as run.sh) -------------------------------------------------------
bash deploy/local/infra.sh
source deploy/local/env.sh
for project in DataGenerator/Platform.DataGenerator.csproj LoadGenerator/Platform.LoadGenerator.csproj; do
  ((build)) && flock /tmp/platform-build.lock dotnet build "$perf/$project" -c Release -v quiet -nologo
  [[ -f "$perf/$(dirname "$project")/bin/Release/net10.0/$(basename "$project" .csproj).dll" ]] || { echo "scale: $project is not built" >&2; exit 1; }
done
generator=(dotnet "$perf/DataGenerator/bin/Release/net10.0/Platform.DataGenerator.dll")
loadgen=(dotnet "$perf/LoadGenerator/bin/Release/net10.0/Platform.LoadGenerator.dll")

started_platform=0
cleanup() { if ((started_platform && !keep)); then bash deploy/local/stop.sh; fi; }
trap cleanup EXIT
if ((platform)); then
  started_platform=1
  # The services migrate their databases at start, so the generator writes into the current schema.
  # -o: the services start.sh leaves running must not inherit (and hold) the build lock.
  flock -o /tmp/platform-build.lock bash deploy/local/start.sh || log "start.sh failed (exit $?); going on if Agreements and Complaints serve"
fi
for ctx in Agreements Complaints; do
  ss -Hltn "sport = :$(platform_grpc_port "$ctx")" | grep -q . || { echo "scale: $ctx is not listening on $(platform_grpc_port "$ctx")" >&2; exit 1; }
done
tokens=.local/tokens
for role in internal-app agreement-manager; do
  [[ -s "$tokens/$role.jwt" ]] || { echo "scale: $tokens/$role.jwt missing (run deploy/local/start.sh or tokens.sh)" >&2; exit 1; }
done

# Each service's database as its owner (the credentials the service uses).
sql() { # context [psql options...]
  local db; db=$(platform_db_name "$1"); shift
  PGPASSWORD=$(platform_db_password "$db") psql -X -q -h "$PLATFORM_PG_HOST" -p "$PLATFORM_PG_PORT" -U "$db" -d "$db" -v ON_ERROR_STOP=1 "$@"
}

# --- data ------------------------------------------------------------------------------------------------------
generate=("${generator[@]}" --agreements "$agreements" --complaints "$complaints"
  --agreements-db "Host=$PLATFORM_PG_HOST;Port=$PLATFORM_PG_PORT;Database=agreements;Username=agreements;Password=$(platform_db_password Agreements)"
  --complaints-db "Host=$PLATFORM_PG_HOST;Port=$PLATFORM_PG_PORT;Database=complaints;Username=complaints;Password=$(platform_db_password Complaints)")
((reset)) && generate+=(--reset)
"${generate[@]}"
# COPY leaves the visibility map unset and the statistics stale: what autovacuum would do after a while.
log "VACUUM (ANALYZE)"
sql Complaints -c 'VACUUM (ANALYZE) complaints' -c 'VACUUM (ANALYZE) deadlines' -c 'VACUUM (ANALYZE) known_agreements'
sql Agreements -c 'VACUUM (ANALYZE) agreements' -c 'VACUUM (ANALYZE) breaches' -c 'VACUUM (ANALYZE) resolution_periods'

# The generator numbers agreement k of the Zipf ranking CXQ-yyyy-9kkkkk: 900000 has the most complaints (about
# a tenth), 905000 is the median one (a few dozen).
agreement_numbered() { sql Complaints -tAc "SELECT agreement_id FROM known_agreements WHERE number LIKE '%-$1'"; }
largest=$(agreement_numbered 900000)
median=$(agreement_numbered 905000)
[[ -n "$largest" && -n "$median" ]] || { echo "scale: the generated agreements are missing" >&2; exit 1; }
largest_count=$(sql Complaints -tAc "SELECT count(*) FROM complaints WHERE agreement_id = '$largest'")
median_count=$(sql Complaints -tAc "SELECT count(*) FROM complaints WHERE agreement_id = '$median'")
log "largest agreement $largest ($largest_count complaints), median $median ($median_count)"

# --- latency -----------------------------------------------------------------------------------------------------
stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d)
results=$perf/results
mkdir -p "$results"
complaints_url=http://127.0.0.1:$(platform_grpc_port Complaints)
agreements_url=http://127.0.0.1:$(platform_grpc_port Agreements)
run() { # label scenario target token agreement concurrency
  local label=$1 scenario=$2 target=$3 token=$4 agreement=$5 c=$6
  log "$label ($scenario), concurrency $c"
  "${loadgen[@]}" --scenario "$scenario" --target "$target" --token-file "$tokens/$token.jwt" \
    --agreements-token-file "$tokens/agreement-manager.jwt" --agreements-target "$agreements_url" \
    ${agreement:+--agreement-id "$agreement"} --concurrency "$c" --channels 1 --duration "$duration" --warmup "$warmup" \
    --json "$work/$label-c$c.json" >>"$work/loadgen.log" 2>&1 \
    || log "$label: no call succeeded (errors in the results; the first message of each is in the table)"
  jq --arg name "$label" '. + {"label": $name}' "$work/$label-c$c.json" >"$work/$label-c$c.labelled.json"
}
for c in 1 4; do
  run compliance-report-largest get-compliance-report "$agreements_url" agreement-manager "$largest" "$c"
  run compliance-report-median get-compliance-report "$agreements_url" agreement-manager "$median" "$c"
  run resolution-stats-largest resolution-stats "$complaints_url" internal-app "$largest" "$c"
  run resolution-stats-median resolution-stats "$complaints_url" internal-app "$median" "$c"
  run list-complaints list-complaints "$complaints_url" internal-app "$largest" "$c"
  run list-complaints-received list-complaints-received "$complaints_url" internal-app "$largest" "$c"
  run list-complaints-overdue list-complaints-overdue "$complaints_url" internal-app "$largest" "$c"
  run list-complaints-overdue-all list-complaints-overdue-all "$complaints_url" internal-app "" "$c"
  run list-complaints-page2 list-complaints-page2 "$complaints_url" internal-app "$largest" "$c"
  run list-breaches list-breaches "$agreements_url" agreement-manager "$largest" "$c"
done

# --- plans ---------------------------------------------------------------------------------------------------------
# The SQL of each RPC as EF Core issues it (Microsoft.EntityFrameworkCore.Database.Command at Information shows it),
# with the select lists shortened to c.* and the parameters filled in. Keep in step with
# services/Complaints/Grpc/ComplaintListing.cs, services/Complaints/Data/ResolutionStatsReader.cs and
# services/Agreements/Grpc/AgreementsGrpcService.Compliance.cs.
plans=$results/scale-plans-$stamp.txt
now=$(date -u +%Y-%m-%dT%H:%M:%S.%6N+00:00)
explain() { # title context sql
  { echo "=== $1"; echo "$3" | sed 's/^/-- /'; sql "$2" -tA -c "EXPLAIN (ANALYZE, BUFFERS) $3"; echo; } >>"$plans"
}
# The current measurement period of an agreement: its pending period-end deadline (key: agreement/start ticks).
period() { # agreement → "start|end"
  sql Complaints -tAc "SELECT to_timestamp((split_part(key, '/', 2)::numeric - 621355968000000000) / 10000000)::timestamptz || '|' || due_at
                       FROM deadlines WHERE kind = 'complaint.resolution_period' AND status = 'Pending' AND key LIKE '$1/%' ORDER BY due_at LIMIT 1"
}
page_token_id=$(sql Complaints -tAc "SELECT id FROM complaints WHERE agreement_id = '$largest' ORDER BY id DESC OFFSET 49 LIMIT 1")
: >"$plans"
explain "ListComplaints: agreement (largest), first page" Complaints \
  "SELECT c.* FROM complaints AS c WHERE c.agreement_id = '$largest' ORDER BY c.id DESC LIMIT 51"
explain "ListComplaints: agreement (largest), page 2" Complaints \
  "SELECT c.* FROM complaints AS c WHERE c.agreement_id = '$largest' AND c.id < '$page_token_id' ORDER BY c.id DESC LIMIT 51"
explain "ListComplaints: agreement (largest), status RECEIVED" Complaints \
  "SELECT c.* FROM complaints AS c WHERE c.agreement_id = '$largest' AND c.status = 'Received' ORDER BY c.id DESC LIMIT 51"
overdue_page() { # extra condition
  echo "SELECT u.* FROM (
  (SELECT c.* FROM complaints AS c WHERE $1 c.overdue ORDER BY c.id DESC LIMIT 51)
  UNION ALL
  (SELECT c0.* FROM complaints AS c0 WHERE ${1//c./c0.} NOT (c0.overdue) AND c0.next_due_at <= '$now' ORDER BY c0.id DESC LIMIT 51)
) AS u ORDER BY u.id DESC LIMIT 51"
}
explain "ListComplaints: agreement (largest), overdue_only" Complaints "$(overdue_page "c.agreement_id = '$largest' AND")"
explain "ListComplaints: overdue_only, every agreement" Complaints "$(overdue_page "")"
for which in largest median; do
  agreement=${!which}
  IFS='|' read -r start end <<<"$(period "$agreement")"
  as_of=$now  # the period has not ended: ResolutionStats measures as of now
  explain "GetResolutionStats: $which agreement, period $start – $end" Complaints "$(cat <<SQL
SELECT c.severity AS "Severity", u.utc AS "Utc",
       count(*) FILTER (WHERE c.withdrawn_at <= '$as_of')::int AS "Withdrawn",
       count(*) FILTER (WHERE c.withdrawn_at IS NULL OR c.withdrawn_at > '$as_of')::int AS "Counted",
       count(*) FILTER (WHERE (c.withdrawn_at IS NULL OR c.withdrawn_at > '$as_of')
           AND jsonb_path_exists(c.resolutions, '\$[*] ? (@.resolvedAt <= \$asOf && (@.reopenedAt == null || @.reopenedAt > \$asOf))', v.vars))::int AS "Resolved",
       count(*) FILTER (WHERE (c.withdrawn_at IS NULL OR c.withdrawn_at > '$as_of')
           AND jsonb_path_exists(c.resolutions, '\$[*] ? (@.resolvedAt <= \$asOf && @.reopenedAt > \$asOf && @.reopenedAt <= \$now)', v.vars))::int AS "Reopened"
FROM complaints AS c
CROSS JOIN (SELECT jsonb_build_object('asOf', '$as_of'::text, 'now', '$now'::text) AS vars) AS v
CROSS JOIN LATERAL (SELECT NOT jsonb_path_exists(c.resolutions, '\$[*].* ? (@.type() == "string" && !(@ like_regex "[+]00:00\$"))'::jsonpath) AS utc) AS u
WHERE c.agreement_id = '$agreement' AND c.received_at >= '$start' AND c.received_at < '$end'
GROUP BY c.severity, u.utc
SQL
)"
done
year_ago=$(date -u -d '365 days ago' +%Y-%m-%dT%H:%M:%S+00:00)
promisor=$(sql Agreements -tAc "SELECT promisor_organization_id FROM agreements WHERE id = '$largest'")
explain "GetComplianceReport (largest): the agreement with its terms versions" Agreements \
  "SELECT a.*, t.* FROM agreements AS a LEFT JOIN agreement_terms_versions AS t ON a.id = t.agreement_id WHERE a.id = '$largest' ORDER BY a.id, t.agreement_id, t.number"
explain "GetComplianceReport (largest): resolution periods" Agreements \
  "SELECT r.* FROM resolution_periods AS r WHERE r.agreement_id = '$largest' AND r.period_start >= '$year_ago' AND r.period_end <= '$now'"
explain "GetComplianceReport (largest): surveys" Agreements \
  "SELECT s.* FROM surveys AS s WHERE s.report_received_at >= '$year_ago' AND s.report_received_at < '$now'"
explain "GetComplianceReport (largest): breaches" Agreements \
  "SELECT b.* FROM breaches AS b WHERE b.agreement_id = '$largest' AND b.fact_at >= '$year_ago' AND b.fact_at <= '$now'"
explain "GetComplianceReport (largest): funding shortfalls" Agreements \
  "SELECT f.* FROM funding_shortfalls AS f WHERE f.promisor_id = '$promisor'"
explain "GetComplianceReport (largest): staffing changes" Agreements \
  "SELECT s.* FROM staffing_changes AS s WHERE s.promisor_id = '$promisor' AND s.at <= '$now'"
explain "ListBreaches: agreement (largest), first page" Agreements \
  "SELECT b.* FROM breaches AS b WHERE b.agreement_id = '$largest' ORDER BY b.id DESC LIMIT 51"
cp "$plans" "$results/scale-plans-latest.txt"

# --- results ---------------------------------------------------------------------------------------------------------
pg_version=$(sql Complaints -tAc 'SHOW server_version')
commit=$(git rev-parse HEAD)$(git diff --quiet HEAD || echo '+uncommitted')
breaches_count=$(sql Agreements -tAc "SELECT count(*) FROM breaches")
largest_breaches=$(sql Agreements -tAc "SELECT count(*) FROM breaches WHERE agreement_id = '$largest' AND fact_at >= '$year_ago'")
jq -n \
  --arg stamp "$stamp" --arg nproc "$(nproc)" --arg mem "$(free -b | awk '/^Mem:/ {print $2}')" \
  --arg kernel "$(uname -r)" --arg dotnet "$(dotnet --version)" --arg pg "$pg_version" --arg commit "$commit" \
  --arg cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
  --argjson agreements "$agreements" --argjson complaints "$complaints" --arg largest "$largest" --argjson largestCount "$largest_count" \
  --arg median "$median" --argjson medianCount "$median_count" --argjson breaches "$breaches_count" --argjson largestBreaches "$largest_breaches" \
  '{timestamp: $stamp, machine: {nproc: ($nproc | tonumber), cpu: $cpu, memoryBytes: ($mem | tonumber), kernel: $kernel,
    dotnet: $dotnet, postgres: $pg, commit: $commit, loadAverage: $load},
    data: {agreements: $agreements, complaints: $complaints, breaches: $breaches,
      largest: {agreementId: $largest, complaints: $largestCount, breachesLastYear: $largestBreaches},
      median: {agreementId: $median, complaints: $medianCount}},
    scenarios: [inputs]}' \
  "$work"/*-c1.labelled.json "$work"/*-c4.labelled.json >"$results/scale-$stamp.json"
jq -r -f "$perf/scale.jq" "$results/scale-$stamp.json" >"$results/scale-latest.md"
{
  echo
  echo "## Plans (key lines; all of them in scale-plans-latest.txt)"
  echo
  echo '```'
  grep -E '^=== |Scan|Sort Method|Execution Time' "$plans" | sed -E 's/  +/ /g'
  echo '```'
} >>"$results/scale-latest.md"
rm -rf "$work"
echo
cat "$results/scale-latest.md"
log "results: $results/scale-$stamp.json, $plans, $results/scale-latest.md"
