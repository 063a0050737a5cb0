#!/usr/bin/env bash
# Soak: DURATION (default 600 s) of mixed read/write load on the API (bench/soak.lua: four reads, one write, 16
# connections), sampling the server's resident memory every 10 s; then, on the same server, PART seconds (default 20)
# of the same four reads without the write (R) and PART seconds of the write alone (W). Prints the mixed throughput
# beside the harmonic mix of the two, 1 / (0.8 / R + 0.2 / W): what the server would serve if reads and writes cost
# each other nothing. Prints start, end and max RSS and the error count; fails when any request fails or the memory
# grows more than TOLERANCE percent (default 20) over its level after the warm-up.
# Same database as bench/api/run.sh (BENCH_HOME, CAMPAIGNS, TRACKER_DB_URL…). Not in CI.
# Usage: bench/soak.sh            DURATION=60 bench/soak.sh (bench/run does)    (needs wrk, psql)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
duration="${DURATION:-600}"
part="${PART:-20}"
tolerance="${TOLERANCE:-20}"
bench_database "$root"
posted_after="$(max_interaction_id)" # the interactions this soak writes are deleted at the end
start_server "$root"
trap 'kill "$server" 2>/dev/null || true; delete_posted "$posted_after" "Rencontre soak"' EXIT

# wrk's requests per second, 99th percentile (ms) and errors (non-2xx answers and socket errors) in a wrk output.
rps() { awk '/Requests\/sec/ { printf "%d", $2 }' "$1"; }
p99() { wrk_ms "$(awk '$1 == "99%" { print $2 }' "$1")"; }
errors() {
  awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

# A warm-up (JIT, pool, caches, heap sizing) before the baseline is taken.
wrk -t2 -c16 -d"${WARMUP:-30s}" -s "$root/bench/soak.lua" "$base" >/dev/null
samples="$(mktemp)"
out="$(mktemp -d)"
wrk -t2 -c16 -d"${duration}s" --timeout 5s --latency -s "$root/bench/soak.lua" "$base" >"$out/mixed" &
load=$!
while kill -0 "$load" 2>/dev/null; do
  echo "$(date +%T) $(rss_mb "$server")" | tee -a "$samples"
  sleep 10
done
wait "$load"
echo "== mixed, ${duration} s"
grep -E "requests in|Requests/sec|99%|Non-2xx|Socket errors" "$out/mixed" || true
for mode in reads writes; do
  echo "== $mode alone, ${part} s"
  wrk -t2 -c16 -d"${part}s" --timeout 5s --latency -s "$root/bench/soak.lua" "$base" -- "$mode" >"$out/$mode"
  grep -E "Requests/sec|99%|Non-2xx|Socket errors" "$out/$mode" || true
done

start_rss="$(head -1 "$samples" | cut -d' ' -f2)"
end_rss="$(tail -1 "$samples" | cut -d' ' -f2)"
max_rss="$(cut -d' ' -f2 "$samples" | sort -n | tail -1)"
errors=$(( $(errors "$out/mixed") + $(errors "$out/reads") + $(errors "$out/writes") ))
limit=$(( start_rss * (100 + tolerance) / 100 ))
mixed="$(rps "$out/mixed")" reads="$(rps "$out/reads")" writes="$(rps "$out/writes")"
harmonic="$(awk -v r="$reads" -v w="$writes" 'BEGIN { printf "%d", (r > 0 && w > 0) ? 1 / (0.8 / r + 0.2 / w) : 0 }')"
share="$(awk -v m="$mixed" -v h="$harmonic" 'BEGIN { printf "%d", (h > 0) ? 100 * m / h : 0 }')"
echo "mixed $mixed req/s; reads alone $reads, writes alone $writes: harmonic mix $harmonic req/s, mixed = $share %"
echo "RSS start $start_rss MB, end $end_rss MB, max $max_rss MB (limit $limit MB: +$tolerance %); errors: $errors"
# The mixed figures beside their floors: the harmonic mix for the throughput, the reads alone for the latency.
result soak.mixed.rps "$mixed" req/s
result soak.mixed.rps.floor "$harmonic" req/s
result soak.mixed.p99 "$(p99 "$out/mixed")" ms
result soak.mixed.p99.floor "$(p99 "$out/reads")" ms
result soak.mixed.of_harmonic "$share" %
result soak.reads.rps "$reads" req/s
result soak.reads.p99 "$(p99 "$out/reads")" ms
result soak.writes.rps "$writes" req/s
result soak.writes.p99 "$(p99 "$out/writes")" ms
result soak.rss_start "$start_rss" MB
result soak.rss_end "$end_rss" MB
result soak.rss_max "$max_rss" MB
result soak.errors "$errors" count
rm -rf "$samples" "$out"
if [ "$errors" -ne 0 ] || [ "$max_rss" -gt "$limit" ]; then
  echo "soak: FAILED" >&2
  exit 1
fi
echo "soak: passed"
