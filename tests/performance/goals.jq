# Markdown of one results file of run.sh: every run, then the goals of issue 9 as measured ratios.
def s(name): .scenarios | map(select(.scenario == name)) | first;
def r1: . * 10 | round / 10;
def pct(a; b): (a / b * 100) | r1;
def met(ok): if ok then "met" else "not met" end;
def ms: if . == null then "" else (. * 100 | round / 100 | tostring) end;
. as $run
| (s("baseline-constant").throughput) as $a
| (s("baseline-insert").throughput) as $b
| (s("pgbench-two-inserts").throughput) as $c
| (s("file-complaint").throughput) as $file
| (s("get-complaint").throughput) as $get
| ([.scenarios[] | select(.scenario == "file-complaint" and .targetRate > 0)] | first) as $open
| [
  "# Performance run \($run.timestamp)",
  "",
  "Machine: \($run.machine.nproc) cores (\($run.machine.cpu)), \($run.machine.memoryBytes / 1073741824 | r1) GiB, kernel \($run.machine.kernel), .NET SDK \($run.machine.dotnet), PostgreSQL \($run.machine.postgres), commit \($run.machine.commit).",
  "",
  "| Scenario | Concurrency | Target rate | Throughput (req/s) | OK | Errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |",
  "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
  (.scenarios[] | "| \(.scenario) | \(.concurrency) | \(if (.targetRate // 0) > 0 then .targetRate else "max" end) | \(.throughput | r1) | \(.ok // "") | \(if .errors == null then "" elif (.errors | length) == 0 then "0" else (.errors | to_entries | map("\(.key) \(.value)") | join(", ")) end) | \(.latencyMs.p50 | ms) | \(.latencyMs.p90 | ms) | \(.latencyMs.p99 | ms) | \(.latencyMs.p999 | ms) | \(.latencyMs.max | ms) |"),
  "",
  "pgbench reports only the mean latency (\(s("pgbench-two-inserts").latencyMs.mean) ms).",
  "",
  "| Goal | Measured | Target | Result |",
  "|---|---:|---:|---|",
  "| FileComplaint / (c) pgbench two inserts | \(pct($file; $c)) % (\($file | r1) / \($c | r1)) | ≥ 50 % | \(met($file / $c >= 0.5)) |",
  "| FileComplaint / (b) baseline Insert | \(pct($file; $b)) % (\($file | r1) / \($b | r1)) | ≥ 100 % | \(met($file >= $b)) |",
  "| FileComplaint p99 at 70 % of its max (\($open.targetRate) req/s open loop) | \($open.latencyMs.p99 | ms) ms | ≤ 20 ms | \(met($open.latencyMs.p99 <= 20 and $open.errorCount == 0)) |",
  "| GetComplaint / (a) baseline Constant | \(pct($get; $a)) % (\($get | r1) / \($a | r1)) | ≥ 40 % | \(met($get / $a >= 0.4)) |"
  ]
| .[]
