#!/usr/bin/env bash
# What a newcomer sees who runs ./mvnw with an older JDK: "JDK 25 needed, found N, set JAVA_HOME" as
# the first line and exit 1 — not the JVM's "Unrecognized option" for .mvn/jvm.config. Run by
# .ci/run; by hand: scripts/tests/mvnw-asks-for-jdk-25.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0

# a JDK that reports `version` and fails as an old JVM does if it is ever started with jvm.config
fake_jdk() {
  local home="$scratch/jdk-$1"
  mkdir -p "$home/bin"
  printf 'JAVA_VERSION="%s"\n' "$1" >"$home/release"
  printf '#!/bin/sh\necho "Unrecognized option: --sun-misc-unsafe-memory-access=allow" >&2\nexit 1\n' >"$home/bin/java"
  cp "$home/bin/java" "$home/bin/javac"
  chmod +x "$home/bin/java" "$home/bin/javac"
  echo "$home"
}

expect_refusal() { # JAVA_HOME, the major version the message must name
  local out code=0
  out="$(cd "$root" && JAVA_HOME="$1" ./mvnw -v 2>&1)" || code=$?
  if [[ $code -ne 1 || "$(head -n1 <<<"$out")" != "JDK 25 needed, found $2 ("*"): set JAVA_HOME to a JDK 25, e.g." ]]; then
    echo "FAIL: JAVA_HOME=$1 gave exit $code and:" >&2
    echo "$out" >&2
    failures=$((failures + 1))
  else
    echo "ok: JAVA_HOME=$1 → $(head -n1 <<<"$out")"
  fi
}

expect_refusal "$(fake_jdk 17.0.15)" 17
expect_refusal "$(fake_jdk 21)" 21
expect_refusal "$(fake_jdk 1.8.0_402)" 8
# the machine's own Java 17, where there is one
for jdk in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64; do
  [[ -x "$jdk/bin/java" ]] && expect_refusal "$jdk" 17
done

# a JDK 25 goes on to Maven
jdk25="${QUALIFY_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ -x "$jdk25/bin/java" ]]; then
  out="$(cd "$root" && JAVA_HOME="$jdk25" ./mvnw -v 2>&1)" || { echo "FAIL: JDK 25 refused: $out" >&2; failures=$((failures + 1)); }
  if [[ "$out" == *"Apache Maven"* ]]; then echo "ok: JAVA_HOME=$jdk25 → $(head -n1 <<<"$out")"; else
    echo "FAIL: JDK 25 did not reach Maven: $out" >&2; failures=$((failures + 1)); fi
fi

[[ $failures -eq 0 ]] || { echo "$failures failure(s)" >&2; exit 1; }
