#!/usr/bin/env bash
# Smoke test of the built one-folder app: start, load a sample, export an xlsx, render the window, exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/crosscount/crosscount
out=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" extract resources/samples/kazakhstan-recruitment.txt --format json > "$out/claims.json"
grep -q '"450,000 rubles"' "$out/claims.json"
grep -q '"source": "NBP"' "$out/claims.json"
"$app" export resources/samples/kazakhstan-recruitment.txt -o "$out/comparison.xlsx"
test -s "$out/comparison.xlsx"
timeout 120 "$app" --screenshot "$out/window.png" resources/samples/kazakhstan-recruitment.txt
test -s "$out/window.png"
echo "smoke test of $app passed"
