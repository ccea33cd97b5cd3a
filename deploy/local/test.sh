#!/usr/bin/env bash
# The whole check, as CI runs it: infrastructure, compose and protobuf checks, then every test.
# Usage: deploy/local/test.sh [--filter EXPR]   (EXPR goes to `dotnet test --filter`)
# The last line printed is always "N passed, N failed" (summed from the .trx files).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Whatever stops this script early, its last line is still the count (nothing ran: 0 and 0).
trap '[[ -n "${summary_printed:-}" ]] || echo "0 passed, 0 failed"' EXIT

test_args=()
while (($#)); do
  case "$1" in
    --filter) [[ $# -ge 2 ]] || { echo "test.sh: --filter needs an expression" >&2; exit 2; }
      test_args+=(--filter "$2"); shift 2 ;;
    *) echo "usage: deploy/local/test.sh [--filter EXPR]" >&2; exit 2 ;;
  esac
done

bash deploy/local/infra.sh
bash deploy/local/tools.sh   # kubectl and promtool for the deployment tests
source deploy/local/env.sh   # PLATFORM_TEST_* for the tests

# Each step records its failure and lets the rest run, so one run shows every problem.
status=0
bash deploy/local/validate-compose.sh || { echo "test.sh: docker-compose.yml check failed" >&2; status=1; }
bash deploy/local/buf.sh || { echo "test.sh: buf lint/breaking failed" >&2; status=1; }

results=.local/test-results
rm -rf "$results" && mkdir -p "$results"
dotnet test Platform.sln -c Release --logger trx --results-directory "$results" "${test_args[@]}" \
  || { echo "test.sh: dotnet test failed" >&2; status=1; }

# Sum <Counters .../> over every .trx; errors, timeouts and aborts count as failures.
read -r passed failed < <(bash deploy/local/trx-summary.sh "$results")
if ((passed + failed == 0)); then echo "test.sh: no test ran" >&2; status=1; fi
((failed == 0)) || status=1
echo "$passed passed, $failed failed"
summary_printed=1
exit "$status"
