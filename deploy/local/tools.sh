#!/usr/bin/env bash
# Fetches the command-line checkers the deployment tests run, from Debian's archive, without installing
# them as system packages (the prometheus package would also start a server): kubectl (its `kustomize`
# renders deploy/kubernetes) and promtool (checks Prometheus configuration, rules and queries). They are
# unpacked under .local/tools; env.sh points PLATFORM_TOOLS_BIN there. It also installs Debian's Chromium,
# which the browser tests drive with Playwright (env.sh: PLATFORM_CHROMIUM). Idempotent and quiet once done.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

# --- Chromium and fonts: system packages; run as root, like infra.sh ------------------------------
# No Recommends: they add ~140 packages (avahi, cups, upower, samba, perl, python) a headless browser never
# uses. Fonts are named instead: Liberation (Arial/Times metrics) and DejaVu, fontconfig's default, without
# which CSS `system-ui` (the console's font) falls back to Liberation Mono.
browser_packages=()
if [[ ! -x "$PLATFORM_CHROMIUM" ]]; then
  if [[ "$PLATFORM_CHROMIUM" != /usr/bin/chromium ]]; then
    echo "tools.sh: PLATFORM_CHROMIUM=$PLATFORM_CHROMIUM does not exist; unset it to use Debian's /usr/bin/chromium" >&2; exit 1
  fi
  browser_packages+=(chromium)
fi
for font in fonts-liberation fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'ok installed' || browser_packages+=("$font")
done
install_browser() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${browser_packages[@]}" >&2
}
if ((${#browser_packages[@]})); then
  echo "tools.sh: installing ${browser_packages[*]}" >&2
  # apt-get update only when the lists know no chromium, or are so old that its version left the archive
  # (security updates replace it often) and the install fails.
  [[ "$(apt-cache policy chromium 2>/dev/null)" == *"Candidate: "[0-9]* ]] || apt-get update -q >&2
  install_browser || { apt-get update -q >&2 && install_browser; } || {
    echo "tools.sh: apt-get install ${browser_packages[*]} failed (is the Debian archive reachable? run as root)" >&2; exit 1; }
  "$PLATFORM_CHROMIUM" --version >&2
fi

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
