#!/usr/bin/env bash
# Writes every output of factcheck on the example corpus into DIR, so that two versions can be
# compared byte for byte:  bash scripts/golden_outputs.sh /tmp/a && ... && diff -r /tmp/a /tmp/b
set -uo pipefail
out=${1:?usage: golden_outputs.sh DIR}
mkdir -p "$out"
cd "$(dirname "$0")/.."
export COLUMNS=100 NO_COLOR=1 GITHUB_ACTIONS=
run() { local name=$1; shift; "$@" >"$out/$name" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err"; }
run check.txt factcheck check
run check-coverage.txt factcheck check --coverage
run check.json factcheck check --format json
run check-coverage.json factcheck check --format json --coverage
run check.sarif factcheck check --format sarif
run check.github factcheck check --format github
run check-strict.txt factcheck check --strict
run report.txt factcheck report --width 100
run report-color.txt factcheck report --width 100 --color
run report-subject.txt factcheck report --width 100 --subject ldn-typical-daily-dose --limit 0
run report-kind.txt factcheck report --width 100 --kind unsupported --limit 5
run export.html factcheck export --html -
run export.csv factcheck export --csv -
run export.graphml factcheck export --graphml -
run export.json factcheck export --json -
run export.claimreview factcheck export --claimreview - --review-url https://example.org/r --publisher Example
run schema.json factcheck schema
tmp=$(mktemp -d)
factcheck baseline -o "$tmp/base.json" >"$out/baseline.out" 2>&1
sed 's/"generated[^,]*,//' "$tmp/base.json" >"$out/baseline.json"
run check-baseline.txt factcheck check --baseline "$tmp/base.json"
run check-baseline.sarif factcheck check --format sarif --baseline "$tmp/base.json"
run extract.yaml factcheck extract examples/ldn/*
run extract.jsonl factcheck extract --format jsonl examples/ldn/*
cp claims.yaml "$tmp/claims.yaml"
run extract-dry.diff factcheck extract --dry-run -o "$tmp/claims.yaml" examples/ldn/*
sed -i "s#$tmp#TMP#g" "$out"/*
rm -rf "$tmp"
