#!/usr/bin/env bash
# Benchmark: `tracker import stakeholders` of a 10,000-row .xlsx and .csv (title row, French headers, 200
# organisations, an e-mail and a phone a row), each run into a new campaign, beside a floor measured in the same
# run: the same command on a 1-row file (JVM start, database connection, the import's fixed costs).
# Usage: bench/cli/import-sheet.sh [runs] [rows]   (defaults 3 and 10000; from anywhere)
# Prints each timing and, for bench/run, RESULT lines with the medians in seconds (see bench/lib.sh).
set -euo pipefail
shopt -s inherit_errexit

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bench/lib.sh"
runs="${1:-3}"
rows="${2:-10000}"
work="$(mktemp -d)"
export TRACKER_HOME="$work/home"
export LANG=C.UTF-8
unset TRACKER_DB_URL
trap '"$root/tracker" resident stop >/dev/null 2>&1 || true; "$root/tracker" db stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# Built once before anything is timed; the sheets are written by the xlsx writer the tests use (fastexcel).
"$root/tracker" --version >/dev/null
export TRACKER_SKIP_BUILD=1
version="$(sed -n 's:.*<fastexcel.version>\(.*\)</fastexcel.version>.*:\1:p' "$root/pom.xml")"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cp_gen="$m2/org/dhatim/fastexcel/$version/fastexcel-$version.jar:$(ls "$m2"/com/github/rzymek/opczip/*/opczip-*.jar | tail -1)"
java -cp "$cp_gen" "$root/bench/cli/SheetGen.java" "$rows" "$work/contacts.xlsx" "$work/contacts.csv"
java -cp "$cp_gen" "$root/bench/cli/SheetGen.java" 1 "$work/one.xlsx" "$work/one.csv"
echo "files: $(du -h "$work/contacts.xlsx" | cut -f1) xlsx, $(du -h "$work/contacts.csv" | cut -f1) csv, $rows rows"

# Seconds (3 decimals) that one import takes, into a new campaign (slug $2), which must create every row.
timed_import() {
  "$root/tracker" campaign create "$2" --name "$2" >/dev/null
  local start end
  start="$(date +%s%N)"
  "$root/tracker" --campaign "$2" import stakeholders "$1" >"$work/out.txt"
  end="$(date +%s%N)"
  grep -q ": [1-9][0-9,]* created, 0 updated, 0 skipped" "$work/out.txt" || { cat "$work/out.txt" >&2; exit 1; }
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

# The median of decimal numbers given as arguments.
median_s() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2 }'
}

timed_import "$work/one.xlsx" warm-up >/dev/null # warms the database and the file cache
for kind in xlsx csv; do
  full=() floor=()
  for i in $(seq "$runs"); do
    floor+=("$(timed_import "$work/one.$kind" "one-$kind-$i")")
    full+=("$(timed_import "$work/contacts.$kind" "all-$kind-$i")")
  done
  echo "$kind: $rows rows ${full[*]} s; 1 row ${floor[*]} s"
  result "cli.import_${kind}_10k" "$(median_s "${full[@]}")" s
  result "cli.import_${kind}_10k.floor" "$(median_s "${floor[@]}")" s
done
tail -1 "$work/out.txt"
