#!/usr/bin/env bash
# Fetches the command-line checkers the deployment tests run, from Debian's archive, without installing
# them as system packages (the prometheus package would also start a server): kubectl (its `kustomize`
# renders deploy/kubernetes) and promtool (checks Prometheus configuration, rules and queries). They are
# unpacked under .local/tools; env.sh points PLATFORM_TOOLS_BIN there. Idempotent and quick once fetched.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

packages=(kubernetes-client prometheus)
stamp="$PLATFORM_TOOLS_ROOT/.fetched"
if [[ -x "$PLATFORM_TOOLS_BIN/kubectl" && -x "$PLATFORM_TOOLS_BIN/promtool" && -f "$stamp" ]]; then
  exit 0
fi

download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT
# apt-get download writes into the working directory as the _apt user when it can; as root into a
# directory _apt cannot read it downloads unsandboxed and says so, which is harmless here.
(cd "$download" && apt-get download "${packages[@]}" 2>&1 | grep -v "unsandboxed" >&2) || {
  echo "tools.sh: apt-get download ${packages[*]} failed (is the Debian archive reachable?)" >&2; exit 1; }
rm -rf "$PLATFORM_TOOLS_ROOT" && mkdir -p "$PLATFORM_TOOLS_ROOT"
for deb in "$download"/*.deb; do dpkg-deb -x "$deb" "$PLATFORM_TOOLS_ROOT"; done
"$PLATFORM_TOOLS_BIN/kubectl" version --client >/dev/null
"$PLATFORM_TOOLS_BIN/promtool" --version >/dev/null 2>&1
touch "$stamp"
echo "tools.sh: kubectl and promtool in $PLATFORM_TOOLS_BIN" >&2
