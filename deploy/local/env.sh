# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# The one place for local connection settings: sourced by infra.sh, start.sh and test.sh (and by a
# developer's shell: `source deploy/local/env.sh`). It only defines variables and functions.
#
# DEVELOPMENT-ONLY credentials. They exist on developer machines and CI, guard nothing, and must never
# be used anywhere else. deploy/docker/postgres-init.sql and docker-compose.yml repeat them. That includes
# the token signing key below: anyone who has it can mint a token with any role.

PLATFORM_CONTEXTS="Agreements Complaints Assurance Disputes"

PLATFORM_PG_HOST=127.0.0.1
PLATFORM_PG_PORT=5432
PLATFORM_PG_MAX_CONNECTIONS=600   # four services' pools (30 each) plus parallel tests (peak about 270 in a full run)
PLATFORM_PG_AUTOVACUUM_NAPTIME=10s   # how often autovacuum looks at each database (see infra.sh)
PLATFORM_PG_MAX_WAL_SIZE=4GB   # WAL between checkpoints (see infra.sh)
PLATFORM_TEST_PG_USER=platform_test
PLATFORM_TEST_PG_PASSWORD=platform-test-dev-password

PLATFORM_RABBITMQ_HOST=127.0.0.1
PLATFORM_RABBITMQ_PORT=5672
PLATFORM_RABBITMQ_MANAGEMENT_PORT=15672
PLATFORM_RABBITMQ_USER=platform
PLATFORM_RABBITMQ_PASSWORD=platform-dev-password
PLATFORM_RABBITMQ_VHOST=platform

# DEVELOPMENT-ONLY token issuer: the services accept HS256 tokens signed with this key (base64, 32 bytes),
# and deploy/local/tokens.sh mints them. A real deployment sets Authentication__Authority instead, with no
# signing key (README.md, "Security").
PLATFORM_AUTH_ISSUER=https://dev-issuer.cxqa.local
PLATFORM_AUTH_AUDIENCE=cxqa-platform
PLATFORM_DEV_SIGNING_KEY=4jkboFv6slXt+3iLyLehKwOQh4ia0YGVRN79wNQhOw0=

# Tests read these; a value already in the environment wins (e.g. a CI with other servers).
export PLATFORM_TEST_POSTGRES="${PLATFORM_TEST_POSTGRES:-Host=$PLATFORM_PG_HOST;Port=$PLATFORM_PG_PORT;Username=$PLATFORM_TEST_PG_USER;Password=$PLATFORM_TEST_PG_PASSWORD;Database=postgres}"
export PLATFORM_TEST_RABBITMQ="${PLATFORM_TEST_RABBITMQ:-amqp://$PLATFORM_RABBITMQ_USER:$PLATFORM_RABBITMQ_PASSWORD@$PLATFORM_RABBITMQ_HOST:$PLATFORM_RABBITMQ_PORT/}"
export PLATFORM_TEST_RABBITMQ_MANAGEMENT="${PLATFORM_TEST_RABBITMQ_MANAGEMENT:-http://$PLATFORM_RABBITMQ_USER:$PLATFORM_RABBITMQ_PASSWORD@$PLATFORM_RABBITMQ_HOST:$PLATFORM_RABBITMQ_MANAGEMENT_PORT/}"

# Command-line checkers for the deployment tests (kubectl, promtool), fetched by tools.sh.
PLATFORM_TOOLS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.local/tools"
export PLATFORM_TOOLS_BIN="${PLATFORM_TOOLS_BIN:-$PLATFORM_TOOLS_ROOT/usr/bin}"

# The Chromium the browser tests drive (Debian's, installed by tools.sh).
export PLATFORM_CHROMIUM="${PLATFORM_CHROMIUM:-/usr/bin/chromium}"

# Per context: database/role name = lower-case context, password "<name>-dev-password".
platform_db_name() { echo "${1,,}"; }
platform_db_password() { echo "${1,,}-dev-password"; }

platform_grpc_port() {
  case "$1" in Agreements) echo 5101 ;; Complaints) echo 5102 ;; Assurance) echo 5103 ;; Disputes) echo 5104 ;;
    *) echo "unknown context: $1" >&2; return 1 ;; esac
}
platform_http_port() { local grpc; grpc=$(platform_grpc_port "$1") && echo $((grpc + 100)); }

# Exports one service's configuration (ASP.NET Core reads `__` as `:`). Call it in a subshell right
# before starting that service: exported globally, ConnectionStrings__Database would leak into tests.
platform_service_env() {
  local ctx="$1" db password
  db=$(platform_db_name "$ctx")
  password=$(platform_db_password "$ctx")
  export Ports__Grpc; Ports__Grpc=$(platform_grpc_port "$ctx")
  export Ports__Http; Ports__Http=$(platform_http_port "$ctx")
  export ConnectionStrings__Database="Host=$PLATFORM_PG_HOST;Port=$PLATFORM_PG_PORT;Database=$db;Username=$db;Password=$password;Maximum Pool Size=30"
  export RabbitMq__Host="$PLATFORM_RABBITMQ_HOST"
  export RabbitMq__Port="$PLATFORM_RABBITMQ_PORT"
  export RabbitMq__Username="$PLATFORM_RABBITMQ_USER"
  export RabbitMq__Password="$PLATFORM_RABBITMQ_PASSWORD"
  export RabbitMq__VirtualHost="$PLATFORM_RABBITMQ_VHOST"
  # Migrations run once before the services start (start.sh: `dotnet Platform.<Context>.dll migrate`), as
  # compose's *-migrate services and the Kubernetes Jobs do, not by each replica.
  export Database__MigrateOnStartup=false
  # Time from SIGTERM to the end of a graceful stop (calls, deadlines, outbox); containers get 30 s.
  export Shutdown__Timeout=00:00:25
  export Authentication__Issuer="$PLATFORM_AUTH_ISSUER"
  export Authentication__Audience="$PLATFORM_AUTH_AUDIENCE"
  export Authentication__SigningKeys__0="$PLATFORM_DEV_SIGNING_KEY"
  # Disputes asks Agreements for terms it has not yet seen in an event.
  if [[ "$ctx" == Disputes ]]; then export Services__Agreements="http://127.0.0.1:$(platform_grpc_port Agreements)"; fi
  export OTEL_SERVICE_NAME="$db"
  export ASPNETCORE_ENVIRONMENT=Development
}

# The officer console (services/OfficerConsole): its port, and the settings start.sh gives it. It signs people in
# with the development issuer, minting tokens the services trust.
PLATFORM_CONSOLE_PORT=5300
platform_console_env() {
  export Ports__Http="$PLATFORM_CONSOLE_PORT"
  local ctx
  for ctx in $PLATFORM_CONTEXTS; do export "Services__$ctx=http://127.0.0.1:$(platform_grpc_port "$ctx")"; done
  export Authentication__Issuer="$PLATFORM_AUTH_ISSUER"
  export Authentication__Audience="$PLATFORM_AUTH_AUDIENCE"
  export Authentication__SigningKeys__0="$PLATFORM_DEV_SIGNING_KEY"
  export ASPNETCORE_ENVIRONMENT=Development
}

# Installs a Node tool under deploy/tools/<name> from its lock file, again only when the lock changed.
platform_npm_ci() {
  local dir="$1"
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >&2
    cp "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"
  fi
}
