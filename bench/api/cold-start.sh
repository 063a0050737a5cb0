#!/usr/bin/env bash
# Cold start, repeated: ROUNDS (default 12) starts of `tracker serve`, each timed from the launcher's call to the
# first database-backed 200 (as bench/api/run.sh times its one start), then the median, minimum and maximum.
# BASELINE=<another checkout> starts it in turn with this one (same database), to compare two builds on equal terms.
# TRACKER_JAVA_OPTS applies to both. Same database as bench/api/run.sh (BENCH_HOME, TRACKER_DB_URL…).
# Usage: bench/api/cold-start.sh        ROUNDS=20 BASELINE=/tmp/old-checkout bench/api/cold-start.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/bench/lib.sh"
checkouts=("$root")
if [ -n "${BASELINE:-}" ]; then
  baseline="$(cd "$BASELINE" && pwd)"
  [ "$baseline" != "$root" ] || { echo "cold-start: BASELINE is this checkout; give another one" >&2; exit 2; }
  checkouts+=("$baseline")
fi
bench_database "$root"
for checkout in "${checkouts[@]}"; do
  TRACKER_SKIP_BUILD= "$checkout/tracker" --version >/dev/null # builds it first if needed
done
declare -A times
for round in $(seq "${ROUNDS:-12}"); do
  line="start $round:"
  for checkout in "${checkouts[@]}"; do
    start_server "$checkout"
    t=$(( $(now_ms) - started_ms ))
    kill "$server"; wait "$server" 2>/dev/null || true
    times[$checkout]="${times[$checkout]:-} $t"
    line="$line $t ms"
  done
  echo "$line"
done
for checkout in "${checkouts[@]}"; do
  read -r -a sorted <<<"$(tr ' ' '\n' <<<"${times[$checkout]}" | sed '/^$/d' | sort -n | tr '\n' ' ')"
  n=${#sorted[@]}
  mid="$(median "${sorted[@]}")"
  echo "$checkout: median $mid ms, min ${sorted[0]} ms, max ${sorted[n - 1]} ms over $n starts"
  if [ "$checkout" = "$root" ]; then
    result api.cold_start_median "$mid" ms
  fi
done
