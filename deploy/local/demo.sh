#!/usr/bin/env bash
# A short scripted story against the running platform (start.sh runs it last when it is executable):
# draft → idempotent retry → sign → the other contexts learn it via outbox and RabbitMQ → refused calls →
# a complaint filed, handled and counted.
# The client is deploy/tools/grpc-probe/demo.mjs; it exits non-zero if an expectation fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh
platform_npm_ci deploy/tools/grpc-probe

targets=()
for ctx in $PLATFORM_CONTEXTS; do targets+=("$ctx=127.0.0.1:$(platform_grpc_port "$ctx")"); done
node deploy/tools/grpc-probe/demo.mjs "${targets[@]}"
