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
# Russian and Ukrainian: the language model and the dictionaries are inside the app
printf '%s\n' 'По данным Минобороны России, погибли более 5 000 военных.' > "$out/ru.txt"
"$app" extract "$out/ru.txt" --format json > "$out/ru.json"
grep -q '"lang": "ru"' "$out/ru.json"
"$app" export resources/samples/kazakhstan-recruitment.txt -o "$out/comparison.xlsx"
test -s "$out/comparison.xlsx"
timeout 120 "$app" --screenshot "$out/window.png" resources/samples/kazakhstan-recruitment.txt
test -s "$out/window.png"
# the licence texts are inside the app: the index, Crosscount's, Qt's LGPL and every library named in About
lic=$(dirname "$app")/_internal/crosscount/licences
test -d "$lic" || lic=$(dirname "$app")/crosscount/licences
test -s "$lic/README.txt" && test -s "$lic/Crosscount-LICENSE.txt" && test -s "$lic/Python-LICENSE.txt"
grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$lic"/PySide6_Essentials-*/LGPL-3.0.txt
grep -q "GNU GENERAL PUBLIC LICENSE" "$lic"/shiboken6-*/GPL-3.0.txt
for dist in pyqtgraph numpy Pint trafilatura pypdf python-docx charset-normalizer babel openpyxl lxml; do
  files=$(find "$lic" -path "$lic/$dist-*" -type f -size +0)
  test -n "$files" || { echo "no licence text for $dist in $lic" >&2; exit 1; }
done
echo "smoke test of $app passed"
