#!/usr/bin/env bash
# The README's PostgreSQL example as a newcomer follows it: createdb, then `./qualify serve` on that
# database; the first administrator's generated password found in the log where the README says; a
# lost password reset with `./qualify admin reset-password` while the service runs (allowed on
# PostgreSQL); the audit trail verified with `./qualify audit verify`. Run by .ci/run after the
# smoke test (which makes the start-up caches); needs PostgreSQL on 127.0.0.1:5432 as the tests do
# (QUALIFY_TEST_PG_USER / QUALIFY_TEST_PG_PASSWORD for an account with a password).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-18098}"
PG_USER="${QUALIFY_TEST_PG_USER:-postgres}"
export PGPASSWORD="${QUALIFY_TEST_PG_PASSWORD:-}"
DB="qualify_readme_$$_$RANDOM"
DATA="$(mktemp -d /tmp/qualify-readme.XXXXXX)"
LOG="$DATA/first-start.log"
STORE=(--qualify.data-dir="$DATA/data" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB"
  --spring.datasource.username="$PG_USER" --spring.datasource.password="$PGPASSWORD")
PID=""
cleanup() {
  [[ -n "$PID" ]] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  dropdb --if-exists -h 127.0.0.1 -U "$PG_USER" "$DB" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
fail() { echo "readme-postgresql: $*" >&2; tail -40 "$LOG" >&2; exit 1; }
status() { curl -s -o /dev/null -w '%{http_code}' -u "$1" "http://127.0.0.1:$PORT/api/me"; }

createdb -h 127.0.0.1 -U "$PG_USER" "$DB"
./qualify serve --port "$PORT" "${STORE[@]}" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$PID" 2>/dev/null || fail "the service stopped before it was ready"
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"' || fail "not ready in 180 s"

# where the README says the password is: a WARN line of the first start's log
for _ in $(seq 1 100); do grep -q 'first administrator' "$LOG" && break; sleep 0.1; done
generated="$(sed -n "s/.*created the first administrator 'admin' with the generated password: \([^ ]*\) .*/\1/p" "$LOG")"
[[ -n "$generated" ]] || fail "no generated password in the log"
[[ "$(status "admin:$generated")" == 200 ]] || fail "the generated password does not log in"

out="$(./qualify admin reset-password "${STORE[@]}")" || fail "reset-password failed: $out"
temporary="$(sed -n "s/^new temporary password for the administrator 'admin': //p" <<<"$out")"
[[ -n "$temporary" ]] || fail "reset-password printed no password: $out"
[[ "$(status "admin:$generated")" == 401 ]] || fail "the old password still logs in after the reset"
curl -sf -u "admin:$temporary" "http://127.0.0.1:$PORT/api/me" | grep -q '"mustChangePassword":true' \
  || fail "the reset password is not a temporary one"

verified="$(./qualify audit verify "${STORE[@]}")" || fail "audit verify failed: $verified"
grep -q '^audit chain intact: .* authenticated by the audit key' <<<"$verified" || fail "audit verify: $verified"
echo "readme-postgresql: createdb, serve, the generated password, reset-password and audit verify work as the README says"
