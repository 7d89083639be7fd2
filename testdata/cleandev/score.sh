#!/bin/bash
# usage: testdata/cleandev/score.sh <gen binary> <dev|check> [outdir]
# Prints the clean figure (and the failing checks) of one half of the cleaning
# dev set. Only the clean field of gold.json is filled, so the other figures of
# tools/score mean nothing here and are cut away.
gen=$1; half=$2; out=${3:-/tmp/cleandev-$$}
mkdir -p "$out"
cd "$(dirname "$0")/../.." || exit 1
for lang in en nl; do
  d=testdata/cleandev/$lang
  files=$(jq -r --arg h "$half" '.articles[] | select(.half == $h) | .file' $d/manifest.json)
  jq --arg h "$half" --slurpfile m $d/manifest.json \
    '($m[0].articles | map(select(.half == $h) | .file)) as $f | .articles |= map(select(.file as $x | $f | index($x)))' \
    $d/gold.json > "$out/$half-$lang.gold.json"
  "$gen" extract --json $(for f in $files; do echo $d/texts/$f; done) > "$out/$half-$lang.pred.json" 2>/dev/null
  go run ./tools/score -gold "$out/$half-$lang.gold.json" -pred "$out/$half-$lang.pred.json" -v 2>&1 | grep -E 'clean' | sed -E "s/^.*\| clean/$half-$lang clean/"
done
