#!/usr/bin/env bash
# Where the CPU went: CPU seconds used by each part of the platform over a window, from /proc.
#
#   bash tests/performance/cpu.sh SECONDS [LABEL]
#
# Prints one line per part (each service, PostgreSQL, RabbitMQ, the load generator, everything else) with the
# CPU seconds used in the window and the share of the machine's cores. Run it alongside a load, e.g.
#   bash tests/performance/cpu.sh 20 file-complaint & dotnet .../Platform.LoadGenerator.dll --scenario file-complaint ...
set -euo pipefail
seconds=${1:?usage: cpu.sh SECONDS [LABEL]}
label=${2:-window}
ticks=$(getconf CLK_TCK)

# "<pid> <part> <utime+stime ticks>" for every process, the part named from its command line; one perl
# process reads them all, so a snapshot takes milliseconds rather than a shell loop's seconds.
snapshot() {
  perl -e '
    for my $dir (glob "/proc/[0-9]*") {
      my ($pid) = $dir =~ m{(\d+)$};
      open(my $c, "<", "$dir/cmdline") or next; my $cmd = do { local $/; <$c> } // ""; close $c; $cmd =~ tr/\0/ /;
      open(my $s, "<", "$dir/stat") or next; my $stat = <$s>; close $s;
      my $part = $cmd =~ /Platform\.(Agreements|Complaints|Assurance|Disputes)\.dll/ ? $1
        : $cmd =~ /Platform\.LoadGenerator\.dll/ ? "load-generator"
        : $cmd =~ /Platform\.Baseline\.dll/ ? "baseline-server"
        : $cmd =~ /^postgres|\/postgres / ? "PostgreSQL"
        : $cmd =~ /beam\.smp|erl_child_setup|epmd/ ? "RabbitMQ" : "other";
      $stat =~ s/^.*\) //;
      my @f = split / /, $stat;
      # After the command name: utime and stime are the 12th and 13th fields.
      print "$pid $part ", $f[11] + $f[12], "\n";
    }'
}

before=$(snapshot)
sleep "$seconds"
after=$(snapshot)

# Per process, the ticks used in the window (a process started in it counts from zero); summed per part.
echo "CPU over $seconds s ($label), $(nproc) cores:"
awk -v ticks="$ticks" -v seconds="$seconds" -v cores="$(nproc)" '
  function line(part, t) { printf "  %-16s %7.2f s  %5.1f %% of the machine\n", part, t / ticks, 100 * t / ticks / seconds / cores }
  NR == FNR { start[$1] = $3; next }
  { used[$2] += $3 - ($1 in start ? start[$1] : 0) }
  END {
    for (part in used) { total += used[part]; line(part, used[part]) }
    line("~total", total)
  }' <(echo "$before") <(echo "$after") | sort -k1,1
