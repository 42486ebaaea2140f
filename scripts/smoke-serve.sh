#!/usr/bin/env bash
# Smoke test of `./qualify serve` as the README starts it: the launcher prepares the start-up caches
# on first use, then runs the service from them (JDK AOT cache and Spring's build-time bean graph,
# which the integration tests do not use). With demo data on a fresh data folder, the service must
# report ready, the demo officer must see the demo application filed, and the public registry must
# answer without a login.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18097}"
DATA="$(mktemp -d /tmp/qualify-smoke.XXXXXX)"
LOG="$DATA/serve.log"
PASSWORD="smoke-$(date +%s)-pass"
./qualify serve --port "$PORT" --qualify.data-dir="$DATA/data" --qualify.demo=true \
  --qualify.demo-password="$PASSWORD" --qualify.admin.password="$PASSWORD" >"$LOG" 2>&1 &
PID=$!
# (under set -e a failing command in the trap would become the script's exit code: the service's
# own exit status after the kill is not a failure of the smoke test)
cleanup() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
fail() { echo "smoke: $*" >&2; tail -40 "$LOG" >&2; exit 1; }

for _ in $(seq 1 1800); do  # up to 180 s: the first run builds the caches
  curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$PID" 2>/dev/null || fail "the service stopped before it was ready"
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"' || fail "not ready in 180 s"
grep -q "Starting AOT-processed" "$LOG" || fail "did not run from the build-time bean graph (spring.aot.enabled)"

apps="$(curl -sf -u "demo-officer:$PASSWORD" "http://127.0.0.1:$PORT/api/applications?size=5")" \
  || fail "the demo officer could not list applications"
grep -q '"state":"SUBMITTED"' <<<"$apps" || fail "no demo application filed: $apps"
curl -sf "http://127.0.0.1:$PORT/api/registry/licences" >/dev/null || fail "the public registry did not answer"
report="$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  --data-binary @examples/activity-1-electricity-transmission.json "http://127.0.0.1:$PORT/api/assessments")" \
  || fail "the stateless assessment failed"
grep -q '"verdict":"COMPLIANT"' <<<"$report" || fail "the example dossier was not assessed as compliant: ${report:0:300}"
curl -sf "http://127.0.0.1:$PORT/v3/api-docs" | grep -q '"openapi":"3.1' || fail "no OpenAPI 3.1 document"
curl -sf "http://127.0.0.1:$PORT/" | grep -qi '<html' || fail "the web UI's page was not served"
echo "smoke: ./qualify serve is ready: demo data, registry, assessment, API document and web UI served"
