#!/usr/bin/env bash
# Stakeholder map benchmark: a campaign of 2,000 stakeholders and 10,000 relationships on a fresh embedded
# PostgreSQL; prints RESULT<TAB>name<TAB>value<TAB>unit lines (medians, ms), the names bench/targets.tsv knows:
#   map.json              map read model + its JSON, in the server process (target ≤ 200 ms)
#   map.path              one influence-path query (target ≤ 50 ms)
#   map.page_interactive  navigation to a usable grid in headless Chromium (target ≤ 2,000 ms)
#   map.json_http         the same JSON through GET …/map over loopback HTTP (no target)
#   map.network_drawn     navigation to the laid-out relationship network (no target)
# and each one's floor, measured in the same run by the same code on the smallest input, as <name>.floor: a campaign
# of one stakeholder for the JSON and the page, a graph of two stakeholders for the path.
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver). Compiles what it runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
offline=(-o)
[ "${ONLINE:-}" = 1 ] && offline=()
# One reactor build, so the classpath points at this checkout's classes and not at a snapshot in ~/.m2.
./mvnw -B -q "${offline[@]}" -pl tracker-api -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
# The server's log goes to a file of its own: written beside the RESULT lines, a warning could cut one in two.
log=tracker-api/target/map-bench.log
java -cp "tracker-api/target/test-classes:tracker-api/target/classes:$(cat tracker-api/target/bench-classpath.txt)" \
  org.campaigntracker.api.map.MapBench 2>"$log" || { tail -20 "$log" >&2; echo "map bench failed; log: $log" >&2; exit 1; }
