#!/usr/bin/env bash
# Rounds of kill -9 under concurrent filers against the embedded default (issue 10, part 1).
#
#   scripts/crash/rounds.sh                    # 5 rounds, 50 clients, kill after 100 answered filings
#   ROUNDS=3 CLIENTS=20 KILL_AFTER=40 scripts/crash/rounds.sh
#   scripts/crash/rounds.sh --spring.datasource.url='jdbc:h2:file:${qualify.data-dir}/db/qualify;MODE=PostgreSQL;…'
#
# Each round starts the packaged service (java -jar) on a fresh data folder, lets CLIENTS clients
# create and file applications with an Idempotency-Key each, kills the service with SIGKILL after
# KILL_AFTER filings have been answered, starts it again on the same data, and counts the answered
# filings that are not there exactly once with their audit entry (lost), then retries every
# unanswered filing with its key and checks each is filed exactly once. Arguments after the options
# go to the service (e.g. another datasource URL, to compare). The round's code is the crash test's
# (service/src/test/java/kz/qualify/testsupport/KillDuringSubmissions.java), run from source.
#
# Needs the jar (./mvnw -pl service -am package -DskipTests) and JDK 25 (JAVA_HOME). Exit 0 when
# nothing answered was lost and every retry filed once; 1 otherwise.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${JAR:-$ROOT/service/target/qualify-service.jar}"
ROUNDS="${ROUNDS:-5}"
CLIENTS="${CLIENTS:-50}"
KILL_AFTER="${KILL_AFTER:-100}"
WORK="$(mktemp -d /tmp/qualify-crash.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -pl service -am package -DskipTests" >&2; exit 1; }
echo "# kill -9 rounds — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $ROUNDS rounds, $CLIENTS clients, kill after $KILL_AFTER answered filings; jar $(basename "$JAR")${*:+; service arguments: $*}"
"$JAVA" "$ROOT/service/src/test/java/kz/qualify/testsupport/KillDuringSubmissions.java" \
  "$JAR" "$ROOT/examples/activity-7-electricity-supply.json" "$ROUNDS" "$CLIENTS" "$KILL_AFTER" "$WORK" "$@"
