#!/usr/bin/env bash
# Installs and starts PostgreSQL 15 and RabbitMQ on this machine (no Docker) and creates the platform's
# roles, databases, user and virtual host. Safe to run again. Run it, or source it to also get env.sh.
# Credentials come from env.sh and are DEVELOPMENT-ONLY.

# Sourced: do the work in a child bash (so `set -e` does not leak into the caller), then load env.sh.
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  bash "${BASH_SOURCE[0]}" || return
  source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
  return
fi

set -euo pipefail
source "$(dirname "$0")/env.sh"
PG_VERSION=15 PG_CLUSTER=main

log() { echo "infra: $*"; }
as_postgres() { (cd / && runuser -u postgres -- "$@"); }   # cd: postgres cannot read root's cwd
psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PLATFORM_PG_PORT" "$@"; }

# --- Packages: apt-get update only when something is missing ------------------------------------
missing=()
for pkg in "postgresql-$PG_VERSION" rabbitmq-server curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# --- PostgreSQL ---------------------------------------------------------------------------------
# The package normally creates the cluster; a machine whose policy skipped that gets one here.
pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$PG_VERSION $PG_CLUSTER" \
  || pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PLATFORM_PG_PORT"
# Package policy keeps daemons from auto-starting, so start it ourselves (status exits 3 when down).
pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null || pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
until as_postgres pg_isready -q -p "$PLATFORM_PG_PORT"; do sleep 1; done

# 100 connections (the default) is too few for four services' pools plus parallel tests.
if (($(psql_admin -tAc 'SHOW max_connections') < PLATFORM_PG_MAX_CONNECTIONS)); then
  log "raising max_connections to $PLATFORM_PG_MAX_CONNECTIONS (restart)"
  psql_admin -c "ALTER SYSTEM SET max_connections = $PLATFORM_PG_MAX_CONNECTIONS"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
fi

# Settings a reload applies. The deadlines table is a queue: claims read past every deadline fired since the
# last vacuum (the table asks for one after 2,000 changes), and autovacuum looks at each database only once per
# naptime (1 min by default). Bursts of clocks write fast enough that the default 1 GB of WAL forced a checkpoint
# every few seconds, each followed by full-page writes of every page changed again.
ensure_setting() { # name value
  [[ $(psql_admin -tAc "SHOW $1") == "$2" ]] && return
  log "setting $1 to $2"
  psql_admin -c "ALTER SYSTEM SET $1 = '$2'" -c 'SELECT pg_reload_conf()' >/dev/null
}
ensure_setting autovacuum_naptime "$PLATFORM_PG_AUTOVACUUM_NAPTIME"
ensure_setting max_wal_size "$PLATFORM_PG_MAX_WAL_SIZE"

# Roles log in over TCP with scram-sha-256 (Debian's pg_hba for 127.0.0.1); create-if-missing, then
# (re)set the password so a machine with an older role still matches env.sh.
ensure_role() { # name password [extra role options]
  printf "SELECT format('CREATE ROLE %%I', '%s') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s')\\\\gexec\n" "$1" "$1"
  printf "ALTER ROLE \"%s\" LOGIN PASSWORD '%s' %s;\n" "$1" "$2" "${3:-}"
}
{
  for ctx in $PLATFORM_CONTEXTS; do
    db=$(platform_db_name "$ctx")
    ensure_role "$db" "$(platform_db_password "$ctx")"
    printf "SELECT format('CREATE DATABASE %%I OWNER %%I', '%s', '%s') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '%s')\\\\gexec\n" "$db" "$db" "$db"
  done
  ensure_role "$PLATFORM_TEST_PG_USER" "$PLATFORM_TEST_PG_PASSWORD" CREATEDB   # tests make test_<guid> databases
} | psql_admin -d postgres
until pg_isready -q -h "$PLATFORM_PG_HOST" -p "$PLATFORM_PG_PORT"; do sleep 1; done
log "PostgreSQL $PG_VERSION ready on $PLATFORM_PG_HOST:$PLATFORM_PG_PORT"

# --- RabbitMQ -----------------------------------------------------------------------------------
if rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
  rabbitmq-plugins enable rabbitmq_management >/dev/null   # online; a no-op when already on
else
  # The management plugin ships with the server; enabling it offline needs no network.
  rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
  log "starting RabbitMQ"
  rabbitmq-server -detached
fi
# await_startup fails while the Erlang node itself is still booting, so retry it for up to a minute.
for i in $(seq 60); do
  rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1 && break
  ((i < 60)) || { echo "infra: RabbitMQ did not start (see /var/log/rabbitmq/)" >&2; exit 1; }
  sleep 1
done

u="$PLATFORM_RABBITMQ_USER" p="$PLATFORM_RABBITMQ_PASSWORD" v="$PLATFORM_RABBITMQ_VHOST"
if rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$u"; then
  rabbitmqctl -q change_password "$u" "$p" >/dev/null
else
  rabbitmqctl -q add_user "$u" "$p" >/dev/null
fi
# administrator: tests create and delete their own virtual hosts through the management API.
rabbitmqctl -q set_user_tags "$u" administrator >/dev/null
rabbitmqctl -q list_vhosts | grep -qx "$v" || rabbitmqctl -q add_vhost "$v" >/dev/null
rabbitmqctl -q set_permissions -p "$v" "$u" '.*' '.*' '.*' >/dev/null

# The management listener comes up a little after the broker; tests need it answering.
mgmt="http://$PLATFORM_RABBITMQ_HOST:$PLATFORM_RABBITMQ_MANAGEMENT_PORT/api/overview"
for i in $(seq 60); do
  curl -fsS -o /dev/null -u "$u:$p" "$mgmt" 2>/dev/null && break
  ((i < 60)) || { echo "infra: RabbitMQ management API not answering at $mgmt" >&2; exit 1; }
  sleep 1
done
log "RabbitMQ ready on $PLATFORM_RABBITMQ_HOST:$PLATFORM_RABBITMQ_PORT (management :$PLATFORM_RABBITMQ_MANAGEMENT_PORT, vhost $v)"
