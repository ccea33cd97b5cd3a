#!/usr/bin/env bash
# Development bearer tokens for the local platform, signed with the DEVELOPMENT-ONLY key of env.sh (the
# services started by start.sh trust it; nothing else should). start.sh runs it once the services are up.
#
#   deploy/local/tokens.sh        one token per role in .local/tokens/<role>.jwt (sub dev-<role>), plus
#                                 .local/tokens/pii-reader.jwt (complaint-handler with pii:read); 12 h
#   deploy/local/tokens.sh --brief  the same, said in one line
#   deploy/local/tokens.sh mint --sub alice --role dispute-officer [--role ...] [--scope pii:read] [--hours N]
#                                 prints one token
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

hours=12
dir=.local/tokens

# The key reaches node through its environment only, never its command line (visible in ps).
mint() {
  PLATFORM_AUTH_ISSUER="$PLATFORM_AUTH_ISSUER" PLATFORM_AUTH_AUDIENCE="$PLATFORM_AUTH_AUDIENCE" \
    PLATFORM_DEV_SIGNING_KEY="$PLATFORM_DEV_SIGNING_KEY" node deploy/tools/dev-tokens/mint.mjs "$@"
}

case "${1:-}" in
  mint) shift; mint token "$@"; exit ;;
  '') ;;
  --brief) brief=1 ;;
  -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: deploy/local/tokens.sh [--brief | mint --sub S --role R [--role R ...] [--scope pii:read] [--hours N]]" >&2; exit 2 ;;
esac

umask 077
mapfile -t files < <(mint dev-set --out "$dir" --hours "$hours")
until=$(date -u -d "+$hours hours" '+%Y-%m-%d %H:%M UTC')
if [[ -n "${brief:-}" ]]; then
  echo "tokens: $dir/<role>.jwt and pii-reader.jwt (valid until $until); e.g. export PLATFORM_TOKEN_FILE=$PWD/$dir/dispute-officer.jwt"
  exit 0
fi
echo "tokens: ${#files[@]} development tokens in $dir/ (valid $hours h, until $until; issuer $PLATFORM_AUTH_ISSUER):"
for file in "${files[@]}"; do
  name=$(basename "$file" .jwt)
  case "$name" in pii-reader) what='complaint-handler + pii:read (unmasked contacts)' ;; *) what="role $name" ;; esac
  printf '  %-40s %s\n' "$file" "$what"
done
cat <<EOF
Use one with platformctl (or any gRPC client, as metadata "authorization: Bearer <token>"):
  export PLATFORM_TOKEN_FILE=$PWD/$dir/dispute-officer.jwt
  dotnet run --project tools/Platformctl -- disputes list
A token of your own: bash deploy/local/tokens.sh mint --sub alice --role dispute-officer [--scope pii:read] [--hours N]
EOF
