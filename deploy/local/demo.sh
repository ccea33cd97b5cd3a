#!/usr/bin/env bash
# A short scripted story against the running platform (start.sh runs it last when it is executable):
# draft → idempotent retry → sign → the other contexts learn it via outbox and RabbitMQ → refused calls →
# a complaint filed, handled and counted → a survey, an interruption, a breach, a dispute and its award.
# Each call carries a token of the role that would really make it, minted with the development issuer of
# env.sh; one step shows a role the policy does not allow being refused (PERMISSION_DENIED).
# The client is deploy/tools/grpc-probe/demo.mjs; it exits non-zero if an expectation fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh
platform_npm_ci deploy/tools/grpc-probe

targets=()
for ctx in $PLATFORM_CONTEXTS; do targets+=("$ctx=127.0.0.1:$(platform_grpc_port "$ctx")"); done
# The key reaches node through its environment only, never its command line (visible in ps).
PLATFORM_AUTH_ISSUER="$PLATFORM_AUTH_ISSUER" PLATFORM_AUTH_AUDIENCE="$PLATFORM_AUTH_AUDIENCE" \
  PLATFORM_DEV_SIGNING_KEY="$PLATFORM_DEV_SIGNING_KEY" node deploy/tools/grpc-probe/demo.mjs "${targets[@]}"
