#!/usr/bin/env bash
# The long fault run of issue 9: the fault test of the CI (tests/Platform.EndToEndTests/Faults) with the real
# servers instead of proxies: RabbitMQ stopped for --broker seconds (30) and started again, the PostgreSQL
# server stopped for --database seconds (10) and started again, Complaints killed with SIGKILL twice, every
# message delivered twice, under a steady load; then the totals are reconciled exactly and printed.
#
#   bash tests/performance/faults.sh [--broker 30] [--database 10]
#
# It stops the machine's RabbitMQ and PostgreSQL: run it with nothing else using them (no test run, no platform).
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
broker=30 database=10
while (($#)); do
  case "$1" in
    --broker) broker=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$self"; exit 0 ;;
    *) echo "faults: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

bash deploy/local/infra.sh
source deploy/local/env.sh
flock /tmp/platform-build.lock dotnet build Platform.sln -c Release -v quiet -nologo >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
PLATFORM_FAULT_REAL_SERVERS=1 PLATFORM_FAULT_BROKER_OUTAGE_SECONDS=$broker PLATFORM_FAULT_DATABASE_OUTAGE_SECONDS=$database \
  dotnet test tests/Platform.EndToEndTests -c Release --no-build --filter 'FullyQualifiedName~FaultToleranceTests' \
  --logger 'console;verbosity=detailed' >"$log" 2>&1 || status=$?
grep -E 'rabbitmqctl|pg_ctlcluster|complaints filed|Passed|Failed|Error Message' "$log" || tail -50 "$log"
exit "$status"
