#!/usr/bin/env bash
# Lints the protobuf contracts and checks them for breaking changes against main, with a pinned buf
# from npm (the binary ships inside the package; no download at run time, no network needed).
# BUF_AGAINST_BRANCH=<branch> compares against another local branch.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

platform_npm_ci deploy/tools/buf
buf=deploy/tools/buf/node_modules/.bin/buf
[[ -f contracts/buf.yaml ]] || { echo "buf: contracts/buf.yaml not found" >&2; exit 1; }

echo "buf $("$buf" --version): lint contracts/"
"$buf" lint contracts

# buf clones the local .git (offline). Use the local branch, else the remote-tracking one (a clone of
# another branch has only origin/main); skip when that ref has no module yet (first contracts commit).
branch="${BUF_AGAINST_BRANCH:-main}"
against=""
if git cat-file -e "refs/heads/$branch:contracts/buf.yaml" 2>/dev/null; then
  against="branch=$branch"
elif git cat-file -e "refs/remotes/origin/$branch:contracts/buf.yaml" 2>/dev/null; then
  against="ref=origin/$branch"
fi
if [[ -n "$against" ]]; then
  echo "buf: breaking contracts/ against .git#$against"
  "$buf" breaking contracts --against ".git#$against,subdir=contracts"
else
  echo "buf: $branch has no contracts/buf.yaml yet: nothing to compare against, skipping breaking"
fi
echo "buf: contracts OK"
