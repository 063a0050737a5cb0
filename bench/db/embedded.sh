#!/usr/bin/env bash
# Times the embedded database as a user meets it, through ./tracker:
#   first start of a new data folder (initdb + start; binaries already unpacked),
#   start of a stopped server, and a command reusing the running server.
# Usage: bench/db/embedded.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
home="$(mktemp -d /tmp/tracker-bench-db.XXXXXX)"
trap 'TRACKER_HOME="$home" "$root/tracker" db stop >/dev/null 2>&1 || true; rm -rf "$home"' EXIT
export TRACKER_HOME="$home"
unset TRACKER_DB_URL
"$root/tracker" --version >/dev/null   # builds if needed, makes the class-data archive

hyperfine --runs 5 --export-markdown /dev/stdout \
  --prepare "TRACKER_HOME=$home $root/tracker db stop >/dev/null 2>&1 || true; rm -rf $home/pg[0-9]*" \
  -n 'first start of a new data folder' "$root/tracker campaign list" \
  --prepare "TRACKER_HOME=$home $root/tracker db stop >/dev/null 2>&1 || true" \
  -n 'start of a stopped server' "$root/tracker campaign list" \
  --prepare "$root/tracker campaign list >/dev/null" \
  -n 'command reusing the running server' "$root/tracker campaign list" \
  --prepare "true" \
  -n 'JVM start, no database (tracker --version)' "$root/tracker --version"
