#!/usr/bin/env bash
# Benchmark: `tracker meeting log …` (non-interactive) with the database already running, beside a bare JVM
# hello-world measured in the same run. Needs hyperfine (apt-get install -y hyperfine).
# Usage: bench/cli/meeting-log.sh [runs]   (from anywhere; writes bench/cli/results.json and .md)
# Prints hyperfine's table and, for bench/run, RESULT lines with the medians (see bench/lib.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bench/lib.sh"
out="$root/bench/cli"
runs="${1:-30}"
work="$(mktemp -d)"
export TRACKER_HOME="$work/home"
export LANG=C.UTF-8
unset TRACKER_DB_URL
trap '"$root/tracker" resident stop >/dev/null 2>&1 || true; "$root/tracker" db stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "bench: install hyperfine first (apt-get install -y hyperfine)" >&2; exit 1; }

hello="$(hello_world "$work/hello")"

# Data: the first call builds the launcher's jar if needed and starts the embedded database, which stays up.
"$root/tracker" campaign create caf-2023 --name "Remettre l’humain au cœur des CAF" >/dev/null
"$root/tracker" stakeholder add CNAF --organisation --category direct_target >/dev/null
"$root/tracker" stakeholder add "Nicolas Grivel" --org cnaf --category direct_target --power 5 >/dev/null
"$root/tracker" stakeholder add "Défenseur des droits" --organisation >/dev/null
"$root/tracker" theme add "Sortir de l’illégalité" >/dev/null
"$root/tracker" demand add 1 "Interdire les suspensions préventives" >/dev/null

await_resident
log=("$root/tracker" meeting log --with grivel --with défenseur --on 17/01/2023 --summary bench --demand 1.1 --yes)
hyperfine --warmup 3 --runs "$runs" -N \
  --export-json "$out/results.json" --export-markdown "$out/results.md" \
  -n "jvm hello-world" "$hello" \
  -n "tracker meeting log" "${log[*]}" \
  -n "tracker meeting log, no resident" "env TRACKER_RESIDENT=0 ${log[*]}"
echo "meetings logged: $("$root/tracker" meeting list --limit 500 --csv | tail -n +2 | wc -l)"
median() {
  hyperfine_median "$out/results.json" "$1"
}
result cli.meeting_log "$(median "tracker meeting log")" s
result cli.meeting_log.floor "$(median "jvm hello-world")" s
result cli.meeting_log_cold "$(median "tracker meeting log, no resident")" s
result cli.meeting_log_cold.floor "$(median "jvm hello-world")" s
