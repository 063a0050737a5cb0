#!/usr/bin/env bash
# API benchmark: each figure beside /health (constant JSON, the HTTP floor) of the same server in the same run.
# Needs: wrk and psql (apt-get install -y wrk postgresql-client). Uses TRACKER_DB_URL/USER/PASSWORD when set,
# else an embedded database of its own under bench/.home (kept between runs: the data set loads once).
# Usage: bench/api/run.sh            (loads bench/data/generate.sql when the database has no campaign;
#        DURATION=20s, WARMUP=5s, POST_WARMUP=60s, POOL=8 change the run; CAMPAIGNS=10 loads a smaller data set;
#        BENCH_HOME=dir keeps the embedded database elsewhere)
# Prints human-readable lines and, for bench/run, RESULT lines (see bench/lib.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/bench/lib.sh"
bench_database "$root"
wrk_opts=(-t2 -c32 -d"${DURATION:-20s}" --latency)

# Floor of the cold start: the launcher and a JVM that answers without database or HTTP (best of three).
floor=999999
for _ in 1 2 3; do
  t=$(now_ms); "$root/tracker" --version >/dev/null; t=$(( $(now_ms) - t ))
  [ "$t" -lt "$floor" ] && floor=$t
done

# One start varies by a few hundred milliseconds with what else the machine does: the figure is the median of
# COLD_STARTS starts (default 5); the last one serves the rest of the run.
starts=()
for i in $(seq "${COLD_STARTS:-5}"); do
  start_server "$root"
  starts+=($(( $(now_ms) - started_ms )))
  if [ "$i" -lt "${COLD_STARTS:-5}" ]; then
    kill "$server"; wait "$server" 2>/dev/null || true
  fi
done
trap 'kill $server' EXIT
cold="$(median "${starts[@]}")"
idle_rss="$(rss_mb "$server")"
echo "cold start to first database-backed 200: median $cold ms of ${starts[*]} ms (includes the JVM launcher;" \
  "tracker --version: $floor ms)"
result api.cold_start "$cold" ms
result api.cold_start.floor "$floor" ms

# Each endpoint gets a warm-up run first (the JIT compiles its path), then the measured run. A NAME ending in
# .floor gives api.x.rps.floor (the floor of api.x.rps), and so on.
run() {
  local name="$1" title="$2"; shift 2
  echo "== $title"
  wrk -t2 -c32 -d"${WARMUP:-5s}" "$@" >/dev/null
  local out base="${name%.floor}" sfx=""
  [ "$base" != "$name" ] && sfx=".floor"
  out="$(wrk "${wrk_opts[@]}" "$@")"
  grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" <<<"$out" || true
  result "$base.rps$sfx" "$(awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$out")" req/s
  result "$base.p50$sfx" "$(wrk_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" ms
  result "$base.p99$sfx" "$(wrk_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" ms
  result "$base.errors$sfx" "$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
      END { print n + 0 }' <<<"$out")" count
}
# A server just started runs its code interpreted while the JIT compiles it: the first figures would measure the
# compiler rather than the server. Every endpoint gets WARMUP of load once before anything is measured.
echo "== warm-up"
for path in health api/v1/campaigns/bench-001/progress api/v1/campaigns/bench-001/interactions/5000; do
  wrk -t2 -c32 -d"${WARMUP:-5s}" -H "Authorization: $partner" -H "Accept-Encoding: gzip" "$base/$path" >/dev/null
  wrk -t2 -c32 -d"${WARMUP:-5s}" -H "Authorization: $partner" "$base/$path" >/dev/null
done
# The floor of each figure is /health measured just before it, under the same conditions.
# Progress is asked plainly (the target), then as dashboards ask it (browsers, curl --compressed, Python requests:
# Accept-Encoding: gzip; api.progress_gzip, no target).
run api.progress.floor "constant JSON /health" "$base/health"
run api.progress "progress" -H "Authorization: $partner" "$base/api/v1/campaigns/bench-001/progress"
run api.progress_gzip.floor "constant JSON /health" "$base/health"
run api.progress_gzip "progress, gzip" -H "Authorization: $partner" -H "Accept-Encoding: gzip" \
  "$base/api/v1/campaigns/bench-001/progress"
run api.item_get.floor "constant JSON /health" "$base/health"
run api.item_get "item GET" -H "Authorization: $partner" "$base/api/v1/campaigns/bench-001/interactions/5000"
# The POST runs code that none of the GETs above ran, and the server's C2 compiles a method only after 50,000 calls
# (./tracker; docs/performance.md): at about 1,000 POSTs a second, the first minute of POSTs runs partly in C1's
# profiled code. That first DURATION is reported as it is (api.interaction_post.first, no target); the figure is
# taken after POST_WARMUP more of POSTs, once the server's throughput has stopped climbing. Every interaction posted
# here is deleted at the end, so the data set stays as generated.
posted_after="$(max_interaction_id)"
trap 'kill "$server" 2>/dev/null || true; delete_posted "$posted_after" "Rencontre bench"' EXIT
post=(-s "$root/bench/api/post-interaction.lua" "$base/api/v1/campaigns/bench-001/interactions")
echo "== interaction POST, its first ${DURATION:-20s} on this server"
out="$(wrk "${wrk_opts[@]}" "${post[@]}")"
grep -E "Requests/sec|99%" <<<"$out" || true
result api.interaction_post.first "$(awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$out")" req/s
wrk -t2 -c32 -d"${POST_WARMUP:-60s}" "${post[@]}" >/dev/null
run api.interaction_post.floor "constant JSON /health" "$base/health"
run api.interaction_post "interaction POST, after ${POST_WARMUP:-60s} more" "${post[@]}"
rss="$(rss_mb "$server")"
echo "RSS after load: $rss MB (idle after start: $idle_rss MB)"
result api.rss "$rss" MB
result api.rss.floor "$idle_rss" MB
