#!/usr/bin/env bash
# Several instances behind a real balancer: INSTANCES servers (default 3) on one PostgreSQL behind HAProxy, the mixed
# load of bench/soak.lua (four reads, one write in five requests, 16 connections) sent through it for DURATION seconds
# (default 45), and one instance killed with SIGKILL a third of the way in. Prints the requests served (and by which
# instance), the error answers and socket errors of the failover, the acknowledged writes and how many of them are in
# the database: acknowledged writes lost must be 0. The floor: the same load sent to one instance directly.
# Needs haproxy, wrk and psql (apt-get install -y haproxy wrk postgresql-client). Same database as bench/api/run.sh
# (BENCH_HOME, CAMPAIGNS, TRACKER_DB_URL…); the rows it writes are deleted when it ends.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/bench/lib.sh"
instances="${INSTANCES:-3}"
duration="${DURATION:-45}"
front_port="${FRONT_PORT:-18280}"
first_port="${FIRST_PORT:-18281}"
command -v haproxy >/dev/null || { echo "balancer: haproxy is missing (apt-get install -y haproxy)" >&2; exit 1; }
bench_database "$root"
title="Rencontre balancer $$"
posted_after="$(max_interaction_id)"
work="$(mktemp -d)"
servers=()
cleanup() {
  [ -z "${proxy:-}" ] || kill "$proxy" 2>/dev/null || true
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  delete_posted "$posted_after" "$title" || true
  delete_posted "$posted_after" "$title (warm-up)" || true
  rm -rf "$work"
}
trap cleanup EXIT

for i in $(seq 0 $((instances - 1))); do
  PORT=$((first_port + i)) SERVE_LOG="/tmp/bench-serve-$((first_port + i)).log" start_server "$root"
  servers+=("$server")
done

# Health checks every 500 ms on /ready (the database is reachable); a connection refused before the request was sent
# is retried on another instance (safe for a POST: nothing reached a server); nothing else is retried, so a POST is
# never sent twice by the balancer.
{
  printf 'global\n  maxconn 2048\n\ndefaults\n  mode http\n  timeout connect 1s\n  timeout client 30s\n'
  printf '  timeout server 30s\n  retries 2\n  option redispatch\n  retry-on conn-failure\n\n'
  printf 'frontend api\n  bind 127.0.0.1:%s\n  default_backend trackers\n  stats enable\n' "$front_port"
  printf '  stats uri /balancer-stats\n\nbackend trackers\n  balance roundrobin\n  option httpchk GET /ready\n'
  printf '  http-check expect status 200\n  default-server inter 500ms fall 2 rise 2\n'
  for i in $(seq 0 $((instances - 1))); do
    printf '  server tracker%s 127.0.0.1:%s check\n' "$((i + 1))" "$((first_port + i))"
  done
} > "$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
proxy=$!
front="http://127.0.0.1:$front_port"
for _ in $(seq 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$front/ready")" = 200 ] && break
  sleep 0.1
done

wrk -t2 -c16 -d"${WARMUP:-15s}" -s "$root/bench/balancer/balancer.lua" "$front" -- "$title (warm-up)" >/dev/null

# The failover: the second instance dies a third of the way into the measured load.
( sleep $((duration / 3)); kill -9 "${servers[1]}" ) &
killer=$!
wrk -t2 -c16 -d"${duration}s" --timeout 5s --latency -s "$root/bench/balancer/balancer.lua" "$front" -- "$title" \
  > "$work/through.txt"
wait "$killer" || true
curl -s "$front/balancer-stats;csv" > "$work/stats.csv"
kill -0 "${servers[1]}" 2>/dev/null && { echo "balancer: the instance was not killed" >&2; exit 1; }

# The floor: the same load on a surviving instance, directly, for a third of the time.
wrk -t2 -c16 -d"$((duration / 3))s" -s "$root/bench/balancer/balancer.lua" "http://127.0.0.1:$first_port" -- \
  "$title (warm-up)" > "$work/direct.txt"

rps() { awk '/Requests\/sec/ { printf "%d", $2 }' "$1"; }
served="$(awk '/requests in/ { print $1 }' "$work/through.txt")"
non2xx="$(awk '/Non-2xx/ { print $NF }' "$work/through.txt")"
sockets="$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$work/through.txt")"
acknowledged="$(awk -F'\t' '$1 == "ACKNOWLEDGED" { print $2 }' "$work/through.txt")"
written="$(psql "$bench_url" -tAc "select count(*) from interaction where id > $posted_after and title = '$title'")"
lost=$(( acknowledged > written ? acknowledged - written : 0 ))
echo "== through the balancer ($instances instances, one killed at $((duration / 3)) s of $duration s)"
cat "$work/through.txt"
echo "== served per instance (HAProxy: requests, current state)"
awk -F, '$1 == "trackers" && $2 ~ /^tracker/ { print "  " $2 ": " $8 " requests, " $18 }' "$work/stats.csv"
echo "== one instance directly"
cat "$work/direct.txt"
echo "requests served ${served}; error answers ${non2xx:-0}, socket errors ${sockets:-0}; writes acknowledged" \
  "${acknowledged}, in the database ${written}, acknowledged and lost ${lost}"
result balancer.rps "$(rps "$work/through.txt")" req/s
result balancer.rps.floor "$(rps "$work/direct.txt")" req/s
result balancer.served "$served" count
result balancer.failover_errors "$(( ${non2xx:-0} + ${sockets:-0} ))" count
result balancer.acknowledged "$acknowledged" count
result balancer.lost "$lost" count
[ "$lost" = 0 ]
