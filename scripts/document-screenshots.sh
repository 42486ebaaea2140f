#!/usr/bin/env bash
# The first page of each official document in each language, as docs/documents/*.png: the tests
# issue the sample documents (official/src/test/.../Samples.java) into official/target/documents/,
# pdftoppm (poppler-utils) draws their first pages at 80 dpi.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl official -am test -Dtest=IssuedTextTest -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/documents
for pdf in official/target/documents/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "docs/documents/$name"
done
ls docs/documents
