# Shared by the bench scripts (sourced). The contract between them and bench/run: each figure is printed as
#   RESULT<TAB>name<TAB>value<TAB>unit
# and the floor it is compared with, measured in the same run, as a RESULT named "<name>.floor".

# Tokens of campaign bench-001 in bench/data/generate.sql.
bench_secret="$(printf 's%.0s' $(seq 43))"
partner="Bearer ct_B00000000001_$bench_secret"
coordinator="Bearer ct_C00000000001_$bench_secret"

result() {
  printf 'RESULT\t%s\t%s\t%s\n' "$1" "$2" "$3"
}

# wrk's latency ("850.12us", "1.23ms", "1.02s") in milliseconds.
wrk_ms() {
  awk -v t="$1" 'BEGIN {
    v = t + 0
    if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /m$/) v *= 60000; else if (t ~ /s$/) v *= 1000
    printf "%.2f", v
  }'
}

# Resident memory of a process, in MB.
rss_mb() {
  awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# The median of whole numbers given as arguments (the mean of the two middle ones when their count is even).
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print int((v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2) }'
}

# The floor of the CLI benchmarks: a JVM hello-world with the launcher's flags for short commands (C1 only, serial
# GC, default CDS), compiled under $1; prints the command line to time.
hello_world() {
  mkdir -p "$1"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$1/Hello.java"
  javac -d "$1" "$1/Hello.java"
  echo "java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $1 Hello"
}

# Waits until the resident helper of $TRACKER_HOME answers: the first quick command started it in the background,
# and the runs measure what a coordinator sees from the second command on (README, "Resident helper").
await_resident() {
  for _ in $(seq 100); do
    "$root/tracker" resident status 2>/dev/null | grep -q '^running *true' && return 0
    sleep 0.3
  done
}

# The median, in seconds to the millisecond, of the command named $2 in hyperfine's JSON export $1.
hyperfine_median() {
  jq -r --arg n "$2" '.results[] | select(.command == $n) | .median | . * 1000 | round / 1000' "$1"
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}

# The benchmark database: TRACKER_DB_URL/USER/PASSWORD when set, else an embedded one under BENCH_HOME (default
# bench/.home, kept between runs). Loads bench/data/generate.sql (CAMPAIGNS campaigns, default 100) when it has
# no campaign. Exports TRACKER_DB_* for the server; sets bench_url, the same database for psql.
bench_database() {
  local root="$1" pg url
  # Built once, before anything is measured: the launcher rebuilds when a source is newer than its jar, and a
  # source saved during a run would otherwise put a build inside one of its timings.
  "$root/tracker" --version >/dev/null
  export TRACKER_SKIP_BUILD=1
  if [ -z "${TRACKER_DB_URL:-}" ]; then
    export TRACKER_HOME="${BENCH_HOME:-$root/bench/.home}"
    "$root/tracker" db migrate >/dev/null
    # The cluster the tracker uses (an older major version may sit beside it after an upgrade).
    pg="$(dirname "$("$root/tracker" db status | awk '$1 == "data_directory" { print $2 }')")"
    export TRACKER_DB_URL="jdbc:postgresql://127.0.0.1:$(cat "$pg/port")/tracker"
    export TRACKER_DB_USER=tracker TRACKER_DB_PASSWORD="$(cat "$pg/password")"
  fi
  url="${TRACKER_DB_URL/jdbc:/}"
  url="postgresql://${TRACKER_DB_USER}:${TRACKER_DB_PASSWORD}@${url#postgresql://}"
  bench_url="$url" # for psql in the scripts
  if [ "$(psql "$url" -tAc 'select count(*) from campaign' 2>/dev/null || echo 0)" = "0" ]; then
    "$root/tracker" db migrate >/dev/null
    time psql "$url" -q -v ON_ERROR_STOP=1 -v campaigns="${CAMPAIGNS:-100}" -f "$root/bench/data/generate.sql"
  fi
}

# What a writing benchmark records before it posts (the highest interaction id), to delete its rows when it ends:
# delete_posted <that id> <the title it posts> removes them from bench-001, so the data set stays as generated.
max_interaction_id() {
  psql "$bench_url" -tAc 'select coalesce(max(id), 0) from interaction'
}
delete_posted() {
  psql "$bench_url" -qc "delete from interaction where id > $1 and title = '$2'
    and campaign_id = (select id from campaign where slug = 'bench-001')"
}

# Starts `tracker serve` on PORT (default 18080), its output in SERVE_LOG (default /tmp/bench-serve.log), and waits
# for its first database-backed 200. Sets: base (URL),
# server (pid of the JVM: the launcher execs it), started_ms (when the launcher was called). The caller kills it.
# The wait forks nothing: bash's /dev/tcp sends the request and a read with a timeout paces the tries. Polling with
# curl every 20 ms cost about 8 ms of CPU a try, a quarter of a core taken from the server while it starts on two.
start_server() {
  local root="$1" port="${PORT:-18080}" tick conn status
  base="http://127.0.0.1:$port"
  exec {tick}<> <(:) # a pipe that never has data: reading it with a timeout sleeps without a process
  started_ms=$(now_ms)
  "$root/tracker" serve --port "$port" --pool-size "${POOL:-8}" > "${SERVE_LOG:-/tmp/bench-serve.log}" 2>&1 &
  server=$!
  while :; do
    status=
    if { exec {conn}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
      printf 'GET /api/v1/campaigns/bench-001/demands/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: %s\r\nConnection: close\r\n\r\n' \
        "$partner" >&"$conn" 2>/dev/null || true
      read -r -t 30 -u "$conn" _ status _ || true
      exec {conn}<&-
    fi
    [ "$status" != 200 ] || break
    kill -0 "$server" 2>/dev/null || { echo "bench: the server stopped; see ${SERVE_LOG:-/tmp/bench-serve.log}" >&2
      return 1; }
    read -r -t 0.02 -u "$tick" _ || true
  done
  exec {tick}<&-
}
