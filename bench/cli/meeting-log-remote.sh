#!/usr/bin/env bash
# Benchmark: `tracker meeting log …` in remote mode (TRACKER_URL + a coordinator's TRACKER_TOKEN) against a server on
# the same machine, beside a bare JVM hello-world measured in the same run. Needs hyperfine.
# Usage: bench/cli/meeting-log-remote.sh [runs]   (writes bench/cli/results-remote.json and .md)
# Prints hyperfine's table and, for bench/run, RESULT lines with the medians (see bench/lib.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bench/lib.sh"
out="$root/bench/cli"
runs="${1:-30}"
port="${PORT:-18471}"
work="$(mktemp -d)"
server_home="$work/server"
client_home="$work/client"
export LANG=C.UTF-8
unset TRACKER_DB_URL TRACKER_URL TRACKER_TOKEN
server_pid=
cleanup() {
  # Remote mode refuses the local commands below: this clean-up is the server's machine's.
  unset TRACKER_URL TRACKER_TOKEN
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  TRACKER_HOME="$client_home" "$root/tracker" resident stop >/dev/null 2>&1 || true
  TRACKER_HOME="$server_home" "$root/tracker" resident stop >/dev/null 2>&1 || true
  TRACKER_HOME="$server_home" "$root/tracker" db stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v hyperfine >/dev/null || { echo "bench: install hyperfine first (apt-get install -y hyperfine)" >&2; exit 1; }

hello="$(hello_world "$work/hello")"

# The server's data, entered locally on its machine, and a coordinator's token for the client.
server() { TRACKER_HOME="$server_home" TRACKER_RESIDENT=0 "$root/tracker" "$@"; }
server campaign create caf-2023 --name "Remettre l’humain au cœur des CAF" >/dev/null
server stakeholder add CNAF --organisation --category direct_target >/dev/null
server stakeholder add "Nicolas Grivel" --org cnaf --category direct_target --power 5 >/dev/null
server stakeholder add "Défenseur des droits" --organisation >/dev/null
server theme add "Sortir de l’illégalité" >/dev/null
server demand add 1 "Interdire les suspensions préventives" >/dev/null
server member add "Valérie" --kind coordinator >/dev/null
token="$(server token create --role coordinator --member valérie --label bench | tail -n 1)"
TRACKER_HOME="$server_home" "$root/tracker" serve --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 200); do
  curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  sleep 0.2
done

# The client: its own home, no database, the server's address and the token.
export TRACKER_HOME="$client_home" TRACKER_URL="http://127.0.0.1:$port" TRACKER_TOKEN="$token"
"$root/tracker" campaign list >/dev/null
await_resident
log=("$root/tracker" meeting log --with grivel --with défenseur --on 17/01/2023 --summary bench --demand 1.1 --yes)
hyperfine --warmup 3 --runs "$runs" -N \
  --export-json "$out/results-remote.json" --export-markdown "$out/results-remote.md" \
  -n "jvm hello-world" "$hello" \
  -n "tracker meeting log, remote" "${log[*]}" \
  -n "tracker meeting log, remote, no resident" "env TRACKER_RESIDENT=0 ${log[*]}"
echo "meetings logged: $("$root/tracker" meeting list --limit 500 --csv | tail -n +2 | wc -l)"
if [ -e "$client_home/pg15" ]; then
  echo "bench: the remote client started a database in $client_home" >&2
  exit 1
fi
median() {
  hyperfine_median "$out/results-remote.json" "$1"
}
result cli.meeting_log_remote "$(median "tracker meeting log, remote")" s
result cli.meeting_log_remote.floor "$(median "jvm hello-world")" s
result cli.meeting_log_remote_cold "$(median "tracker meeting log, remote, no resident")" s
result cli.meeting_log_remote_cold.floor "$(median "jvm hello-world")" s
