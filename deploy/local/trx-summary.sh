#!/usr/bin/env bash
# Prints "<passed> <failed>" summed over the <Counters .../> of every .trx file under a directory.
# Failed counts VSTest's failed, error, timeout and aborted outcomes.
set -euo pipefail
dir="${1:?usage: trx-summary.sh DIR}"

attr() { grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9]\+' || echo 0; }
passed=0 failed=0
while IFS= read -r -d '' trx; do
  # The element sits on one line in VSTest output; tr makes that so even if a writer wraps it.
  counters=$(tr '\n\r' '  ' <"$trx" | grep -o '<Counters [^>]*>' || true)
  [[ -n "$counters" ]] || continue
  passed=$((passed + $(attr passed "$counters")))
  for a in failed error timeout aborted; do failed=$((failed + $(attr "$a" "$counters"))); done
done < <(find "$dir" -name '*.trx' -print0 2>/dev/null)
echo "$passed $failed"
