#!/usr/bin/env bash
# Soak: DURATION (default 600 s) of mixed read/write load on the API (bench/soak.lua: four reads, one write),
# sampling the server's resident memory every 10 s. Prints start, end and max RSS and the error count; fails when
# any request fails or the memory grows more than TOLERANCE percent (default 20) over its level after the warm-up.
# Same database as bench/api/run.sh (BENCH_HOME, CAMPAIGNS, TRACKER_DB_URL…). Not in CI.
# Usage: bench/soak.sh            DURATION=120 bench/soak.sh    (needs wrk, psql)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
duration="${DURATION:-600}"
tolerance="${TOLERANCE:-20}"
bench_database "$root"
posted_after="$(max_interaction_id)" # the interactions this soak writes are deleted at the end
start_server "$root"
trap 'kill "$server" 2>/dev/null || true; delete_posted "$posted_after" "Rencontre soak"' EXIT

# A warm-up (JIT, pool, caches, heap sizing) before the baseline is taken.
wrk -t2 -c16 -d"${WARMUP:-30s}" -s "$root/bench/soak.lua" "$base" >/dev/null
samples="$(mktemp)"
wrk -t2 -c16 -d"${duration}s" --timeout 5s --latency -s "$root/bench/soak.lua" "$base" >"$samples.wrk" &
load=$!
while kill -0 "$load" 2>/dev/null; do
  echo "$(date +%T) $(rss_mb "$server")" | tee -a "$samples"
  sleep 10
done
wait "$load"
grep -E "requests in|Requests/sec|99%|Non-2xx|Socket errors" "$samples.wrk" || true

start_rss="$(head -1 "$samples" | cut -d' ' -f2)"
end_rss="$(tail -1 "$samples" | cut -d' ' -f2)"
max_rss="$(cut -d' ' -f2 "$samples" | sort -n | tail -1)"
errors="$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' \
  "$samples.wrk")"
limit=$(( start_rss * (100 + tolerance) / 100 ))
echo "RSS start $start_rss MB, end $end_rss MB, max $max_rss MB (limit $limit MB: +$tolerance %); errors: $errors"
result soak.rss_start "$start_rss" MB
result soak.rss_end "$end_rss" MB
result soak.rss_max "$max_rss" MB
result soak.errors "$errors" count
rm -f "$samples" "$samples.wrk"
if [ "$errors" -ne 0 ] || [ "$max_rss" -gt "$limit" ]; then
  echo "soak: FAILED" >&2
  exit 1
fi
echo "soak: passed"
