#!/usr/bin/env bash
# Two builds of the command line must answer alike: the outputs of OLD_JAR and NEW_JAR on the same
# inputs, compared byte for byte. Used when the rules core is reworked without meaning to change what
# it says (splitting the policies into named rules; findings as message keys).
#
#   scripts/outputs/compare.sh OLD.jar NEW.jar [BATCH.jsonl]
#
# The inputs: every single-step mutation of the bundled examples (mutations.py: ≈ 12 000 dossiers,
# reaching every branch of every policy and the reader's problems), assessed as JSON (which carries
# English and Russian) on four dates (before any edition, the edition's first day, the examples' date,
# its last day) — the JSON holds every word the text report prints; the batch's one-line text and each
# example's full text report in English and Russian with every requirement shown; the checklist of
# each activity as JSON and text in both languages; and, if given, a generated batch (bench's
# GenerateBatch) as JSON.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD="$1"; NEW="$2"; BATCH="${3:-}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WORK="$(mktemp -d /tmp/qualify-outputs.XXXXXX)"
python3 scripts/outputs/mutations.py examples >"$WORK/corpus.jsonl"

outputs() {
  local jar="$1" out="$2"
  mkdir -p "$out"
  # exit codes are the batch's worst verdict: recorded, not fatal
  for day in 2010-01-01 2012-09-05 2012-11-01 2013-02-08; do
    "$JAVA" -jar "$jar" check "$WORK/corpus.jsonl" --as-of $day --format json >"$out/corpus-$day.json" 2>/dev/null || echo "exit $?" >>"$out/exits"
  done
  for lang in en ru; do
    "$JAVA" -jar "$jar" check "$WORK/corpus.jsonl" --as-of 2012-11-01 --lang $lang >"$out/corpus-$lang.txt" 2>/dev/null || echo "exit $?" >>"$out/exits"
    for f in examples/*.json; do
      "$JAVA" -jar "$jar" check "$f" --as-of 2012-11-01 --all --lang $lang >>"$out/examples-$lang.txt" 2>/dev/null || echo "exit $?" >>"$out/exits"
    done
  done
  for a in 1 2 3 4 5 6 7; do
    "$JAVA" -jar "$jar" requirements --activity $a --format json >"$out/requirements-$a.json"
    for lang in en ru; do
      "$JAVA" -jar "$jar" requirements --activity $a --lang $lang >"$out/requirements-$a-$lang.txt"
    done
  done
  "$JAVA" -jar "$jar" requirements --activity 3 --subactivity 3.a5,3.a16 --format json >"$out/requirements-3-sub.json"
  "$JAVA" -jar "$jar" requirements --activity 4 --work design,repair --format json >"$out/requirements-4-work.json"
  if [[ -n "$BATCH" ]]; then
    "$JAVA" -jar "$jar" check "$BATCH" --as-of 2012-11-01 --format json >"$out/batch.json" 2>/dev/null || echo "exit $?" >>"$out/exits"
  fi
}

outputs "$OLD" "$WORK/old"
outputs "$NEW" "$WORK/new"
if diff -rq "$WORK/old" "$WORK/new"; then
  echo "identical: $(ls "$WORK/old" | wc -l) outputs, $(du -sh "$WORK/old" | cut -f1) ($WORK)"
else
  echo "DIFFERENT (see $WORK/old and $WORK/new)" >&2
  exit 1
fi
