#!/usr/bin/env bash
# How fast the stateless assessment reaches its speed: a PostgreSQL-backed instance, then five
# 15-second wrk runs in a row, each printed with the CPU the JIT compilers and GC have used so far.
#
#   scripts/load/warmup.sh                                        # as configured (virtual threads)
#   APP_ARGS="--spring.threads.virtual.enabled=false" scripts/load/warmup.sh   # Tomcat's platform threads
#   JAVA_OPTS="-Xms2g -Xmx2g" scripts/load/warmup.sh
#
# Needs the jar, JDK 25, wrk, curl and PostgreSQL on 127.0.0.1:5432, as run.sh does.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${JAR:-$ROOT/service/target/qualify-service.jar}"
PORT="${PORT:-18082}"
PASSWORD="warmup-admin-$(date +%s)"
DB="qualify_warmup_$$"
WORK="$(mktemp -d /tmp/qualify-warmup.XXXXXX)"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# CPU seconds of the process's threads, by group: JIT compilers, GC, the rest
cpu() {
  for t in /proc/"$PID"/task/*; do
    echo "$(cat "$t/comm") $(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
  done | awk '{n=$NF; g=($0 ~ /Compiler/) ? "JIT" : ($0 ~ /GC|G1/) ? "GC" : "other"; a[g]+=n}
              END {printf "JIT %.1f s, GC %.1f s, other %.1f s", a["JIT"]/100, a["GC"]/100, a["other"]/100}'
}

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
# shellcheck disable=SC2086  # JAVA_OPTS and APP_ARGS are word lists
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --port "$PORT" --qualify.admin.password="$PASSWORD" \
    --qualify.legal-date=2012-11-01 --qualify.data-dir="$WORK/data" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --spring.datasource.hikari.maximum-pool-size=16 --logging.level.root=WARN ${APP_ARGS:-} >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 0.1; done
echo "ready; CPU so far: $(cpu)"
export AUTH; AUTH=$(printf 'admin:%s' "$PASSWORD" | base64 -w0)
for run in 1 2 3 4 5; do
  rate=$(cd "$HERE" && wrk -t2 -c32 -d15s -s assess.lua "http://127.0.0.1:$PORT/api/assessments" | awk '/Requests\/sec/{print $2}')
  echo "15 s run $run: $rate requests/s; CPU so far: $(cpu)"
done
