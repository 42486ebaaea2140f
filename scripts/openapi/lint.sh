#!/usr/bin/env bash
# Lints the API document (docs/openapi.json) with Redocly's recommended rules; any error fails the
# build. The service's build runs it in `verify` (skip with -Dqualify.skipApiLint). The linter comes
# from the npm registry at the version package-lock.json pins, installed once into node_modules here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [[ ! -x node_modules/.bin/redocly ]]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
# the version notice and telemetry stay off: the build's output is the lint's
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
node_modules/.bin/redocly lint ../../docs/openapi.json --format=summary 2>&1 | grep -v '[║╔╚]' | sed '/^\s*$/d'
exit "${PIPESTATUS[0]}"
