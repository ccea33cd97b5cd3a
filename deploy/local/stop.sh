#!/usr/bin/env bash
# Stops the services start.sh launched (by their pid files). With --all, also RabbitMQ and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

for ctx in $PLATFORM_CONTEXTS OfficerConsole; do
  name=${ctx,,}
  [[ "$ctx" == OfficerConsole ]] && name=console
  pidfile=".local/pids/$name.pid"
  [[ -f "$pidfile" ]] || continue
  pid=$(<"$pidfile")
  # Only signal the pid if it is still our service: pids get reused after a reboot or crash.
  if grep -qs "Platform.$ctx.dll" "/proc/$pid/cmdline"; then
    echo "stopping $ctx (pid $pid)"
    kill -TERM "$pid"
    # A graceful stop takes at most Shutdown__Timeout (env.sh: 25 s); a container runtime waits 30 s.
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { echo "  $ctx did not stop in 30 s, killing"; kill -KILL "$pid"; }
  fi
  rm -f "$pidfile"
done

if [[ "${1:-}" == "--all" ]]; then
  if rabbitmq-diagnostics -q ping >/dev/null 2>&1; then echo "stopping RabbitMQ"; rabbitmqctl -q stop; fi
  if pg_ctlcluster 15 main status >/dev/null 2>&1; then echo "stopping PostgreSQL"; pg_ctlcluster 15 main stop; fi
fi
