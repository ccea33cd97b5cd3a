# Markdown of one results file of scale.sh: latency per RPC at concurrency 1 and 4 against the Scale goal of issue 9.
def ms: if . == null then "" else (. * 100 | round / 100 | tostring) end;
def goal: if (.label | startswith("compliance-report") or startswith("resolution-stats")) then 50 else 20 end;
. as $run
| [
  "# Scale run \($run.timestamp)",
  "",
  "Data: \($run.data.agreements) agreements, \($run.data.complaints) complaints (Zipf s=1 over agreements), \($run.data.breaches) breaches. Largest agreement \($run.data.largest.agreementId): \($run.data.largest.complaints) complaints, \($run.data.largest.breachesLastYear) breaches in the last 365 days; median agreement \($run.data.median.agreementId): \($run.data.median.complaints) complaints.",
  "",
  "Machine: \($run.machine.nproc) cores (\($run.machine.cpu)), \($run.machine.memoryBytes / 1073741824 * 10 | round / 10) GiB, PostgreSQL \($run.machine.postgres), .NET SDK \($run.machine.dotnet), commit \($run.machine.commit); load average at the end \($run.machine.loadAverage). Closed loop, one gRPC channel, the load generator on the same cores.",
  "",
  "| RPC (data) | Concurrency | Throughput (req/s) | Errors | p50 ms | p90 ms | p99 ms | max ms | Goal (p99) | |",
  "|---|---:|---:|---|---:|---:|---:|---:|---:|---|",
  (.scenarios | sort_by(.label, .concurrency)[]
    | "| \(.label) | \(.concurrency) | \(.throughput * 10 | round / 10) | \(if (.errors // {} | length) == 0 then "0" else (.errors | to_entries | map("\(.key) \(.value)") | join(", ")) end) | \(.latencyMs.p50 | ms) | \(.latencyMs.p90 | ms) | \(.latencyMs.p99 | ms) | \(.latencyMs.max | ms) | ≤ \(goal) ms | \(if .latencyMs.p99 <= goal and (.errorCount // 0) == 0 then "met" else "not met" end) |")
,
  "",
  (.scenarios | map(select((.errorSamples // {}) | length > 0)) | unique_by(.label)[]
    | "Errors of \(.label): \(.errorSamples | to_entries | map("\(.key): \(.value | .[0:300])") | join("; "))")
] | join("\n")
