#!/usr/bin/env bash
# Checks docker-compose.yml without Docker (none runs here or in CI): YAML, the Compose schema, that each
# service's environment matches env.sh (same names and values, hosts aside), that each service's
# migrate one-shot runs its image against the same database, and the same for the officer console
# (platform_console_env; no database, so no migrate one-shot).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh
platform_npm_ci deploy/tools/compose-lint

# What env.sh gives each service, from a clean environment so nothing else leaks in.
expected=$(mktemp)
trap 'rm -f "$expected"' EXIT
{
  echo '{'
  sep=''
  for ctx in $PLATFORM_CONTEXTS; do
    printf '%s"%s": {"context": "%s", "env": ' "$sep" "${ctx,,}" "$ctx"
    # shellcheck disable=SC2016  # expanded by the inner bash
    env -i PATH="$PATH" bash -c 'source deploy/local/env.sh && platform_service_env "$1" && node -e "
      const keys = process.argv.slice(1);
      console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, process.env[k]]))));" \
      Ports__Grpc Ports__Http ConnectionStrings__Database RabbitMq__Host RabbitMq__Port RabbitMq__Username \
      RabbitMq__Password RabbitMq__VirtualHost Database__MigrateOnStartup Shutdown__Timeout \
      Authentication__Issuer Authentication__Audience Authentication__SigningKeys__0 \
      Services__Agreements OTEL_SERVICE_NAME ASPNETCORE_ENVIRONMENT' _ "$ctx"
    echo '}'
    sep=','
  done
  # The officer console: no database, so no migrate one-shot.
  printf '%s"console": {"context": "OfficerConsole", "migrate": false, "env": ' "$sep"
  env -i PATH="$PATH" bash -c 'source deploy/local/env.sh && platform_console_env && node -e "
    const keys = process.argv.slice(1);
    console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, process.env[k]]))));" \
    Ports__Http Services__Agreements Services__Complaints Services__Assurance Services__Disputes \
    Authentication__Issuer Authentication__Audience Authentication__SigningKeys__0 \
    OfficerConsole__RefreshInterval ASPNETCORE_ENVIRONMENT'
  echo '}'
  echo '}'
} >"$expected"
node deploy/tools/compose-lint/validate.mjs docker-compose.yml "$expected"
