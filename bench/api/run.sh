#!/usr/bin/env bash
# API benchmark: each figure beside /health (constant JSON, the HTTP floor) of the same server in the same run.
# Needs: wrk and psql (apt-get install -y wrk postgresql-client). Uses TRACKER_DB_URL/USER/PASSWORD when set,
# else an embedded database of its own under bench/.home (kept between runs: the data set loads once).
# Usage: bench/api/run.sh            (loads bench/data/generate.sql when the database has no campaign;
#        DURATION=20s, WARMUP=5s, POOL=8 change the run)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "${TRACKER_DB_URL:-}" ]; then
  export TRACKER_HOME="${BENCH_HOME:-$root/bench/.home}"
  "$root/tracker" db migrate >/dev/null
  export TRACKER_DB_URL="jdbc:postgresql://127.0.0.1:$(cat "$TRACKER_HOME/pg17/port")/tracker"
  export TRACKER_DB_USER=tracker TRACKER_DB_PASSWORD="$(cat "$TRACKER_HOME/pg17/password")"
fi
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
partner="Bearer ct_B00000000001_$(printf 's%.0s' $(seq 43))"
wrk_opts=(-t2 -c32 -d"${DURATION:-20s}" --latency)
url="${TRACKER_DB_URL/jdbc:/}"
url="postgresql://${TRACKER_DB_USER}:${TRACKER_DB_PASSWORD}@${url#postgresql://}"

if [ "$(psql "$url" -tAc 'select count(*) from campaign' 2>/dev/null || echo 0)" = "0" ]; then
  "$root/tracker" db migrate >/dev/null
  time psql "$url" -q -v ON_ERROR_STOP=1 -f "$root/bench/data/generate.sql"
fi

start=$(date +%s%N)
"$root/tracker" serve --port "$port" --pool-size "${POOL:-8}" > /tmp/bench-serve.log 2>&1 &
server=$!
trap 'kill $server' EXIT
until curl -fs -H "Authorization: $partner" "$base/api/v1/campaigns/bench-001/demands/1" >/dev/null; do sleep 0.02; done
echo "cold start to first database-backed 200: $(( ($(date +%s%N) - start) / 1000000 )) ms (includes the JVM launcher)"

# Each endpoint gets a warm-up run first (the JIT compiles its path), then the measured run.
run() {
  echo "== $1"; shift
  wrk -t2 -c32 -d"${WARMUP:-5s}" "$@" >/dev/null
  wrk "${wrk_opts[@]}" "$@" | grep -E "Requests/sec|99%"
}
run "constant JSON /health" "$base/health"
run "progress" -H "Authorization: $partner" "$base/api/v1/campaigns/bench-001/progress"
run "constant JSON /health" "$base/health"
run "item GET" -H "Authorization: $partner" "$base/api/v1/campaigns/bench-001/interactions/5000"
run "constant JSON /health" "$base/health"
run "interaction POST" -s "$root/bench/api/post-interaction.lua" "$base/api/v1/campaigns/bench-001/interactions"
echo "RSS after load: $(( $(grep VmRSS /proc/$(pgrep -P $server java || echo $server)/status | awk '{print $2}') / 1024 )) MB"
